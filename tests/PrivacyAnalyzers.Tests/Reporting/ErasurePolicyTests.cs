using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Tests.Generator;
using PrivacyAnalyzers.Tests.Samples;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// Art. 17(3): the policy states what is kept after a request to erase, and why, from the inventory's <c>erasure</c>
/// (the annotations' effective erasure action) — and says nothing more when nothing is kept.
/// </summary>
public sealed class ErasurePolicyTests
{
    private static InventoryEntry Entry(string member, string category, LegalBasis basis, ErasureAction erasure, string? retention = "P10Y", RetentionStart from = RetentionStart.EndOfContract) =>
        new("Shop.Customer", member, "string", "Customer", category, basis, retention, from, null,
            new[] { "Invoicing" }, DataSource.ProvidedBySubject, null, SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified,
            Array.Empty<InventoryRecipient>(), "PersonalData", erasure: erasure);

    private static PrivacyInventory Inventory(params InventoryEntry[] entries) =>
        new("Shop", null, Array.Empty<InventorySubject>(), Array.Empty<InventoryCategory>(), entries);

    private static string Policy(PrivacyInventory inventory, ReportLanguage language = ReportLanguage.English) =>
        PrivacyReport.Render(inventory, ReportFormat.Markdown, language);

    private static readonly PrivacyInventory Kept = Inventory(
        Entry("Email", "Contact.Email", LegalBasis.Contract, ErasureAction.Delete),
        Entry("Invoice", "Financial.Transaction", LegalBasis.LegalObligation, ErasureAction.Retain),
        Entry("Phone", "Contact.Phone", LegalBasis.Contract, ErasureAction.RetainForLegalClaims, "P3Y"),
        Entry("Permit", "Identity.NationalId", LegalBasis.PublicTask, ErasureAction.Retain, null, RetentionStart.Unspecified),
        Entry("Birth", "Identity.DateOfBirth", LegalBasis.Contract, ErasureAction.Anonymise));

    [Fact]
    public void English_lists_each_kept_category_with_its_reason_and_retention()
    {
        var en = Policy(Kept);

        Assert.Contains("**What we keep after a request to erase your data**", en, StringComparison.Ordinal);
        Assert.Contains("- **Transactions and payments**: to comply with a legal obligation that requires us to process it (Art. 17(3)(b) GDPR). Retention period: 10 years after the end of the contract.", en, StringComparison.Ordinal);
        Assert.Contains("to perform a task carried out in the public interest or in the exercise of official authority vested in us (Art. 17(3)(b) GDPR). Retention period: **To complete: no retention period has been set**.", en, StringComparison.Ordinal);
        Assert.Contains("for the establishment, exercise or defence of legal claims (Art. 17(3)(e) GDPR). Retention period: 3 years after the end of the contract.", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Romanian_uses_the_regulation_s_terms()
    {
        var ro = Policy(Kept, ReportLanguage.Romanian);

        Assert.Contains("**Ce date păstrăm după o cerere de ștergere a datelor**", ro, StringComparison.Ordinal);
        Assert.Contains("Dreptul la ștergerea datelor nu se aplică tuturor datelor.", ro, StringComparison.Ordinal);
        Assert.Contains("pentru respectarea unei obligații legale care ne impune să le prelucrăm (art. 17 alin. (3) lit. (b) din RGPD). Perioada de păstrare: 10 ani de la încetarea contractului", ro, StringComparison.Ordinal);
        Assert.Contains("pentru constatarea, exercitarea sau apărarea unui drept în instanță (art. 17 alin. (3) lit. (e) din RGPD)", ro, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleted_and_anonymised_categories_are_not_listed_as_kept()
    {
        var en = Policy(Kept);
        var section = en.Substring(en.IndexOf("What we keep after a request to erase your data", StringComparison.Ordinal));
        section = section.Substring(0, section.IndexOf("## ", StringComparison.Ordinal));

        Assert.Equal(3, section.Split("\n- ").Length - 1);
        Assert.DoesNotContain("mail", section, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("birth", section, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Nothing_is_said_when_nothing_is_kept()
    {
        var en = Policy(Inventory(
            Entry("Email", "Contact.Email", LegalBasis.Contract, ErasureAction.Delete),
            Entry("Birth", "Identity.DateOfBirth", LegalBasis.Contract, ErasureAction.Anonymise),
            Entry("Invoice", "Financial.Transaction", LegalBasis.Consent, ErasureAction.Retain))); // not a basis that permits it: never stated

        Assert.DoesNotContain("What we keep after a request to erase", en, StringComparison.Ordinal);
        Assert.DoesNotContain("17(3)", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Ce date păstrăm după", Policy(Inventory(Entry("Email", "Contact.Email", LegalBasis.LegalObligation, ErasureAction.Delete)), ReportLanguage.Romanian), StringComparison.Ordinal);
    }

    [Fact]
    public void The_erasure_sample_s_policy_states_the_invoice_data_kept_on_the_accounting_law()
    {
        var source = System.IO.File.ReadAllText(System.IO.Path.Combine(SampleSources.SamplesDirectory(), "Erasure", "Model.cs"));
        var run = GeneratorRunner.Run(source);
        var json = (string)run.Load().GetCustomAttributesData().Single(a => a.AttributeType.Name == nameof(PrivacyInventoryJsonAttribute)).ConstructorArguments[0].Value!;
        var inventory = InventoryJson.Parse(json, "Erasure");

        var en = Policy(inventory);
        var ro = Policy(inventory, ReportLanguage.Romanian);
        Assert.Contains("- **Name; transactions and payments**: to comply with a legal obligation that requires us to process it (Art. 17(3)(b) GDPR). Retention period: 10 years after collection.", en, StringComparison.Ordinal);
        Assert.Contains("- **Nume și prenume; tranzacții și plăți**: pentru respectarea unei obligații legale care ne impune să le prelucrăm (art. 17 alin. (3) lit. (b) din RGPD). Perioada de păstrare: 10 ani de la colectare.", ro, StringComparison.Ordinal);
        Assert.DoesNotContain("17(3)(e)", en, StringComparison.Ordinal);
    }
}
