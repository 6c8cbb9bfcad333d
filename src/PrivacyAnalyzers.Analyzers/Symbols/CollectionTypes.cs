using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Symbols;

/// <summary>
/// "What does a collection of this type hold?" — the one answer the exporter generator and the leak rules share. The item
/// type of an array (any rank) or of a type that is or implements <c>IEnumerable&lt;T&gt;</c> exactly once. Not
/// collections: <c>string</c> (characters are not items of personal data), <c>byte[]</c> (binary content, written and
/// read as one value), and a type that implements <c>IEnumerable&lt;T&gt;</c> for two item types (which one a serializer
/// or a walk would see is not knowable from the type: the type is judged as an object instead).
/// </summary>
internal static class CollectionTypes
{
    public static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType == SpecialType.System_Byte && array.Rank == 1 ? null : array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String || type is not INamedTypeSymbol named)
        {
            return null;
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return named.TypeArguments[0];
        }

        ITypeSymbol? found = null;
        foreach (var candidate in named.AllInterfaces)
        {
            if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                if (found is not null && !SymbolEqualityComparer.Default.Equals(found, candidate.TypeArguments[0]))
                {
                    return null;
                }

                found = candidate.TypeArguments[0];
            }
        }

        return found;
    }
}
