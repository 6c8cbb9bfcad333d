using System.IO;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tests.Inventory;

/// <summary>Schema version 2, the compact form the generator stores in assemblies: the same inventory in less text, read back exactly.</summary>
public sealed class InventoryCompactFormTests
{
    private static readonly InventoryRecipient Hosting = new("OVH SAS", RecipientKind.Processor, "FR", TransferSafeguard.Unspecified, "Hosting");

    private static PrivacyInventory Sample() => new(
        "Shop",
        new InventoryController("Exemplu SRL", address: "Str. Exemplu 1, Cluj-Napoca", country: "RO", dpoEmail: "dpo@exemplu.ro"),
        new[] { new InventorySubject("Customer", "Shop.Customer", "People who buy from the shop"), new InventorySubject("Guest", "Shop.Outer+Guest", null) },
        new[] { new InventoryCategory("Loyalty.Points", "Loyalty points", false), new InventoryCategory("Health.Allergy", null, true) },
        new[]
        {
            new InventoryEntry(
                "Shop.Customer", "Email", "string", "Customer", "Contact.Email", LegalBasis.Contract, "P3Y", RetentionStart.EndOfContract, null,
                new[] { "Invoicing", "Delivery" }, DataSource.ProvidedBySubject, "Login and invoices", SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified,
                new[] { Hosting, new InventoryRecipient("ANAF", RecipientKind.PublicAuthority, "RO", TransferSafeguard.AdequacyDecision, null, "Art. 45 decision") },
                "PersonalData"),
            new InventoryEntry(
                "Shop.Customer", "Phone", "string?", "Customer", "Contact.Phone", LegalBasis.Consent, "P1Y", RetentionStart.ConsentWithdrawal, "until the newsletter ends",
                new[] { "Delivery" }, DataSource.ProvidedBySubject, null, SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified,
                new[] { Hosting }, "AspNetCoreIdentity", "P6M", RetentionStart.LastActivity, RetentionCombination.WhicheverIsSooner),
            new InventoryEntry(
                "Shop.Outer+Guest", "Allergies", "System.Collections.Generic.List<string>", null, "Health.Allergy", LegalBasis.Unspecified, null, RetentionStart.Unspecified, null,
                Array.Empty<string>(), DataSource.Unspecified, "Ștefan's \"notes\" <b> & 😀\u2028", SpecialCategoryCondition.ExplicitConsent, CriminalDataCondition.Unspecified,
                Array.Empty<InventoryRecipient>(), "DataClassification"),
        });

    [Fact]
    public void Compact_round_trip_gives_the_same_readable_inventory()
    {
        var compact = InventoryJson.ToCompactJson(Sample());
        var read = InventoryJson.Parse(compact, "Shop.dll");

        Assert.Equal(2, read.SchemaVersion);
        Assert.Equal(InventoryJson.ToJson(Sample()), InventoryJson.ToJson(read));
        Assert.Equal(compact, InventoryJson.ToCompactJson(read));
        var phone = read.Entries[1];
        Assert.Equal(("P6M", RetentionStart.LastActivity, RetentionCombination.WhicheverIsSooner, "AspNetCoreIdentity"), (phone.AlternativeRetention, phone.AlternativeRetentionFrom, phone.RetentionCombination, phone.Origin));
        Assert.Equal("Art. 45 decision", read.Entries[0].Recipients[1].TransferDetails);
        Assert.Same(read.Entries[0].Recipients[0], read.Entries[1].Recipients[0]); // one recipient, read once
        Assert.Equal("Ștefan's \"notes\" <b> & 😀\u2028", read.Entries[2].Description);
        Assert.True(read.DeclaredCategories[1].IsSpecialCategory);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_controllers_declarations_and_a_recipients_reviewer_note_survive_both_forms(bool compact)
    {
        var controller = new InventoryController(
            "Exemplu SRL", country: "RO", allRecipientsDeclared: true, securityMeasures: "Encryption at rest", representative: "Rep GmbH",
            automatedDecisionMaking: "Credit scoring", noAutomatedDecisionMaking: false);
        var recipient = new InventoryRecipient("Google LLC", RecipientKind.Processor, "US", TransferSafeguard.StandardContractualClauses, "Analytics", "SCCs 2021/914", note: "confirm the DPF listing");
        var entry = new InventoryEntry(
            "Shop.Customer", "Email", "string", "Customer", "Contact.Email", LegalBasis.Contract, null, RetentionStart.Unspecified, null,
            Array.Empty<string>(), DataSource.Unspecified, null, SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified, new[] { recipient }, "PersonalData");
        var inventory = new PrivacyInventory("Shop", controller, Array.Empty<InventorySubject>(), Array.Empty<InventoryCategory>(), new[] { entry });

        var text = compact ? InventoryJson.ToCompactJson(inventory) : InventoryJson.ToJson(inventory);
        var read = InventoryJson.Parse(text);

        Assert.Contains("\"allRecipientsDeclared\":" + (compact ? "" : " ") + "true", text, StringComparison.Ordinal);
        Assert.DoesNotContain("noAutomatedDecisionMaking", text, StringComparison.Ordinal); // not declared: absent, never false
        var c = read.Controller!;
        Assert.Equal((true, "Encryption at rest", "Rep GmbH", "Credit scoring", false), (c.AllRecipientsDeclared, c.SecurityMeasures, c.Representative, c.AutomatedDecisionMaking, c.NoAutomatedDecisionMaking));
        Assert.Equal("confirm the DPF listing", read.Entries[0].Recipients[0].Note);
        Assert.Equal(InventoryJson.ToJson(inventory), InventoryJson.ToJson(read));
    }

    [Fact]
    public void A_declaration_flag_that_is_not_a_boolean_is_an_error_naming_it()
    {
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJson.Parse("{\"schemaVersion\":2,\"assembly\":\"Shop\",\"controller\":{\"name\":\"X\",\"noAutomatedDecisionMaking\":\"yes\"}}", "Shop.dll"));

        Assert.Equal("Shop.dll: controller: 'noAutomatedDecisionMaking' must be true, false or null.", error.Message);
    }

