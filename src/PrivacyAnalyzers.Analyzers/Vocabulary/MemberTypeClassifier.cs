using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Symbols;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Classifies member types (<see cref="MemberTypeShape"/>) with the well-known types of one compilation, resolved once.
/// Arrays, <c>Nullable&lt;T&gt;</c> and the common collections are unwrapped to their element type. Allocation-free once
/// the well-known types are resolved (on the first member type that needs them).
/// </summary>
internal sealed class MemberTypeClassifier
{
    private readonly Compilation _compilation;

    // The framework types a member type is compared with, resolved on the first member whose type needs them (most member
    // types are special types — string, int, DateTime, bool — which need none): a compilation whose inference meets no other
    // type never looks them up.
    private WellKnown? _wellKnown;

    public MemberTypeClassifier(Compilation compilation) => _compilation = compilation;

    private WellKnown Known
    {
        get
        {
            var known = Volatile.Read(ref _wellKnown);
            if (known is null)
            {
                // Two threads resolving at once resolve the same symbols.
                known = new WellKnown(_compilation);
                Volatile.Write(ref _wellKnown, known);
            }

            return known;
        }
    }

    public MemberTypeShape Classify(ITypeSymbol? type) => Classify(type, out _, out _);

    /// <summary>The shape of the elements; <paramref name="collection"/> tells whether an array or a collection was unwrapped (not <c>Nullable&lt;T&gt;</c>).</summary>
    public MemberTypeShape Classify(ITypeSymbol? type, out bool collection) => Classify(type, out collection, out _);

    /// <summary>As <see cref="Classify(ITypeSymbol?, out bool)"/>; <paramref name="element"/> is the element type classified.</summary>
    public MemberTypeShape Classify(ITypeSymbol? type, out bool collection, out ITypeSymbol? element)
    {
        collection = false;
        element = type;
        for (var depth = 0; type is not null && depth < 4; depth++)
        {
            if (type is IArrayTypeSymbol array)
            {
                if (array.ElementType.SpecialType == SpecialType.System_Byte)
                {
                    return MemberTypeShape.Binary;
                }

                collection = true;
                type = array.ElementType;
                element = type;
                continue;
            }

            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
                && (IsWrapper(generic.OriginalDefinition) || (generic.TypeKind == TypeKind.Error && IsCollectionName(generic.Name))))
            {
                collection |= generic.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T;
                type = generic.TypeArguments[0];
                element = type;
                continue;
            }

            return ClassifyElement(type);
        }

