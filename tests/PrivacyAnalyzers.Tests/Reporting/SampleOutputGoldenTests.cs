using System.IO;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Tests.Generator;
using PrivacyAnalyzers.Tests.Harness;
using PrivacyAnalyzers.Tests.Samples;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// The files a build of samples/IotShop writes (seed 004, IoT Smart Solutions), produced the way the build produces
/// them: the sample's annotated model compiled with the generator, the inventory read back from the compiled
/// assembly's metadata, rendered with the sample's privacy-texts.ro.json. The golden files in Golden/iotshop.* were read
/// against the seed policy, in both languages; a change to the sample's annotations or to the renderers shows here.
/// </summary>
public sealed class SampleOutputGoldenTests
{
    private static readonly Lazy<PrivacyInventory> IotShop = new(() => BuildInventory("IotShop"));

    private static readonly Dictionary<string, Lazy<PrivacyInventory>> Inventories = new(StringComparer.Ordinal)
    {
        ["IotShop"] = IotShop,
        ["CityManagement"] = new(() => BuildInventory("CityManagement")),
        ["ControlPanel"] = new(() => BuildInventory("ControlPanel")),
        ["Crm"] = new(() => BuildInventory("Crm")),
        ["ERegistry"] = new(() => BuildInventory("ERegistry")),
    };

