using System.IO;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Tests.Samples;

/// <summary>
/// The annotations' free text (purposes, descriptions, retention notes, data-subject names and descriptions,
/// recipients' names and purposes, declared categories) is written in one language; each sample's
/// <c>privacy-texts.{lang}.json</c> translates it for the policy in the other language. These tests keep the table in
/// step with the code: every text has a translation, and no translation is left for a text the code no longer has.
/// </summary>
public sealed class SampleTranslationTests
{
    public static TheoryData<string, string> Tables => new()
    {
        { "Crm", "ro" },
        { "CityManagement", "ro" },
        { "ERegistry", "en" },
        { "ControlPanel", "ro" },
        { "IotShop", "ro" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_free_text_of_the_annotations_is_translated_and_nothing_else(string sample, string language)
    {
        var sources = SampleSources.Load(sample);
        var texts = FreeTexts(sources);
        var path = Path.Combine(sources.Directory, $"privacy-texts.{language}.json");
        using var table = JsonDocument.Parse(File.ReadAllText(path));
        var translated = table.RootElement.EnumerateObject().ToDictionary(p => p.Name.Trim(), p => p.Value.GetString() ?? "", StringComparer.Ordinal);

        var missing = texts.Where(t => !translated.ContainsKey(t)).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var stale = translated.Keys.Where(t => !texts.Contains(t)).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var empty = translated.Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key).ToList();
        Assert.True(
            missing.Count == 0 && stale.Count == 0 && empty.Count == 0,
            $"samples/{sample}/privacy-texts.{language}.json:\n missing: {string.Join(" | ", missing)}\n stale: {string.Join(" | ", stale)}\n empty: {string.Join(" | ", empty)}");
    }

    private static HashSet<string> FreeTexts(SampleSources sources)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                texts.Add(text.Trim());
            }
        }

        foreach (var (_, member) in sources.PersonalDataMembers())
        {
            var annotation = sources.Reader.GetEffectiveAnnotation(member)!;
            Add(annotation.Description);
            Add(annotation.RetentionNote.Value);
            Add(annotation.LegitimateInterest.Value);
            Add(annotation.DataSubject);
            foreach (var purpose in AnnotationReader.SplitList(annotation.Purpose.Value))
            {
                Add(purpose);
            }

            foreach (var retained in sources.Reader.GetEffectiveRetainedUnder(member))
            {
                Add(retained.Purpose);
                Add(retained.RetentionNote);
            }

            foreach (var recipient in annotation.Recipients)
            {
                Add(recipient.Name);
                Add(recipient.Purpose);
                Add(recipient.TransferDetails);
                Add(recipient.Note);
            }

            if (sources.Reader.FindDataSubject(member.ContainingType) is { } subject)
            {
                Add(AnnotationReader.ReadNamedString(subject, "Description"));
                Add(AnnotationReader.ReadNamedString(subject, "ProcessedOnBehalfOf"));
                Add(AnnotationReader.ReadNamedString(subject, "ObtainedFrom"));
            }
        }

        foreach (var text in sources.Reader.ReadController(sources.Compilation.Assembly, static (_, address, _, _, _, _, _, _, _, _, authority, _, security, representative, automated, _, provision, _) => new[] { address, authority, security, representative, automated, provision }) ?? [])
        {
            Add(text);
        }

        foreach (var attribute in sources.Compilation.Assembly.GetAttributes().Where(a => a.AttributeClass?.Name == "PersonalDataCategoryAttribute"))
        {
            Add(AnnotationReader.ReadNamedString(attribute, "Description"));
        }

        return texts;
    }
}
