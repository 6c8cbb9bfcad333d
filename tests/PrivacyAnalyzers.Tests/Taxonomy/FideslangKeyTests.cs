using System.IO;
using PrivacyAnalyzers.Reporting.Fideslang;
using PrivacyAnalyzers.Taxonomy;
using PrivacyAnalyzers.Tests.Infrastructure;

namespace PrivacyAnalyzers.Tests.Taxonomy;

/// <summary>Every fideslang key the taxonomy maps a category to exists in fideslang's own taxonomy.</summary>
public sealed class FideslangKeyTests
{
    /// <summary>
    /// Every data-category <c>fides_key</c> of fideslang's default taxonomy, read from the repository's data file
    /// <c>src/PrivacyAnalyzers.Reporting/Fideslang/data_categories.txt</c> (source, commit and licence in NOTICE.md there).
    /// </summary>
    private static readonly HashSet<string> FideslangDataCategories = ReadKeys("data_categories.txt");

    internal static HashSet<string> ReadKeys(string fileName) => new(
        File.ReadAllLines(Path.Combine(RuleCatalogTests.RepositoryRoot(), "src", "PrivacyAnalyzers.Reporting", "Fideslang", fileName))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && line[0] != '#'),
        StringComparer.Ordinal);

    [Theory]
    [InlineData("data_categories.txt", 85)]
    [InlineData("data_uses.txt", 55)]
    [InlineData("data_subjects.txt", 15)]
    public void The_embedded_key_lists_are_the_repositorys_data_files(string fileName, int count)
    {
        var onDisk = ReadKeys(fileName);
        var embedded = fileName switch
        {
            "data_categories.txt" => FideslangTaxonomy.DataCategories,
            "data_uses.txt" => FideslangTaxonomy.DataUses,
            _ => FideslangTaxonomy.DataSubjects,
        };
        Assert.Equal(count, onDisk.Count);
        Assert.Equal(onDisk.OrderBy(k => k, StringComparer.Ordinal), embedded.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void The_key_lists_carry_their_licence_notice()
    {
        var folder = Path.Combine(RuleCatalogTests.RepositoryRoot(), "src", "PrivacyAnalyzers.Reporting", "Fideslang");
        var notice = File.ReadAllText(Path.Combine(folder, "NOTICE.md"));
        Assert.Contains("https://github.com/ethyca/fideslang", notice, StringComparison.Ordinal);
        Assert.Contains("40394c46599745a6b8f14d069889fddfa2651409", notice, StringComparison.Ordinal);
        Assert.Contains("Attribution 4.0 International", File.ReadAllText(Path.Combine(folder, "LICENSE-fideslang.txt")), StringComparison.Ordinal);
        Assert.Contains("Apache License", File.ReadAllText(Path.Combine(folder, "LICENSE-Apache-2.0.txt")), StringComparison.Ordinal);
    }

    public static TheoryData<string> CategoryIds()
    {
        var data = new TheoryData<string>();
        foreach (var info in CategoryTaxonomy.All)
        {
            data.Add(info.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CategoryIds))]
    public void Every_mapped_key_is_a_fideslang_data_category(string id)
    {
        Assert.True(CategoryTaxonomy.TryGet(id, out var info));
        Assert.True(FideslangDataCategories.Contains(info.Fideslang), $"'{id}' maps to '{info.Fideslang}', which is not a fideslang data category");
    }

    [Fact]
    public void A_password_maps_to_user_authorization_password()
    {
        // Drift fixed (both inventory writers carried it): 'user.authorization.credentials.password' is not in fideslang.
        Assert.Equal("user.authorization.password", CategoryTaxonomy.FideslangOf("Credentials.Password"));
    }

    [Fact]
    public void A_photograph_maps_to_the_subjects_image_not_to_public_content()
    {
        // Was 'user.content.public' ("publicly shared content related to, or created by the subject"): an identity
        // photograph is not public content. fideslang's key for it is 'user.content.self_image' ("photograph or image
        // in which subject is whole or partially recognized").
        Assert.Equal("user.content.self_image", CategoryTaxonomy.FideslangOf("Identity.Photo"));
    }

    [Theory]
    [InlineData("Contact.Email", "user.contact.email")]
    [InlineData("Contact.Pager", "user.contact")]
    [InlineData("Wellbeing.Mood", null)]
    [InlineData(null, null)]
    public void A_category_maps_as_itself_else_as_its_top_level(string? id, string? expected) =>
        Assert.Equal(expected, CategoryTaxonomy.FideslangOf(id));
}
