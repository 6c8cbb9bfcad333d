using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Symbols;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// What the leak rules need to know about symbols, answered from the annotations (never from names) and cached for
/// one compilation: is this member personal data, does this type carry personal data, which annotated members does a
/// record's compiler-generated ToString print. Thread-safe.
/// </summary>
internal sealed class PersonalDataKnowledge
{
    private const int MaxNesting = 3;

    private readonly ConcurrentDictionary<ISymbol, bool> _members = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ISymbol?> _carried = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<ISymbol>> _printed = new(SymbolEqualityComparer.Default);

    private readonly System.Func<ISymbol, bool> _computePersonal;
    private readonly System.Func<ITypeSymbol, ISymbol?> _computeCarried;
    private readonly System.Func<INamedTypeSymbol, ImmutableArray<ISymbol>> _computePrinted;

    public PersonalDataKnowledge(AnnotationReader reader, Compilation compilation)
    {
        Reader = reader;
        _computePersonal = m => Reader.FindPersonalDataMarker(m, out _) is not null || InheritsMarker(m);
        _computeCarried = t => ComputeCarried(t, 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));
        _computePrinted = ComputePrinted;
        StringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        Exception = compilation.GetTypeByMetadataName("System.Exception");
    }

    public AnnotationReader Reader { get; }

    public INamedTypeSymbol? StringBuilder { get; }

    public INamedTypeSymbol? Exception { get; }

    /// <summary>Whether the compilation can contain personal data at all: our annotations or an interop marker exist.</summary>
    public static bool AnyMarkerType(PrivacyTypes types) =>
        types.PersonalData is not null || types.AspNetPersonalData is not null || types.DataClassification is not null;

    /// <summary>A property, field or parameter that carries a personal-data marker (ours or an interop one).</summary>
    public bool IsPersonal(ISymbol member)
    {
        if (member is not (IPropertySymbol or IFieldSymbol or IParameterSymbol))
        {
            return false;
        }

        var definition = member.OriginalDefinition;
        return _members.GetOrAdd(definition, _computePersonal);
    }

    /// <summary>
    /// An identifier member (<c>Id</c>, or a name ending in <c>Id</c> after a lower-case letter: <c>UserId</c>) whose
    /// annotation states no category that makes it personal data (<see cref="CategoryTaxonomy.IdentifierIsPersonalData"/>):
    /// copying it is what the rule pages recommend, so PRIV023 does not report it.
    /// </summary>
    public bool IsPlainIdentifier(ISymbol member)
    {
        var name = member.Name;
        if (!(name == "Id" || (name.Length > 2 && name.EndsWith("Id", System.StringComparison.Ordinal) && char.IsLower(name[name.Length - 3]))))
        {
            return false;
        }

        var marker = Reader.FindPersonalDataMarker(member.OriginalDefinition, out var origin);
        var category = marker is not null && origin == AnnotationOrigin.PersonalData ? AnnotationReader.ReadCategory(marker) : null;
        return !CategoryTaxonomy.IdentifierIsPersonalData(category);
    }

    /// <summary>The first personal-data member an object of this type carries (itself, nested objects, elements), or null.</summary>
    public ISymbol? CarriedMember(ITypeSymbol type) => _carried.GetOrAdd(type, _computeCarried);

    /// <summary>The element type of a collection (<see cref="CollectionTypes"/>: arrays and IEnumerable&lt;T&gt;, not strings, byte arrays or ambiguous enumerables).</summary>
    public ITypeSymbol? ElementType(ITypeSymbol type) => CollectionTypes.ElementType(type);

    /// <summary>
    /// The annotated members a record's compiler-generated PrintMembers prints (public, instance, readable, declared by
    /// the record itself — a base record reports its own), collections excepted: they print their type name. Empty for non-records, or when ToString or PrintMembers is
    /// written by hand (those are analysed as code).
    /// </summary>
    public ImmutableArray<ISymbol> PrintedByGeneratedToString(INamedTypeSymbol type) =>
        HasGeneratedToString(type, out _, out _) ? PrintedByGeneratedPrintMembers(type) : ImmutableArray<ISymbol>.Empty;

    /// <summary>The annotated members a record's compiler-generated PrintMembers prints; empty when PrintMembers is written by hand.</summary>
    public ImmutableArray<ISymbol> PrintedByGeneratedPrintMembers(INamedTypeSymbol type) =>
        _printed.GetOrAdd(type.OriginalDefinition, _computePrinted);

    /// <summary>Whether a record's ToString and PrintMembers are both compiler-generated (no written ones).</summary>
    public static bool HasGeneratedToString(INamedTypeSymbol type, out bool toStringWritten, out bool printMembersWritten)
    {
        toStringWritten = false;
        printMembersWritten = false;
        if (!type.IsRecord)
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { IsImplicitlyDeclared: false } method && !IsCompiledByTheCompiler(method))
            {
                if (method.Name == "ToString" && method.Parameters.IsEmpty && method.IsOverride)
                {
                    toStringWritten = true;
                }
                else if (method.Name == "PrintMembers" && method.Parameters.Length == 1)
                {
                    printMembersWritten = true;
                }
            }
        }

        return !toStringWritten;
    }

    /// <summary>A record's synthesized method compiled into a referenced assembly carries [CompilerGenerated].</summary>
    private static bool IsCompiledByTheCompiler(IMethodSymbol method)
    {
        if (!method.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "CompilerGeneratedAttribute", ContainingNamespace.Name: "CompilerServices" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Types that summarise a value without carrying it: bool, numbers, char, enums (and their nullables).</summary>
    public static bool IsSummaryType(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        return type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Char || SpecialTypeKinds.IsNumber(type.SpecialType);
    }

    /// <summary>Text-like types: what a helper method returns when it formats a value (string, object, StringBuilder, spans of char).</summary>
    public bool IsTextLike(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type.SpecialType is SpecialType.System_String or SpecialType.System_Object)
        {
            return true;
        }

        if (SymbolEqualityComparer.Default.Equals(type, StringBuilder))
        {
            return true;
        }

        return type is INamedTypeSymbol { Name: "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory", TypeArguments.Length: 1 } span
            && span.TypeArguments[0].SpecialType == SpecialType.System_Char;
    }

    private bool InheritsMarker(ISymbol member)
    {
        // An override or implementation of an annotated property holds the same data (PRIV016 asks to repeat it).
        if (member is IPropertySymbol { OverriddenProperty: { } overridden })
        {
            return IsPersonal(overridden);
        }

        return false;
    }

    /// <summary>
    /// Only whole answers are cached (per type asked about); nested types are walked again each time, with a set of the
    /// types being visited to end cycles (Customer.Orders[].Customer), so that a cut cycle never caches a wrong answer.
    /// </summary>
    private ISymbol? ComputeCarried(ITypeSymbol type, int depth, HashSet<ITypeSymbol> visiting)
    {
        if (depth > MaxNesting || type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Dynamic or TypeKind.Error or TypeKind.TypeParameter or TypeKind.Delegate)
        {
            return null;
        }

        if (!visiting.Add(type))
        {
            return null;
        }

        try
        {
            if (ElementType(type) is { } element)
            {
                return ComputeCarried(element, depth + 1, visiting);
            }

            return IsFrameworkType(type) ? null : FindOwnOrNested(type, depth, visiting);
        }
        finally
        {
            visiting.Remove(type);
        }
    }

    private ISymbol? FindOwnOrNested(ITypeSymbol type, int depth, HashSet<ITypeSymbol> visiting)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } && IsPersonal(member))
                {
                    return member;
                }
            }
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var memberType = member switch
                {
                    IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } p => p.Type,
                    IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public } f => f.Type,
                    _ => null,
                };
                if (memberType is not null && ComputeCarried(memberType, depth + 1, visiting) is { } nested)
                {
                    return nested;
                }
            }
        }

        return null;
    }

    private static bool IsFrameworkType(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { IsGlobalNamespace: false, ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "System" or "Microsoft" } && type.ContainingAssembly is { } assembly && IsFrameworkAssembly(assembly);
    }

    private static bool IsFrameworkAssembly(IAssemblySymbol assembly) =>
        assembly.Name.StartsWith("System", System.StringComparison.Ordinal)
        || assembly.Name.StartsWith("Microsoft.", System.StringComparison.Ordinal)
        || assembly.Name is "mscorlib" or "netstandard";

    private ImmutableArray<ISymbol> ComputePrinted(INamedTypeSymbol type)
    {
        HasGeneratedToString(type, out _, out var printMembersWritten);
        if (!type.IsRecord || printMembersWritten)
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<ISymbol>();
        foreach (var member in type.GetMembers())
        {
            var printed = member switch
            {
                IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null, Name: not "EqualityContract" } => true,
                IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public, IsConst: false } => true,
                _ => false,
            };
            // A collection prints as its type name (List<T>.ToString()), not its items.
            if (printed && IsPersonal(member) && ElementType(member is IPropertySymbol p ? p.Type : ((IFieldSymbol)member).Type) is null)
            {
                builder.Add(member);
            }
        }

        return builder.ToImmutable();
    }
}
