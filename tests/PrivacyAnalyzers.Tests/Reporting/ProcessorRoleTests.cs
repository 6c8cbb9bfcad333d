using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// Issue 15 point 4: the controller/processor role (Art. 28) and data not collected from the person (Art. 14). Data a
/// project processes on behalf of its customer stays out of its notice and its Art. 30(1) record and is written in the
/// processor's record of Art. 30(2); data received from a third party names its source, or says "To complete".
/// </summary>
public sealed class ProcessorRoleTests
{
    private const string OnBehalfOf = "Our customers, the CRM account holders";

    private static InventoryController Controller(bool allRecipientsDeclared = false) =>
        new("Crm SRL", "Str. Exemplu 1, Ploiești", "RO", email: "privacy@crm.example", dpoEmail: "dpo@crm.example",
            allRecipientsDeclared: allRecipientsDeclared, securityMeasures: "TLS; encrypted backups");

    private static PrivacyInventory Inventory(string? obtainedFrom = null, DataSource userSource = DataSource.ThirdParty, bool allRecipientsDeclared = false)
    {
        var hosting = new InventoryRecipient("Cloud Host SAS", RecipientKind.Processor, "FR", TransferSafeguard.Unspecified, "Hosting");
        var mailer = new InventoryRecipient("Mailer Inc", RecipientKind.Processor, "US", TransferSafeguard.StandardContractualClauses, "Sending invoices", note: "DPA signed 2024");
        return new PrivacyInventory(
            "Crm",
            Controller(allRecipientsDeclared),
            new[]
            {
                new InventorySubject("Customer", "Crm.Account", null),
                new InventorySubject("Account user", "Crm.AccountUser", null, obtainedFrom: obtainedFrom),
                new InventorySubject("Contact of a client", "Crm.ClientContact", "People the customer records", processedOnBehalfOf: OnBehalfOf),
            },
            Array.Empty<InventoryCategory>(),
            new[]
            {
                SeedInventories.Entry("Crm.Account", "Email", "string", "Customer", "Contact.Email", LegalBasis.Contract, "P3Y", RetentionStart.EndOfContract, null, SeedInventories.Purposes("Invoicing"), DataSource.ProvidedBySubject, "company e-mail", hosting),
                SeedInventories.Entry("Crm.AccountUser", "Cnp", "string", "Account user", "Identity.NationalId", LegalBasis.Contract, "P3Y", RetentionStart.EndOfContract, null, SeedInventories.Purposes("Identifying the user"), userSource, "CNP", hosting),
                SeedInventories.Entry("Crm.ClientContact", "Phone", "string", "Contact of a client", "Contact.Phone", LegalBasis.Unspecified, null, RetentionStart.Unspecified, null, SeedInventories.Purposes("Sending the customer's invoices"), DataSource.ThirdParty, "mobile phone", hosting, mailer),
            });
    }

    private static string Cell(IReadOnlyList<string[]> rows, IReadOnlyList<string> header, string column, int row = 0) =>
        rows[row + 1][header.ToList().IndexOf(column)];

