using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>What generated code in the same assembly can read and name: accessibility, [Obsolete] errors, [Experimental], file-local types, locations inside this compilation.</summary>
internal sealed partial class ExporterParser
{
    /// <summary>
    /// The symbol's location when it is in this compilation, else null. A walked type may be declared in another project
    /// (a project reference is a CompilationReference in the IDE); a diagnostic located there would point the IDE at the
    /// other project's file, or at the wrong line of a file of this one with the same path.
    /// </summary>
    private Location? InCompilation(ISymbol symbol) =>
        symbol.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree is { } tree && _compilation.ContainsSyntaxTree(tree));

    private string? WhyInaccessible(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return "it is a file-local type, which generated code in another file cannot name";
            }

            if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return $"'{current.Name}' is {AccessibilityText(current.DeclaredAccessibility)}, so generated code outside it cannot name it";
            }
        }

        return null;
    }

    private string? WhyNotReadable(ISymbol member, ITypeSymbol type)
    {
        var getter = member is IPropertySymbol property ? property.GetMethod : member;
        if (getter is null || !_compilation.IsSymbolAccessibleWithin(getter, _compilation.Assembly) || !_compilation.IsSymbolAccessibleWithin(member, _compilation.Assembly))
        {
            var accessibility = getter?.DeclaredAccessibility ?? member.DeclaredAccessibility;
            return $"it is {AccessibilityText(accessibility)}";
        }

        if (!IsTypeNameable(type))
        {
            return "its type cannot be named outside its declaring type";
        }

        // Reading an [Obsolete(error: true)] member, or naming such a type, does not compile; [Experimental] APIs
        // are errors unless the user suppresses them. Obsolete warnings are suppressed in the generated file instead.
        if ((ObsoleteError(member) ?? ObsoleteErrorInType(type)) is { } obsolete)
        {
            return obsolete;
        }

        return null;
    }

    /// <summary>Why using the symbol is a compile error ([Obsolete(..., true)], [Experimental]), or null.</summary>
    private static string? ObsoleteError(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            var name = attribute.AttributeClass is { } c ? FullName(c) : null;
            if (name == "System.ObsoleteAttribute" && attribute.ConstructorArguments.Length >= 2 && attribute.ConstructorArguments[1].Value is true)
            {
                return "it is marked [Obsolete] as an error";
            }

            if (name == "System.Diagnostics.CodeAnalysis.ExperimentalAttribute")
            {
                return "it is marked [Experimental]";
            }
        }

        return null;
    }

    private static string? ObsoleteErrorInType(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => ObsoleteErrorInType(array.ElementType),
        INamedTypeSymbol named => ObsoleteError(named.OriginalDefinition) is not null
            ? "its type '" + named.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "' is marked [Obsolete] as an error or [Experimental]"
            : named.TypeArguments.Select(ObsoleteErrorInType).FirstOrDefault(r => r is not null)
                ?? (named.ContainingType is { } containing ? ObsoleteErrorInType(containing) : null),
        _ => null,
    };

    private bool IsTypeNameable(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => IsTypeNameable(array.ElementType),
        ITypeParameterSymbol => true,
        INamedTypeSymbol named => WhyInaccessible(named) is null
            && _compilation.IsSymbolAccessibleWithin(named.OriginalDefinition, _compilation.Assembly)
            && named.TypeArguments.All(IsTypeNameable),
        _ => false,
    };

    private static string AccessibilityText(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        Accessibility.Internal => "internal to another assembly",
        _ => "not accessible",
    };

    private static bool IsEffectivelyPublic(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }
}
