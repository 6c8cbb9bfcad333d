using System.IO;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Reporting;
using System.Runtime.CompilerServices;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// Issue 15 point 9: the fixed legal phrases live in one reviewed table per language (LegalPhrases.En.cs,
/// LegalPhrases.Ro.cs). Every key is in both, each table is in its own language only, and the rendered notices of the
/// samples carry no phrase of the other language — the transfers section included — nor the Romanian the review
/// corrected.
/// </summary>
public sealed class LegalPhrasesTests
{
    // Words a Romanian legal text never contains, and Romanian words an English one never does.
    // ("data" is Romanian too: "data eliberării"; diacritics alone are no sign, a Romanian proper name keeps them.)
    private static readonly Regex English = new(@"\b(the|of|and|your|you|with|which|our|GDPR|processing|controller|processor|consent)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex Romanian = new(@"(?<![\p{L}])(și|sau|din|RGPD|datele|pentru|prelucrare|operator|dumneavoastră|noastre)(?![\p{L}])", RegexOptions.CultureInvariant);

    // A quotation keeps its own language ("„Decline of consent…”" is the subject line the policy asks for).
    private static readonly Regex Quotation = new("„[^”]*”|\"[^\"]*\"", RegexOptions.CultureInvariant);

    private static string GoldenFolder([CallerFilePath] string callerPath = "") => Path.Combine(Path.GetDirectoryName(callerPath)!, "Golden");

    [Fact]
    public void Every_key_is_in_both_tables_with_the_same_placeholders()
    {
        Assert.Equal(LegalPhrases.English.Keys.OrderBy(k => k, StringComparer.Ordinal), LegalPhrases.Romanian.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var key in LegalPhrases.English.Keys)
        {
            Assert.Equal(Regex.Matches(LegalPhrases.English[key], @"\{\d\}").Select(m => m.Value), Regex.Matches(LegalPhrases.Romanian[key], @"\{\d\}").Select(m => m.Value));
            Assert.False(string.IsNullOrWhiteSpace(LegalPhrases.Romanian[key]), key);
        }
    }

    private static string ReportingSources([CallerFilePath] string callerPath = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "..", "..", "src", "PrivacyAnalyzers.Reporting"));

    [Fact]
    public void Every_key_the_renderers_ask_for_is_in_the_tables_and_every_sentence_of_the_tables_is_used()
    {
        // The notice's and the map's fixed sentences moved into the tables (issue 15 point 9): a mistyped key would
        // throw while rendering, a key nobody asks for is a sentence the lawyer reviews for nothing.
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(ReportingSources(), "*.cs"))
        {
            foreach (Match match in Regex.Matches(File.ReadAllText(file), @"\b(?:P|Phrase|Get|Format)\(""([A-Za-z0-9.]+)"""))
            {
                used.Add(match.Groups[1].Value);
            }
        }

