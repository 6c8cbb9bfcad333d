using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// Every rendered output for an inventory modelled on seed 000 (SmartCity Solutions), compared with reviewed golden
/// files in Golden/. They were read as a reviewer would read them, in both languages.
/// </summary>
public sealed class RenderedOutputGoldenTests
{
    [Theory]
    [InlineData(ReportFormat.Markdown, ReportLanguage.English, "smartcity.privacy-policy.en.md")]
    [InlineData(ReportFormat.Markdown, ReportLanguage.Romanian, "smartcity.privacy-policy.ro.md")]
    [InlineData(ReportFormat.Csv, ReportLanguage.English, "smartcity.records-of-processing.en.csv")]
    [InlineData(ReportFormat.Csv, ReportLanguage.Romanian, "smartcity.records-of-processing.ro.csv")]
    [InlineData(ReportFormat.Html, ReportLanguage.English, "smartcity.en.html")]
    [InlineData(ReportFormat.Html, ReportLanguage.Romanian, "smartcity.ro.html")]
    [InlineData(ReportFormat.Json, ReportLanguage.English, "smartcity.inventory.json")]
    public void Outputs_match_the_reviewed_golden_files(ReportFormat format, ReportLanguage language, string golden)
    {
        var text = PrivacyReport.Render(SeedInventories.SmartCity(), format, language, Texts(language));
        if (format == ReportFormat.Csv)
        {
            // Golden files are stored with LF; the CSV itself must use CRLF only.
            Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        GoldenFile.AssertMatches(text, golden);
    }

    private static TextTranslations? Texts(ReportLanguage language) =>
        language == ReportLanguage.Romanian ? TextTranslations.Parse(SeedInventories.SmartCityRomanianTexts, "privacy-texts.ro.json") : null;

    [Fact]
    public void Free_text_without_a_translation_is_kept_and_listed_for_the_translator()
    {
        var table = TextTranslations.Parse("{ \"Customer\": \"Clienți\" }", "privacy-texts.ro.json");

        var text = PrivacyReport.Render(SeedInventories.SmartCity(), ReportFormat.Markdown, ReportLanguage.Romanian, table);

        Assert.Contains("### Clienți\n", text, StringComparison.Ordinal);
        Assert.Contains("- **To answer pre-sales queries** — ", text, StringComparison.Ordinal);
        Assert.Contains("<!-- Netraduse (adăugați în privacy-texts.ro.json): ", text, StringComparison.Ordinal);
        Assert.Contains(" | To answer pre-sales queries | ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Netraduse", PrivacyReport.Render(SeedInventories.SmartCity(), ReportFormat.Markdown, ReportLanguage.Romanian), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "a translations file is one JSON object mapping each text to its translation.")]
    [InlineData("{ \"a\": 1 }", "the translation of \"a\" must be a string.")]
    public void A_malformed_translations_file_is_an_error_naming_it(string json, string problem)
    {
        var error = Assert.Throws<InventoryLoadException>(() => TextTranslations.Parse(json, "privacy-texts.ro.json"));
        Assert.Equal("privacy-texts.ro.json: " + problem, error.Message);
    }

    [Fact]
    public void Json_output_reads_back_as_the_same_inventory()
    {
        var json = PrivacyReport.Render(SeedInventories.SmartCity(), ReportFormat.Json, ReportLanguage.English);
        Assert.Equal(json.TrimEnd('\n'), InventoryJson.ToJson(InventoryJson.Parse(json)));
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Csv)]
    [InlineData(ReportFormat.Html)]
    public void Romanian_outputs_use_comma_below_letters_only(ReportFormat format)
    {
        var text = PrivacyReport.Render(SeedInventories.SmartCity(), format, ReportLanguage.Romanian, Texts(ReportLanguage.Romanian));
        Assert.Contains('ț', text);
        Assert.Contains('ș', text);
        Assert.DoesNotContain('ţ', text); // t-cedilla
        Assert.DoesNotContain('ş', text); // s-cedilla
        Assert.DoesNotContain('Ţ', text);
        Assert.DoesNotContain('Ş', text);
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("tr-TR");
            var turkish = PrivacyReport.Render(SeedInventories.SmartCity(), ReportFormat.Html, ReportLanguage.Romanian, Texts(ReportLanguage.Romanian));
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            Assert.Equal(PrivacyReport.Render(SeedInventories.SmartCity(), ReportFormat.Html, ReportLanguage.Romanian, Texts(ReportLanguage.Romanian)), turkish);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }
}
