using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>The names the generator writes for symbols, culture-invariant and deterministic.</summary>
internal static class SymbolNames
{
    /// <summary><c>global::Shop.Customer</c>, <c>global::Shop.Outer.Inner&lt;T&gt;</c>: for generated code.</summary>
    public static readonly SymbolDisplayFormat Code = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>A member's type as the inventory writes it: <c>string?</c>, <c>System.Net.IPAddress</c>, <c>System.Collections.Generic.List&lt;Shop.Order&gt;</c>.</summary>
    public static readonly SymbolDisplayFormat MemberType = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The inventory's type name: namespace, containing types joined with <c>+</c>, type parameters (<c>Shop.Outer+Inner&lt;T&gt;</c>).</summary>
    public static string InventoryName(INamedTypeSymbol type)
    {
        var builder = new StringBuilder();
        Append(builder, type);
        return builder.ToString();
    }

    /// <summary>An identifier as C# source must write it (<c>@class</c>).</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.AwaitKeyword
            ? "@" + name
            : name;

    /// <summary>A C# string literal of the text, with escapes.</summary>
    public static string Literal(string? text) => text is null ? "null" : SymbolDisplay.FormatLiteral(text, quote: true);

    private static void Append(StringBuilder builder, INamedTypeSymbol type)
    {
        if (type.ContainingType is { } containing)
        {
            Append(builder, containing);
            builder.Append('+');
        }
        else if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            builder.Append(ns.ToDisplayString()).Append('.');
        }

        builder.Append(type.Name);
        if (type.TypeParameters.Length > 0)
        {
            builder.Append('<');
            for (var i = 0; i < type.TypeArguments.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(type.TypeArguments[i].ToDisplayString(MemberType));
            }

            builder.Append('>');
        }
    }
}
