namespace PrivacyAnalyzers;

/// <summary>
/// The lawful basis for processing personal data, GDPR Art. 6(1)(a)–(f).
/// </summary>
public enum LegalBasis
{
    /// <summary>Not stated here; inherited from the <see cref="DataSubjectAttribute"/> type or the assembly's <see cref="PersonalDataDefaultsAttribute"/>.</summary>
    Unspecified = 0,

    /// <summary>Art. 6(1)(a): the data subject has given consent for one or more specific purposes.</summary>
    Consent = 1,

    /// <summary>Art. 6(1)(b): necessary for a contract with the data subject, or to take steps at their request before entering into one.</summary>
    Contract = 2,

    /// <summary>Art. 6(1)(c): necessary for compliance with a legal obligation of the controller (accounting, tax law…).</summary>
    LegalObligation = 3,

    /// <summary>Art. 6(1)(d): necessary to protect the vital interests of the data subject or of another natural person.</summary>
    VitalInterests = 4,

    /// <summary>Art. 6(1)(e): necessary for a task carried out in the public interest or in the exercise of official authority.</summary>
    PublicTask = 5,

    /// <summary>Art. 6(1)(f): necessary for the legitimate interests of the controller or a third party.</summary>
    LegitimateInterests = 6,
}
