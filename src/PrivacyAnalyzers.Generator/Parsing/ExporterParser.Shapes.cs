using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Generator.Model;
using PrivacyAnalyzers.Symbols;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>Value shapes: how a member's type is written (scalar, object, collection, pair, link, omission), unwrapped to a bounded depth.</summary>
internal sealed partial class ExporterParser
{
    private static ValueShape Omit(ValueShape shape, OmissionReasonValue reason, string? detail) =>
        new(ValueKind.Omitted, shape.CanBeNull, shape.IsNullableValue, shape.IsReferenceType, shape.IsImmutableArray, -1, null, null, null, detail, reason);

    private ValueShape? Shape(ITypeSymbol type, int depth)
    {
        if (depth > MaxShapeDepth)
        {
            return null;
        }

        var canBeNull = type.IsReferenceType || (type is ITypeParameterSymbol { HasValueTypeConstraint: false });
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = Shape(nullable.TypeArguments[0], depth + 1);
            return inner is null ? null : inner with { IsNullableValue = true, CanBeNull = false };
        }

        ValueShape Scalar(ValueKind kind) => new(kind, canBeNull, false, type.IsReferenceType, false, -1, null, null, null);

        switch (type.SpecialType)
        {
            case SpecialType.System_String: return Scalar(ValueKind.String);
            case SpecialType.System_Char: return Scalar(ValueKind.Char);
            case SpecialType.System_Boolean: return Scalar(ValueKind.Boolean);
            case var special when SpecialTypeKinds.IsSignedInteger(special): return Scalar(ValueKind.Signed);
            case var special when SpecialTypeKinds.IsUnsignedInteger(special): return Scalar(ValueKind.Unsigned);
            case SpecialType.System_Single: return Scalar(ValueKind.Single);
            case SpecialType.System_Double: return Scalar(ValueKind.Double);
            case SpecialType.System_Decimal: return Scalar(ValueKind.Decimal);
            case SpecialType.System_DateTime: return Scalar(ValueKind.DateTime);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return Scalar(ValueKind.Enum);
        }

        if (type is IPointerTypeSymbol or IFunctionPointerTypeSymbol || type.IsRefLikeType || type.TypeKind == TypeKind.Delegate)
        {
            return null;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return Scalar(ValueKind.Bytes);
        }

        switch (FullName(type))
        {
            case "System.DateTimeOffset": return Scalar(ValueKind.DateTimeOffset);
            case "System.TimeSpan": return Scalar(ValueKind.TimeSpan);
            case "System.Guid": return Scalar(ValueKind.Guid);
            case "System.DateOnly": return Scalar(ValueKind.DateOnly);
            case "System.TimeOnly": return Scalar(ValueKind.TimeOnly);
        }

        if (ElementType(type) is { } element)
        {
            var elementShape = Shape(element, depth + 1);
            if (elementShape is null)
            {
                return null;
            }

            // A collection holding other people is never enumerated: one link record stands for all of it (the users
            // of a role, the Everyone of a registry can be the whole database).
            return LinkedSubject(elementShape) is { } subject
                ? new ValueShape(ValueKind.Omitted, canBeNull, false, type.IsReferenceType, IsImmutableArray(type), -1, null, null, null, subject, OmissionReasonValue.OtherDataSubject)
                : new ValueShape(ValueKind.Collection, canBeNull, false, type.IsReferenceType, IsImmutableArray(type), -1, elementShape, null, null);
        }

        if (type is INamedTypeSymbol named)
        {
            if (IsKeyValuePair(named))
            {
                var key = Shape(named.TypeArguments[0], depth + 1);
                var value = Shape(named.TypeArguments[1], depth + 1);
                return key is null || value is null ? null : new ValueShape(ValueKind.Pair, false, false, false, false, -1, null, key, value);
            }

            if (DataSubjectName(named) is { } subjectName)
            {
                return new ValueShape(ValueKind.SubjectLink, canBeNull, false, type.IsReferenceType, false, -1, null, null, null, subjectName);
            }

            var plain = named.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            if (_indexes.TryGetValue(plain, out var index))
            {
                return new ValueShape(ValueKind.Object, canBeNull, false, type.IsReferenceType, false, index, null, null, null);
            }
        }

        if (type is ITypeParameterSymbol)
        {
            return Scalar(ValueKind.Other);
        }

        return Scalar(type.AllInterfaces.Any(i => FullName(i) == "System.IFormattable") ? ValueKind.Formattable : ValueKind.Other);
    }

    private static bool ContainsObject(ValueShape shape) => shape.Kind switch
    {
        ValueKind.Object => true,
        ValueKind.Collection => ContainsObject(shape.Element!),
        ValueKind.Pair => ContainsObject(shape.Key!) || ContainsObject(shape.Value!),
        _ => false,
    };

    /// <summary>The kind of data subject a shape links to (a link, a collection of links, a pair holding one), or null.</summary>
    private static string? LinkedSubject(ValueShape shape) => shape.Kind switch
    {
        ValueKind.SubjectLink => shape.Detail,
        ValueKind.Omitted when shape.Omission == OmissionReasonValue.OtherDataSubject => shape.Detail,
        ValueKind.Collection => LinkedSubject(shape.Element!),
        ValueKind.Pair => LinkedSubject(shape.Key!) ?? LinkedSubject(shape.Value!),
        _ => null,
    };

    private static bool IsScalar(ITypeSymbol type) =>
        type.SpecialType is not (SpecialType.None or SpecialType.System_Nullable_T or SpecialType.System_Object)
        || type.TypeKind == TypeKind.Enum
        || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };

    /// <summary>
    /// The item type of an array or an enumerable the walk may enumerate, or null: strings, ambiguous enumerables,
    /// queries and other infrastructure (a <c>DbSet</c> enumerates a table) and self-enumerating trees are not collections.
    /// </summary>
    private ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol named && (RefusalReason(named) is not null || IsSelfEnumerating(named)))
        {
            return null;
        }

        return RawElementType(type);
    }

    /// <summary>The item type of an array or an enumerable (<see cref="CollectionTypes"/>), or null.</summary>
    private static ITypeSymbol? RawElementType(ITypeSymbol type) => CollectionTypes.ElementType(type);

    private static bool IsKeyValuePair(INamedTypeSymbol type) =>
        type.IsGenericType && type.TypeArguments.Length == 2 && FullName(type.OriginalDefinition) == "System.Collections.Generic.KeyValuePair`2";

    private static bool IsImmutableArray(ITypeSymbol type) =>
        type is INamedTypeSymbol named && named.IsGenericType && FullName(named.OriginalDefinition) == "System.Collections.Immutable.ImmutableArray`1";

    private static string FullName(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return type.Name;
        }

        var builder = new StringBuilder();
        if (named.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            builder.Append(ns.ToDisplayString()).Append('.');
        }

        builder.Append(named.MetadataName);
        return builder.ToString();
    }

    private static int GenericDepth(ITypeSymbol type) => type switch
    {
        INamedTypeSymbol { TypeArguments.Length: > 0 } named => 1 + named.TypeArguments.Max(GenericDepth),
        IArrayTypeSymbol array => 1 + GenericDepth(array.ElementType),
        _ => 0,
    };

    private static bool ContainsError(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol => true,
        IArrayTypeSymbol array => ContainsError(array.ElementType),
        INamedTypeSymbol named => named.TypeKind == TypeKind.Error || named.TypeArguments.Any(ContainsError),
        _ => false,
    };
}
