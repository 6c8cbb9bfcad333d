namespace PrivacyAnalyzers;

/// <summary>
/// Where personal data comes from. Decides whether it belongs in a portability export (GDPR Art. 20 covers
/// data provided by, or observed about, the data subject) and feeds the Art. 14 section of the privacy policy.
/// </summary>
public enum DataSource
{
    /// <summary>Not stated here; inherited from the type or assembly defaults, and <see cref="ProvidedBySubject"/> when stated nowhere.</summary>
    Unspecified = 0,

    /// <summary>Given by the data subject (a form field, an uploaded document).</summary>
    ProvidedBySubject = 1,

    /// <summary>Observed about the data subject while they use the service (IP address, access logs, activity).</summary>
    Observed = 2,

    /// <summary>Derived or inferred by the controller (a score, a segment, a recommendation).</summary>
    Derived = 3,

    /// <summary>Received from a third party (a payment provider, a public register, a partner).</summary>
    ThirdParty = 4,
}
