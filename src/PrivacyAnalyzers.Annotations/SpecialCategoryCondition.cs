namespace PrivacyAnalyzers;

/// <summary>
/// The condition of GDPR Art. 9(2) under which special-category data (health, biometric, genetic, racial or ethnic
/// origin, political opinions, religious beliefs, trade-union membership, sex life or orientation) may be processed.
/// </summary>
public enum SpecialCategoryCondition
{
    /// <summary>No condition stated. Special-category data without a condition is reported (PRIV012).</summary>
    Unspecified = 0,

    /// <summary>Art. 9(2)(a): explicit consent of the data subject.</summary>
    ExplicitConsent = 1,

    /// <summary>Art. 9(2)(b): obligations and rights in employment, social security and social protection law.</summary>
    EmploymentAndSocialSecurity = 2,

    /// <summary>Art. 9(2)(c): vital interests of a person physically or legally incapable of giving consent.</summary>
    VitalInterests = 3,

    /// <summary>Art. 9(2)(d): legitimate activities of a not-for-profit body, about its members.</summary>
    NotForProfitBody = 4,

    /// <summary>Art. 9(2)(e): data manifestly made public by the data subject.</summary>
    ManifestlyMadePublic = 5,

    /// <summary>Art. 9(2)(f): establishment, exercise or defence of legal claims.</summary>
    LegalClaims = 6,

    /// <summary>Art. 9(2)(g): substantial public interest, on the basis of Union or Member State law.</summary>
    SubstantialPublicInterest = 7,

    /// <summary>Art. 9(2)(h): preventive or occupational medicine, medical diagnosis, health or social care.</summary>
    HealthOrSocialCare = 8,

    /// <summary>Art. 9(2)(i): public interest in the area of public health.</summary>
    PublicHealth = 9,

    /// <summary>Art. 9(2)(j): archiving in the public interest, scientific or historical research, or statistics.</summary>
    ArchivingResearchOrStatistics = 10,
}
