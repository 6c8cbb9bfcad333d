using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tests.Reporting;

public sealed class PrivacyPolicyTests
{
    private static string Policy(PrivacyInventory inventory, ReportLanguage language = ReportLanguage.English) =>
        PrivacyReport.Render(inventory, ReportFormat.Markdown, language);

    [Fact]
    public void Gaps_in_the_annotations_are_flagged_for_completion_not_invented()
    {
        var entry = SeedInventories.CustomerEmail(basis: LegalBasis.Unspecified, retention: null, purposes: System.Array.Empty<string>(),
            recipients: new InventoryRecipient("Mailer Inc", RecipientKind.Processor, null, TransferSafeguard.Unspecified, null));
        var en = Policy(SeedInventories.Single(entry));
        var ro = Policy(SeedInventories.Single(entry), ReportLanguage.Romanian);

        Assert.Contains("**To complete: the controller's name and contact details have not been stated.**", en, StringComparison.Ordinal);
        Assert.Contains("**To complete: the purpose has not been declared**", en, StringComparison.Ordinal);
        Assert.Contains("**To complete: no legal basis has been declared.**", en, StringComparison.Ordinal);
        Assert.Contains("**To complete: no retention period has been set**", en, StringComparison.Ordinal);
        Assert.Contains("**To complete: the country where it processes the data has not been stated.**", en, StringComparison.Ordinal);
        Assert.Contains("**To complete: the e-mail address to which you can send requests about your personal data has not been stated.**", en, StringComparison.Ordinal);
        Assert.DoesNotContain("We do not transfer your personal data", en, StringComparison.Ordinal);
        Assert.Contains("**De completat: scopul nu a fost declarat**", ro, StringComparison.Ordinal);
        Assert.Contains("**De completat: nu a fost stabilită o perioadă de păstrare**", ro, StringComparison.Ordinal);
    }

    [Fact]
    public void Special_category_data_states_its_Art_9_condition()
    {
        var health = new InventoryEntry(
            "Clinic.Patient", "Allergies", "string", "Patient", "Special.Health", LegalBasis.Contract, "P5Y", RetentionStart.EndOfContract, null,
            new[] { "Providing care" }, DataSource.ProvidedBySubject, "allergies", SpecialCategoryCondition.HealthOrSocialCare, CriminalDataCondition.Unspecified,
            System.Array.Empty<InventoryRecipient>(), "PersonalData");
        var inventory = new PrivacyInventory("Clinic", null, System.Array.Empty<InventorySubject>(), System.Array.Empty<InventoryCategory>(), new[] { health });

        Assert.Contains("Condition for processing special categories of personal data: health or social care (Art. 9(2)(h) GDPR).", Policy(inventory), StringComparison.Ordinal);
        Assert.Contains("asistență medicală sau socială (art. 9 alin. (2) lit. (h) din RGPD)", Policy(inventory, ReportLanguage.Romanian), StringComparison.Ordinal);
        Assert.Contains("Art. 9(2)(h)", PrivacyReport.Render(inventory, ReportFormat.Csv, ReportLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_transfer_outside_the_EEA_without_a_safeguard_is_flagged()
    {
        var entry = SeedInventories.CustomerEmail(recipients: new InventoryRecipient("Mailer Inc", RecipientKind.Processor, "US", TransferSafeguard.Unspecified, "Newsletters"));
        var en = Policy(SeedInventories.Single(entry));

        Assert.Contains("It processes the data in the United States, outside the European Economic Area; **to complete: no safeguard for this transfer has been declared.**", en, StringComparison.Ordinal);
        Assert.Contains("- **Mailer Inc** — the United States: **to complete: no safeguard has been declared.**", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Free_text_cannot_inject_markup()
    {
        var entry = SeedInventories.Entry("Shop.Customer", "Email", "string", "Customer", "Contact.Email", LegalBasis.Consent, "P1Y", RetentionStart.Collection, null,
            SeedInventories.Purposes("<script>alert(1)</script> **bold** [link](http://x)"), DataSource.ProvidedBySubject, null);
        var inventory = SeedInventories.Single(entry);

        var markdown = Policy(inventory);
        Assert.Contains(@"\<script\>alert(1)\</script\> \*\*bold\*\* \[link\](http://x)", markdown, StringComparison.Ordinal);
        var html = PrivacyReport.Render(inventory, ReportFormat.Html, ReportLanguage.English);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Consent_adds_the_right_to_withdraw_it()
    {
        Assert.Contains("The right to withdraw your consent", Policy(SeedInventories.Single(SeedInventories.CustomerEmail(basis: LegalBasis.Consent))), StringComparison.Ordinal);
        Assert.DoesNotContain("The right to withdraw your consent", Policy(SeedInventories.Single(SeedInventories.CustomerEmail(basis: LegalBasis.Contract))), StringComparison.Ordinal);
    }
}
