using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Generator.Model;

/// <summary>What the generator needs from the compilation as a whole: its name, its assembly-level declarations, and whether the runtime library is referenced.</summary>
internal sealed record AssemblyModel(
    string AssemblyName,
    bool HasRuntime,
    ControllerModel? Controller,
    EquatableArray<CategoryModel> DeclaredCategories,
    ValuesModel Defaults,
    EquatableArray<RecipientFacts> Recipients,
    EquatableArray<RetainedUnderModel> RetainedUnder = default);

/// <summary><c>[assembly: DataController]</c>.</summary>
internal sealed record ControllerModel(
    string Name,
    string? Address,
    string? Country,
    string? RegistrationNumber,
    string? TaxId,
    string? Email,
    string? Phone,
    string? Website,
    string? DpoName,
    string? DpoEmail,
    string? SupervisoryAuthority,
    bool AllRecipientsDeclared,
    string? SecurityMeasures,
    string? Representative,
    string? AutomatedDecisionMaking,
    bool NoAutomatedDecisionMaking,
    string? ProvisionRequirement,
    string Jurisdiction);

/// <summary><c>[assembly: PersonalDataCategory]</c>.</summary>
internal sealed record CategoryModel(string Id, string? Description, bool IsSpecialCategory);

/// <summary>A <c>[DataSubject]</c> type.</summary>
internal sealed record SubjectModel(string Name, string Type, string? Description, string? ProcessedOnBehalfOf, string? ObtainedFrom);

/// <summary>A recipient of a member's data.</summary>
internal sealed record RecipientModel(string Name, string Kind, string? Country, string Safeguard, string? Purpose, string? TransferDetails = null, string? Note = null);

/// <summary>One annotated member with its effective annotation; enum values are their names, as the schema writes them.</summary>
internal sealed record EntryModel(
    string Type,
    string Member,
    string MemberType,
    string? DataSubject,
    string? Category,
    string LegalBasis,
    string? Retention,
    string RetentionFrom,
    string? RetentionNote,
    EquatableArray<string> Purposes,
    string Source,
    string? Description,
    string SpecialCategoryCondition,
    string CriminalDataCondition,
    EquatableArray<RecipientModel> Recipients,
    string Origin,
    string? AlternativeRetention = null,
    string AlternativeRetentionFrom = "Unspecified",
    string RetentionCombination = "Unspecified",
    string Erasure = "Delete",
    string? LegitimateInterest = null,
    string RetentionBound = "Unspecified",
    int UnansweredCommunications = 0,
    EquatableArray<RetainedUnderModel> RetainedUnder = default);

/// <summary>A [RetainedUnder]: the same data kept on another legal basis; enum values are their names, as the schema writes them.</summary>
internal sealed record RetainedUnderModel(string LegalBasis, string? Retention, string RetentionFrom, string? RetentionNote, string? Purpose);

/// <summary>
/// The inheritable values one attribute states (a member's [PersonalData], a type's [DataSubject], the assembly's
/// [PersonalDataDefaults]) as equatable values; unstated values are null or 0 (Unspecified).
/// </summary>
internal sealed record ValuesModel(
    LegalBasisValue LegalBasis,
    string? Retention,
    RetentionStartValue RetentionFrom,
    string? RetentionNote,
    string? AlternativeRetention,
    RetentionStartValue AlternativeRetentionFrom,
    RetentionCombinationValue RetentionCombination,
    string? Purpose,
    DataSourceValue Source,
    string? LegitimateInterest,
    RetentionBoundValue RetentionBound = default,
    int UnansweredCommunications = 0)
{
    public static readonly ValuesModel Empty = new(default, null, default, null, null, default, default, null, default, null);

    public static ValuesModel From(AnnotationValues values) =>
        values.LegalBasis == default && values.Retention is null && values.RetentionFrom == default && values.RetentionNote is null
        && values.AlternativeRetention is null && values.AlternativeRetentionFrom == default && values.RetentionCombination == default
        && values.Purpose is null && values.Source == default && values.LegitimateInterest is null
        && values.RetentionBound == default && values.UnansweredCommunications == 0
            ? Empty
            : new(values.LegalBasis, values.Retention, values.RetentionFrom, values.RetentionNote, values.AlternativeRetention, values.AlternativeRetentionFrom, values.RetentionCombination, values.Purpose, values.Source, values.LegitimateInterest, values.RetentionBound, values.UnansweredCommunications);
}

/// <summary>A [Recipient] as declared (on a member, a type or the assembly): what the inventory writes, and the categories it receives (empty: all).</summary>
internal sealed record RecipientFacts(RecipientModel Recipient, EquatableArray<string> Categories);

/// <summary>
/// What a type contributes to its members' annotations: the [DataSubject] of the type or its nearest base type (its
/// name and inheritable values) and the [Recipient]s declared on the type and its base types. Read once per type.
/// </summary>
internal sealed record TypeFacts(string? DataSubject, ValuesModel Defaults, EquatableArray<RecipientFacts> Recipients, EquatableArray<RetainedUnderFacts> RetainedUnder = default)
{
    public static readonly TypeFacts Empty = new(null, ValuesModel.Empty, EquatableArray<RecipientFacts>.Empty);
}

/// <summary>
/// One member marked personal data, as its own attributes state it (no defaults applied): the inventory entry is
/// resolved from these, its <see cref="TypeFacts"/> and the assembly's defaults in <see cref="Parsing.InventoryParser.Merge"/>.
/// <see cref="NamedPurposes"/>: the purposes of the declaring type's [ProcessingPurpose]s that name this member (added to
/// the purposes it states or inherits).
/// </summary>
internal sealed record MemberFacts(
    string Type,
    string Member,
    string MemberType,
    AnnotationOrigin Origin,
    string? Category,
    string? Description,
    SpecialCategoryConditionValue SpecialCategoryCondition,
    CriminalDataConditionValue CriminalDataCondition,
    ValuesModel Own,
    EquatableArray<RecipientFacts> Recipients,
    ErasureActionValue OnErasure,
    TypeFacts TypeLevel,
    EquatableArray<string> NamedPurposes = default,
    EquatableArray<RetainedUnderFacts> RetainedUnder = default);

/// <summary>A [RetainedUnder] as declared on a member, a type or the assembly, with its legal basis as read (for the precedence).</summary>
internal sealed record RetainedUnderFacts(LegalBasisValue LegalBasis, RetainedUnderModel Model);

/// <summary>What one attributed declaration contributes to the inventory: members, and the subject when it is a [DataSubject] type.</summary>
internal sealed record InventoryPart(SubjectModel? Subject, EquatableArray<MemberFacts> Members);

/// <summary>The whole inventory of the assembly, ordered as the schema says.</summary>
internal sealed record InventoryModel(
    AssemblyModel Assembly,
    EquatableArray<SubjectModel> Subjects,
    EquatableArray<EntryModel> Entries);
