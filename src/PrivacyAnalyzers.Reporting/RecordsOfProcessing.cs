using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// The record of processing activities of Art. 30(1) GDPR: one row per <see cref="ProcessingActivity"/> (data subject,
/// purpose, legal basis), with the controller's details repeated on every row so that each row stands alone when
/// filtered or pasted elsewhere.
/// </summary>
public static class RecordsOfProcessing
{
    /// <summary>The column headings, in the language of the record.</summary>
    public static IReadOnlyList<string> Header(ReportLanguage l) => new[]
    {
        LegalPhrases.Phrase("record.processingActivity", l),
        LegalPhrases.Phrase("record.categoriesOfDataSubjects", l),
        LegalPhrases.Phrase("record.purposeOfTheProcessing", l),
        LegalPhrases.Phrase("record.legalBasis", l),
        LegalPhrases.Phrase("record.art92Art10Condition", l),
        LegalPhrases.Phrase("record.categoriesOfPersonalData", l),
        LegalPhrases.Phrase("record.dataItemsCodeMembers", l),
        LegalPhrases.Phrase("record.sourceOfTheData", l),
        LegalPhrases.Phrase("record.categoriesOfRecipients", l),
        LegalPhrases.Phrase("record.recipients", l),
        LegalPhrases.Phrase("record.transfersToThirdCountries", l),
        LegalPhrases.Phrase("record.transferSafeguards", l),
        LegalPhrases.Phrase("record.timeLimitsForErasure", l),
        LegalPhrases.Phrase("record.securityMeasuresArt321", l),
        LegalPhrases.Phrase("record.controller", l),
        LegalPhrases.Phrase("record.controllerContactDetails", l),
        LegalPhrases.Phrase("record.jointControllers", l),
        LegalPhrases.Phrase("record.controllersRepresentativeArt27", l),
        LegalPhrases.Phrase("record.dataProtectionOfficer", l),
        LegalPhrases.Phrase("record.notesForTheReviewer", l),
    };

    /// <summary>
    /// The field delimiter of the record in a language: a comma for English, a semicolon for Romanian — the list
    /// separator of the regional settings of the readers of each (Excel in an English locale splits a double-clicked
    /// CSV file on commas, Excel in a Romanian locale, where the comma is the decimal separator, on semicolons).
    /// </summary>
    public static char Delimiter(ReportLanguage language) => language == ReportLanguage.Romanian ? ';' : ',';

