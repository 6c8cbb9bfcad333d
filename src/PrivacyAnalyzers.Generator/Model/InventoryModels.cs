namespace PrivacyAnalyzers.Generator.Model;

/// <summary>What the generator needs from the compilation as a whole: its name, its assembly-level declarations, and whether the runtime library is referenced.</summary>
internal sealed record AssemblyModel(
    string AssemblyName,
    bool HasRuntime,
    ControllerModel? Controller,
    EquatableArray<CategoryModel> DeclaredCategories);

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
    string? ProvisionRequirement);

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
    string? LegitimateInterest = null);

/// <summary>What one attributed declaration contributes to the inventory: entries, and the subject when it is a [DataSubject] type.</summary>
internal sealed record InventoryPart(SubjectModel? Subject, EquatableArray<EntryModel> Entries);

/// <summary>The whole inventory of the assembly, ordered as the schema says.</summary>
internal sealed record InventoryModel(
    AssemblyModel Assembly,
    EquatableArray<SubjectModel> Subjects,
    EquatableArray<EntryModel> Entries);
