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

    [Theory]
    [InlineData(ReportFormat.Markdown, ReportLanguage.English, "iotshop.privacy-policy.en.md")]
    [InlineData(ReportFormat.Markdown, ReportLanguage.Romanian, "iotshop.privacy-policy.ro.md")]
    [InlineData(ReportFormat.Csv, ReportLanguage.English, "iotshop.records-of-processing.en.csv")]
    [InlineData(ReportFormat.Csv, ReportLanguage.Romanian, "iotshop.records-of-processing.ro.csv")]
    public void IotShop_outputs_match_the_reviewed_golden_files(ReportFormat format, ReportLanguage language, string golden)
    {
        var text = PrivacyReport.Render(IotShop.Value, format, language, Texts(language));
        GoldenFile.AssertMatches(text, golden);
    }

    [Fact]
    public void The_romanian_policy_leaves_no_free_text_untranslated()
    {
        var text = PrivacyReport.Render(IotShop.Value, ReportFormat.Markdown, ReportLanguage.Romanian, Texts(ReportLanguage.Romanian));
        Assert.DoesNotContain("Netraduse", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_ends_of_the_marketing_retention_and_how_they_combine_are_stated()
    {
        var en = PrivacyReport.Render(IotShop.Value, ReportFormat.Markdown, ReportLanguage.English);
        var ro = PrivacyReport.Render(IotShop.Value, ReportFormat.Markdown, ReportLanguage.Romanian, Texts(ReportLanguage.Romanian));
        Assert.Contains("12 months after your last activity, or until you stop responding to our communications, whichever is sooner", en, StringComparison.Ordinal);
        Assert.Contains("12 luni de la ultima dumneavoastră activitate sau până când nu mai răspundeți comunicărilor noastre, oricare dintre acestea intervine mai devreme", ro, StringComparison.Ordinal);
        Assert.Contains("or until the end of the period required by law, whichever is later", en, StringComparison.Ordinal);
    }

    private static TextTranslations? Texts(ReportLanguage language)
    {
        var path = Path.Combine(SampleSources.SamplesDirectory(), "IotShop", "privacy-texts." + (language == ReportLanguage.Romanian ? "ro" : "en") + ".json");
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