    internal static IReadOnlyList<IReadOnlyList<string>> Rows(PrivacyInventory inventory, ReportLanguage l, TextLookup text)
    {
        // What is processed on behalf of another controller belongs to the processor's record (Art. 30(2)), not here.
        var full = inventory;
        inventory = ProcessorRole.AsController(inventory);
        string T(string value) => text.T(value);
        string CategoryName(string? category) =>
            category is not null && Taxonomy.CategoryTaxonomy.IsBuiltIn(category)
                ? LegalText.CategoryName(category, inventory.DeclaredCategories, l)
                : T(LegalText.CategoryName(category, inventory.DeclaredCategories, l));

        var rows = new List<IReadOnlyList<string>>();
        var controller = inventory.Controller;
        var toComplete = LegalPhrases.Phrase("record.toCompleteNotStated", l);
        var allRecipientsDeclared = controller?.AllRecipientsDeclared == true;
        var controllerName = controller?.Name ?? toComplete;
        var details = ControllerCells(controller, l, text);
        var contact = details.Contact;
        var dpo = details.Dpo;
        var security = details.Security;
        var representative = details.Representative;
        var declared = inventory.DeclaredCategories;
        var jurisdiction = Jurisdictions.Of(controller);

        foreach (var activity in ProcessingActivity.InReadingOrder(inventory, l, p => ProcessingActivity.Display(p, T)))
        {
            var entries = activity.Entries;
            var subject = activity.DataSubject is { } named ? T(named) : LegalPhrases.Phrase("record.otherNoDataSubjectDeclared", l);
            var purpose = activity.Purpose.Length == 0 ? LegalPhrases.Phrase("record.toCompletePurposeNotDeclared", l) : ProcessingActivity.Display(activity.Purpose, T);
            var categories = entries.GroupBy(e => e.Category).OrderBy(g => LegalText.CategorySortKey(g.Key), StringComparer.Ordinal)
                .Select(g => CategoryName(g.Key)).Distinct(StringComparer.Ordinal);
            var conditions = entries
                .Select(e => LegalText.CriminalCondition(e.CriminalDataCondition, l, jurisdiction)
                    ?? (LegalText.IsSensitive(e.Category, declared) ? LegalText.SpecialCondition(e.SpecialCategoryCondition, l, addressingTheSubject: false, jurisdiction) ?? LegalPhrases.Phrase("record.toCompleteNoneDeclared", l) : null))
                .Where(c => c is not null).Distinct(StringComparer.Ordinal);
            var members = entries.Select(e => e.Type + "." + e.Member);
            var sources = Sources(full, activity.DataSubject, entries, l, T);
            var r = RecipientCells.Of(entries, allRecipientsDeclared, l, text, jurisdiction);
            var retention = RetentionCell(entries, l, T, CategoryName);

            rows.Add(new[]
            {
                subject + " — " + purpose,
                subject,
                purpose,
                LegalBasisCell(activity, l, T, jurisdiction),
                Join(conditions),
                Join(categories),
                Join(members),
                Join(sources),
                r.Categories,
                r.Recipients,
                r.Transfers,
                r.Safeguards,
                retention,
                security,
                controllerName,
                contact,
                r.JointControllers,
                representative,
                dpo,
                r.Notes,
            });
        }

        return rows;
    }

    internal static string Write(PrivacyInventory inventory, ReportLanguage language, TextTranslations? translations)
    {
        var builder = new StringBuilder();
        var delimiter = Delimiter(language);
        builder.Append(Csv.Line(Header(language), delimiter)).Append("\r\n");
        foreach (var row in Rows(inventory, language, new TextLookup(translations)))
        {
            builder.Append(Csv.Line(row, delimiter)).Append("\r\n");
        }

        return builder.ToString();
    }