        return MemberTypeShape.Text;
    }

    private bool IsWrapper(INamedTypeSymbol definition)
    {
        switch (definition.SpecialType)
        {
            case SpecialType.System_Nullable_T:
            case SpecialType.System_Collections_Generic_IEnumerable_T:
            case SpecialType.System_Collections_Generic_ICollection_T:
            case SpecialType.System_Collections_Generic_IList_T:
            case SpecialType.System_Collections_Generic_IReadOnlyCollection_T:
            case SpecialType.System_Collections_Generic_IReadOnlyList_T:
                return true;
        }

        foreach (var collection in Known.Collections)
        {
            if (collection is not null && SymbolEqualityComparer.Default.Equals(definition, collection))
            {
                return true;
            }
        }

        return false;
    }

    private MemberTypeShape ClassifyElement(ITypeSymbol type)
    {
        switch (type.TypeKind)
        {
            case TypeKind.Error:
                // The options a form offers (List<SelectListItem> GenderList, SelectList GenderSelectList): the choices, not
                // anyone's datum. Resolved, the MVC types are framework types (below); unresolved, their name still says so.
                return IsOptionListType(type.Name) ? MemberTypeShape.NotData : MemberTypeShape.Text;
            case TypeKind.TypeParameter:
            case TypeKind.Dynamic:
                return MemberTypeShape.Text;
            case TypeKind.Enum:
                return MemberTypeShape.Enum;
            case TypeKind.Delegate:
            case TypeKind.Interface:
            case TypeKind.Pointer:
            case TypeKind.FunctionPointer:
                return MemberTypeShape.NotData;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Object:
                return MemberTypeShape.Text;
            case SpecialType.System_Boolean:
                return MemberTypeShape.Bool;
            case SpecialType.System_Char:
                // A one-letter code: 'M' / 'F' for a gender, a blood group letter.
                return MemberTypeShape.Enum;
            case SpecialType.System_DateTime:
                return MemberTypeShape.Date;
            case var special when SpecialTypeKinds.IsNumber(special):
                return MemberTypeShape.Number;
        }

        var known = Known;
        if (Is(type, known.IpAddress))
        {
            return MemberTypeShape.IpAddress;
        }

        if (Is(type, known.MailAddress))
        {
            return MemberTypeShape.MailAddress;
        }

        if (Is(type, known.PhysicalAddress))
        {
            return MemberTypeShape.PhysicalAddress;
        }

        if (Is(type, known.DateOnly) || Is(type, known.DateTimeOffset))
        {
            return MemberTypeShape.Date;
        }

        if (Is(type, known.Guid))
        {
            return MemberTypeShape.Guid;
        }

        if (Is(type, known.Uri))
        {
            return MemberTypeShape.Text;
        }

        if (InheritsFrom(type, known.Stream))
        {
            return MemberTypeShape.Binary;
        }

        // Other framework types (Task, CancellationToken, Regex, TimeSpan, Encoding, HttpClient, BigInteger…) are not
        // personal data by themselves; BigInteger and Int128 hold numbers.
        if (IsFrameworkType(type))
        {
            return type.Name is "BigInteger" or "Int128" or "UInt128" ? MemberTypeShape.Number : MemberTypeShape.NotData;
        }

        return MemberTypeShape.Complex;
    }

    /// <summary>
    /// The common generic collections by name, for a file whose usings the compiler could not resolve (a file read without
    /// the SDK's implicit usings: List&lt;SelectListItem&gt; is then an error type): unwrapped as when resolved.
    /// </summary>
    private static bool IsCollectionName(string name) =>
        name is "List" or "IList" or "ICollection" or "IEnumerable" or "IReadOnlyList" or "IReadOnlyCollection" or "HashSet" or "Collection";

    /// <summary>The MVC types of a form's options (SelectListItem, SelectList, MultiSelectList, SelectListGroup).</summary>
    private static bool IsOptionListType(string name) => name is "SelectListItem" or "SelectList" or "MultiSelectList" or "SelectListGroup";

    private static bool Is(ITypeSymbol type, INamedTypeSymbol? wellKnown) =>
        wellKnown is not null && SymbolEqualityComparer.Default.Equals(type, wellKnown);

    private static bool InheritsFrom(ITypeSymbol type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return SymbolEqualityComparer.Default.Equals(type, baseType);
    }

    private static bool IsFrameworkType(ITypeSymbol type)
    {
        // A type declared in this compilation is the project's own, whatever its namespace (Microsoft.eShopWeb…Address).
        if (!type.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        var ns = type.ContainingNamespace;
        if (ns is null)
        {
            return false;
        }

        while (ns.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            ns = parent;
        }

        return !ns.IsGlobalNamespace && ns.Name is "System" or "Microsoft";
    }

    /// <summary>The framework types of one compilation that member types are compared with (null when not referenced).</summary>
    private sealed class WellKnown
    {
        public WellKnown(Compilation compilation)
        {
            IpAddress = compilation.GetTypeByMetadataName("System.Net.IPAddress");
            MailAddress = compilation.GetTypeByMetadataName("System.Net.Mail.MailAddress");
            PhysicalAddress = compilation.GetTypeByMetadataName("System.Net.NetworkInformation.PhysicalAddress");
            DateOnly = compilation.GetTypeByMetadataName("System.DateOnly");
            DateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
            Guid = compilation.GetTypeByMetadataName("System.Guid");
            Uri = compilation.GetTypeByMetadataName("System.Uri");
            Stream = compilation.GetTypeByMetadataName("System.IO.Stream");
            Collections = new[]
            {
                compilation.GetTypeByMetadataName("System.Collections.Generic.List`1"),
                compilation.GetTypeByMetadataName("System.Collections.Generic.HashSet`1"),
                compilation.GetTypeByMetadataName("System.Collections.Generic.ISet`1"),
                compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlySet`1"),
                compilation.GetTypeByMetadataName("System.Collections.Generic.SortedSet`1"),
                compilation.GetTypeByMetadataName("System.Collections.Generic.LinkedList`1"),
                compilation.GetTypeByMetadataName("System.Collections.ObjectModel.Collection`1"),
                compilation.GetTypeByMetadataName("System.Collections.ObjectModel.ReadOnlyCollection`1"),
                compilation.GetTypeByMetadataName("System.Collections.ObjectModel.ObservableCollection`1"),
                compilation.GetTypeByMetadataName("System.Collections.Immutable.ImmutableArray`1"),
                compilation.GetTypeByMetadataName("System.Collections.Immutable.ImmutableList`1"),
                compilation.GetTypeByMetadataName("System.Collections.Immutable.IImmutableList`1"),
            };
        }

        public INamedTypeSymbol? IpAddress { get; }

        public INamedTypeSymbol? MailAddress { get; }

        public INamedTypeSymbol? PhysicalAddress { get; }

        public INamedTypeSymbol? DateOnly { get; }

        public INamedTypeSymbol? DateTimeOffset { get; }

        public INamedTypeSymbol? Guid { get; }

        public INamedTypeSymbol? Uri { get; }

        public INamedTypeSymbol? Stream { get; }

        public INamedTypeSymbol?[] Collections { get; }
    }
}
