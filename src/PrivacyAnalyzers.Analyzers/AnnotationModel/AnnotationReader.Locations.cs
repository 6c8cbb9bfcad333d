using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.AnnotationModel;

// Locations and formatting: where an attribute or one of its arguments is written in source (for diagnostics and
// code fixes), and an attribute read from metadata written back as C# source (to copy it).
internal sealed partial class AnnotationReader
{
    /// <summary>
    /// The source location of an attribute argument: the expression of the named argument <paramref name="name"/>,
    /// else of the constructor argument at <paramref name="constructorIndex"/> (when given), else the attribute itself.
    /// Null for an attribute read from metadata.
    /// </summary>
    public static Location? GetArgumentLocation(AttributeData attribute, string name, int constructorIndex = -1)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax syntax)
        {
            return null;
        }

        if (syntax.ArgumentList is { } list)
        {
            var positional = 0;
            foreach (var argument in list.Arguments)
            {
                if (argument.NameEquals is { } nameEquals)
                {
                    if (nameEquals.Name.Identifier.ValueText == name)
                    {
                        return argument.Expression.GetLocation();
                    }
                }
                else if (argument.NameColon is null)
                {
                    if (positional == constructorIndex)
                    {
                        return argument.Expression.GetLocation();
                    }

                    positional++;
                }
                else if (constructorIndex >= 0 && argument.NameColon.Name.Identifier.ValueText == name.ToLowerInvariant())
                {
                    return argument.Expression.GetLocation();
                }
            }
        }

        return syntax.GetLocation();
    }

    /// <summary>The source location of an attribute (without its brackets), or null when it was read from metadata.</summary>
    public static Location? GetAttributeLocation(AttributeData attribute) =>
        attribute.ApplicationSyntaxReference is { } reference ? reference.SyntaxTree.GetLocation(reference.Span) : null;

    /// <summary>
    /// The arguments of an attribute as C# source, <c>("Contact.Email", LegalBasis = PrivacyAnalyzers.LegalBasis.Contract)</c>,
    /// or an empty string when it has none; used to copy an attribute that was compiled into a referenced assembly
    /// (in source, the syntax as written is copied instead). Unreadable arguments are left out.
    /// </summary>
    public static string FormatArguments(AttributeData attribute)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Error)
            {
                continue;
            }

            parts.Add(Microsoft.CodeAnalysis.CSharp.TypedConstantExtensions.ToCSharpString(argument));
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Value.Kind == TypedConstantKind.Error)
            {
                continue;
            }

            parts.Add(argument.Key + " = " + Microsoft.CodeAnalysis.CSharp.TypedConstantExtensions.ToCSharpString(argument.Value));
        }

        return parts.Count == 0 ? string.Empty : "(" + string.Join(", ", parts) + ")";
    }
}
