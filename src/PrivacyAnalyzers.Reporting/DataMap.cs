using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>The four columns of a <see cref="DataMap"/>, left to right.</summary>
public enum DataMapColumn
{
    /// <summary>The kinds of data subject.</summary>
    DataSubject = 0,

    /// <summary>The categories of personal data, per data subject.</summary>
    Category = 1,

    /// <summary>The purposes with their legal basis (the processing activities), per data subject.</summary>
    Purpose = 2,

    /// <summary>The recipients with the country where they process the data.</summary>
    Recipient = 3,
}

/// <summary>A box of the data map.</summary>
public sealed class DataMapNode
{
    internal DataMapNode(string id, DataMapColumn column, int group, string label, string? detail, bool toComplete)
    {
        Id = id;
        Column = column;
        Group = group;
        Label = label;
        Detail = detail;
        ToComplete = toComplete;
    }

    /// <summary>
    /// An identifier derived from what the node stands for (not from its position), so that a change elsewhere in the
    /// inventory does not rename it: a letter for the column and eight hexadecimal digits, e.g. <c>c3fa01b2e</c>.
    /// </summary>
    public string Id { get; }

    /// <summary>The column.</summary>
    public DataMapColumn Column { get; }

    /// <summary>The index of the data subject the node belongs to (its band); -1 for recipients, which subjects share.</summary>
    public int Group { get; }

    /// <summary>The main text: the subject, the category, the purpose or the recipient's name.</summary>
    public string Label { get; }

    /// <summary>The second line: the legal basis of a purpose (the column's title says it is one), the country of a recipient; or null.</summary>
    public string? Detail { get; }

    /// <summary>Whether the node shows something nobody declared yet ("To complete").</summary>
    public bool ToComplete { get; }

    /// <summary>The label and its detail in one line, as a tooltip and an accessible name show it.</summary>
    public string FullText => Detail is null ? Label : Label + " — " + Detail;
}

/// <summary>An arrow of the data map, from a node of one column to a node of the next.</summary>
public sealed class DataMapEdge
{
    internal DataMapEdge(string from, string to, int group)
    {
        From = from;
        To = to;
        Group = group;
    }

    /// <summary>The source node's id.</summary>
    public string From { get; }

    /// <summary>The target node's id.</summary>
    public string To { get; }

    /// <summary>The data subject (band) the arrow belongs to.</summary>
    public int Group { get; }
}

