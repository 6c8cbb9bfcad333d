namespace PrivacyAnalyzers.Generator.Model;

/// <summary>How an eraser writes an annotated member it erases.</summary>
internal enum EraseWrite
{
    /// <summary>Assigns <see cref="EraseMemberModel.Value"/> (with <c>{0}</c> standing for the member's current value).</summary>
    Assign,

    /// <summary>Empties the collection in place (<c>ErasureValues.Clear</c>).</summary>
    Clear,
}

/// <summary>What an eraser does with one member of a walked type.</summary>
internal enum EraseMemberKind
{
    /// <summary>An annotated value: decided, then erased or retained.</summary>
    Leaf,

    /// <summary>A member leading to walked objects: walked, never erased itself.</summary>
    Walk,

    /// <summary>Another data subject (or a collection of them): reported, never followed.</summary>
    Link,
}

/// <summary>A retention of a member: the start and the ISO 8601 components (weeks counted in days).</summary>
internal sealed record RetentionModel(int Start, int Years, int Months, int Days, int Hours, int Minutes, int Seconds);

/// <summary>A member holding the date of a retention start (<c>[RetentionStartDate]</c>).</summary>
internal sealed record StartHolderModel(int Start, string Access, bool IsDateTime, bool IsNullable);

/// <summary>One member an eraser handles.</summary>
internal sealed record EraseMemberModel(
    EraseMemberKind Kind,
    string Name,
    string Access,
    string? Category,
    ValueShape Shape,
    bool IsAnonymise,
    string? RetainReason,
    string? RetentionText,
    RetentionModel? Retention,
    RetentionModel? Alternative,
    int Combination,
    string? CannotWrite,
    EraseWrite Write,
    string? Value,
    string? ClearElementType,
    EquatableArray<RetentionModel> RetainedUnder = default);

/// <summary>A type an eraser walks.</summary>
internal sealed record EraseTypeModel(
    string FullyQualifiedName,
    string DisplayName,
    bool IsReferenceType,
    EquatableArray<StartHolderModel> Starts,
    EquatableArray<EraseMemberModel> Members);

/// <summary>One [DataSubject] type's eraser and retention schedule (named after its exporter's final name).</summary>
internal sealed record EraserModel(
    string? Namespace,
    string SubjectTypeFullyQualified,
    bool IsPublic,
    string SubjectName,
    bool SubjectIsReferenceType,
    string TypeParameters,
    EquatableArray<string> Constraints,
    EquatableArray<EraseTypeModel> Types,
    int RootIndex,
    string RootPath,
    string ExporterClassName = "",
    string ExporterHintName = "");
