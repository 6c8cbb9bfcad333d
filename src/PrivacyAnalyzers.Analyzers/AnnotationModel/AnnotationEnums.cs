namespace PrivacyAnalyzers.AnnotationModel;

// Mirrors of the public enums of PrivacyAnalyzers.Annotations, with the same names and values. The analyzers cannot
// reference the annotations assembly (it would have to load next to the compiler); a test checks the mirrors match.

internal enum LegalBasisValue
{
    Unspecified = 0,
    Consent = 1,
    Contract = 2,
    LegalObligation = 3,
    VitalInterests = 4,
    PublicTask = 5,
    LegitimateInterests = 6,
}

internal enum RetentionStartValue
{
    Unspecified = 0,
    Collection = 1,
    LastActivity = 2,
    EndOfContract = 3,
    ConsentWithdrawal = 4,
    AccountClosure = 5,
    UnansweredCommunications = 6,
    StatutoryPeriodEnd = 7,
}

internal enum RetentionCombinationValue
{
    Unspecified = 0,
    WhicheverIsSooner = 1,
    WhicheverIsLater = 2,
}

internal enum RetentionBoundValue
{
    Unspecified = 0,
    Exactly = 1,
    AtMost = 2,
}

internal enum JurisdictionValue
{
    Unspecified = 0,
    EuGdpr = 1,
    UkGdpr = 2,
}

internal enum ErasureActionValue
{
    Default = 0,
    Delete = 1,
    Anonymise = 2,
    Retain = 3,
    RetainForLegalClaims = 4,
}

internal enum DataSourceValue
{
    Unspecified = 0,
    ProvidedBySubject = 1,
    Observed = 2,
    Derived = 3,
    ThirdParty = 4,
}

internal enum SpecialCategoryConditionValue
{
    Unspecified = 0,
    ExplicitConsent = 1,
    EmploymentAndSocialSecurity = 2,
    VitalInterests = 3,
    NotForProfitBody = 4,
    ManifestlyMadePublic = 5,
    LegalClaims = 6,
    SubstantialPublicInterest = 7,
    HealthOrSocialCare = 8,
    PublicHealth = 9,
    ArchivingResearchOrStatistics = 10,
}

internal enum CriminalDataConditionValue
{
    Unspecified = 0,
    OfficialAuthority = 1,
    AuthorisedByLaw = 2,
}

internal enum RecipientKindValue
{
    Unspecified = 0,
    Processor = 1,
    JointController = 2,
    ThirdParty = 3,
    PublicAuthority = 4,
}

internal enum TransferSafeguardValue
{
    Unspecified = 0,
    AdequacyDecision = 1,
    StandardContractualClauses = 2,
    BindingCorporateRules = 3,
    Derogation = 4,
}

/// <summary>Where an effective annotation value came from, nearest first.</summary>
internal enum AnnotationLevel
{
    /// <summary>Stated nowhere; the value is the documented fallback (or none).</summary>
    None = 0,

    /// <summary>The assembly's [PersonalDataDefaults].</summary>
    Assembly = 1,

    /// <summary>The containing type's [DataSubject].</summary>
    Type = 2,

    /// <summary>The member's own [PersonalData].</summary>
    Member = 3,
}

/// <summary>Which attribute made the member personal data.</summary>
internal enum AnnotationOrigin
{
    /// <summary>PrivacyAnalyzers' own [PersonalData].</summary>
    PersonalData = 0,

    /// <summary>ASP.NET Core Identity's [PersonalData] or [ProtectedPersonalData].</summary>
    AspNetCoreIdentity = 1,

    /// <summary>A Microsoft.Extensions.Compliance DataClassificationAttribute subclass.</summary>
    DataClassification = 2,
}