        Assert.NotEmpty(used);
        var missing = used.Where(k => !LegalPhrases.English.ContainsKey(k)).ToList();
        Assert.Empty(missing);
        var unused = LegalPhrases.English.Keys.Where(k => (k.StartsWith("notice.", StringComparison.Ordinal) || k.StartsWith("map.", StringComparison.Ordinal) || k.StartsWith("record.", StringComparison.Ordinal) || k.StartsWith("retention.", StringComparison.Ordinal)) && !used.Contains(k)).ToList();
        Assert.Empty(unused);
    }

    [Fact]
    public void Each_table_is_in_its_own_language_only()
    {
        var englishInRomanian = LegalPhrases.Romanian.Where(p => English.IsMatch(p.Value)).Select(p => p.Key + ": " + p.Value).ToList();
        var romanianInEnglish = LegalPhrases.English.Where(p => Romanian.IsMatch(p.Value)).Select(p => p.Key + ": " + p.Value).ToList();
        Assert.Empty(englishInRomanian);
        Assert.Empty(romanianInEnglish);
    }

    [Fact]
    public void The_romanian_table_uses_the_terms_of_the_official_romanian_text_of_the_gdpr()
    {
        var all = string.Join("\n", LegalPhrases.Romanian.Values);
        Assert.DoesNotContain("procesa", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("dvs", all, StringComparison.Ordinal);
        Assert.Equal("persoană împuternicită de operator", LegalPhrases.Romanian["recipientKind.processor"]);
        Assert.Equal("art. 6 alin. (1) lit. (f) din RGPD", LegalText.Article(LegalBasis.LegitimateInterests, ReportLanguage.Romanian));
        Assert.Equal("Art. 6(1)(f) GDPR", LegalText.Article(LegalBasis.LegitimateInterests, ReportLanguage.English));
        Assert.Equal("consimțământul dumneavoastră explicit (art. 9 alin. (2) lit. (a) din RGPD)", LegalText.SpecialCondition(SpecialCategoryCondition.ExplicitConsent, ReportLanguage.Romanian));
    }

    [Fact]
    public void The_records_fixed_phrases_speak_of_the_data_subject_not_to_them()
    {
        // Issue 15 point 2: a row of the record never addresses the data subject ("your explicit consent").
        var recipient = new PrivacyAnalyzers.Inventory.InventoryRecipient("Clinic Inc", RecipientKind.Processor, "US", TransferSafeguard.Derogation, null);
        var entry = new PrivacyAnalyzers.Inventory.InventoryEntry("Shop.Patient", "Allergies", "string", "Customer", "Special.Health", LegalBasis.Consent, "P1Y", RetentionStart.Collection, null,
            new[] { "Care" }, DataSource.ProvidedBySubject, null, SpecialCategoryCondition.ExplicitConsent, CriminalDataCondition.Unspecified, new[] { recipient }, "PersonalData");
        var inventory = SeedInventories.Single(entry);
        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Romanian })
        {
            var record = PrivacyReport.Render(inventory, ReportFormat.Csv, language);
            Assert.DoesNotMatch(@"\b(your|you)\b", record);
            Assert.DoesNotContain("dumneavoastră", record, StringComparison.Ordinal);
            Assert.Contains(language == ReportLanguage.English ? "the data subject's explicit consent (Art. 9(2)(a) GDPR)" : "consimțământul explicit al persoanei vizate (art. 9 alin. (2) lit. (a) din RGPD)", record, StringComparison.Ordinal);
            Assert.Contains(language == ReportLanguage.English ? "such as the data subject's explicit consent (Art. 49 GDPR)" : "precum consimțământul explicit al persoanei vizate (art. 49 din RGPD)", record, StringComparison.Ordinal);

            // The notice still speaks to the reader.
            Assert.Contains(language == ReportLanguage.English ? "your explicit consent (Art. 9(2)(a) GDPR)" : "consimțământul dumneavoastră explicit", PrivacyReport.Render(inventory, ReportFormat.Markdown, language), StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, ReportLanguage> TranslatedNotices() => new()
    {
        { "CityManagement", ReportLanguage.Romanian },
        { "ControlPanel", ReportLanguage.Romanian },
        { "Crm", ReportLanguage.Romanian },
        { "IotShop", ReportLanguage.Romanian },
        { "ERegistry", ReportLanguage.English },
    };

    [Theory]
    [MemberData(nameof(TranslatedNotices))]
    public void A_translated_sample_notice_holds_no_phrase_of_the_other_language(string sample, ReportLanguage language)
    {
        var golden = Path.Combine(GoldenFolder(),
            sample.ToLowerInvariant() + ".privacy-policy." + (language == ReportLanguage.Romanian ? "ro" : "en") + ".md");
        var other = language == ReportLanguage.Romanian ? English : Romanian;

        // The reader's text: headings, paragraphs and list items, not the comments for the maintainer.
        var offending = File.ReadAllLines(golden)
            .Where(line => !line.StartsWith("<!--", StringComparison.Ordinal))
            .Select(line => (Line: line, Match: other.Match(Quotation.Replace(line, string.Empty))))
            .Where(x => x.Match.Success)
            .Select(x => $"'{x.Match.Value}' in: {x.Line}")
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void The_romanian_notices_carry_none_of_the_wording_the_review_corrected()
    {
        foreach (var sample in new[] { "CityManagement", "ControlPanel", "Crm", "IotShop", "ERegistry" })
        {
            var folder = GoldenFolder();
            foreach (var file in new[] { ".privacy-policy.ro.md", ".records-of-processing.ro.csv" })
            {
                var text = File.ReadAllText(Path.Combine(folder, sample.ToLowerInvariant() + file));
                Assert.DoesNotContain("până când încetați", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("procesăm", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotMatch(@"\bdvs\b", text);
                Assert.DoesNotContain("Ploiesti", text, StringComparison.Ordinal);
                Assert.DoesNotContain("DataController", text, StringComparison.Ordinal);
                Assert.DoesNotContain("DpoEmail", text, StringComparison.Ordinal);
            }
        }
    }
}
