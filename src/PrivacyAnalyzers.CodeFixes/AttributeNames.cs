using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeFixes;

/// <summary>How a fix can write one of our attributes at a position: by its short name, with or without adding a using.</summary>
internal readonly struct AttributeNames
{
    public AttributeNames(string name, bool needsUsing)
    {
        Name = name;
        NeedsUsing = needsUsing;
    }

    /// <summary><c>PersonalData</c>, or <c>PrivacyAnalyzers.PersonalData</c> when the short name means another type there.</summary>
    public string Name { get; }

    /// <summary>Whether <c>using PrivacyAnalyzers;</c> must be added for <see cref="Name"/> to bind.</summary>
    public bool NeedsUsing { get; }

    /// <summary>
    /// Decides how to name <paramref name="attribute"/> at <paramref name="position"/>: the short name when it already binds
    /// to our type (a using, a global using, the same namespace); the short name plus a using when nothing else has that
    /// name; the qualified name when another type would be found (ASP.NET Core Identity's [PersonalData], for one).
    /// </summary>
    public static AttributeNames Resolve(SemanticModel model, int position, INamedTypeSymbol attribute)
    {
        var shortName = attribute.Name.EndsWith("Attribute", System.StringComparison.Ordinal)
            ? attribute.Name.Substring(0, attribute.Name.Length - "Attribute".Length)
            : attribute.Name;
        var ours = false;
        var other = false;
        foreach (var name in new[] { shortName, attribute.Name })
        {
            foreach (var symbol in model.LookupNamespacesAndTypes(position, name: name))
            {
                if (SymbolEqualityComparer.Default.Equals(symbol, attribute))
                {
                    ours = true;
                }
                else if (symbol is INamedTypeSymbol)
                {
                    other = true;
                }
            }
        }

        if (ours && !other)
        {
            return new AttributeNames(shortName, needsUsing: false);
        }

        return other
            ? new AttributeNames(attribute.ContainingNamespace.ToDisplayString() + "." + shortName, needsUsing: false)
            : new AttributeNames(shortName, needsUsing: true);
    }
}