    [Fact]
    public void Data_processed_on_behalf_of_a_customer_is_not_in_the_notice_but_the_role_is_stated()
    {
        var en = PrivacyReport.Render(Inventory(), ReportFormat.Markdown, ReportLanguage.English);
        var ro = PrivacyReport.Render(Inventory(), ReportFormat.Markdown, ReportLanguage.Romanian);

        // No section, category, purpose or recipient of the processed data: it is the customer's to explain.
        Assert.DoesNotContain("### Contact of a client", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Sending the customer's invoices", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Mailer Inc", en, StringComparison.Ordinal);
        Assert.DoesNotContain("phone number", en, StringComparison.Ordinal);
        Assert.Contains("### Account user", en, StringComparison.Ordinal);

        Assert.Contains("We also process personal data as a processor (Art. 28 GDPR), on behalf of and on the instructions of other controllers, for these categories of people:", en, StringComparison.Ordinal);
        Assert.Contains("- **Our customers, the CRM account holders**: Contact of a client.", en, StringComparison.Ordinal);
        Assert.Contains("this privacy policy does not cover it.", en, StringComparison.Ordinal);
        Assert.Contains("în calitate de persoană împuternicită de operator (art. 28 din RGPD)", ro, StringComparison.Ordinal);
        Assert.DoesNotContain("Mailer Inc", ro, StringComparison.Ordinal);
    }

    [Fact]
    public void The_controllers_record_leaves_out_what_is_processed_on_behalf_of_others()
    {
        var rows = DpoDocumentTests.ParseCsv(PrivacyReport.Render(Inventory(), ReportFormat.Csv, ReportLanguage.English), ',');
        var subjects = rows.Skip(1).Select(r => r[1]).ToList();
        Assert.Equal(new[] { "Customer", "Account user" }, subjects);
        Assert.DoesNotContain(rows.Skip(1), r => string.Join("|", r).Contains("Mailer Inc", StringComparison.Ordinal));
    }

    [Fact]
    public void The_processor_record_has_the_Art_30_2_columns_and_a_row_per_controller_subject_and_processing()
    {
        var header = ProcessorRecord.Header(ReportLanguage.English);
        Assert.Equal(
            new[]
            {
                "Controller on whose behalf we act (Art. 30(2)(a))",
                "Categories of data subjects",
                "Categories of processing carried out on behalf of the controller (Art. 30(2)(b))",
                "Categories of personal data",
                "Data items (code members)",
                "Categories of recipients",
                "Recipients (sub-processors included)",
                "Transfers to third countries (Art. 30(2)(c))",
                "Transfer safeguards",
                "Security measures (Art. 30(2)(d), Art. 32(1))",
                "Processor",
                "Processor contact details",
                "Processor's representative (Art. 27)",
                "Data protection officer",
                "Notes for the reviewer",
            },
            header);
        Assert.Equal(header.Count, ProcessorRecord.Header(ReportLanguage.Romanian).Count);

        var inventory = Inventory();
        Assert.True(ProcessorRecord.Applies(inventory));
        var text = PrivacyReport.Render(inventory, ReportFormat.ProcessorCsv, ReportLanguage.English);
        var rows = DpoDocumentTests.ParseCsv(text, ',');
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Length));
        Assert.Equal(OnBehalfOf, Cell(rows, header, "Controller on whose behalf we act (Art. 30(2)(a))"));
        Assert.Equal("Contact of a client", Cell(rows, header, "Categories of data subjects"));
        Assert.Equal("Sending the customer's invoices", Cell(rows, header, "Categories of processing carried out on behalf of the controller (Art. 30(2)(b))"));
        Assert.Equal("Crm.ClientContact.Phone", Cell(rows, header, "Data items (code members)"));
        Assert.Equal("the United States (Mailer Inc)", Cell(rows, header, "Transfers to third countries (Art. 30(2)(c))"));
        Assert.StartsWith("Mailer Inc: standard contractual clauses", Cell(rows, header, "Transfer safeguards"), StringComparison.Ordinal);
        Assert.Equal("TLS; encrypted backups", Cell(rows, header, "Security measures (Art. 30(2)(d), Art. 32(1))"));
        Assert.Equal("Crm SRL", Cell(rows, header, "Processor"));
        Assert.Contains("dpo@crm.example", Cell(rows, header, "Data protection officer"), StringComparison.Ordinal);
        Assert.Equal("Mailer Inc: DPA signed 2024", Cell(rows, header, "Notes for the reviewer"));
        Assert.Equal("Not applicable (processor established in the European Economic Area)", Cell(rows, header, "Processor's representative (Art. 27)"));