    public static TheoryData<string, ReportFormat, ReportLanguage, string> Goldens()
    {
        var data = new TheoryData<string, ReportFormat, ReportLanguage, string>();
        foreach (var sample in new[] { "IotShop", "CityManagement", "ControlPanel", "Crm", "ERegistry" })
        {
            var prefix = sample.ToLowerInvariant();
            data.Add(sample, ReportFormat.Markdown, ReportLanguage.English, prefix + ".privacy-policy.en.md");
            data.Add(sample, ReportFormat.Markdown, ReportLanguage.Romanian, prefix + ".privacy-policy.ro.md");
            data.Add(sample, ReportFormat.Csv, ReportLanguage.English, prefix + ".records-of-processing.en.csv");
            data.Add(sample, ReportFormat.Csv, ReportLanguage.Romanian, prefix + ".records-of-processing.ro.csv");
        }

        // The largest sample's inventory, which the tool tests render to HTML in a browser (DataMapBrowserTests).
        data.Add("IotShop", ReportFormat.Json, ReportLanguage.English, "iotshop.inventory.json");
        // The processor's record (Art. 30(2)): Crm processes its customers' clients and contacts on their behalf (§12).
        data.Add("Crm", ReportFormat.ProcessorCsv, ReportLanguage.English, "crm.records-of-processing-processor.en.csv");
        data.Add("Crm", ReportFormat.ProcessorCsv, ReportLanguage.Romanian, "crm.records-of-processing-processor.ro.csv");

        return data;
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Sample_outputs_match_the_reviewed_golden_files(string sample, ReportFormat format, ReportLanguage language, string golden)
    {
        var text = PrivacyReport.Render(Inventories[sample].Value, format, language, Texts(language, sample));
        GoldenFile.AssertMatches(text, golden);
    }

    [Theory]
    [InlineData("IotShop", ReportLanguage.Romanian)]
    [InlineData("CityManagement", ReportLanguage.Romanian)]
    [InlineData("ControlPanel", ReportLanguage.Romanian)]
    [InlineData("Crm", ReportLanguage.Romanian)]
    [InlineData("ERegistry", ReportLanguage.English)]
    public void The_translated_policy_leaves_no_free_text_untranslated(string sample, ReportLanguage language)
    {
        var text = PrivacyReport.Render(Inventories[sample].Value, ReportFormat.Markdown, language, Texts(language, sample));
        Assert.DoesNotContain("Netraduse", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not translated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_crm_sample_processes_data_on_behalf_of_its_customers_and_its_notice_leaves_that_data_out()
    {
        foreach (var (sample, inventory) in Inventories)
        {
            Assert.Equal(sample == "Crm", ProcessorRecord.Applies(inventory.Value));
        }

        var en = PrivacyReport.Render(Inventories["Crm"].Value, ReportFormat.Markdown, ReportLanguage.English, Texts(ReportLanguage.English, "Crm"));
        Assert.DoesNotContain("### Client of the customer", en, StringComparison.Ordinal);
        Assert.DoesNotContain("### Contact of a client", en, StringComparison.Ordinal);
        Assert.Contains("- **Our customers: each SoftManager CRM account holder, for the clients it records**: Client of the customer and Contact of a client.", en, StringComparison.Ordinal);
        var record = PrivacyReport.Render(Inventories["Crm"].Value, ReportFormat.Csv, ReportLanguage.English);
        Assert.DoesNotContain("Crm.Model.ClientContact", record, StringComparison.Ordinal);
        Assert.Contains("Crm.Model.ClientContact", PrivacyReport.Render(Inventories["Crm"].Value, ReportFormat.ProcessorCsv, ReportLanguage.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Crm")]
    [InlineData("IotShop")]
    [InlineData("CityManagement")]
    [InlineData("ControlPanel")]
    [InlineData("ERegistry")]
    public void No_row_of_a_samples_records_addresses_the_data_subject(string sample)
    {
        // Issue 15 point 2: a record describes the processing in the third person. "To allow you to securely log in"
        // (Crm), "Communicating with you", "Sending you the relevant notifications" (IotShop), "Until you terminate all
        // contracts with us" (CityManagement), "obtaining your explicit consent" (ControlPanel), "pentru a derula
        // tranzacții cu dumneavoastră" (ERegistry) were cells of the records; the samples' texts are neutral now, and
        // the same text serves the notice.
        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Romanian })
        {
            foreach (var format in new[] { ReportFormat.Csv, ReportFormat.ProcessorCsv })
            {
                var record = PrivacyReport.Render(Inventories[sample].Value, format, language, Texts(language, sample));
                Assert.DoesNotMatch(@"(?i)\b(you|your|yours)\b", record);
                Assert.DoesNotMatch(@"(?i)(?<!\p{L})(dumneavoastră|dvs|vă|v-ați|sunteți|ați)(?!\p{L})", record);
            }
        }
    }

    [Fact]
    public void Both_ends_of_the_marketing_retention_and_how_they_combine_are_stated()
    {
        var en = PrivacyReport.Render(IotShop.Value, ReportFormat.Markdown, ReportLanguage.English);
        var ro = PrivacyReport.Render(IotShop.Value, ReportFormat.Markdown, ReportLanguage.Romanian, Texts(ReportLanguage.Romanian));
        // Issue 15 point 7: the policy's "six consecutive marketing communications" keeps its number in both languages.
        Assert.Contains("12 months after your last activity, or until 6 consecutive communications from us have gone unanswered, whichever is sooner", en, StringComparison.Ordinal);
        Assert.Contains("12 luni de la ultima dumneavoastră activitate sau până când 6 comunicări consecutive din partea noastră rămân fără răspuns, oricare dintre acestea intervine mai devreme", ro, StringComparison.Ordinal);
        Assert.DoesNotContain("until you stop responding", en, StringComparison.Ordinal);
        Assert.DoesNotContain("nu mai răspundeți comunicărilor", ro, StringComparison.Ordinal);
        Assert.Contains("or until the end of the period required by law, whichever is later", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_upper_bound_of_the_eregistry_retention_is_not_made_exact()
    {
        // Issue 15 point 7: "O durată de cel mult 3 ani după încheierea contractului" is an upper bound.
        var ro = PrivacyReport.Render(Sample("ERegistry"), ReportFormat.Markdown, ReportLanguage.Romanian, Texts(ReportLanguage.Romanian, "ERegistry"));
        var en = PrivacyReport.Render(Sample("ERegistry"), ReportFormat.Markdown, ReportLanguage.English, Texts(ReportLanguage.English, "ERegistry"));
        var recordRo = PrivacyReport.Render(Sample("ERegistry"), ReportFormat.Csv, ReportLanguage.Romanian, Texts(ReportLanguage.Romanian, "ERegistry"));
        var recordEn = PrivacyReport.Render(Sample("ERegistry"), ReportFormat.Csv, ReportLanguage.English, Texts(ReportLanguage.English, "ERegistry"));
        Assert.Contains("**: cel mult 3 ani de la încetarea contractului", ro, StringComparison.Ordinal);
        Assert.Contains("**: for at most 3 years after the end of the contract", en, StringComparison.Ordinal);
        Assert.Contains("cel mult 3 ani de la încetarea contractului", recordRo, StringComparison.Ordinal);
        Assert.Contains("for at most 3 years after the end of the contract", recordEn, StringComparison.Ordinal);
        Assert.DoesNotContain("\"3 years after the end of the contract", recordEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_uk_controller_cites_the_uk_gdpr_and_treats_a_recipient_in_luxembourg_as_a_transfer()
    {
        // Issue 15 point 8: IoT Smart Solutions is in England, under the UK GDPR and the Data Protection Act 2018.
        var en = PrivacyReport.Render(IotShop.Value, ReportFormat.Markdown, ReportLanguage.English);
        var ro = PrivacyReport.Render(IotShop.Value, ReportFormat.Markdown, ReportLanguage.Romanian, Texts(ReportLanguage.Romanian));
        var record = PrivacyReport.Render(IotShop.Value, ReportFormat.Csv, ReportLanguage.English);
        Assert.Contains("under the UK General Data Protection Regulation (\"UK GDPR\") and the Data Protection Act 2018", en, StringComparison.Ordinal);
        Assert.Contains("(Art. 15 UK GDPR)", en, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!UK )GDPR\)", en);
        Assert.DoesNotContain("European Economic Area", en, StringComparison.Ordinal);
        Assert.DoesNotContain("European Commission", en, StringComparison.Ordinal);
        Assert.Contains("## Transfers outside the United Kingdom", en, StringComparison.Ordinal);
        Assert.Contains("It processes the data in Luxembourg, outside the United Kingdom; the transfer is based on UK adequacy regulations made under section 17A of the Data Protection Act 2018 (Art. 45 UK GDPR).", en, StringComparison.Ordinal);
        Assert.Contains("(Art. 77 UK GDPR): with Information Commissioner's Office (ICO), the supervisory authority of the United Kingdom.", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Member State", en, StringComparison.Ordinal);

        Assert.Contains("(art. 15 din RGPD al Regatului Unit)", ro, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"din RGPD\)", ro);
        Assert.DoesNotContain("Spațiul Economic European", ro, StringComparison.Ordinal);
        Assert.DoesNotContain("Spațiului Economic European", ro, StringComparison.Ordinal);
        Assert.Contains("## Transferuri în afara Regatului Unit", ro, StringComparison.Ordinal);
        Assert.Contains("Prelucrează datele în Luxemburg, în afara Regatului Unit;", ro, StringComparison.Ordinal);

        Assert.Contains("Luxembourg (PayPal (payment services provider))", record, StringComparison.Ordinal);
        Assert.Contains("PayPal (payment services provider): UK adequacy regulations made under section 17A of the Data Protection Act 2018 (Art. 45 UK GDPR)", record, StringComparison.Ordinal);
    }

    /// <summary>A sample's inventory, built as the build builds it.</summary>
    internal static PrivacyInventory Sample(string name) => Inventories[name].Value;

    /// <summary>The inventory of a seed sample, built once per test run as the build builds it.</summary>
    internal static PrivacyInventory SampleInventory(string sample) => Inventories[sample].Value;

    internal static TextTranslations? Texts(ReportLanguage language, string sample = "IotShop")
    {
        var path = Path.Combine(SampleSources.SamplesDirectory(), sample, "privacy-texts." + (language == ReportLanguage.Romanian ? "ro" : "en") + ".json");
        return File.Exists(path) ? TextTranslations.Load(path) : null;
    }

    private static PrivacyInventory BuildInventory(string sample)
    {
        var sources = SampleSources.Load(sample);
        var run = GeneratorRunner.Run(sources.Compilation.AddReferences(GeneratorRunner.Runtime));
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        var path = Path.Combine(Path.GetTempPath(), $"privacy-sample-{sample}-{Guid.NewGuid():N}.dll");
        try
        {
            using (var stream = File.Create(path))
            {
                var emit = run.Output.Emit(stream);
                Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            }

            var json = AssemblyInventoryReader.ReadJson(path);
            Assert.NotNull(json);
            return InventoryJson.Parse(json!, sample);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
