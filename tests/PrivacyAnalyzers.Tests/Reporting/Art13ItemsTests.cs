using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// Issue 15 point 6: the Art. 13 items a notice must carry — whether providing the data is a requirement and what
/// follows from not providing it (13(2)(e)), the legitimate interests pursued wherever Art. 6(1)(f) is the basis
/// (13(1)(d)), and a DPO never named twice and never without contact details, in the reader's language.
/// </summary>
public sealed class Art13ItemsTests
{
    private static InventoryController Controller(string? provision = null, string? dpoName = null, string? dpoEmail = null) =>
        new("Shop SRL", "Str. Exemplu 1, Cluj-Napoca", "RO", email: "privacy@shop.example", dpoName: dpoName, dpoEmail: dpoEmail, provisionRequirement: provision);

    private static InventoryEntry Entry(LegalBasis basis, string? interest) =>
        new("Shop.Customer", "Email", "string", "Customer", "Contact.Email", basis, "P1Y", RetentionStart.Collection, null, new[] { "Fraud prevention" },
            DataSource.ProvidedBySubject, "e-mail address", SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified, Array.Empty<InventoryRecipient>(), "PersonalData",
            legitimateInterest: interest);

    private static string Md(PrivacyInventory inventory, ReportLanguage language = ReportLanguage.English) => PrivacyReport.Render(inventory, ReportFormat.Markdown, language);

    private static string RecordCell(PrivacyInventory inventory, ReportLanguage language, string column)
    {
        var rows = DpoDocumentTests.ParseCsv(PrivacyReport.Render(inventory, ReportFormat.Csv, language), RecordsOfProcessing.Delimiter(language));
        return rows[1][RecordsOfProcessing.Header(ReportLanguage.English).ToList().IndexOf(column)];
    }

    [Fact]
    public void The_requirement_to_provide_the_data_is_stated_as_declared_or_to_complete()
    {
        var declared = SeedInventories.Single(SeedInventories.CustomerEmail(), controller: Controller(provision: "Providing your e-mail is a contractual requirement; without it we cannot deliver the order."));
        Assert.Contains("## Whether you have to provide your personal data\n\nProviding your e-mail is a contractual requirement; without it we cannot deliver the order.", Md(declared), StringComparison.Ordinal);

        var missing = SeedInventories.Single(SeedInventories.CustomerEmail(), controller: Controller());
        Assert.Contains("**To complete: whether providing your personal data is a statutory or contractual requirement, or a requirement necessary to enter into a contract, whether you are obliged to provide it and the possible consequences of not providing it have not been stated.**", Md(missing), StringComparison.Ordinal);
        Assert.Contains("## Dacă sunteți obligat să ne furnizați datele cu caracter personal", Md(missing, ReportLanguage.Romanian), StringComparison.Ordinal);
        Assert.Contains("**De completat: nu s-a precizat dacă furnizarea datelor cu caracter personal reprezintă o obligație legală sau contractuală", Md(missing, ReportLanguage.Romanian), StringComparison.Ordinal);
    }

    [Fact]
    public void The_legitimate_interests_pursued_are_their_own_item_wherever_Art_6_1_f_is_the_basis()
    {
        var declared = SeedInventories.Single(Entry(LegalBasis.LegitimateInterests, "Protecting our customers and ourselves against fraud"), controller: Controller());
        Assert.Contains("Legal basis: legitimate interests (Art. 6(1)(f) GDPR). Legitimate interests pursued: Protecting our customers and ourselves against fraud.", Md(declared), StringComparison.Ordinal);
        Assert.Contains("Interesele legitime urmărite: Protecting our customers", Md(declared, ReportLanguage.Romanian), StringComparison.Ordinal);
        Assert.Equal("legitimate interests (Art. 6(1)(f) GDPR) — interests pursued: Protecting our customers and ourselves against fraud", RecordCell(declared, ReportLanguage.English, "Legal basis"));

        var missing = SeedInventories.Single(Entry(LegalBasis.LegitimateInterests, null), controller: Controller());
        Assert.Contains("Legitimate interests pursued: **to complete: the legitimate interests pursued have not been stated.**", Md(missing), StringComparison.Ordinal);
        Assert.Equal("legitimate interests (Art. 6(1)(f) GDPR) — To complete: legitimate interests pursued not stated", RecordCell(missing, ReportLanguage.English, "Legal basis"));

        // Another basis: no interests line, even when one is (wrongly) inherited.
        var contract = SeedInventories.Single(Entry(LegalBasis.Contract, "Protecting against fraud"), controller: Controller());
        Assert.DoesNotContain("Legitimate interests pursued", Md(contract), StringComparison.Ordinal);
        Assert.Equal("performance of a contract (Art. 6(1)(b) GDPR)", RecordCell(contract, ReportLanguage.English, "Legal basis"));
    }

