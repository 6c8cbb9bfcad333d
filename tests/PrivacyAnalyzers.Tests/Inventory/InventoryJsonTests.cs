using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Tests.Inventory;

public sealed class InventoryJsonTests
{
    private static PrivacyInventory Sample() => new(
        "Shop",
        new InventoryController("Exemplu SRL", address: "Str. Exemplu 1, Cluj-Napoca", country: "RO", dpoEmail: "dpo@exemplu.ro"),
        new[] { new InventorySubject("Customer", "Shop.Customer", "People who buy from the shop") },
        new[] { new InventoryCategory("Loyalty.Points", "Loyalty points", false) },
        new[]
        {
            new InventoryEntry(
                "Shop.Customer", "Email", "string", "Customer", "Contact.Email", LegalBasis.Contract, "P3Y", RetentionStart.EndOfContract, null,
                new[] { "Invoicing", "Delivery" }, DataSource.ProvidedBySubject, "Login and invoices", SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified,
                new[] { new InventoryRecipient("OVH SAS", RecipientKind.Processor, "FR", TransferSafeguard.Unspecified, "Hosting") },
                "PersonalData"),
        });

    [Fact]
    public void Round_trip_keeps_every_value()
    {
        var json = InventoryJson.ToJson(Sample());
        var read = InventoryJson.Parse(json);

        Assert.Equal("Shop", read.Assembly);
        Assert.Equal("dpo@exemplu.ro", read.Controller!.DpoEmail);
        var entry = Assert.Single(read.Entries);
        Assert.Equal(("Shop.Customer", "Email", "Contact.Email"), (entry.Type, entry.Member, entry.Category));
        Assert.Equal(LegalBasis.Contract, entry.LegalBasis);
        Assert.Equal(RetentionStart.EndOfContract, entry.RetentionFrom);
        Assert.Equal(new[] { "Invoicing", "Delivery" }, entry.Purposes);
        Assert.Equal("FR", Assert.Single(entry.Recipients).Country);
        Assert.Equal(json, InventoryJson.ToJson(read));
    }

    [Fact]
    public void Json_names_the_fideslang_category_and_writes_enums_as_names()
    {
        var json = InventoryJson.ToJson(Sample());
        Assert.Contains("\"fidesCategory\": \"user.contact.email\"", json, StringComparison.Ordinal);
        Assert.Contains("\"legalBasis\": \"Contract\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\": 1", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "is a JSON object")]
    [InlineData("{\"assembly\":\"A\"}", "no 'schemaVersion'")]
    [InlineData("{\"schemaVersion\":99,\"assembly\":\"A\"}", "schema version 99 is not supported")]
    [InlineData("{\"schemaVersion\":1,\"assembly\":\"A\",\"entries\":[{\"type\":\"T\",\"member\":\"M\",\"memberType\":\"string\",\"legalBasis\":\"Contrat\"}]}", "entry T.M: 'legalBasis' has the unknown value 'Contrat'")]
    public void Bad_documents_get_a_clear_error_naming_the_source(string json, string expected)
    {
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJson.Parse(json, "bin/inventory.json"));
        Assert.StartsWith("bin/inventory.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