    /// <summary>The legal basis, with the legitimate interests pursued where it is Art. 6(1)(f) (Art. 13(1)(d)), or "To complete".</summary>
    private static string LegalBasisCell(ProcessingActivity activity, ReportLanguage l, Func<string, string> translate, Jurisdiction jurisdiction)
    {
        var basis = LegalText.BasisWithArticle(activity.LegalBasis, l, jurisdiction);
        if (activity.LegalBasis != LegalBasis.LegitimateInterests)
        {
            return basis;
        }

        var interests = activity.Entries.Select(e => e.LegitimateInterest).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => translate(i!.Trim()).TrimEnd('.')).Distinct(StringComparer.Ordinal).ToList();
        return basis + " — " + (interests.Count > 0
            ? LegalPhrases.Phrase("record.interestsPursued", l) + string.Join("; ", interests)
            : LegalPhrases.Phrase("record.toCompleteLegitimateInterestsPursuedNotStated", l));
    }

    /// <summary>The controller's cells of a row (Art. 30(1)(a), (g); Art. 30(2)(a), (d) for the processor's record).</summary>
    internal static (string Contact, string Dpo, string Security, string Representative) ControllerCells(InventoryController? controller, ReportLanguage l, TextLookup text, bool asProcessor = false)
    {
        var toComplete = LegalPhrases.Phrase("record.toCompleteNotStated", l);
        var contact = controller is null ? string.Empty : Join(new[]
        {
            Countries.AddressWithCountry(controller.Address is null ? null : text.Name(controller.Address), controller.Country, l),
            controller.Email,
            controller.Phone,
            controller.Website,
        });
        // A DPO named by the title alone is named in the record's language; one without an e-mail is marked (Art. 30(1)(a)).
        var dpo = controller is null || (string.IsNullOrWhiteSpace(controller.DpoName) && string.IsNullOrWhiteSpace(controller.DpoEmail))
            ? toComplete
            : Join(new[]
            {
                string.IsNullOrWhiteSpace(controller.DpoName) ? null
                    : PrivacyPolicyBuilder.IsDpoTitle(controller.DpoName!) ? LegalPhrases.Phrase("record.dataProtectionOfficerTitle", l) : text.Name(controller.DpoName!),
                string.IsNullOrWhiteSpace(controller.DpoEmail) ? LegalPhrases.Phrase("record.toCompleteContactDetailsNotStated", l) : controller.DpoEmail,
            });
        var security = string.IsNullOrWhiteSpace(controller?.SecurityMeasures) ? toComplete : text.T(controller!.SecurityMeasures!);
        // Art. 27: no representative is needed when the controller is established in the area its law protects (the EEA,
        // or the United Kingdom under the UK GDPR).
        var jurisdiction = Jurisdictions.Of(controller);
        var establishedWithin = controller?.Country is { } country && Countries.IsWithin(country, jurisdiction);
        var notApplicable = (jurisdiction == Jurisdiction.UkGdpr, asProcessor) switch
        {
            (true, true) => LegalPhrases.Phrase("record.uk.notApplicableProcessorEstablishedInTheUk", l),
            (true, false) => LegalPhrases.Phrase("record.uk.notApplicableControllerEstablishedInTheUk", l),
            (false, true) => LegalPhrases.Phrase("record.notApplicableProcessorEstablishedInTheEuropean", l),
            (false, false) => LegalPhrases.Phrase("record.notApplicableControllerEstablishedInTheEuropean", l),
        };
        var representative = !string.IsNullOrWhiteSpace(controller?.Representative)
            ? controller!.Representative!
            : establishedWithin ? notApplicable : toComplete;
        return (contact, dpo, security, representative);
    }

    /// <summary>The record's "Source of the data": for data obtained from a third party, the source its subject names (Art. 14(2)(f)), or "To complete".</summary>
    private static IEnumerable<string> Sources(PrivacyInventory inventory, string? subject, IReadOnlyList<InventoryEntry> entries, ReportLanguage l, Func<string, string> translate)
    {
        var from = subject is null ? null : inventory.Subjects.FirstOrDefault(s => s.Name == subject && !string.IsNullOrWhiteSpace(s.ObtainedFrom))?.ObtainedFrom!.Trim();
        return entries.Select(e => e.Source).Distinct().OrderBy(s => (int)s).Select(s => s != DataSource.ThirdParty
            ? LegalText.Source(s, l)
            : LegalText.Source(s, l) + ": " + (from is null ? LegalPhrases.Phrase("record.toCompleteSourceNotStated", l) : translate(from).TrimEnd('.')));
    }

    private static string RetentionCell(IReadOnlyList<InventoryEntry> entries, ReportLanguage l, Func<string, string> translate, Func<string?, string> categoryName)
    {
        var groups = entries.GroupBy(RetentionPeriod.Of).ToList();
        string Text(RetentionPeriod period) =>
            (period.Retention is null ? LegalPhrases.Phrase("record.toComplete", l) : string.Empty)
            + RetentionText.Describe(period, l, addressingTheSubject: false) + (period.Note is null ? string.Empty : " (" + translate(period.Note).TrimEnd('.') + ")");

        if (groups.Count == 1)
        {
            return Text(groups[0].Key);
        }

        return Join(groups
            .OrderBy(g => g.Key, Comparer<RetentionPeriod>.Create(RetentionPeriod.Compare))
            .Select(g => RetentionText.JoinList(
                g.GroupBy(e => e.Category).OrderBy(c => LegalText.CategorySortKey(c.Key), StringComparer.Ordinal)
                    .Select(c => categoryName(c.Key)).Distinct(StringComparer.Ordinal).ToList(), l) + ": " + Text(g.Key)));
    }

    internal static string Join(IEnumerable<string?> values) =>
        string.Join("; ", values.Where(v => !string.IsNullOrWhiteSpace(v)));
}