        var ro = PrivacyReport.Render(inventory, ReportFormat.ProcessorCsv, ReportLanguage.Romanian);
        Assert.StartsWith("Operatorul în numele căruia acționăm (art. 30 alin. (2) lit. (a));", ro, StringComparison.Ordinal);
        Assert.True(PrivacyReport.Utf8BomFor(ReportFormat.ProcessorCsv));
    }

    [Fact]
    public void Without_data_processed_for_others_there_is_no_processor_record_and_the_notice_says_nothing_of_it()
    {
        var inventory = SeedInventories.Single(SeedInventories.CustomerEmail(), controller: Controller());
        Assert.False(ProcessorRecord.Applies(inventory));
        Assert.DoesNotContain("as a processor", PrivacyReport.Render(inventory, ReportFormat.Markdown, ReportLanguage.English), StringComparison.Ordinal);
        Assert.DoesNotContain("Art. 30(2)", PrivacyReport.Render(inventory, ReportFormat.Html, ReportLanguage.English), StringComparison.Ordinal);
        Assert.Contains("Art. 30(2)", PrivacyReport.Render(Inventory(), ReportFormat.Html, ReportLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Data_received_from_a_third_party_names_its_declared_source_in_the_notice_and_the_record()
    {
        var inventory = Inventory(obtainedFrom: "the customer (the account holder), who defines its users");
        var en = PrivacyReport.Render(inventory, ReportFormat.Markdown, ReportLanguage.English);
        var ro = PrivacyReport.Render(inventory, ReportFormat.Markdown, ReportLanguage.Romanian);

        Assert.Contains("**Where it comes from**: National identification number (CNP, SSN) — we do not collect this data from you; its source (Art. 14(2)(f) GDPR) is the customer (the account holder), who defines its users.", en, StringComparison.Ordinal);
        Assert.Contains("**De unde provin datele**: ", ro, StringComparison.Ordinal);
        Assert.Contains("nu colectăm aceste date de la dumneavoastră; sursa lor (art. 14 alin. (2) lit. (f) din RGPD) este: the customer", ro, StringComparison.Ordinal);

        var rows = DpoDocumentTests.ParseCsv(PrivacyReport.Render(inventory, ReportFormat.Csv, ReportLanguage.English), ',');
        var header = RecordsOfProcessing.Header(ReportLanguage.English);
        Assert.Equal("obtained from a third party: the customer (the account holder), who defines its users", Cell(rows, header, "Source of the data", row: 1));
    }

    [Fact]
    public void Data_received_from_a_third_party_without_a_declared_source_is_to_complete()
    {
        var inventory = Inventory();
        var en = PrivacyReport.Render(inventory, ReportFormat.Markdown, ReportLanguage.English);
        Assert.Contains("its source (Art. 14(2)(f) GDPR) is **to complete: the source has not been stated**.", en, StringComparison.Ordinal);
        var rows = DpoDocumentTests.ParseCsv(PrivacyReport.Render(inventory, ReportFormat.Csv, ReportLanguage.English), ',');
        Assert.Equal("obtained from a third party: To complete: source not stated", Cell(rows, RecordsOfProcessing.Header(ReportLanguage.English), "Source of the data", row: 1));

        // Data provided by the person needs no source paragraph.
        var provided = PrivacyReport.Render(Inventory(userSource: DataSource.ProvidedBySubject), ReportFormat.Markdown, ReportLanguage.English);
        Assert.DoesNotContain("Where it comes from", provided, StringComparison.Ordinal);
    }

    [Fact]
    public void The_role_and_the_source_flow_from_the_annotation_through_the_generated_inventory_and_back()
    {
        var sources = new[]
        {
            """
            using PrivacyAnalyzers;
            [assembly: DataController("Crm SRL", Country = "RO")]
            [DataSubject("Contact of a client", ProcessedOnBehalfOf = "Our customers", Purpose = "Sending invoices")]
            public class ClientContact
            {
                [PersonalData("Contact.Phone")]
                public string Phone { get; set; } = "";
            }

            [DataSubject("Account user", ObtainedFrom = "the account holder", Source = DataSource.ThirdParty)]
            public class AccountUser
            {
                [PersonalData("Identity.Name")]
                public string Name { get; set; } = "";
            }
            """,
        };
        var run = Generator.GeneratorRunner.Run(sources).AssertCompilesClean();
        var json = (string)run.Load().GetCustomAttributesData().Single(a => a.AttributeType.Name == nameof(PrivacyInventoryJsonAttribute)).ConstructorArguments[0].Value!;
        var inventory = InventoryJson.Parse(json);

        Assert.Equal("Our customers", inventory.Subjects.Single(s => s.Name == "Contact of a client").ProcessedOnBehalfOf);
        Assert.Null(inventory.Subjects.Single(s => s.Name == "Contact of a client").ObtainedFrom);
        Assert.Equal("the account holder", inventory.Subjects.Single(s => s.Name == "Account user").ObtainedFrom);
        Assert.Null(inventory.Subjects.Single(s => s.Name == "Account user").ProcessedOnBehalfOf);

        // The readable form writes them only when stated, and reads them back.
        var readable = InventoryJson.ToJson(inventory);
        Assert.Contains("\"processedOnBehalfOf\": \"Our customers\"", readable, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(readable, "processedOnBehalfOf"));
        var again = InventoryJson.Parse(readable);
        Assert.Equal("Our customers", again.Subjects.Single(s => s.Name == "Contact of a client").ProcessedOnBehalfOf);
        Assert.Equal("the account holder", again.Subjects.Single(s => s.Name == "Account user").ObtainedFrom);
    }
}
