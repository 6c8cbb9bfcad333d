using System;
using System.Collections.Generic;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>The output formats of <see cref="PrivacyReport.Render"/>.</summary>
public enum ReportFormat
{
    /// <summary>The inventory itself, in the versioned JSON schema.</summary>
    Json = 0,

    /// <summary>The privacy-policy data sections, Markdown.</summary>
    Markdown = 1,

    /// <summary>The Art. 30 record of processing, CSV.</summary>
    Csv = 2,

    /// <summary>One self-contained HTML page: the policy and the record.</summary>
    Html = 3,

    /// <summary>The processor's record of Art. 30(2), CSV: the data processed on behalf of other controllers (<see cref="ProcessorRecord"/>).</summary>
    ProcessorCsv = 4,
}

/// <summary>Renders an inventory in every format and language. Deterministic and culture-invariant; LF line endings except CSV (CRLF, RFC 4180).</summary>
public static class PrivacyReport
{
    /// <summary>The file names the build writes.</summary>
    public static readonly IReadOnlyList<string> BuildFileNames = new[] { "inventory.json", "privacy-policy.en.md", "privacy-policy.ro.md", "records-of-processing.csv", "records-of-processing.ro.csv" };

    /// <summary>
    /// The files of the processor's record (Art. 30(2)), English then Romanian, which the build writes besides
    /// <see cref="BuildFileNames"/> when <see cref="ProcessorRecord.Applies"/> (and removes when it no longer does).
    /// </summary>
    public static readonly IReadOnlyList<string> ProcessorRecordFileNames = new[] { "records-of-processing-processor.csv", "records-of-processing-processor.ro.csv" };

    /// <summary>Renders the inventory; <paramref name="translations"/> translates its free text into <paramref name="language"/>.</summary>
    public static string Render(PrivacyInventory inventory, ReportFormat format, ReportLanguage language, TextTranslations? translations = null)
    {
        if (inventory is null)
        {
            throw new ArgumentNullException(nameof(inventory));
        }

        return format switch
        {
            ReportFormat.Json => InventoryJson.ToJson(inventory) + "\n",
            ReportFormat.Markdown => MarkdownWriter.Write(PrivacyPolicyBuilder.Build(inventory, language, translations)),
            ReportFormat.Csv => RecordsOfProcessing.Write(inventory, language, translations),
            ReportFormat.Html => Html(inventory, language, translations),
            ReportFormat.ProcessorCsv => ProcessorRecord.Write(inventory, language, translations),
            _ => throw ReportLanguages.Unknown(format),
        };
    }

    /// <summary>
    /// Whether a file of this format is written with a UTF-8 byte-order mark: only CSV, so that spreadsheet programs
    /// read its diacritics as UTF-8.
    /// </summary>
    public static bool Utf8BomFor(ReportFormat format) => format is ReportFormat.Csv or ReportFormat.ProcessorCsv;

    /// <summary>Parses <c>json</c>, <c>md</c> (or <c>markdown</c>), <c>csv</c>, <c>processor-csv</c>, <c>html</c>.</summary>
    public static bool TryParseFormat(string? text, out ReportFormat format)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "json": format = ReportFormat.Json; return true;
            case "md":
            case "markdown": format = ReportFormat.Markdown; return true;
            case "csv": format = ReportFormat.Csv; return true;
            case "processor-csv": format = ReportFormat.ProcessorCsv; return true;
            case "html": format = ReportFormat.Html; return true;
            default: format = ReportFormat.Json; return false;
        }
    }

    private static string Html(PrivacyInventory inventory, ReportLanguage language, TextTranslations? translations)
    {
        var policy = PrivacyPolicyBuilder.Build(inventory, language, translations);
        var record = new Document(
            Jurisdictions.Cite(LegalPhrases.Phrase("record.title.controller", language), Jurisdictions.Of(inventory.Controller)),
            language,
            new Block[] { new Table(RecordsOfProcessing.Header(language), RecordsOfProcessing.Rows(inventory, language, new TextLookup(translations))) });
        if (!ProcessorRecord.Applies(inventory))
        {
            return HtmlWriter.Write(policy.Title, language, new[] { policy, record });
        }

        var processor = new Document(
            Jurisdictions.Cite(LegalPhrases.Phrase("record.title.processor", language), Jurisdictions.Of(inventory.Controller)),
            language,
            new Block[] { new Table(ProcessorRecord.Header(language), ProcessorRecord.Rows(inventory, language, new TextLookup(translations))) });
        return HtmlWriter.Write(policy.Title, language, new[] { policy, record, processor });
    }
}