    [Fact]
    public void The_dpo_is_never_named_twice_nor_without_contact_in_the_notice_or_the_record()
    {
        var titleOnly = SeedInventories.Single(SeedInventories.CustomerEmail(), controller: Controller(dpoName: "Data Protection Officer"));
        Assert.DoesNotContain("Data Protection Officer, **Data Protection Officer**", Md(titleOnly), StringComparison.Ordinal);
        Assert.Contains("**To complete: the Data Protection Officer's contact details have not been stated.**", Md(titleOnly), StringComparison.Ordinal);
        Assert.Equal("Data Protection Officer; To complete: contact details not stated", RecordCell(titleOnly, ReportLanguage.English, "Data protection officer"));
        Assert.Equal("Responsabilul cu protecția datelor; De completat: date de contact neprecizate", RecordCell(titleOnly, ReportLanguage.Romanian, "Data protection officer"));

        var named = SeedInventories.Single(SeedInventories.CustomerEmail(), controller: Controller(dpoName: "Ana Pop", dpoEmail: "dpo@shop.example"));
        Assert.Equal("Ana Pop; dpo@shop.example", RecordCell(named, ReportLanguage.English, "Data protection officer"));
    }

    [Fact]
    public void The_new_declarations_flow_from_the_annotations_through_the_generated_inventory()
    {
        var sources = new[]
        {
            """
            using PrivacyAnalyzers;
            [assembly: DataController("Shop SRL", Country = "RO", ProvisionRequirement = "A contractual requirement")]
            [assembly: PersonalDataDefaults(LegitimateInterest = "Default interest")]
            [DataSubject("Customer", LegalBasis = LegalBasis.LegitimateInterests, LegitimateInterest = "Preventing fraud")]
            public class Customer
            {
                [PersonalData("Contact.Email", Purpose = "Fraud prevention")]
                public string Email { get; set; } = "";

                [PersonalData("Contact.Phone", Purpose = "Fraud prevention", LegitimateInterest = "Reaching the customer about a suspicious order")]
                public string Phone { get; set; } = "";
            }

            public class Visitor
            {
                [PersonalData("Online.IpAddress", LegalBasis = LegalBasis.LegitimateInterests, Purpose = "Security")]
                public string Ip { get; set; } = "";
            }
            """,
        };
        var run = Generator.GeneratorRunner.Run(sources).AssertCompilesClean();
        var json = (string)run.Load().GetCustomAttributesData().Single(a => a.AttributeType.Name == nameof(PrivacyInventoryJsonAttribute)).ConstructorArguments[0].Value!;
        var inventory = InventoryJson.Parse(json);

        Assert.Equal("A contractual requirement", inventory.Controller!.ProvisionRequirement);
        Assert.Equal("Preventing fraud", inventory.Entries.Single(e => e.Member == "Email").LegitimateInterest);
        Assert.Equal("Reaching the customer about a suspicious order", inventory.Entries.Single(e => e.Member == "Phone").LegitimateInterest);
        Assert.Equal("Default interest", inventory.Entries.Single(e => e.Member == "Ip").LegitimateInterest);

        var again = InventoryJson.Parse(InventoryJson.ToJson(inventory));
        Assert.Equal("A contractual requirement", again.Controller!.ProvisionRequirement);
        Assert.Equal("Preventing fraud", again.Entries.Single(e => e.Member == "Email").LegitimateInterest);
    }
}
