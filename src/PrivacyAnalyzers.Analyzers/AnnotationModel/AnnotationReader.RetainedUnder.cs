using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.AnnotationModel;

// [RetainedUnder]: the same data kept on another legal basis, for its own period (issue 15, point 7).
internal sealed partial class AnnotationReader
{
    /// <summary>The [RetainedUnder]s among <paramref name="attributes"/>, in the order written.</summary>
    public ImmutableArray<RetainedUnderInfo> ReadRetainedUnder(ImmutableArray<AttributeData> attributes)
    {
        ImmutableArray<RetainedUnderInfo>.Builder? builder = null;
        foreach (var attribute in attributes)
        {
            if (Types.IsRetainedUnder(attribute))
            {
                (builder ??= ImmutableArray.CreateBuilder<RetainedUnderInfo>()).Add(Read(attribute));
            }
        }

        return builder is null ? ImmutableArray<RetainedUnderInfo>.Empty : builder.ToImmutable();
    }

    /// <summary>The [RetainedUnder]s written on a type and its base types, nearest first.</summary>
    public ImmutableArray<RetainedUnderInfo> ReadTypeRetainedUnder(INamedTypeSymbol? type)
    {
        ImmutableArray<RetainedUnderInfo>.Builder? builder = null;
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var info in ReadRetainedUnder(current.GetAttributes()))
            {
                (builder ??= ImmutableArray.CreateBuilder<RetainedUnderInfo>()).Add(info);
            }
        }

        return builder is null ? ImmutableArray<RetainedUnderInfo>.Empty : builder.ToImmutable();
    }

    /// <summary>
    /// The [RetainedUnder]s that apply to a member: its own, then its type's and base types', then its assembly's; for one
    /// legal basis the nearest wins. Ordered by legal basis.
    /// </summary>
    public ImmutableArray<RetainedUnderInfo> GetEffectiveRetainedUnder(ISymbol member) =>
        Merge(ReadRetainedUnder(GetMemberAttributes(member)), ReadTypeRetainedUnder(member.ContainingType), ReadRetainedUnder(member.ContainingAssembly?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty));

    /// <summary>Nearest first, one per legal basis (an unstated basis is dropped: PRIV054 reports it), ordered by basis.</summary>
    public static ImmutableArray<T> Merge<T>(IEnumerable<T> member, IEnumerable<T> type, IEnumerable<T> assembly, System.Func<T, LegalBasisValue> basisOf)
    {
        var seen = new HashSet<LegalBasisValue>();
        var result = new List<T>();
        foreach (var level in new[] { member, type, assembly })
        {
            foreach (var item in level)
            {
                var basis = basisOf(item);
                if (basis != LegalBasisValue.Unspecified && seen.Add(basis))
                {
                    result.Add(item);
                }
            }
        }

        result.Sort((a, b) => ((int)basisOf(a)).CompareTo((int)basisOf(b)));
        return result.ToImmutableArray();
    }

    private static ImmutableArray<RetainedUnderInfo> Merge(ImmutableArray<RetainedUnderInfo> member, ImmutableArray<RetainedUnderInfo> type, ImmutableArray<RetainedUnderInfo> assembly) =>
        member.IsEmpty && type.IsEmpty && assembly.IsEmpty ? ImmutableArray<RetainedUnderInfo>.Empty : Merge(member, type, assembly, static r => r.LegalBasis);

    private static RetainedUnderInfo Read(AttributeData attribute)
    {
        var arguments = attribute.ConstructorArguments;
        var basis = arguments.Length > 0 && arguments[0].Kind is TypedConstantKind.Enum or TypedConstantKind.Primitive && arguments[0].Value is int value ? (LegalBasisValue)value : LegalBasisValue.Unspecified;
        return new RetainedUnderInfo(
            basis,
            ReadNamedString(attribute, AttributeArgumentNames.Retention),
            (RetentionStartValue)ReadNamedInt(attribute, AttributeArgumentNames.RetentionFrom),
            ReadNamedString(attribute, AttributeArgumentNames.RetentionNote),
            ReadNamedString(attribute, AttributeArgumentNames.Purpose),
            attribute);
    }
}

/// <summary>One [RetainedUnder] as read: the legal basis, the retention on it and its start, the note and the purpose.</summary>
internal sealed class RetainedUnderInfo
{
    public RetainedUnderInfo(LegalBasisValue legalBasis, string? retention, RetentionStartValue retentionFrom, string? retentionNote, string? purpose, AttributeData attribute)
    {
        LegalBasis = legalBasis;
        Retention = retention;
        RetentionFrom = retentionFrom;
        RetentionNote = retentionNote;
        Purpose = purpose;
        Attribute = attribute;
    }

    public LegalBasisValue LegalBasis { get; }

    public string? Retention { get; }

    public RetentionStartValue RetentionFrom { get; }

    public string? RetentionNote { get; }

    public string? Purpose { get; }

    public AttributeData Attribute { get; }
}