    [Fact]
    public void Compact_form_omits_whitespace_absent_values_and_empty_lists_and_writes_each_string_once()
    {
        var compact = InventoryJson.ToCompactJson(Sample());

        Assert.StartsWith("{\"schemaVersion\":2,\"assembly\":\"Shop\",", compact, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", compact, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", compact, StringComparison.Ordinal); // escaped: no line break in a C# verbatim literal
        Assert.DoesNotContain("null", compact, StringComparison.Ordinal);
        Assert.DoesNotContain("Unspecified", compact, StringComparison.Ordinal);
        Assert.DoesNotContain("PersonalData\"", compact, StringComparison.Ordinal); // the default origin
        Assert.DoesNotContain("fidesCategory", compact, StringComparison.Ordinal); // derived from the category when read
        Assert.DoesNotContain("\"purposes\":[]", compact, StringComparison.Ordinal);
        Assert.Equal(1, Count(compact, "\"Delivery\""));
        Assert.Equal(1, Count(compact, "\"OVH SAS\""));
        Assert.Equal(2, Count(compact, "\"Shop.Customer\"")); // the subject's type, and once in the table for both entries
        Assert.True(compact.Length * 2 < InventoryJson.ToJson(Sample()).Length, $"{compact.Length} vs {InventoryJson.ToJson(Sample()).Length}");
    }

    [Fact]
    public void A_version_1_and_a_version_2_inventory_of_the_same_code_have_no_difference()
    {
        var v1 = InventoryJson.Parse(InventoryJson.ToJson(Sample()));
        var v2 = InventoryJson.Parse(InventoryJson.ToCompactJson(Sample()));

        var diff = InventoryDiff.Compare(v1, v2);

        Assert.Empty(diff.Changes);
        Assert.Equal(PrivacyReport.Render(v1, ReportFormat.Markdown, ReportLanguage.English), PrivacyReport.Render(v2, ReportFormat.Markdown, ReportLanguage.English));
        Assert.Equal(PrivacyReport.Render(v1, ReportFormat.Csv, ReportLanguage.English), PrivacyReport.Render(v2, ReportFormat.Csv, ReportLanguage.English));
    }

    [Theory]
    [InlineData("{\"schemaVersion\":2,\"assembly\":\"A\",\"strings\":[\"T\",\"M\"],\"entries\":[{\"type\":0,\"member\":1,\"memberType\":7}]}", "entry T.M: 'memberType' holds 7, which is not the index of a string in 'strings'")]
    [InlineData("{\"schemaVersion\":2,\"assembly\":\"A\",\"strings\":[\"T\",\"M\"],\"entries\":[{\"type\":0,\"member\":1}]}", "entry T.M: missing 'memberType'")]
    [InlineData("{\"schemaVersion\":2,\"assembly\":\"A\",\"strings\":[\"T\",\"M\",\"Contrat\"],\"entries\":[{\"type\":0,\"member\":1,\"memberType\":0,\"legalBasis\":2}]}", "entry T.M: 'legalBasis' has the unknown value 'Contrat'")]
    [InlineData("{\"schemaVersion\":2,\"assembly\":\"A\",\"strings\":[\"T\",\"M\"],\"entries\":[{\"type\":0,\"member\":1,\"memberType\":0,\"recipients\":[0]}]}", "entry T.M: 'recipients' holds 0, which is not the index of a recipient")]
    [InlineData("{\"schemaVersion\":2,\"assembly\":\"A\",\"strings\":[\"T\",3]}", "'strings' holds a non-string value")]
    [InlineData("{\"schemaVersion\":2,\"assembly\":\"A\",\"strings\":[\"T\",\"M\"],\"entries\":[{\"type\":\"T\",\"member\":1,\"memberType\":1}]}", "entry: 'type' holds \"T\", which is not the index")]
    public void Bad_compact_documents_get_a_clear_error_naming_the_source(string json, string expected)
    {
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJson.Parse(json, "bin/Shop.dll"));
        Assert.StartsWith("bin/Shop.dll: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_page_example_is_what_the_writer_writes()
    {
        var page = File.ReadAllText(Path.Combine(PrivacyAnalyzers.Tests.Infrastructure.RuleCatalogTests.RepositoryRoot(), "docs", "inventory-schema.md"));
        var start = page.IndexOf("```json\n{\"schemaVersion\":2", StringComparison.Ordinal) + "```json\n".Length;
        var example = page.Substring(start, page.IndexOf('\n', start) - start);

        var read = InventoryJson.Parse(example);

        Assert.Equal(example, InventoryJson.ToCompactJson(read));
        var entry = Assert.Single(read.Entries);
        Assert.Equal(("Shop.Customer", "Email", "Contact.Email", LegalBasis.Contract, "OVH SAS", RecipientKind.Processor), (entry.Type, entry.Member, entry.Category, entry.LegalBasis, entry.Recipients[0].Name, entry.Recipients[0].Kind));
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
