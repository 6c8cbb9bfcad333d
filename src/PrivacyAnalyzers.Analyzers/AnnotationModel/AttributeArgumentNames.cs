using System.Collections.Immutable;

namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>
/// The names of the public properties of the PrivacyAnalyzers attributes, as the reader and the validation rules read
/// them from <c>AttributeData.NamedArguments</c> and as the code fixes write them. The analyzers cannot reference the
/// annotations assembly, so the names are kept here, once; <c>AttributeArgumentNamesTests</c> checks them against the
/// public properties of src/PrivacyAnalyzers.Annotations by reflection, so a property added there fails until it is
/// named here.
/// </summary>
internal static class AttributeArgumentNames
{
    // [PersonalData], and the defaults shared by [PersonalData], [PersonalDataDefaults] and [DataSubject].
    public const string Category = "Category";
    public const string LegalBasis = "LegalBasis";
    public const string Retention = "Retention";
    public const string RetentionFrom = "RetentionFrom";
    public const string RetentionNote = "RetentionNote";
    public const string AlternativeRetention = "AlternativeRetention";
    public const string AlternativeRetentionFrom = "AlternativeRetentionFrom";
    public const string RetentionCombination = "RetentionCombination";
    public const string Purpose = "Purpose";
    public const string Source = "Source";
    public const string Description = "Description";
    public const string SpecialCategoryCondition = "SpecialCategoryCondition";
    public const string CriminalDataCondition = "CriminalDataCondition";
    public const string OnErasure = "OnErasure";
    public const string RetentionBound = "RetentionBound";
    public const string UnansweredCommunications = "UnansweredCommunications";

    // [ProcessingPurpose] (its Purpose is the constant above).
    public const string Members = "Members";

    // [RetentionStartDate].
    public const string Start = "Start";

    // [DataSubject], [Recipient], [DataController] (Name is also a constructor argument).
    public const string Name = "Name";
    public const string ExportCredentials = "ExportCredentials";

    // [PersonalDataCategory].
    public const string Id = "Id";
    public const string IsSpecialCategory = "IsSpecialCategory";

    // [Recipient].
    public const string Kind = "Kind";
    public const string Country = "Country";
    public const string Safeguard = "Safeguard";
    public const string TransferDetails = "TransferDetails";
    public const string Categories = "Categories";
    public const string Note = "Note";

    // [NotPersonalData].
    public const string Reason = "Reason";

    // [DataController].
    public const string Address = "Address";
    public const string RegistrationNumber = "RegistrationNumber";
    public const string TaxId = "TaxId";
    public const string Email = "Email";
    public const string Phone = "Phone";
    public const string Website = "Website";
    public const string DpoName = "DpoName";
    public const string DpoEmail = "DpoEmail";
    public const string SupervisoryAuthority = "SupervisoryAuthority";
    public const string AllRecipientsDeclared = "AllRecipientsDeclared";
    public const string SecurityMeasures = "SecurityMeasures";
    public const string Representative = "Representative";
    public const string AutomatedDecisionMaking = "AutomatedDecisionMaking";
    public const string NoAutomatedDecisionMaking = "NoAutomatedDecisionMaking";
    public const string ProcessedOnBehalfOf = "ProcessedOnBehalfOf";
    public const string LegitimateInterest = "LegitimateInterest";
    public const string ProvisionRequirement = "ProvisionRequirement";
    public const string ObtainedFrom = "ObtainedFrom";
    public const string Jurisdiction = "Jurisdiction";

    /// <summary>
    /// The controller's details, in the order [DataController] declares them: the one field list that
    /// <see cref="AnnotationReader.ReadController"/>'s factory, the generator's ControllerModel, the runtime's InventoryController and both inventory
    /// JSON writers follow (ControllerDetailsTests fails when one of them has a field the others lack).
    /// </summary>
    public static readonly ImmutableArray<string> ControllerDetails = ImmutableArray.Create(
        Name, Address, Country, RegistrationNumber, TaxId, Email, Phone, Website, DpoName, DpoEmail, SupervisoryAuthority,
        AllRecipientsDeclared, SecurityMeasures, Representative, AutomatedDecisionMaking, NoAutomatedDecisionMaking, ProvisionRequirement, Jurisdiction);
}
