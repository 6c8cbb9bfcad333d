using System.IO;
using System.Text;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// Issue 15, as a data-protection officer reads the documents: the notice states nothing nobody declared (point 11),
/// a note for the reviewer never reaches the public notice (point 1), and the Art. 30 record agrees with the notice,
/// marks its gaps and opens as columns in a spreadsheet of either language's regional settings (point 2).
/// </summary>
public sealed class DpoDocumentTests
{
    private static InventoryController Controller(bool allRecipientsDeclared = false, string? security = null, string? representative = null, string country = "RO", string? dpoName = null, string? dpoEmail = null) =>
        new("Shop SRL", "Str. Exemplu 1, Cluj-Napoca", country, email: "privacy@shop.example", dpoName: dpoName, dpoEmail: dpoEmail,
            allRecipientsDeclared: allRecipientsDeclared, securityMeasures: security, representative: representative);

    private static string Render(PrivacyInventory inventory, ReportFormat format, ReportLanguage language = ReportLanguage.English) =>
        PrivacyReport.Render(inventory, format, language);

    private static List<string[]> Record(PrivacyInventory inventory, ReportLanguage language)
    {
        var text = Render(inventory, ReportFormat.Csv, language);
        return ParseCsv(text, RecordsOfProcessing.Delimiter(language));
    }

    private static string Cell(PrivacyInventory inventory, ReportLanguage language, string englishHeader, int row = 0)
    {
        var rows = Record(inventory, language);
        var index = Array.IndexOf(RecordsOfProcessing.Header(ReportLanguage.English).ToArray(), englishHeader);
        Assert.True(index >= 0, "no column " + englishHeader);
        return rows[row + 1][index];
    }

    // ---- Point 11: statements nobody declared ----

