using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Validation;

/// <summary>What the validation rules know about a category id as written.</summary>
internal enum CategoryStatus
{
    /// <summary>No category stated.</summary>
    Unstated = 0,

    /// <summary>A built-in id, or one declared with [assembly: PersonalDataCategory].</summary>
    Known = 1,

    /// <summary>Neither built in nor declared (PRIV014).</summary>
    Unknown = 2,
}

/// <summary>Classifies a category id: known or not, and its GDPR kind (ordinary, Art. 9 special, Art. 10 criminal).</summary>
internal static class CategoryKindOf
{
    public static CategoryStatus Status(string? category, DeclaredCategories declared)
    {
        if (string.IsNullOrWhiteSpace(category))
        {
            return CategoryStatus.Unstated;
        }

        return CategoryTaxonomy.IsBuiltIn(category!) || declared.Contains(category!) ? CategoryStatus.Known : CategoryStatus.Unknown;
    }

    /// <summary>The GDPR kind of a category as <see cref="CategoryTaxonomy.KindOf"/> rules it, with the project's declarations.</summary>
    public static CategoryKind Kind(string? category, DeclaredCategories declared) =>
        CategoryTaxonomy.KindOf(category, category is not null && declared.IsSpecial(category));
}
