using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Tests.Taxonomy;

/// <summary>
/// The one rule for a category's GDPR kind (<see cref="CategoryTaxonomy.KindOf"/>), which PRIV012, the contradiction
/// checks and the documents (LegalText.IsSensitive) share.
/// </summary>
public sealed class CategoryKindTests
{
    [Theory]
    [InlineData("Contact.Email", false, "Ordinary")]
    [InlineData("Special.Health", false, "Special")]
    [InlineData("Special", false, "Special")]
    [InlineData("Criminal", false, "Criminal")]
    [InlineData("Loyalty.Points", false, "Ordinary")]
    [InlineData("Wellbeing.Mood", true, "Special")]
    [InlineData("special.health", false, "Ordinary")]
    [InlineData("", false, "Ordinary")]
    [InlineData(null, false, "Ordinary")]
    public void Built_in_and_declared_categories(string? id, bool declaredSpecial, string expected) =>
        Assert.Equal(expected, CategoryTaxonomy.KindOf(id, declaredSpecial).ToString());

    [Theory]
    // Drift fixed: the analyzers had no top-level fallback, so these were Ordinary there (and got no PRIV012).
    [InlineData("Special.Fitness", false, "Special")]
    [InlineData("Criminal.Fines", false, "Criminal")]
    // Drift fixed: the documents looked the top level up first, so a project category declared special under an
    // ordinary top level was not special-category data in the privacy policy, though PRIV012 required its condition.
    [InlineData("Contact.Fitness", true, "Special")]
    [InlineData("Contact.Fitness", false, "Ordinary")]
    public void A_category_under_a_special_or_criminal_top_level_has_its_kind_and_a_declaration_can_only_add_one(string id, bool declaredSpecial, string expected) =>
        Assert.Equal(expected, CategoryTaxonomy.KindOf(id, declaredSpecial).ToString());
}