    [Fact]
    public void Without_a_declaration_no_recipient_is_not_stated_as_no_disclosure_nor_no_transfer()
    {
        var inventory = SeedInventories.Single(SeedInventories.CustomerEmail(), controller: Controller());
        var en = Render(inventory, ReportFormat.Markdown);
        var ro = Render(inventory, ReportFormat.Markdown, ReportLanguage.Romanian);

        Assert.DoesNotContain("We do not disclose", en, StringComparison.Ordinal);
        Assert.DoesNotContain("We do not transfer", en, StringComparison.Ordinal);
        Assert.Contains("**To complete: the recipients of your personal data have not been stated.**", en, StringComparison.Ordinal);
        Assert.Contains("**To complete: whether your personal data is transferred to countries outside the European Economic Area has not been stated.**", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Nu dezvăluim", ro, StringComparison.Ordinal);
        Assert.DoesNotContain("Nu transferăm", ro, StringComparison.Ordinal);
        Assert.Contains("**De completat: destinatarii datelor dumneavoastră cu caracter personal nu au fost precizați.**", ro, StringComparison.Ordinal);
        Assert.Contains("**De completat: nu a fost precizat dacă datele dumneavoastră cu caracter personal sunt transferate în țări din afara Spațiului Economic European.**", ro, StringComparison.Ordinal);
    }

    [Fact]
    public void The_controllers_declaration_that_every_recipient_is_declared_lets_the_notice_say_there_is_none()
    {
        var inventory = SeedInventories.Single(SeedInventories.CustomerEmail(), controller: Controller(allRecipientsDeclared: true));
        var en = Render(inventory, ReportFormat.Markdown);
        var ro = Render(inventory, ReportFormat.Markdown, ReportLanguage.Romanian);

        Assert.Contains("We do not disclose your personal data to anyone outside our organisation.", en, StringComparison.Ordinal);
        Assert.Contains("We do not transfer your personal data to countries outside the European Economic Area.", en, StringComparison.Ordinal);
        Assert.Contains("Nu dezvăluim datele dumneavoastră cu caracter personal niciunei persoane din afara organizației noastre.", ro, StringComparison.Ordinal);
        Assert.DoesNotContain("recipients of your personal data have not been stated", en, StringComparison.Ordinal);
        Assert.DoesNotContain("transferred to countries outside the European Economic Area has not been stated", en, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_recipient_whose_country_is_unknown_is_never_read_as_no_transfer_even_with_the_declaration()
    {
        var entry = SeedInventories.CustomerEmail(recipients: new InventoryRecipient("Couriers", RecipientKind.Processor, null, TransferSafeguard.Unspecified, null));
        var en = Render(SeedInventories.Single(entry, controller: Controller(allRecipientsDeclared: true)), ReportFormat.Markdown);

        Assert.DoesNotContain("We do not transfer", en, StringComparison.Ordinal);
        Assert.Contains("**To complete: the country where these recipients process the data has not been stated: Couriers.**", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_declaration_flows_from_the_annotation_through_the_generated_inventory()
    {
        var sources = new[]
        {
            """
            using PrivacyAnalyzers;
            [assembly: DataController("Shop SRL", Country = "RO", AllRecipientsDeclared = true, SecurityMeasures = "TLS; encrypted backups", Representative = "Rep GmbH, Berlin")]
            [DataSubject("Customer")]
            public class Customer
            {
                [PersonalData("Contact.Email", LegalBasis = LegalBasis.Contract, Purpose = "Invoicing", Retention = "P3Y")]
                [Recipient("Mailer Inc", Country = "US", Safeguard = TransferSafeguard.StandardContractualClauses, TransferDetails = "SCC module 2", Note = "Check the DPA signed in 2024")]
                public string Email { get; set; } = "";
            }
            """,
        };
        var run = Generator.GeneratorRunner.Run(sources).AssertCompilesClean();
        var json = (string)run.Load().GetCustomAttributesData().Single(a => a.AttributeType.Name == nameof(PrivacyInventoryJsonAttribute)).ConstructorArguments[0].Value!;
        var inventory = InventoryJson.Parse(json);

        Assert.True(inventory.Controller!.AllRecipientsDeclared);
        Assert.Equal("TLS; encrypted backups", inventory.Controller.SecurityMeasures);
        Assert.Equal("Rep GmbH, Berlin", inventory.Controller.Representative);
        var recipient = Assert.Single(inventory.Entries).Recipients.Single();
        Assert.Equal("SCC module 2", recipient.TransferDetails);
        Assert.Equal("Check the DPA signed in 2024", recipient.Note);

        // Written back by the runtime's writer, read again: nothing lost.
        var again = InventoryJson.Parse(InventoryJson.ToJson(inventory));
        Assert.True(again.Controller!.AllRecipientsDeclared);
        Assert.Equal("Check the DPA signed in 2024", again.Entries[0].Recipients[0].Note);
    }

    // ---- Point 1: notes for the reviewer stay out of the public notice ----

    [Fact]
    public void A_recipients_note_is_in_the_record_and_never_in_the_notice()
    {
        var google = new InventoryRecipient("Google Analytics", RecipientKind.Processor, "US", TransferSafeguard.AdequacyDecision, "Statistics",
            transferDetails: null, note: "The policy names no safeguard; adequacy decision of 10 July 2023 assumed");
        var inventory = SeedInventories.Single(SeedInventories.CustomerEmail(recipients: google), controller: Controller());

        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Romanian })
        {
            Assert.DoesNotContain("assumed", Render(inventory, ReportFormat.Markdown, language), StringComparison.Ordinal);
            Assert.DoesNotContain("assumed", Render(inventory, ReportFormat.Html, language).Split("<table")[0], StringComparison.Ordinal);
        }

        Assert.Equal("Google Analytics: The policy names no safeguard; adequacy decision of 10 July 2023 assumed", Cell(inventory, ReportLanguage.English, "Notes for the reviewer"));
    }

    [Fact]
    public void No_copy_of_the_safeguards_is_offered_for_an_adequacy_decision_but_is_for_standard_contractual_clauses()
    {
        var adequacy = new InventoryRecipient("Google", RecipientKind.Processor, "US", TransferSafeguard.AdequacyDecision, null);
        var scc = new InventoryRecipient("Mailer Inc", RecipientKind.Processor, "IN", TransferSafeguard.StandardContractualClauses, null);

        var onlyAdequacy = Render(SeedInventories.Single(SeedInventories.CustomerEmail(recipients: adequacy), controller: Controller()), ReportFormat.Markdown);
        var withScc = Render(SeedInventories.Single(SeedInventories.CustomerEmail(recipients: new[] { adequacy, scc }), controller: Controller()), ReportFormat.Markdown);
        var withSccRo = Render(SeedInventories.Single(SeedInventories.CustomerEmail(recipients: scc), controller: Controller()), ReportFormat.Markdown, ReportLanguage.Romanian);

        Assert.DoesNotContain("a copy of the", onlyAdequacy, StringComparison.Ordinal);
        Assert.Contains("You can ask us for a copy of the standard contractual clauses named above, using the contact details above.", withScc, StringComparison.Ordinal);
        Assert.Contains("Ne puteți solicita o copie a clauzelor contractuale standard", withSccRo, StringComparison.Ordinal);
    }

    // ---- Point 2: the record agrees with the notice ----

    [Fact]
    public void The_record_never_says_None_where_the_notice_says_to_complete()
    {
        var unknownCountry = SeedInventories.CustomerEmail(recipients: new InventoryRecipient("Couriers", RecipientKind.Processor, null, TransferSafeguard.StandardContractualClauses, null));
        var noRecipient = SeedInventories.CustomerEmail();

        Assert.Equal("To complete: country not stated for Couriers", Cell(SeedInventories.Single(unknownCountry, controller: Controller()), ReportLanguage.English, "Transfers to third countries"));
        Assert.StartsWith("Couriers: standard contractual clauses", Cell(SeedInventories.Single(unknownCountry, controller: Controller()), ReportLanguage.English, "Transfer safeguards"), StringComparison.Ordinal);
        Assert.Equal("To complete: not stated", Cell(SeedInventories.Single(noRecipient, controller: Controller()), ReportLanguage.English, "Data protection officer"));
        Assert.Equal("None declared", Cell(SeedInventories.Single(noRecipient, controller: Controller()), ReportLanguage.English, "Joint controllers"));
        Assert.Equal("To complete: not stated", Cell(SeedInventories.Single(noRecipient, controller: Controller()), ReportLanguage.English, "Transfers to third countries"));
        Assert.Equal("To complete: not stated", Cell(SeedInventories.Single(noRecipient, controller: Controller()), ReportLanguage.English, "Recipients"));
        Assert.Equal("De completat: neprecizat", Cell(SeedInventories.Single(noRecipient, controller: Controller()), ReportLanguage.Romanian, "Transfers to third countries"));
        Assert.Equal("None", Cell(SeedInventories.Single(noRecipient, controller: Controller(allRecipientsDeclared: true)), ReportLanguage.English, "Transfers to third countries"));
        Assert.Equal("None outside the organisation", Cell(SeedInventories.Single(noRecipient, controller: Controller(allRecipientsDeclared: true)), ReportLanguage.English, "Recipients"));
    }

    [Fact]
    public void Missing_retention_and_security_measures_are_marked_to_complete_and_declared_ones_are_written()
    {
        var noRetention = SeedInventories.Single(SeedInventories.CustomerEmail(retention: null), controller: Controller());
        Assert.StartsWith("To complete: ", Cell(noRetention, ReportLanguage.English, "Time limits for erasure"), StringComparison.Ordinal);
        Assert.StartsWith("De completat: ", Cell(noRetention, ReportLanguage.Romanian, "Time limits for erasure"), StringComparison.Ordinal);
        Assert.Equal("To complete: not stated", Cell(noRetention, ReportLanguage.English, "Security measures (Art. 32(1))"));

        var declared = SeedInventories.Single(SeedInventories.CustomerEmail(), controller: Controller(security: "TLS in transit; encrypted backups"));
        Assert.Equal("TLS in transit; encrypted backups", Cell(declared, ReportLanguage.English, "Security measures (Art. 32(1))"));
    }

    [Fact]
    public void The_record_has_every_Art_30_1_column_joint_controllers_and_the_representative_included()
    {
        var header = RecordsOfProcessing.Header(ReportLanguage.English);
        foreach (var column in new[]
        {
            "Controller", "Controller contact details", "Joint controllers", "Controller's representative (Art. 27)", "Data protection officer", // (a)
            "Purpose of the processing", // (b)
            "Categories of data subjects", "Categories of personal data", // (c)
            "Categories of recipients", // (d)
            "Transfers to third countries", "Transfer safeguards", // (e)
            "Time limits for erasure", // (f)
            "Security measures (Art. 32(1))", // (g)
        })
        {
            Assert.Contains(column, header);
        }

        Assert.Equal(header.Count, RecordsOfProcessing.Header(ReportLanguage.Romanian).Count);
        var joint = SeedInventories.CustomerEmail(recipients: new InventoryRecipient("Partner SRL", RecipientKind.JointController, "RO", TransferSafeguard.Unspecified, null));
        Assert.Equal("Partner SRL", Cell(SeedInventories.Single(joint, controller: Controller()), ReportLanguage.English, "Joint controllers"));
        Assert.Equal("Not applicable (controller established in the European Economic Area)", Cell(SeedInventories.Single(joint, controller: Controller()), ReportLanguage.English, "Controller's representative (Art. 27)"));
        Assert.Equal("To complete: not stated", Cell(SeedInventories.Single(joint, controller: Controller(country: "US")), ReportLanguage.English, "Controller's representative (Art. 27)"));
        Assert.Equal("Rep GmbH, Berlin", Cell(SeedInventories.Single(joint, controller: Controller(country: "US", representative: "Rep GmbH, Berlin")), ReportLanguage.English, "Controller's representative (Art. 27)"));

        // Issue 15 point 8: a controller in the UK is under the UK GDPR (unless it declares the EU GDPR), whose Art. 27
        // asks non-UK controllers for a representative in the UK; under the EU GDPR it needs one in the Union.
        Assert.Equal("Not applicable (controller established in the United Kingdom)", Cell(SeedInventories.Single(joint, controller: Controller(country: "GB")), ReportLanguage.English, "Controller's representative (Art. 27)"));
        var ukUnderEuGdpr = new InventoryController("Shop Ltd", "London", "GB", jurisdiction: Jurisdiction.EuGdpr);
        Assert.Equal("To complete: not stated", Cell(SeedInventories.Single(joint, controller: ukUnderEuGdpr), ReportLanguage.English, "Controller's representative (Art. 27)"));
    }

    [Fact]
    public void The_romanian_record_is_separated_by_semicolons_and_the_english_by_commas_so_each_opens_as_columns()
    {
        var entry = SeedInventories.CustomerEmail(recipients: new InventoryRecipient("Hosting; storage", RecipientKind.Processor, "FR", TransferSafeguard.Unspecified, "Hosting, backups"));
        var inventory = SeedInventories.Single(entry, controller: Controller());
        var ro = Render(inventory, ReportFormat.Csv, ReportLanguage.Romanian);
        var en = Render(inventory, ReportFormat.Csv, ReportLanguage.English);

        var headerRo = ro.Split("\r\n")[0];
        Assert.Equal(RecordsOfProcessing.Header(ReportLanguage.Romanian).Count, headerRo.Split(';').Length);
        Assert.StartsWith("Activitatea de prelucrare;Categorii de persoane vizate;", headerRo, StringComparison.Ordinal);
        Assert.StartsWith("Processing activity,Categories of data subjects,", en, StringComparison.Ordinal);

        // A cell holding the delimiter is quoted, so every row has as many cells as the header.
        foreach (var (text, language) in new[] { (ro, ReportLanguage.Romanian), (en, ReportLanguage.English) })
        {
            var rows = ParseCsv(text, RecordsOfProcessing.Delimiter(language));
            Assert.All(rows, r => Assert.Equal(RecordsOfProcessing.Header(language).Count, r.Length));
        }
    }

    [Fact]
    public void The_build_writes_the_romanian_record_too()
    {
        Assert.Contains("records-of-processing.ro.csv", PrivacyReport.BuildFileNames);
        Assert.True(PrivacyReport.Utf8BomFor(ReportFormat.Csv));
    }

    // ---- Point 6 (part): the Data Protection Officer ----

    [Fact]
    public void A_DPO_named_only_by_title_is_not_repeated_and_a_missing_contact_is_to_complete()
    {
        var en = Render(SeedInventories.Single(SeedInventories.CustomerEmail(), controller: Controller(dpoName: "Data Protection Officer")), ReportFormat.Markdown);
        Assert.DoesNotContain("**Data Protection Officer**", en, StringComparison.Ordinal);
        Assert.Contains("You can contact our Data Protection Officer about any question on how we process your personal data. **To complete: the Data Protection Officer's contact details have not been stated.**", en, StringComparison.Ordinal);

        var ro = Render(SeedInventories.Single(SeedInventories.CustomerEmail(), controller: Controller(dpoName: "Ana Pop", dpoEmail: "dpo@shop.example")), ReportFormat.Markdown, ReportLanguage.Romanian);
        Assert.Contains("Îl puteți contacta pe responsabilul nostru cu protecția datelor, **Ana Pop**, la adresa **dpo@shop.example**", ro, StringComparison.Ordinal);
        Assert.DoesNotContain("De completat: datele de contact ale responsabilului", ro, StringComparison.Ordinal);
    }

    // ---- Point 6 (part): automated decision-making, Art. 13(2)(f) ----

    [Fact]
    public void Automated_decision_making_is_stated_either_way_only_as_declared()
    {
        var silent = Render(SeedInventories.Single(SeedInventories.CustomerEmail(), controller: Controller()), ReportFormat.Markdown);
        Assert.Contains("## Automated decision-making and profiling\n\n**To complete: whether decisions based solely on automated processing, including profiling, are taken about you has not been stated.**", silent, StringComparison.Ordinal);

        var none = new InventoryController("Shop SRL", noAutomatedDecisionMaking: true);
        var ro = Render(SeedInventories.Single(SeedInventories.CustomerEmail(), controller: none), ReportFormat.Markdown, ReportLanguage.Romanian);
        Assert.Contains("## Procesul decizional automatizat și crearea de profiluri\n\nNu luăm decizii bazate exclusiv pe prelucrarea automată", ro, StringComparison.Ordinal);

        var described = new InventoryController("Shop SRL", automatedDecisionMaking: "Credit limits are set automatically from your payment history; you can ask for a person to review the decision.");
        var en = Render(SeedInventories.Single(SeedInventories.CustomerEmail(), controller: described), ReportFormat.Markdown);
        Assert.Contains("## Automated decision-making and profiling\n\nCredit limits are set automatically from your payment history", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notice_holds_no_developer_instruction()
    {
        var inventory = new PrivacyInventory("Shop", null, [new InventorySubject("Customer", "Shop.Customer", null)], [], [SeedInventories.CustomerEmail()]);
        foreach (var language in new[] { ReportLanguage.English, ReportLanguage.Romanian })
        {
            var text = Render(inventory, ReportFormat.Markdown, language);
            Assert.DoesNotContain("DataController", text, StringComparison.Ordinal);
            Assert.DoesNotContain("DpoEmail", text, StringComparison.Ordinal);
            Assert.DoesNotContain("[assembly", text, StringComparison.Ordinal);
        }
    }

    // ---- Point 9 (part): Romanian place names ----

    [Fact]
    public void The_romanian_notice_writes_the_country_of_the_address_in_romanian_and_takes_a_translated_address()
    {
        var controller = new InventoryController("Shop SRL", "str. Zmeului, nr 21, Ploiesti, Prahova, Romania", "RO");
        var inventory = SeedInventories.Single(SeedInventories.CustomerEmail(), controller: controller);
        Assert.Contains("Adresă: str. Zmeului, nr 21, Ploiesti, Prahova, România", Render(inventory, ReportFormat.Markdown, ReportLanguage.Romanian), StringComparison.Ordinal);
        Assert.Contains("Address: str. Zmeului, nr 21, Ploiesti, Prahova, Romania", Render(inventory, ReportFormat.Markdown), StringComparison.Ordinal);

        var table = TextTranslations.Parse("""{ "str. Zmeului, nr 21, Ploiesti, Prahova, Romania": "str. Zmeului nr. 21, Ploiești, județul Prahova, România" }""", "t.json");
        var ro = PrivacyReport.Render(inventory, ReportFormat.Markdown, ReportLanguage.Romanian, table);
        Assert.Contains("Adresă: str. Zmeului nr. 21, Ploiești, județul Prahova, România", ro, StringComparison.Ordinal);
        Assert.DoesNotContain("Zmeului", ro.Split("Netraduse")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_romanian_source_of_a_singular_category_agrees_with_it()
    {
        var password = SeedInventories.Entry("Shop.Customer", "Password", "string", "Customer", "Credentials.Password", LegalBasis.Contract, "P1Y", RetentionStart.Collection, null,
            SeedInventories.Purposes("Log-in"), DataSource.Derived, null);
        var ro = Render(SeedInventories.Single(password, controller: Controller()), ReportFormat.Markdown, ReportLanguage.Romanian);
        Assert.Contains("(sursa: deducere din alte date)", ro, StringComparison.Ordinal);
        Assert.DoesNotContain("le deducem", ro, StringComparison.Ordinal);
    }

    /// <summary>A small RFC 4180 reader: quoted cells, doubled quotes, CRLF rows.</summary>
    internal static List<string[]> ParseCsv(string text, char delimiter)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row.ToArray());
                row.Clear();
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
