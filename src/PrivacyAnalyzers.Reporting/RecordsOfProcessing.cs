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
        l.Pick("Processing activity", "Activitatea de prelucrare"),
        l.Pick("Categories of data subjects", "Categorii de persoane vizate"),
        l.Pick("Purpose of the processing", "Scopul prelucrării"),
        l.Pick("Legal basis", "Temei juridic"),
        l.Pick("Art. 9(2) / Art. 10 condition", "Condiția art. 9 alin. (2) / art. 10"),
        l.Pick("Categories of personal data", "Categorii de date cu caracter personal"),
        l.Pick("Data items (code members)", "Elemente de date (membri în cod)"),
        l.Pick("Source of the data", "Sursa datelor"),
        l.Pick("Categories of recipients", "Categorii de destinatari"),
        l.Pick("Recipients", "Destinatari"),
        l.Pick("Transfers to third countries", "Transferuri către țări terțe"),
        l.Pick("Transfer safeguards", "Garanții pentru transferuri"),
        l.Pick("Time limits for erasure", "Termene de ștergere"),
        l.Pick("Security measures (Art. 32(1))", "Măsuri de securitate (art. 32 alin. (1))"),
        l.Pick("Controller", "Operator"),
        l.Pick("Controller contact details", "Datele de contact ale operatorului"),
        l.Pick("Joint controllers", "Operatori asociați"),
        l.Pick("Controller's representative (Art. 27)", "Reprezentantul operatorului (art. 27)"),
        l.Pick("Data protection officer", "Responsabilul cu protecția datelor"),
        l.Pick("Notes for the reviewer", "Note pentru evaluator"),
    };

    /// <summary>
    /// The field delimiter of the record in a language: a comma for English, a semicolon for Romanian — the list
    /// separator of the regional settings of the readers of each (Excel in an English locale splits a double-clicked
    /// CSV file on commas, Excel in a Romanian locale, where the comma is the decimal separator, on semicolons).
    /// </summary>
    public static char Delimiter(ReportLanguage language) => language == ReportLanguage.Romanian ? ';' : ',';

    internal static IReadOnlyList<IReadOnlyList<string>> Rows(PrivacyInventory inventory, ReportLanguage l, TextLookup text)
    {
        string T(string value) => text.T(value);
        string CategoryName(string? category) =>
            category is not null && Taxonomy.CategoryTaxonomy.IsBuiltIn(category)
                ? LegalText.CategoryName(category, inventory.DeclaredCategories, l)
                : T(LegalText.CategoryName(category, inventory.DeclaredCategories, l));

        var rows = new List<IReadOnlyList<string>>();
        var controller = inventory.Controller;
        var toComplete = l.Pick("To complete: not stated", "De completat: neprecizat");
        var allRecipientsDeclared = controller?.AllRecipientsDeclared == true;
        var controllerName = controller?.Name ?? toComplete;
        var contact = controller is null ? string.Empty : Join(new[]
        {
            Countries.AddressWithCountry(controller.Address is null ? null : text.Name(controller.Address), controller.Country, l),
            controller.Email,
            controller.Phone,
            controller.Website,
        });
        var dpo = controller is null || (string.IsNullOrWhiteSpace(controller.DpoName) && string.IsNullOrWhiteSpace(controller.DpoEmail))
            ? toComplete
            : Join(new[] { controller.DpoName, controller.DpoEmail });
        var security = string.IsNullOrWhiteSpace(controller?.SecurityMeasures) ? toComplete : T(controller!.SecurityMeasures!);
        var representative = !string.IsNullOrWhiteSpace(controller?.Representative)
            ? controller!.Representative!
            : controller?.Country is { } country && Countries.IsInEea(country)
                ? l.Pick("Not applicable (controller established in the European Economic Area)", "Nu este cazul (operator stabilit în Spațiul Economic European)")
                : toComplete;
        var declared = inventory.DeclaredCategories;

        foreach (var activity in ProcessingActivity.Of(inventory))
        {
            var entries = activity.Entries;
            var subject = activity.DataSubject is { } named ? T(named) : l.Pick("Other (no data subject declared)", "Altele (persoană vizată nedeclarată)");
            var purpose = activity.Purpose.Length == 0 ? l.Pick("To complete: purpose not declared", "De completat: scop nedeclarat") : T(activity.Purpose);
            var categories = entries.GroupBy(e => e.Category).OrderBy(g => LegalText.CategorySortKey(g.Key), StringComparer.Ordinal)
                .Select(g => CategoryName(g.Key)).Distinct(StringComparer.Ordinal);
            var conditions = entries
                .Select(e => LegalText.CriminalCondition(e.CriminalDataCondition, l)
                    ?? (LegalText.IsSensitive(e.Category, declared) ? LegalText.SpecialCondition(e.SpecialCategoryCondition, l) ?? l.Pick("To complete: none declared", "De completat: nedeclarată") : null))
                .Where(c => c is not null).Distinct(StringComparer.Ordinal);
            var members = entries.Select(e => e.Type + "." + e.Member);
            var sources = entries.Select(e => e.Source).Distinct().OrderBy(s => (int)s).Select(s => LegalText.Source(s, l));
            var recipients = entries.SelectMany(e => e.Recipients).ToList();
            var recipientCategories = recipients.Select(r => r.Kind).Distinct().OrderBy(k => (int)k).Select(k => LegalText.RecipientCategory(k, l));
            var recipientNames = recipients
                .Select(r => text.Name(r.Name) + " (" + LegalText.RecipientKindName(r.Kind, l) + (r.Country is null ? string.Empty : ", " + Countries.Name(r.Country, l)) + ")")
                .Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal);
            var transfers = recipients.Where(r => Countries.IsThirdCountry(r.Country)).ToList();
            var unknownCountry = recipients.Where(r => string.IsNullOrWhiteSpace(r.Country)).Select(r => text.Name(r.Name)).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
            var transferText = transfers.Select(r => Countries.Name(r.Country!, l) + " (" + text.Name(r.Name) + ")").Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
            if (unknownCountry.Count > 0)
            {
                // The notice says "To complete" for these; the record must not say "None".
                transferText.Add(l.Pick("To complete: country not stated for ", "De completat: țară neprecizată pentru ") + string.Join(", ", unknownCountry));
            }

            var transferCell = transferText.Count > 0
                ? Join(transferText)
                : recipients.Count == 0 && !allRecipientsDeclared
                    ? toComplete
                    : allRecipientsDeclared ? l.Pick("None", "Niciunul") : l.Pick("None declared; to complete if other recipients exist", "Niciunul declarat; de completat dacă există alți destinatari");
            // A safeguard declared for a recipient whose country is not stated is recorded too: the reviewer needs it
            // to complete the country.
            var safeguards = transfers.Concat(recipients.Where(r => string.IsNullOrWhiteSpace(r.Country) && r.Safeguard != TransferSafeguard.Unspecified))
                .Select(r => text.Name(r.Name) + ": " + (LegalText.Safeguard(r.Safeguard, l) ?? l.Pick("To complete: none declared", "De completat: nedeclarată"))
                    + (string.IsNullOrWhiteSpace(r.TransferDetails) ? string.Empty : " (" + T(r.TransferDetails!.Trim()).TrimEnd('.') + ")"))
                .Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal);
            var jointControllers = recipients.Where(r => r.Kind == RecipientKind.JointController).Select(r => text.Name(r.Name)).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal);
            var notes = recipients.Where(r => !string.IsNullOrWhiteSpace(r.Note))
                .Select(r => text.Name(r.Name) + ": " + T(r.Note!.Trim()).TrimEnd('.'))
                .Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal);
            var retention = RetentionCell(entries, l, T, CategoryName);
            var recipientCell = recipients.Count > 0
                ? Join(recipientNames)
                : allRecipientsDeclared ? l.Pick("None outside the organisation", "Niciunul din afara organizației") : toComplete;

            rows.Add(new[]
            {
                subject + " — " + purpose,
                subject,
                purpose,
                LegalText.BasisWithArticle(activity.LegalBasis, l),
                Join(conditions),
                Join(categories),
                Join(members),
                Join(sources),
                recipients.Count > 0 ? Join(recipientCategories) : recipientCell,
                recipientCell,
                transferCell,
                Join(safeguards),
                retention,
                security,
                controllerName,
                contact,
                jointControllers.Any() ? Join(jointControllers) : allRecipientsDeclared ? l.Pick("None", "Niciunul") : l.Pick("None declared", "Niciunul declarat"),
                representative,
                dpo,
                Join(notes),
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

    private static string RetentionCell(IReadOnlyList<InventoryEntry> entries, ReportLanguage l, Func<string, string> translate, Func<string?, string> categoryName)
    {
        var groups = entries.GroupBy(RetentionPeriod.Of).ToList();
        string Text(RetentionPeriod period) =>
            (period.Retention is null ? l.Pick("To complete: ", "De completat: ") : string.Empty)
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

    private static string Join(IEnumerable<string?> values) =>
        string.Join("; ", values.Where(v => !string.IsNullOrWhiteSpace(v)));
}
