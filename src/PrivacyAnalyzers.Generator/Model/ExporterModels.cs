namespace PrivacyAnalyzers.Generator.Model;

/// <summary>How a value is written.</summary>
internal enum ValueKind
{
    String,
    Char,
    Boolean,
    Signed,
    Unsigned,
    Single,
    Double,
    Decimal,
    DateTime,
    DateTimeOffset,
    TimeSpan,
    Guid,
    DateOnly,
    TimeOnly,
    Enum,
    Bytes,
    Formattable,
    Other,

    /// <summary>A type with annotated members: written by its walker.</summary>
    Object,

    /// <summary>An enumerable: each item written with <see cref="ValueShape.Element"/>.</summary>
    Collection,

    /// <summary>A dictionary entry (KeyValuePair): an object with Key and Value.</summary>
    Pair,

    /// <summary>An object of a [DataSubject] type: a link without data (the export's own subject, or another person, told apart at run time).</summary>
    SubjectLink,

    /// <summary>Named, not written: <see cref="ValueShape.Omission"/> says why (a withheld credential, a collection of other people).</summary>
    Omitted,
}

/// <summary>Mirror of the runtime's <c>PrivacyAnalyzers.Export.OmissionReason</c> (names emitted as they are).</summary>
internal enum OmissionReasonValue
{
    WrittenAbove = 0,
    DataSubject = 1,
    OtherDataSubject = 2,
    Credential = 3,
    TooDeep = 4,
}

/// <summary>
/// The shape of a member's value. <see cref="CanBeNull"/>: a reference type or unconstrained type parameter (null-checked);
/// <see cref="IsNullableValue"/>: <c>Nullable&lt;T&gt;</c> (HasValue-checked); <see cref="IsImmutableArray"/>: default-checked.
/// </summary>
internal sealed record ValueShape(
    ValueKind Kind,
    bool CanBeNull,
    bool IsNullableValue,
    bool IsReferenceType,
    bool IsImmutableArray,
    int TypeIndex,
    ValueShape? Element,
    ValueShape? Key,
    ValueShape? Value,
    string? Detail = null,
    OmissionReasonValue Omission = OmissionReasonValue.WrittenAbove);

/// <summary>A member an exporter writes.</summary>
internal sealed record ExportMemberModel(
    string AccessName,
    string OutputName,
    string? Cast,
    string? Category,
    bool IsPortable,
    bool IsAnnotated,
    ValueShape Shape);

/// <summary>A type the exporter walks (the subject type and every type with personal data reachable from it).</summary>
internal sealed record ExportTypeModel(
    string FullyQualifiedName,
    string DisplayName,
    EquatableArray<ExportMemberModel> Members);

/// <summary>One [DataSubject] type's exporter.</summary>
internal sealed record ExporterModel(
    string HintName,
    string? Namespace,
    string ClassName,
    bool ClassNameTaken,
    bool IsNestedOrGeneric,
    bool IsPublic,
    string SubjectName,
    string SubjectTypeDisplay,
    string SubjectTypeFullyQualified,
    bool SubjectIsReferenceType,
    string TypeParameters,
    EquatableArray<string> Constraints,
    EquatableArray<ExportTypeModel> Types,
    int RootIndex);

/// <summary>What makes an exporter's generated class and file unique among the assembly's exporters (compared across all of them before emitting).</summary>
internal sealed record ExporterIdentity(string? Namespace, string ClassName, string SubjectTypeFullyQualified, bool ClassNameTaken, bool IsNestedOrGeneric);

/// <summary>An exporter's final, unique class and file names.</summary>
internal sealed record ExporterName(string SubjectTypeFullyQualified, string ClassName, string HintName);

/// <summary>The parser's result for one [DataSubject] declaration: the exporter (or null when none can be generated) and what to report.</summary>
internal sealed record ExporterResult(ExporterModel? Exporter, EquatableArray<DiagnosticInfo> Diagnostics, EraserModel? Eraser = null);
