namespace PrivacyAnalyzers;

/// <summary>
/// The condition of GDPR Art. 10 under which personal data relating to criminal convictions and offences may be processed.
/// </summary>
public enum CriminalDataCondition
{
    /// <summary>No condition stated. Criminal data without a condition is reported (PRIV012).</summary>
    Unspecified = 0,

    /// <summary>Under the control of official authority.</summary>
    OfficialAuthority = 1,

    /// <summary>Authorised by Union or Member State law providing appropriate safeguards.</summary>
    AuthorisedByLaw = 2,
}
