using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;
using static PrivacyAnalyzers.Tests.Reporting.SeedInventories;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// The data map (<see cref="DataMap"/>): the graph built from the processing activities, its SVG in the HTML page and
/// its Mermaid flowchart in the Markdown policy.
/// </summary>
public sealed class DataMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static InventoryRecipient Recipient(string name, string? country, TransferSafeguard safeguard = TransferSafeguard.Unspecified) =>
        new(name, RecipientKind.Processor, country, safeguard, null);

    // ----- the graph model -----

    [Fact]
    public void The_smart_city_map_links_subjects_categories_purposes_and_recipients_column_by_column()
    {
        var map = DataMap.Of(SmartCity(), ReportLanguage.English);

        Assert.Equal(new[] { "Customer", "Enquirer", "Website visitor" }, Labels(map, DataMapColumn.DataSubject));
        // The enquirers' data has no declared recipient: the text says "To complete", and so does the map.
        Assert.Equal(new[] { "Google LLC (Google Analytics)", "Web hosting provider", "To complete: the recipients have not been stated" }, Labels(map, DataMapColumn.Recipient));
        Assert.Equal(
            new[] { "To fulfil our contractual obligations to you", "To answer pre-sales queries", "To record e-mail exchanges with existing and potential customers", "To maintain network and information security", "To measure how our website is used" },
            Labels(map, DataMapColumn.Purpose));
        var analytics = Node(map, "Google LLC (Google Analytics)");
        Assert.Equal("The United States, outside the EEA: standard contractual clauses (Art. 46 GDPR)", analytics.Detail);
        Assert.Equal("Romania (EEA)", Node(map, "Web hosting provider").Detail);
        Assert.Equal("consent (Art. 6(1)(a) GDPR)", Node(map, "To measure how our website is used").Detail);

        // Every arrow goes one column to the right; nothing is linked twice.
        var byId = map.Nodes.ToDictionary(n => n.Id);
        Assert.All(map.Edges, e => Assert.Equal((int)byId[e.From].Column + 1, (int)byId[e.To].Column));
        Assert.Equal(map.Edges.Count, map.Edges.Select(e => e.From + ">" + e.To).Distinct().Count());

        // Google Analytics receives the cookie identifier, measured for analytics: only that purpose leads to it.
        Assert.Equal(new[] { "To measure how our website is used" }, map.Edges.Where(e => e.To == analytics.Id).Select(e => byId[e.From].Label));

        // The enquirer's phone number serves one of its two purposes only.
        var enquirerPhone = map.Nodes.Single(n => n.Column == DataMapColumn.Category && n.Label == "phone number" && map.Edges.Any(e => e.To == n.Id && byId[e.From].Label == "Enquirer"));
        Assert.Equal(new[] { "To answer pre-sales queries" }, map.Edges.Where(e => e.From == enquirerPhone.Id).Select(e => byId[e.To].Label));
        var unknown = Node(map, "To complete: the recipients have not been stated");
        Assert.Equal(new[] { unknown.Id }, map.Nodes.Where(n => n.ToComplete).Select(n => n.Id));
        Assert.Equal(
            new[] { "To answer pre-sales queries", "To record e-mail exchanges with existing and potential customers" },
            map.Edges.Where(e => e.To == unknown.Id).Select(e => byId[e.From].Label));
    }

    [Fact]
    public void The_romanian_map_uses_the_translations_and_the_romanian_wording()
    {
        var texts = TextTranslations.Parse(SmartCityRomanianTexts, "privacy-texts.ro.json");

        var map = DataMap.Of(SmartCity(), ReportLanguage.Romanian, texts);

        Assert.Equal(new[] { "Clienți", "Persoane care ne contactează", "Vizitatori ai site-ului" }, Labels(map, DataMapColumn.DataSubject));
        Assert.Equal("Persoane vizate", map.ColumnTitles[0]);
        Assert.Equal("Destinatari și țări", map.ColumnTitles[3]);
        var hosting = Node(map, "Furnizorul de găzduire web");
        Assert.Equal("România (SEE)", hosting.Detail);
        Assert.Equal("Statele Unite ale Americii, în afara SEE: clauze contractuale standard (art. 46 din RGPD)", Node(map, "Google LLC (Google Analytics)").Detail);
        Assert.Equal("consimțământ (art. 6 alin. (1) lit. (a) din RGPD)", Node(map, "Pentru a măsura modul în care este folosit site-ul nostru").Detail);
        Assert.Contains(map.Nodes, n => n.Label == "adresă de e-mail");
    }

    [Fact]
    public void An_inventory_without_recipients_points_to_to_complete_unless_the_controller_declares_all_recipients()
    {
        var undeclared = DataMap.Of(Single(CustomerEmail()), ReportLanguage.English);
        var declared = DataMap.Of(Single(CustomerEmail(), controller: new InventoryController("Shop SRL", allRecipientsDeclared: true)), ReportLanguage.English);
        var romanian = DataMap.Of(Single(CustomerEmail()), ReportLanguage.Romanian);

        var unknown = Assert.Single(undeclared.Nodes, n => n.Column == DataMapColumn.Recipient);
        Assert.Equal("To complete: the recipients have not been stated", unknown.Label);
        Assert.True(unknown.ToComplete);
        Assert.Contains(undeclared.Edges, e => e.To == unknown.Id);
        var none = Assert.Single(declared.Nodes, n => n.Column == DataMapColumn.Recipient);
        Assert.Equal("Not disclosed outside our organisation", none.Label);
        Assert.False(none.ToComplete);
        Assert.Equal("De completat: destinatarii nu au fost precizați", Assert.Single(romanian.Nodes, n => n.Column == DataMapColumn.Recipient).Label);

        // The policy's text says the same for the same case.
        Assert.Contains("To complete: the recipients of your personal data have not been stated.", PrivacyReport.Render(Single(CustomerEmail()), ReportFormat.Markdown, ReportLanguage.English), StringComparison.Ordinal);
        Assert.Equal("1 data subject, 1 category of personal data, 1 purpose and no recipients, linked from left to right.", undeclared.Description);
        Assert.Equal("1 categorie de persoane vizate, 1 categorie de date cu caracter personal, 1 scop și niciun destinatar, legate de la stânga la dreapta.", romanian.Description);
    }

    [Fact]
    public void Undeclared_purpose_legal_basis_country_and_safeguard_are_to_complete_boxes()
    {
        var inventory = Single(CustomerEmail(
            basis: LegalBasis.Unspecified,
            purposes: Array.Empty<string>(),
            recipients: new[] { Recipient("Mailer Inc", null), Recipient("Cloud Co", "US"), Recipient("Backup SA", "CH", TransferSafeguard.AdequacyDecision) }));

        var map = DataMap.Of(inventory, ReportLanguage.English);

        var purpose = Assert.Single(map.Nodes, n => n.Column == DataMapColumn.Purpose);
        Assert.Equal("To complete: the purpose has not been declared", purpose.Label);
        Assert.Equal("To complete: no legal basis has been declared", purpose.Detail);
        Assert.True(purpose.ToComplete);
        Assert.Equal("To complete: country not stated", Node(map, "Mailer Inc").Detail);
        Assert.True(Node(map, "Mailer Inc").ToComplete);
        Assert.Equal("The United States, outside the EEA: to complete, no safeguard declared", Node(map, "Cloud Co").Detail);
        Assert.True(Node(map, "Cloud Co").ToComplete);
        Assert.Equal("Switzerland, outside the EEA: adequacy decision (Art. 45 GDPR)", Node(map, "Backup SA").Detail);
        Assert.False(Node(map, "Backup SA").ToComplete);

        // Recipients in the text's order: by name.
        Assert.Equal(new[] { "Backup SA", "Cloud Co", "Mailer Inc" }, Labels(map, DataMapColumn.Recipient));
    }

    [Fact]
    public void Node_ids_are_safe_and_do_not_change_when_an_unrelated_entry_is_added()
    {
        var before = DataMap.Of(SmartCity(), ReportLanguage.English);
        var inventory = SmartCity();
        var more = new PrivacyInventory(
            inventory.Assembly,
            inventory.Controller,
            inventory.Subjects,
            inventory.DeclaredCategories,
            new[] { Entry("A.Applicant", "Cv", "string", "Applicant", "Employment", LegalBasis.Consent, "P6M", RetentionStart.Collection, null, Purposes("Recruitment"), DataSource.ProvidedBySubject, null, Recipient("Recruiter", "RO")) }
                .Concat(inventory.Entries).ToArray());

        var after = DataMap.Of(more, ReportLanguage.English);

        Assert.All(after.Nodes, n => Assert.Matches("^[scpr][0-9a-f]{8}(_[0-9]+)?$", n.Id));
        Assert.Equal(after.Nodes.Count, after.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(before.Nodes.Count + 4, after.Nodes.Count);
        foreach (var node in before.Nodes)
        {
            Assert.Equal(node.Id, Assert.Single(after.Nodes, n => n.FullText == node.FullText && n.Column == node.Column && (n.Group < 0 || after.Nodes.First(s => s.Group == n.Group).Label == before.Nodes.First(s => s.Group == node.Group).Label)).Id);
        }
    }

    [Fact]
    public void An_inventory_without_entries_has_no_map_in_any_format()
    {
        var empty = new PrivacyInventory("Empty", null, Array.Empty<InventorySubject>(), Array.Empty<InventoryCategory>(), Array.Empty<InventoryEntry>());

        Assert.True(DataMap.Of(empty, ReportLanguage.English).IsEmpty);
        var markdown = PrivacyReport.Render(empty, ReportFormat.Markdown, ReportLanguage.English);
        Assert.DoesNotContain("mermaid", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Data map", markdown, StringComparison.Ordinal);
        Assert.Contains("We do not process personal data in this application.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", PrivacyReport.Render(empty, ReportFormat.Html, ReportLanguage.English), StringComparison.Ordinal);
    }

    // ----- Mermaid -----

    [Fact]
    public void The_markdown_policy_carries_the_map_as_a_mermaid_flowchart_before_the_data_sections()
    {
        var markdown = PrivacyReport.Render(SmartCity(), ReportFormat.Markdown, ReportLanguage.English);
        var map = DataMap.Of(SmartCity(), ReportLanguage.English);

        var start = markdown.IndexOf("\n## Data map\n", StringComparison.Ordinal);
        Assert.True(start > markdown.IndexOf("## Who we are", StringComparison.Ordinal));
        Assert.True(start < markdown.IndexOf("## The personal data we process", StringComparison.Ordinal));
        var block = Regex.Match(markdown, "\n```mermaid\n(?<body>.*?)```\n", RegexOptions.Singleline);
        Assert.True(block.Success);
        var lines = block.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("flowchart LR", lines[0]);
        Assert.Equal("    accTitle: Data map: whose data, which data, why and who receives it", lines[1]);
        Assert.Equal("    subgraph subjects[\"Data subjects\"]", lines[3]);
        Assert.Equal(map.Edges.Count, lines.Count(l => l.Contains(" --> ", StringComparison.Ordinal)));
        foreach (var node in map.Nodes)
        {
            Assert.Single(lines, l => l.StartsWith("        " + node.Id + "[", StringComparison.Ordinal) || l.StartsWith("        " + node.Id + "([", StringComparison.Ordinal));
        }

        Assert.Contains("        " + Node(map, "Google LLC (Google Analytics)").Id + "[\"Google LLC (Google Analytics)<br/>The United States, outside the EEA: standard contractual clauses (Art. 46 GDPR)\"]", lines);
        Assert.EndsWith("    class " + Node(map, "To complete: the recipients have not been stated").Id + " todo", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_labels_escape_quotes_hashes_markup_and_backticks_and_keep_brackets_and_diacritics()
    {
        var inventory = Single(CustomerEmail(
            purposes: new[] { "Say \"hi\" [#1] <script>alert(1)</script> `code` & more; (ok)\nnext line" },
            recipients: Recipient("Ștefan & Fiii SRL \"Țară\"", "RO")));

        var mermaid = DataMap.Of(inventory, ReportLanguage.Romanian).ToMermaid();

        Assert.Contains("[\"Say #quot;hi#quot; [#35;1] #lt;script#gt;alert(1)#lt;/script#gt; #96;code#96; #amp; more; (ok) next line<br/>executarea unui contract (art. 6 alin. (1) lit. (b) din RGPD)\"]", mermaid, StringComparison.Ordinal);
        Assert.Contains("[\"Ștefan #amp; Fiii SRL #quot;Țară#quot;<br/>România (SEE)\"]", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("```", mermaid, StringComparison.Ordinal);

        // Inside every quoted label there is no quote left: each label line has exactly two.
        foreach (var line in mermaid.Split('\n').Where(l => l.StartsWith("        ", StringComparison.Ordinal)))
        {
            Assert.Equal(2, line.Count(c => c == '"'));
        }

        Assert.DoesNotContain("classDef", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_marks_the_to_complete_boxes()
    {
        var map = DataMap.Of(Single(CustomerEmail(basis: LegalBasis.Unspecified)), ReportLanguage.English);

        var mermaid = map.ToMermaid();

        var todo = map.Nodes.Where(n => n.ToComplete).Select(n => n.Id).ToList();
        Assert.Equal(2, todo.Count);
        Assert.EndsWith("    classDef todo fill:#fff4e0,stroke:#b26a00,stroke-dasharray:4 3\n    class " + string.Join(",", todo) + " todo\n", mermaid, StringComparison.Ordinal);
    }

    // ----- SVG -----

    [Fact]
    public void The_html_page_carries_the_map_as_inline_svg_with_no_script_and_no_external_resource()
    {
        var html = PrivacyReport.Render(SmartCity(), ReportFormat.Html, ReportLanguage.English);
        var map = DataMap.Of(SmartCity(), ReportLanguage.English);

        Assert.Contains("<h2>Data map</h2>", html, StringComparison.Ordinal);
        var svg = SvgOf(html);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("privacy-data-map-title privacy-data-map-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal(map.Title, svg.Element(Svg + "title")!.Value);
        Assert.Equal(map.Description, svg.Element(Svg + "desc")!.Value);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", SvgText(html), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", SvgText(html), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);

        // Each box: a tooltip with its full text, a rectangle, and its label as real text.
        var boxes = svg.Elements(Svg + "g").Where(g => g.Element(Svg + "rect") is not null).ToList();
        Assert.Equal(map.Nodes.Count, boxes.Count);
        Assert.Equal(map.Nodes.Select(n => n.FullText), boxes.Select(g => g.Element(Svg + "title")!.Value));
        foreach (var (node, box) in map.Nodes.Zip(boxes))
        {
            var shown = string.Join(" ", box.Element(Svg + "text")!.Elements(Svg + "tspan").Select(t => t.Value));
            Assert.Equal(node.FullText, node.Detail is null ? shown : shown.Replace(" " + node.Detail, " — " + node.Detail, StringComparison.Ordinal));
        }

        Assert.Equal(map.Edges.Count, svg.Descendants(Svg + "path").Count());
        Assert.Equal(map.ColumnTitles, svg.Elements(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Svg_escapes_markup_in_labels()
    {
        var inventory = Single(CustomerEmail(purposes: new[] { "<script>alert('x')</script> & \"more\"" }));

        var svg = DataMap.Of(inventory, ReportLanguage.English).ToSvg();

        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;", svg, StringComparison.Ordinal);
        XDocument.Parse(svg);
    }

    [Fact]
    public void Svg_and_mermaid_do_not_depend_on_the_current_culture()
    {
        var texts = SampleOutputGoldenTests.Texts(ReportLanguage.Romanian);
        var inventory = SampleOutputGoldenTests.Sample("IotShop");
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var svg = DataMap.Of(inventory, ReportLanguage.Romanian, texts).ToSvg();
            var mermaid = DataMap.Of(inventory, ReportLanguage.Romanian, texts).ToMermaid();
            foreach (var culture in new[] { "ro-RO", "tr-TR", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(svg, DataMap.Of(inventory, ReportLanguage.Romanian, texts).ToSvg());
                Assert.Equal(mermaid, DataMap.Of(inventory, ReportLanguage.Romanian, texts).ToMermaid());
            }

            // Coordinates use a decimal point, never a comma.
            Assert.DoesNotMatch("=\"[0-9]+,[0-9]", svg);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData("IotShop", ReportLanguage.English)]
    [InlineData("IotShop", ReportLanguage.Romanian)]
    [InlineData("CityManagement", ReportLanguage.Romanian)]
    [InlineData("ControlPanel", ReportLanguage.Romanian)]
    [InlineData("Crm", ReportLanguage.Romanian)]
    [InlineData("ERegistry", ReportLanguage.English)]
    public void Every_sample_map_is_legible(string sample, ReportLanguage language)
    {
        var map = DataMap.Of(SampleOutputGoldenTests.Sample(sample), language, SampleOutputGoldenTests.Texts(language, sample));

        AssertLegible(map, maxWidth: 1100);
    }

    [Fact]
    public void The_largest_sample_shows_every_subject_purpose_and_recipient()
    {
        var inventory = SampleOutputGoldenTests.Sample("IotShop");
        var map = DataMap.Of(inventory, ReportLanguage.English);

        Assert.Equal(ProcessingActivity.DataSubjects(inventory).Count, map.Nodes.Count(n => n.Column == DataMapColumn.DataSubject));
        Assert.Equal(ProcessingActivity.Of(inventory).Count, map.Nodes.Count(n => n.Column == DataMapColumn.Purpose));
        var recipients = inventory.Entries.SelectMany(e => e.Recipients).Select(r => r.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(recipients, Labels(map, DataMapColumn.Recipient).Distinct());
        Assert.True(map.Nodes.Count > 50, map.Nodes.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_big_inventory_with_long_labels_stays_legible_and_keeps_every_full_text_in_a_tooltip()
    {
        var entries = new List<InventoryEntry>();
        var categories = new[] { "Contact.Email", "Contact.Phone", "Identity.Name", "Contact.Address", "Online.IpAddress", "Usage.Activity" };
        for (var s = 0; s < 12; s++)
        {
            for (var c = 0; c < categories.Length; c++)
            {
                var purpose = $"Purpose {s}.{c % 3}: " + string.Concat(Enumerable.Repeat("a very long statement of why we need this data ", 1 + (c % 4)));
                var recipients = Enumerable.Range(0, 4).Select(r => (s * 4) + r).Select(i => Recipient($"Recipient {i % 30} " + new string('x', 10 + (i % 30 % 3 * 30)), i % 2 == 0 ? "US" : null, TransferSafeguard.StandardContractualClauses)).ToArray();
                entries.Add(Entry($"Big.Subject{s}", "M" + c, "string", "Subject number " + s + " with a rather long name", categories[c], (LegalBasis)(1 + (c % 6)), "P1Y", RetentionStart.Collection, null, Purposes(purpose), DataSource.ProvidedBySubject, null, recipients));
            }
        }

        var inventory = new PrivacyInventory("Big", null, Array.Empty<InventorySubject>(), Array.Empty<InventoryCategory>(), entries);

        var map = DataMap.Of(inventory, ReportLanguage.English);

        Assert.Equal(30, map.Nodes.Count(n => n.Column == DataMapColumn.Recipient));
        Assert.Equal(12 * 6, map.Nodes.Count(n => n.Column == DataMapColumn.Purpose));
        AssertLegible(map, maxWidth: 1100);
        var svg = XDocument.Parse(map.ToSvg());
        Assert.Contains(svg.Descendants(Svg + "tspan"), t => t.Value.EndsWith('…'));
        Assert.Equal(map.Nodes.Select(n => n.FullText), svg.Descendants(Svg + "g").Where(g => g.Element(Svg + "rect") is not null).Select(g => g.Element(Svg + "title")!.Value));
        Assert.Equal(map.ToSvg(), DataMap.Of(inventory, ReportLanguage.English).ToSvg());
    }

    [Fact]
    public void Wrapping_breaks_between_words_cuts_with_an_ellipsis_and_breaks_a_word_longer_than_a_line()
    {
        Assert.Equal(new[] { "one two" }, DataMapSvgWriter.Wrap("one two", 200, 3, 12, bold: false));
        var wrapped = DataMapSvgWriter.Wrap("alpha beta gamma delta epsilon zeta eta theta iota kappa", 60, 2, 12, bold: false);
        Assert.Equal(2, wrapped.Count);
        Assert.EndsWith("…", wrapped[1], StringComparison.Ordinal);
        Assert.All(wrapped, l => Assert.True(DataMapSvgWriter.TextWidth(l, 12, false) <= 60, l));
        var word = DataMapSvgWriter.Wrap(new string('m', 40), 100, 5, 12, bold: false);
        Assert.True(word.Count > 1);
        Assert.Equal(new string('m', 40), string.Concat(word));
    }

    private static void AssertLegible(DataMap map, double maxWidth)
    {
        var document = XDocument.Parse(map.ToSvg());
        var svg = document.Root!.Element(Svg + "svg")!;
        var width = double.Parse((string)svg.Attribute("width")!, CultureInfo.InvariantCulture);
        var height = double.Parse((string)svg.Attribute("height")!, CultureInfo.InvariantCulture);
        Assert.True(width <= maxWidth, $"{width} px wide: at most {maxWidth} so that the page's 60rem scale it by less than 15 %");
        Assert.Equal($"0 0 {width.ToString(CultureInfo.InvariantCulture)} {height.ToString(CultureInfo.InvariantCulture)}", (string?)svg.Attribute("viewBox"));

        var boxes = new List<(double X, double Y, double W, double H, string Title)>();
        foreach (var g in svg.Elements(Svg + "g").Where(g => g.Element(Svg + "rect") is not null))
        {
            var rect = g.Element(Svg + "rect")!;
            double A(string name) => double.Parse((string)rect.Attribute(name)!, CultureInfo.InvariantCulture);
            var box = (A("x"), A("y"), A("width"), A("height"), g.Element(Svg + "title")!.Value);
            boxes.Add(box);
            Assert.True(box.Item1 >= 0 && box.Item2 >= 0 && box.Item1 + box.Item3 <= width && box.Item2 + box.Item4 <= height, "outside the picture: " + box.Item5);

            // Every line fits its box (estimated as the layout estimates it), at a legible size, inside the box's height.
            foreach (var tspan in g.Descendants(Svg + "tspan"))
            {
                var size = tspan.Attribute("font-size") is { } s ? double.Parse(s.Value, CultureInfo.InvariantCulture) : DataMapSvgWriter.FontSize;
                Assert.True(size >= 11, "font too small in " + box.Item5);
                var bold = (string?)tspan.Parent!.Attribute("font-weight") == "bold";
                Assert.True(DataMapSvgWriter.TextWidth(tspan.Value, size, bold) <= box.Item3 - 16, $"'{tspan.Value}' is wider than its box ({box.Item3})");
                var y = double.Parse((string)tspan.Attribute("y")!, CultureInfo.InvariantCulture);
                Assert.InRange(y, box.Item2 + size - 2, box.Item2 + box.Item4);
            }
        }

        // No two boxes overlap.
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var a = boxes[i];
                var b = boxes[j];
                var overlap = a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
                Assert.False(overlap, $"'{a.Title}' overlaps '{b.Title}'");
            }
        }
    }

    private static XElement SvgOf(string html)
    {
        var figure = Regex.Match(html, "<figure class=\"data-map\".*?</figure>", RegexOptions.Singleline);
        Assert.True(figure.Success, "no data-map figure in the page");
        return XDocument.Parse(figure.Value).Root!.Element(Svg + "svg")!;
    }

    private static string SvgText(string html) => Regex.Match(html, "<svg.*?</svg>", RegexOptions.Singleline).Value;

    private static string[] Labels(DataMap map, DataMapColumn column) => map.Nodes.Where(n => n.Column == column).Select(n => n.Label).ToArray();

    private static DataMapNode Node(DataMap map, string label) => Assert.Single(map.Nodes, n => n.Label == label);
}
