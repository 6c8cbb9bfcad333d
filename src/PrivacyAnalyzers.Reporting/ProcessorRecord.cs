using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>The recipient cells of a row of either record (Art. 30(1)(d)–(e), 30(2)(c)), from the recipients of its entries.</summary>
internal sealed class RecipientCells
{
    private RecipientCells(string categories, string recipients, string transfers, string safeguards, string jointControllers, string notes)
    {
        Categories = categories;
        Recipients = recipients;
        Transfers = transfers;
        Safeguards = safeguards;
        JointControllers = jointControllers;
        Notes = notes;
    }

    public string Categories { get; }

    public string Recipients { get; }

    public string Transfers { get; }

    public string Safeguards { get; }

    public string JointControllers { get; }

    public string Notes { get; }

    public static RecipientCells Of(IEnumerable<InventoryEntry> entries, bool allRecipientsDeclared, ReportLanguage l, TextLookup text, Jurisdiction jurisdiction = Jurisdiction.EuGdpr)
    {
        var toComplete = LegalPhrases.Phrase("record.toCompleteNotStated", l);
        var recipients = entries.SelectMany(e => e.Recipients).ToList();
        var recipientCategories = recipients.Select(r => r.Kind).Distinct().OrderBy(k => (int)k).Select(k => LegalText.RecipientCategory(k, l));
        var recipientNames = recipients
            .Select(r => text.Name(r.Name) + " (" + LegalText.RecipientKindName(r.Kind, l) + (r.Country is null ? string.Empty : ", " + Countries.Name(r.Country, l)) + ")")
            .Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal);
        var transfers = recipients.Where(r => Countries.IsThirdCountry(r.Country, jurisdiction)).ToList();
        var unknownCountry = recipients.Where(r => string.IsNullOrWhiteSpace(r.Country)).Select(r => text.Name(r.Name)).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var transferText = transfers.Select(r => Countries.Name(r.Country!, l) + " (" + text.Name(r.Name) + ")").Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
        if (unknownCountry.Count > 0)
        {
            // The notice says "To complete" for these; the record must not say "None".
            transferText.Add(LegalPhrases.Phrase("record.toCompleteCountryNotStatedFor", l) + string.Join(", ", unknownCountry));
        }

        var transferCell = transferText.Count > 0
            ? RecordsOfProcessing.Join(transferText)
            : recipients.Count == 0 && !allRecipientsDeclared
                ? toComplete
                : allRecipientsDeclared ? LegalPhrases.Phrase("record.none", l) : LegalPhrases.Phrase("record.noneDeclaredToCompleteIfOtherRecipients", l);

        // A safeguard declared for a recipient whose country is not stated is recorded too: the reviewer needs it to
        // complete the country.
        var safeguards = transfers.Concat(recipients.Where(r => string.IsNullOrWhiteSpace(r.Country) && r.Safeguard != TransferSafeguard.Unspecified))
            .Select(r => text.Name(r.Name) + ": " + (LegalText.Safeguard(r.Safeguard, l, addressingTheSubject: false, jurisdiction) ?? LegalPhrases.Phrase("record.toCompleteNoneDeclared", l))
                + (string.IsNullOrWhiteSpace(r.TransferDetails) ? string.Empty : " (" + text.T(r.TransferDetails!.Trim()).TrimEnd('.') + ")"))
            .Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal);
        var jointControllers = recipients.Where(r => r.Kind == RecipientKind.JointController).Select(r => text.Name(r.Name)).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var notes = recipients.Where(r => !string.IsNullOrWhiteSpace(r.Note))
            .Select(r => text.Name(r.Name) + ": " + text.T(r.Note!.Trim()).TrimEnd('.'))
            .Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal);
        var recipientCell = recipients.Count > 0
            ? RecordsOfProcessing.Join(recipientNames)
            : allRecipientsDeclared ? LegalPhrases.Phrase("record.noneOutsideTheOrganisation", l) : toComplete;

        return new RecipientCells(
            recipients.Count > 0 ? RecordsOfProcessing.Join(recipientCategories) : recipientCell,
            recipientCell,
            transferCell,
            RecordsOfProcessing.Join(safeguards),
            jointControllers.Count > 0 ? RecordsOfProcessing.Join(jointControllers) : allRecipientsDeclared ? LegalPhrases.Phrase("record.none", l) : LegalPhrases.Phrase("record.noneDeclared", l),
            RecordsOfProcessing.Join(notes));
    }
}

