using System.Collections.Immutable;

namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>A [Recipient] as read from a member, a type or the assembly.</summary>
internal sealed class RecipientInfo
{
    public RecipientInfo(string name, RecipientKindValue kind, string? country, TransferSafeguardValue safeguard, string? purpose, ImmutableArray<string> categories, AnnotationLevel declaredAt, string? transferDetails = null, string? note = null)
    {
        Name = name;
        Kind = kind;
        Country = country;
        Safeguard = safeguard;
        Purpose = purpose;
        Categories = categories;
        DeclaredAt = declaredAt;
        TransferDetails = transferDetails;
        Note = note;
    }

    public string Name { get; }

    public RecipientKindValue Kind { get; }

    public string? Country { get; }

    public TransferSafeguardValue Safeguard { get; }

    /// <summary>The transfer's details as the policy states them (instrument, where a copy is available), or null.</summary>
    public string? TransferDetails { get; }

    /// <summary>A note for the reviewer (record only, never the public notice), or null.</summary>
    public string? Note { get; }

    public string? Purpose { get; }

    /// <summary>Category ids or prefixes this recipient receives; empty means every member in scope.</summary>
    public ImmutableArray<string> Categories { get; }

    public AnnotationLevel DeclaredAt { get; }

    /// <summary>Whether a recipient declared on a type or the assembly receives data of the given category.</summary>
    public bool Receives(string? category) => Receives(Categories, category);

    /// <summary>Whether a recipient that receives <paramref name="categories"/> (ids or prefixes; empty: all) receives data of the given category.</summary>
    public static bool Receives(ImmutableArray<string> categories, string? category)
    {
        if (categories.IsDefaultOrEmpty)
        {
            return true;
        }

        if (category is null)
        {
            return false;
        }

        foreach (var prefix in categories)
        {
            if (category == prefix || (category.Length > prefix.Length && category.StartsWith(prefix, System.StringComparison.Ordinal) && category[prefix.Length] == '.'))
            {
                return true;
            }
        }

        return false;
    }
}