/// <summary>
/// The picture of a privacy policy: data subjects → categories of personal data → purposes and legal bases →
/// recipients and countries. Built from the same processing activities as the policy's text
/// (<see cref="ProcessingActivity"/>), labelled in the reader's language with the same translations, and showing
/// nothing the text does not state: an undeclared legal basis, purpose, country or safeguard is a "To complete" box, and
/// a data subject whose data has no declared recipient points to "To complete: recipients not stated" — or to "not
/// disclosed outside our organisation" only when the controller declares that every recipient is declared, as the
/// text says. Each data subject is a band of its own (its categories and purposes are not merged with another
/// subject's); recipients are shared. Rendered as inline SVG in HTML (<see cref="ToSvg"/>) and as a Mermaid flowchart
/// in Markdown (<see cref="ToMermaid"/>).
/// </summary>
public sealed class DataMap
{
    private DataMap(ReportLanguage language, string title, string description, IReadOnlyList<string> columnTitles, IReadOnlyList<DataMapNode> nodes, IReadOnlyList<DataMapEdge> edges)
    {
        Language = language;
        Title = title;
        Description = description;
        ColumnTitles = columnTitles;
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>The language of the labels.</summary>
    public ReportLanguage Language { get; }

    /// <summary>The map's title (the accessible name of the picture).</summary>
    public string Title { get; }

    /// <summary>A one-sentence description: how many subjects, categories, purposes and recipients.</summary>
    public string Description { get; }

    /// <summary>The titles of the four columns, in <see cref="DataMapColumn"/> order.</summary>
    public IReadOnlyList<string> ColumnTitles { get; }

    /// <summary>The nodes: per data subject (in the policy's order) the subject, its categories and its purposes; then the recipients.</summary>
    public IReadOnlyList<DataMapNode> Nodes { get; }

    /// <summary>The arrows, each once, in the order of their source and target nodes.</summary>
    public IReadOnlyList<DataMapEdge> Edges { get; }

    /// <summary>Whether the map has nothing to show (an inventory without entries).</summary>
    public bool IsEmpty => Nodes.Count == 0;

    /// <summary>The map of an inventory; <paramref name="translations"/> translates its free text into <paramref name="language"/>.</summary>
    public static DataMap Of(PrivacyInventory inventory, ReportLanguage language, TextTranslations? translations = null)
    {
        if (inventory is null)
        {
            throw new ArgumentNullException(nameof(inventory));
        }

        return Of(inventory, language, new TextLookup(translations));
    }

    /// <summary>The map as an inline SVG element (no script, no external resource), wrapped in a figure.</summary>
    public string ToSvg() => DataMapSvgWriter.Write(this);

    /// <summary>The map as a Mermaid flowchart (the text inside a <c>```mermaid</c> block).</summary>
    public string ToMermaid() => DataMapMermaidWriter.Write(this);

    internal static DataMap Of(PrivacyInventory inventory, ReportLanguage language, TextLookup text)
    {
        string L(string english, string romanian) => language.Pick(english, romanian);
        var nodes = new List<DataMapNode>();
        var edges = new List<DataMapEdge>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var edgeKeys = new HashSet<string>(StringComparer.Ordinal);
        var recipients = new Dictionary<string, DataMapNode>(StringComparer.Ordinal);
        var recipientOrder = new List<(string Key, string Name, string Country, int Safeguard)>();
        var specialRecipients = new Dictionary<string, DataMapNode>(StringComparer.Ordinal);
        var recipientEdges = new List<(string PurposeId, string RecipientKey, int Group)>();

        string Id(char prefix, string key)
        {
            if (ids.TryGetValue(key, out var existing))
            {
                return existing;
            }

            var hash = Fnv1a(key);
            var id = prefix + hash.ToString("x8", CultureInfo.InvariantCulture);
            for (var suffix = 2; !usedIds.Add(id); suffix++)
            {
                id = prefix + hash.ToString("x8", CultureInfo.InvariantCulture) + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            ids.Add(key, id);
            return id;
        }

        void Edge(string from, string to, int group)
        {
            if (edgeKeys.Add(from + ">" + to))
            {
                edges.Add(new DataMapEdge(from, to, group));
            }
        }

        var activities = ProcessingActivity.InReadingOrder(inventory, language, p => ProcessingActivity.Display(p, text.T));
        var subjects = ProcessingActivity.DataSubjects(inventory);
        for (var group = 0; group < subjects.Count; group++)
        {
            var subject = subjects[group];
            var subjectKey = subject ?? "\u0000";
            var subjectNode = new DataMapNode(
                Id('s', "s|" + subjectKey),
                DataMapColumn.DataSubject,
                group,
                subject is null ? LegalPhrases.Phrase("notice.otherPersonalData", language) : Clean(text.T(subject)),
                null,
                false);
            nodes.Add(subjectNode);

            var entries = inventory.Entries.Where(e => e.DataSubject == subject).ToList();
            var categoryIds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var category in entries.Select(e => e.Category).Distinct().OrderBy(LegalText.CategorySortKey, StringComparer.Ordinal))
            {
                var node = new DataMapNode(Id('c', "c|" + subjectKey + "|" + (category ?? "\u0000")), DataMapColumn.Category, group, Clean(CategoryName(category, inventory, language, text)), null, false);
                categoryIds.Add(category ?? "\u0000", node.Id);
                nodes.Add(node);
                Edge(subjectNode.Id, node.Id, group);
            }

            var subjectActivities = activities.Where(a => a.DataSubject == subject).ToList();
            var anyRecipient = false;
            var purposeIds = new List<string>();
            foreach (var activity in subjectActivities)
            {
                var purposeToComplete = activity.Purpose.Length == 0;
                var label = purposeToComplete
                    ? LegalPhrases.Phrase("notice.toCompleteThePurposeHasNotBeen", language)
                    : Clean(ProcessingActivity.Display(activity.Purpose, text.T));
                var basisToComplete = activity.LegalBasis == LegalBasis.Unspecified;
                var detail = basisToComplete
                    ? LegalPhrases.Phrase("map.toCompleteNoLegalBasisHasBeen", language)
                    : LegalText.BasisWithArticle(activity.LegalBasis, language, Jurisdictions.Of(inventory.Controller));
                var node = new DataMapNode(
                    Id('p', "p|" + subjectKey + "|" + activity.Purpose + "|" + ((int)activity.LegalBasis).ToString(CultureInfo.InvariantCulture)),
                    DataMapColumn.Purpose,
                    group,
                    label,
                    detail,
                    purposeToComplete || basisToComplete);
                nodes.Add(node);
                purposeIds.Add(node.Id);
                foreach (var category in activity.Entries.Select(e => e.Category ?? "\u0000").Distinct(StringComparer.Ordinal).OrderBy(c => nodes.FindIndex(n => n.Id == categoryIds[c])))
                {
                    Edge(categoryIds[category], node.Id, group);
                }

                foreach (var recipient in activity.Entries.SelectMany(e => e.Recipients))
                {
                    anyRecipient = true;
                    var country = string.IsNullOrWhiteSpace(recipient.Country) ? string.Empty : recipient.Country!.Trim().ToUpperInvariant();
                    var key = recipient.Name + "|" + country + "|" + ((int)recipient.Safeguard).ToString(CultureInfo.InvariantCulture);
                    if (!recipients.ContainsKey(key))
                    {
                        recipients.Add(key, RecipientNode(Id('r', "r|" + key), recipient.Name, country, recipient.Safeguard, language, text, Jurisdictions.Of(inventory.Controller)));
                        recipientOrder.Add((key, recipient.Name, country, (int)recipient.Safeguard));
                    }

                    recipientEdges.Add((node.Id, key, group));
                }
            }

            if (!anyRecipient)
            {
                // The text says, for this subject, "We do not disclose…" only on the controller's declaration, and
                // otherwise "To complete: the recipients … have not been stated"; the map says the same.
                var declared = inventory.Controller?.AllRecipientsDeclared == true;
                var key = declared ? "\u0001none" : "\u0001unknown";
                if (!specialRecipients.ContainsKey(key))
                {
                    specialRecipients.Add(key, declared
                        ? new DataMapNode(Id('r', "r|" + key), DataMapColumn.Recipient, -1, LegalPhrases.Phrase("map.notDisclosedOutsideOurOrganisation", language), null, false)
                        : new DataMapNode(Id('r', "r|" + key), DataMapColumn.Recipient, -1, LegalPhrases.Phrase("map.toCompleteTheRecipientsHaveNotBeen", language), null, true));
                }

                foreach (var purposeId in purposeIds)
                {
                    recipientEdges.Add((purposeId, key, group));
                }
            }
        }

        // Recipients in the text's order (name as shown, in the language's order; country, safeguard), then the boxes
        // that stand for no declared recipient.
        var orderedRecipients = recipientOrder
            .OrderBy(r => text.Name(r.Name), TextOrder.For(language))
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Country, StringComparer.Ordinal)
            .ThenBy(r => r.Safeguard)
            .Select(r => recipients[r.Key])
            .Concat(specialRecipients.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value))
            .ToList();
        nodes.AddRange(orderedRecipients);
        var recipientIds = recipients.Concat(specialRecipients).ToDictionary(p => p.Key, p => p.Value.Id, StringComparer.Ordinal);
        foreach (var (purposeId, key, group) in recipientEdges)
        {
            Edge(purposeId, recipientIds[key], group);
        }

        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            position[nodes[i].Id] = i;
        }

        var orderedEdges = edges.OrderBy(e => position[e.From]).ThenBy(e => position[e.To]).ToList();
        // Counted as the reader sees them: a category or purpose shown for two data subjects counts once.
        int Count(DataMapColumn column) => nodes.Where(n => n.Column == column && !specialRecipients.ContainsValue(n)).Select(n => n.FullText).Distinct(StringComparer.Ordinal).Count();
        string Quantity(DataMapColumn column, string enOne, string enMany, string roOne, string roMany) =>
            Count(column) == 0 ? L("no " + enMany, "niciun " + roOne) : RetentionText.Quantity(Count(column), enOne, enMany, roOne, roMany, language);
        var description = Quantity(DataMapColumn.DataSubject, "data subject", "data subjects", "categorie de persoane vizate", "categorii de persoane vizate") + ", "
            + Quantity(DataMapColumn.Category, "category of personal data", "categories of personal data", "categorie de date cu caracter personal", "categorii de date cu caracter personal") + ", "
            + Quantity(DataMapColumn.Purpose, "purpose", "purposes", "scop", "scopuri") + LegalPhrases.Phrase("map.and", language)
            + Quantity(DataMapColumn.Recipient, "recipient", "recipients", "destinatar", "destinatari") + LegalPhrases.Phrase("map.linkedFromLeftToRight", language);
        return new DataMap(
            language,
            LegalPhrases.Phrase("map.dataMapWhoseDataWhichDataWhy", language),
            description,
            new[]
            {
                LegalPhrases.Phrase("map.dataSubjects", language),
                LegalPhrases.Phrase("map.personalData", language),
                LegalPhrases.Phrase("map.purposesAndLegalBases", language),
                LegalPhrases.Phrase("map.recipientsAndCountries", language),
            },
            nodes,
            orderedEdges);
    }

    /// <summary>
    /// The blocks the policy shows the map in: a heading, a sentence on how to read it and the map itself; nothing for
    /// an inventory without entries (the text then says that no personal data is processed).
    /// </summary>
    internal static IEnumerable<Block> Section(PrivacyInventory inventory, ReportLanguage language, TextLookup text)
    {
        var map = Of(inventory, language, text);
        if (map.IsEmpty)
        {
            yield break;
        }

        yield return new Heading(2, LegalPhrases.Phrase("map.dataMap", language));
        yield return new Paragraph(LegalPhrases.Phrase("map.theMapShowsForEachKindOf", language));
        yield return new DataMapBlock(map);
    }

    /// <summary>A category's name as the policy prints it: the taxonomy's wording, or the project's text translated.</summary>
    internal static string CategoryName(string? category, PrivacyInventory inventory, ReportLanguage language, TextLookup text) =>
        category is not null && Taxonomy.CategoryTaxonomy.IsBuiltIn(category)
            ? LegalText.CategoryName(category, inventory.DeclaredCategories, language)
            : text.T(LegalText.CategoryName(category, inventory.DeclaredCategories, language));

    private static DataMapNode RecipientNode(string id, string name, string country, TransferSafeguard safeguard, ReportLanguage language, TextLookup text, Jurisdiction jurisdiction)
    {
        var uk = jurisdiction == Jurisdiction.UkGdpr;
        var label = Clean(text.Name(name));
        if (country.Length == 0)
        {
            return new DataMapNode(id, DataMapColumn.Recipient, -1, label, LegalPhrases.Phrase("map.toCompleteCountryNotStated", language), true);
        }

        var countryName = Countries.Name(country, language);
        if (!Countries.IsThirdCountry(country, jurisdiction))
        {
            return new DataMapNode(id, DataMapColumn.Recipient, -1, label, PrivacyPolicyBuilder.Capitalize(countryName) + (uk ? string.Empty : LegalPhrases.Phrase("map.eea", language)), false);
        }

        var safeguardName = safeguard switch
        {
            TransferSafeguard.AdequacyDecision when uk => Jurisdictions.Cite(LegalPhrases.Phrase("map.uk.adequacyRegulationsArt45", language), jurisdiction),
            TransferSafeguard.StandardContractualClauses when uk => Jurisdictions.Cite(LegalPhrases.Phrase("map.uk.idtaOrAddendumArt46", language), jurisdiction),
            TransferSafeguard.AdequacyDecision => Jurisdictions.Cite(LegalPhrases.Phrase("map.adequacyDecisionArt45Gdpr", language), jurisdiction),
            TransferSafeguard.StandardContractualClauses => Jurisdictions.Cite(LegalPhrases.Phrase("map.standardContractualClausesArt46Gdpr", language), jurisdiction),
            TransferSafeguard.BindingCorporateRules => Jurisdictions.Cite(LegalPhrases.Phrase("map.bindingCorporateRulesArt47Gdpr", language), jurisdiction),
            TransferSafeguard.Derogation => Jurisdictions.Cite(LegalPhrases.Phrase("map.derogationArt49Gdpr", language), jurisdiction),
            _ => null,
        };
        var where = PrivacyPolicyBuilder.Capitalize(countryName) + (uk ? Jurisdictions.Cite(LegalPhrases.Phrase("map.uk.outsideTheUk", language), jurisdiction) : LegalPhrases.Phrase("map.outsideTheEea", language));
        return safeguardName is null
            ? new DataMapNode(id, DataMapColumn.Recipient, -1, label, where + LegalPhrases.Phrase("map.toCompleteNoSafeguardDeclared", language), true)
            : new DataMapNode(id, DataMapColumn.Recipient, -1, label, where + safeguardName, false);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Free text as one line: line breaks and other control characters become spaces, runs of spaces one.</summary>
    internal static string Clean(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    builder.Append(' ');
                }

                space = true;
                continue;
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ (c & 0xFFu)) * 16777619u);
            hash = unchecked((hash ^ (uint)(c >> 8)) * 16777619u);
        }

        return hash;
    }
}

/// <summary>A <see cref="Reporting.DataMap"/> placed in a document: SVG in HTML, a Mermaid block in Markdown.</summary>
internal sealed class DataMapBlock : Block
{
    public DataMapBlock(DataMap map) => Map = map;

    public DataMap Map { get; }
}