/// <summary>
/// The record a processor keeps of Art. 30(2) GDPR: one row per category of processing carried out on behalf of a
/// controller — the data of a kind of data subject whose <c>[DataSubject(ProcessedOnBehalfOf)]</c> names that
/// controller, for one purpose (the controller's instruction). Columns (a)–(d) of Art. 30(2), the project's own details
/// (from <c>[DataController]</c>: here it is the processor) repeated on every row. Written only when the inventory
/// has such data (<c>records-of-processing-processor.csv</c>, <c>.ro.csv</c>), with the delimiter of
/// <see cref="RecordsOfProcessing.Delimiter"/>.
/// </summary>
public static class ProcessorRecord
{
    /// <summary>The column headings, in the language of the record (Art. 30(2) in the words of the regulation's English and Romanian texts).</summary>
    public static IReadOnlyList<string> Header(ReportLanguage l) => new[]
    {
        LegalPhrases.Phrase("record.controllerOnWhoseBehalfWeActArt", l),
        LegalPhrases.Phrase("record.categoriesOfDataSubjects", l),
        LegalPhrases.Phrase("record.categoriesOfProcessingCarriedOutOnBehalf", l),
        LegalPhrases.Phrase("record.categoriesOfPersonalData", l),
        LegalPhrases.Phrase("record.dataItemsCodeMembers", l),
        LegalPhrases.Phrase("record.categoriesOfRecipients", l),
        LegalPhrases.Phrase("record.recipientsSubProcessorsIncluded", l),
        LegalPhrases.Phrase("record.transfersToThirdCountriesArt302", l),
        LegalPhrases.Phrase("record.transferSafeguards", l),
        LegalPhrases.Phrase("record.securityMeasuresArt302DArt", l),
        LegalPhrases.Phrase("record.processor", l),
        LegalPhrases.Phrase("record.processorContactDetails", l),
        LegalPhrases.Phrase("record.processorsRepresentativeArt27", l),
        LegalPhrases.Phrase("record.dataProtectionOfficer", l),
        LegalPhrases.Phrase("record.notesForTheReviewer", l),
    };

    /// <summary>Whether the inventory has data processed on behalf of another controller, so that the build writes this record.</summary>
    public static bool Applies(PrivacyInventory inventory) =>
        ProcessorRole.HasProcessorData(inventory ?? throw new ArgumentNullException(nameof(inventory)));

    internal static IReadOnlyList<IReadOnlyList<string>> Rows(PrivacyInventory inventory, ReportLanguage l, TextLookup text)
    {
        var processed = ProcessorRole.AsProcessor(inventory);
        var controller = inventory.Controller;
        var toComplete = LegalPhrases.Phrase("record.toCompleteNotStated", l);
        var allRecipientsDeclared = controller?.AllRecipientsDeclared == true;
        var details = RecordsOfProcessing.ControllerCells(controller, l, text, asProcessor: true);
        string CategoryName(string? category) =>
            category is not null && Taxonomy.CategoryTaxonomy.IsBuiltIn(category)
                ? LegalText.CategoryName(category, inventory.DeclaredCategories, l)
                : text.T(LegalText.CategoryName(category, inventory.DeclaredCategories, l));

        // A processor has no legal basis of its own: one row per controller, data subject and purpose.
        var activities = ProcessingActivity.InReadingOrder(processed, l, p => ProcessingActivity.Display(p, text.T))
            .GroupBy(a => (a.DataSubject, a.Purpose))
            .Select(g => (g.Key.DataSubject, g.Key.Purpose, Entries: g.SelectMany(a => a.Entries).Distinct().ToList()));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (subject, purpose, entries) in activities)
        {
            var onBehalfOf = ProcessorRole.OnBehalfOf(processed, subject)!;
            var r = RecipientCells.Of(entries, allRecipientsDeclared, l, text, Jurisdictions.Of(controller));
            rows.Add(new[]
            {
                text.T(onBehalfOf),
                text.T(subject!),
                purpose.Length == 0 ? LegalPhrases.Phrase("record.toCompletePurposeNotDeclared", l) : ProcessingActivity.Display(purpose, text.T),
                RecordsOfProcessing.Join(entries.GroupBy(e => e.Category).OrderBy(g => LegalText.CategorySortKey(g.Key), StringComparer.Ordinal).Select(g => CategoryName(g.Key)).Distinct(StringComparer.Ordinal)),
                RecordsOfProcessing.Join(entries.Select(e => e.Type + "." + e.Member)),
                r.Categories,
                r.Recipients,
                r.Transfers,
                r.Safeguards,
                details.Security,
                controller?.Name ?? toComplete,
                details.Contact,
                details.Representative,
                details.Dpo,
                r.Notes,
            });
        }

        return rows;
    }

    internal static string Write(PrivacyInventory inventory, ReportLanguage language, TextTranslations? translations)
    {
        var builder = new StringBuilder();
        var delimiter = RecordsOfProcessing.Delimiter(language);
        builder.Append(Csv.Line(Header(language), delimiter)).Append("\r\n");
        foreach (var row in Rows(inventory, language, new TextLookup(translations)))
        {
            builder.Append(Csv.Line(row, delimiter)).Append("\r\n");
        }

        return builder.ToString();
    }
}
