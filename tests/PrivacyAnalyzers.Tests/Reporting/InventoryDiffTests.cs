using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tests.Reporting;

public sealed class InventoryDiffTests
{
    private static InventoryDiff Diff(InventoryEntry before, InventoryEntry after) =>
        InventoryDiff.Compare(SeedInventories.Single(before), SeedInventories.Single(after));

    private static InventoryChange Only(InventoryDiff diff) => Assert.Single(diff.Changes);

    [Fact]
    public void Identical_inventories_have_no_changes_and_exit_0()
    {
        var diff = InventoryDiff.Compare(SeedInventories.SmartCity(), SeedInventories.SmartCity());

        Assert.Empty(diff.Changes);
        Assert.Equal(0, diff.ExitCode);
        Assert.Contains("No differences in personal data.", DiffWriter.ToMarkdown(diff), StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_member_is_named_and_exits_1()
    {
        var before = SeedInventories.SmartCity();
        var phone = SeedInventories.Entry("CityManager.Billing.Customer", "Phone", "string", "Customer", "Contact.Phone", LegalBasis.Contract, "P3Y", RetentionStart.EndOfContract, null,
            SeedInventories.Purposes("Delivery"), DataSource.ProvidedBySubject, null);
        var after = new PrivacyInventory(before.Assembly, before.Controller, before.Subjects, before.DeclaredCategories, before.Entries.Append(phone).ToList());

        var diff = InventoryDiff.Compare(before, after);

        var change = Only(diff);
        Assert.Equal((ChangeKind.Added, "CityManager.Billing.Customer.Phone"), (change.Kind, change.Subject));
        Assert.Equal(1, diff.ExitCode);
        var markdown = DiffWriter.ToMarkdown(diff);
        Assert.Contains("**Legal review needed:**", markdown, StringComparison.Ordinal);
        Assert.Contains("## Added (1)\n\n- `CityManager.Billing.Customer.Phone`: phone number; data subject: Customer; legal basis: performance of a contract (Art. 6(1)(b) GDPR); retention: 3 years after the end of the contract; purposes: Delivery\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_member_exits_0()
    {
        var before = SeedInventories.SmartCity();
        var after = new PrivacyInventory(before.Assembly, before.Controller, before.Subjects, before.DeclaredCategories, before.Entries.Where(e => e.Member != "Phone").ToList());

        var diff = InventoryDiff.Compare(before, after);

        Assert.Equal((ChangeKind.Removed, "CityManager.Web.ContactRequest.Phone"), (Only(diff).Kind, Only(diff).Subject));
        Assert.Equal(0, diff.ExitCode);
    }

    [Theory]
    [InlineData("P3Y", "P5Y", ChangeKind.Widened, "retention: 3 years after the end of the contract → 5 years after the end of the contract (longer)")]
    [InlineData("P3Y", "P1Y", ChangeKind.Narrowed, "retention: 3 years after the end of the contract → 1 year after the end of the contract (shorter)")]
    [InlineData("P1Y", "P13M", ChangeKind.Widened, "retention: 1 year after the end of the contract → 13 months after the end of the contract (longer)")]
    [InlineData(null, "P1Y", ChangeKind.Narrowed, "retention: no retention period has been set → 1 year after the end of the contract (a limit is now set)")]
    [InlineData("P1Y", null, ChangeKind.Widened, "retention: 1 year after the end of the contract → no retention period has been set (no valid limit any more)")]
    public void Retention_changes_widen_or_narrow_by_length(string? before, string? after, ChangeKind kind, string summary)
    {
        var diff = Diff(SeedInventories.CustomerEmail(retention: before), SeedInventories.CustomerEmail(retention: after));

        Assert.Equal((kind, "retention", summary), (Only(diff).Kind, Only(diff).Field, Only(diff).Summary));
        Assert.Equal(kind == ChangeKind.Widened ? 1 : 0, diff.ExitCode);
    }

    [Fact]
    public void The_same_length_written_differently_is_no_change()
    {
        Assert.Empty(Diff(SeedInventories.CustomerEmail(retention: "P1Y"), SeedInventories.CustomerEmail(retention: "P12M")).Changes);
    }

    [Fact]
    public void Another_start_of_retention_is_widened()
    {
        var diff = Diff(SeedInventories.CustomerEmail(from: RetentionStart.Collection), SeedInventories.CustomerEmail(from: RetentionStart.EndOfContract));

        Assert.Equal(ChangeKind.Widened, Only(diff).Kind);
        Assert.Equal("retention: 3 years after collection → 3 years after the end of the contract (the period now starts at another event)", Only(diff).Summary);
    }

    [Fact]
    public void A_legal_basis_change_is_widened()
    {
        var diff = Diff(SeedInventories.CustomerEmail(basis: LegalBasis.Contract), SeedInventories.CustomerEmail(basis: LegalBasis.LegitimateInterests));

        Assert.Equal((ChangeKind.Widened, "legalBasis", "Contract", "LegitimateInterests"), (Only(diff).Kind, Only(diff).Field, Only(diff).OldValue, Only(diff).NewValue));
        Assert.Equal(1, diff.ExitCode);
    }

    [Theory]
    [InlineData(ErasureAction.Delete, ErasureAction.Retain, ChangeKind.Widened, "on an erasure request: deleted → kept (legal obligation or public task, Art. 17(3)(b))")]
    [InlineData(ErasureAction.RetainForLegalClaims, ErasureAction.Delete, ChangeKind.Narrowed, "on an erasure request: kept for legal claims (Art. 17(3)(e)) → deleted")]
    [InlineData(ErasureAction.Delete, ErasureAction.Anonymise, ChangeKind.Widened, "on an erasure request: deleted → anonymised")]
    [InlineData(ErasureAction.Retain, ErasureAction.RetainForLegalClaims, ChangeKind.Changed, "on an erasure request: kept (legal obligation or public task, Art. 17(3)(b)) → kept for legal claims (Art. 17(3)(e))")]
    public void An_erasure_change_widens_or_narrows_by_what_is_kept(ErasureAction before, ErasureAction after, ChangeKind kind, string summary)
    {
        static InventoryEntry With(ErasureAction erasure) =>
            new("Shop.Customer", "Email", "string", "Customer", "Contact.Email", LegalBasis.LegalObligation, "P1Y", RetentionStart.EndOfContract, null,
                new[] { "Invoicing" }, DataSource.ProvidedBySubject, null, SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified,
                System.Array.Empty<InventoryRecipient>(), "PersonalData", erasure: erasure);

        var change = Only(Diff(With(before), With(after)));
        Assert.Equal((kind, "erasure", summary), (change.Kind, change.Field, change.Summary));
        Assert.Empty(Diff(With(ErasureAction.Default), With(ErasureAction.Delete)).Changes);
    }

    [Fact]
    public void A_category_change_is_widened()
    {
        var diff = Diff(SeedInventories.CustomerEmail(category: "Contact.Email"), SeedInventories.CustomerEmail(category: "Special.Health"));

        Assert.Equal((ChangeKind.Widened, "category: e-mail address → health data"), (Only(diff).Kind, Only(diff).Summary));
    }

    [Fact]
    public void New_purposes_widen_and_dropped_purposes_narrow()
    {
        var diff = Diff(
            SeedInventories.CustomerEmail(purposes: SeedInventories.Purposes("Invoicing", "Support")),
            SeedInventories.CustomerEmail(purposes: SeedInventories.Purposes("Invoicing", "Marketing")));

        Assert.Collection(
            diff.Changes,
            c => Assert.Equal((ChangeKind.Widened, "new purpose: \"Marketing\""), (c.Kind, c.Summary)),
            c => Assert.Equal((ChangeKind.Narrowed, "purpose dropped: \"Support\""), (c.Kind, c.Summary)));
        Assert.Equal(1, diff.ExitCode);
    }

    [Fact]
    public void A_new_recipient_outside_the_EEA_is_a_widening_transfer()
    {
        var diff = Diff(
            SeedInventories.CustomerEmail(recipients: SeedInventories.Hosting()),
            SeedInventories.CustomerEmail(recipients: new[] { SeedInventories.Hosting(), SeedInventories.GoogleAnalytics() }));

        Assert.Equal(ChangeKind.Widened, Only(diff).Kind);
        Assert.Equal(
            "new recipient: Google LLC (Google Analytics), processor acting on our behalf, the United States, safeguard: standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR) (new transfer outside the EEA)",
            Only(diff).Summary);
    }

    [Fact]
    public void A_recipient_moving_to_another_country_is_a_new_recipient()
    {
        var inEu = new InventoryRecipient("Mailer", RecipientKind.Processor, "IE", TransferSafeguard.Unspecified, null);
        var inUs = new InventoryRecipient("Mailer", RecipientKind.Processor, "US", TransferSafeguard.StandardContractualClauses, null);

        var diff = Diff(SeedInventories.CustomerEmail(recipients: inEu), SeedInventories.CustomerEmail(recipients: inUs));

        Assert.Equal(new[] { ChangeKind.Widened, ChangeKind.Narrowed }, diff.Changes.Select(c => c.Kind));
        Assert.EndsWith("(new transfer outside the EEA)", diff.Changes[0].Summary, StringComparison.Ordinal);
        Assert.Equal(1, diff.ExitCode);
    }

    [Fact]
    public void Narrowing_only_exits_0_and_says_so()
    {
        var diff = Diff(
            SeedInventories.CustomerEmail(retention: "P5Y", recipients: SeedInventories.Hosting()),
            SeedInventories.CustomerEmail(retention: "P3Y"));

        Assert.Equal(new[] { ChangeKind.Narrowed, ChangeKind.Narrowed }, diff.Changes.Select(c => c.Kind));
        Assert.Equal(0, diff.ExitCode);
        Assert.Contains("No personal data was added and no processing was widened.", DiffWriter.ToMarkdown(diff), StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_change_is_listed_but_does_not_gate()
    {
        var before = SeedInventories.Entry("Shop.Customer", "Email", "string", "Customer", "Contact.Email", LegalBasis.Contract, "P3Y", RetentionStart.EndOfContract, null, SeedInventories.Purposes("Invoicing"), DataSource.ProvidedBySubject, "old");
        var after = SeedInventories.Entry("Shop.Customer", "Email", "string", "Customer", "Contact.Email", LegalBasis.Contract, "P3Y", RetentionStart.EndOfContract, null, SeedInventories.Purposes("Invoicing"), DataSource.ProvidedBySubject, "new");

        var diff = Diff(before, after);

        Assert.Equal((ChangeKind.Changed, "description"), (Only(diff).Kind, Only(diff).Field));
        Assert.Equal(0, diff.ExitCode);
    }

    [Fact]
    public void Json_lists_every_change_with_its_kind()
    {
        var diff = Diff(SeedInventories.CustomerEmail(retention: "P1Y"), SeedInventories.CustomerEmail(retention: "P2Y"));

        Assert.Equal(
            "{\n  \"old\": \"Shop\",\n  \"new\": \"Shop\",\n  \"needsReview\": true,\n  \"exitCode\": 1,\n  \"changes\": [\n    {\n      \"kind\": \"Widened\",\n      \"member\": \"Shop.Customer.Email\",\n      \"field\": \"retention\",\n      \"old\": \"P1Y from EndOfContract\",\n      \"new\": \"P2Y from EndOfContract\",\n      \"summary\": \"retention: 1 year after the end of the contract \\u2192 2 years after the end of the contract (longer)\"\n    }\n  ]\n}\n",
            DiffWriter.ToJson(diff));
    }
}
