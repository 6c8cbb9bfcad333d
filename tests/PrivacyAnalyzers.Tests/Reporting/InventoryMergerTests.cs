using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tests.Reporting;

public sealed class InventoryMergerTests
{
    private static PrivacyInventory Web() => SeedInventories.SmartCity();

    private static PrivacyInventory Billing() => new(
        "CityManager.Billing",
        SeedInventories.SmartCityController(),
        new[] { new InventorySubject("Customer", "CityManager.Billing.Invoice", null) },
        new[] { new InventoryCategory("Billing.InvoiceNumber", "invoice number", false) },
        new[]
        {
            SeedInventories.Entry("CityManager.Billing.Invoice", "Iban", "string", "Customer", "Financial.BankAccount", LegalBasis.LegalObligation, "P5Y", RetentionStart.EndOfContract, null,
                SeedInventories.Purposes("Accounting"), DataSource.ProvidedBySubject, "IBAN"),
            SeedInventories.Entry("CityManager.Billing.Invoice", "Number", "string", "Customer", "Billing.InvoiceNumber", LegalBasis.LegalObligation, "P5Y", RetentionStart.EndOfContract, null,
                SeedInventories.Purposes("Accounting"), DataSource.Derived, null),
        });

    [Fact]
    public void Merging_is_independent_of_input_order()
    {
        var a = InventoryMerger.Merge(new[] { Web(), Billing() }).Inventory;
        var b = InventoryMerger.Merge(new[] { Billing(), Web() }).Inventory;

        Assert.Equal(InventoryJson.ToJson(a), InventoryJson.ToJson(b));
        Assert.Equal("CityManager.Billing; CityManager.Web", a.Assembly);
        Assert.Equal(a.Entries.OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Member, StringComparer.Ordinal).Select(e => e.Type + "." + e.Member), a.Entries.Select(e => e.Type + "." + e.Member));
        Assert.Equal(Web().Entries.Count + 2, a.Entries.Count);
        Assert.Equal(new[] { "Customer", "Customer", "Enquirer", "Website visitor" }, a.Subjects.Select(s => s.Name));
        Assert.Equal("Billing.InvoiceNumber", Assert.Single(a.DeclaredCategories).Id);
        Assert.Equal(PrivacyReport.Render(a, ReportFormat.Markdown, ReportLanguage.Romanian), PrivacyReport.Render(b, ReportFormat.Markdown, ReportLanguage.Romanian));
    }

    [Fact]
    public void The_same_inventory_given_twice_is_counted_once()
    {
        var merged = InventoryMerger.Merge(new[] { Web(), Web() });

        Assert.Equal(Web().Entries.Count, merged.Inventory.Entries.Count);
        Assert.Equal("CityManager.Web", merged.Inventory.Assembly);
        Assert.Empty(merged.Warnings);
    }

    [Fact]
    public void A_different_controller_is_reported_and_the_first_by_assembly_name_wins()
    {
        var other = new PrivacyInventory("Another.App", new InventoryController("Other SRL"), System.Array.Empty<InventorySubject>(), System.Array.Empty<InventoryCategory>(),
            new[] { SeedInventories.CustomerEmail() });

        var merged = InventoryMerger.Merge(new[] { Web(), other });

        Assert.Equal("Other SRL", merged.Inventory.Controller!.Name);
        var warning = Assert.Single(merged.Warnings);
        Assert.Equal("CityManager.Web declares the controller 'SmartCitySolutions SRL', which differs from 'Other SRL' declared by Another.App; the merged inventory uses the latter.", warning);
    }

    [Fact]
    public void Nothing_to_merge_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => InventoryMerger.Merge(System.Array.Empty<PrivacyInventory>()));
    }
}
