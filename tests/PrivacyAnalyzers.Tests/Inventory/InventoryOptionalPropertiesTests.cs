using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Tests.Inventory;

/// <summary>Optional properties added within schema version 1: written only when stated, read back, absent otherwise.</summary>
public sealed class InventoryOptionalPropertiesTests
{
    private static PrivacyInventory With(string? alternative, RetentionStart alternativeFrom, RetentionCombination combination, string? transferDetails) => new(
        "IotShop",
        null,
        Array.Empty<InventorySubject>(),
        Array.Empty<InventoryCategory>(),
        new[]
        {
            new InventoryEntry(
                "IotShop.Lead", "Email", "string", "Lead", "Contact.Email", LegalBasis.LegitimateInterests, "P12M", RetentionStart.LastActivity, "six consecutive unanswered marketing communications",
                new[] { "Marketing" }, DataSource.ProvidedBySubject, null, SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified,
                new[] { new InventoryRecipient("Google Analytics", RecipientKind.Processor, "US", TransferSafeguard.AdequacyDecision, "Analytics", transferDetails) },
                "PersonalData",
                alternative,
                alternativeFrom,
                combination),
        });

    [Fact]
    public void Alternative_retention_and_transfer_details_round_trip()
    {
        var json = InventoryJson.ToJson(With("P0D", RetentionStart.UnansweredCommunications, RetentionCombination.WhicheverIsSooner, "EU-US Data Privacy Framework"));
        Assert.Contains("\"alternativeRetentionFrom\": \"UnansweredCommunications\"", json, StringComparison.Ordinal);

        var entry = Assert.Single(InventoryJson.Parse(json).Entries);
        Assert.Equal("P0D", entry.AlternativeRetention);
        Assert.Equal(RetentionStart.UnansweredCommunications, entry.AlternativeRetentionFrom);
        Assert.Equal(RetentionCombination.WhicheverIsSooner, entry.RetentionCombination);
        Assert.Equal("EU-US Data Privacy Framework", Assert.Single(entry.Recipients).TransferDetails);
        Assert.Equal(json, InventoryJson.ToJson(InventoryJson.Parse(json)));
    }

    [Fact]
    public void Unstated_optional_properties_are_not_written()
    {
        var json = InventoryJson.ToJson(With(null, RetentionStart.Unspecified, RetentionCombination.Unspecified, null));

        Assert.DoesNotContain("alternativeRetention", json, StringComparison.Ordinal);
        Assert.DoesNotContain("retentionCombination", json, StringComparison.Ordinal);
        Assert.DoesNotContain("transferDetails", json, StringComparison.Ordinal);
        var entry = Assert.Single(InventoryJson.Parse(json).Entries);
        Assert.Null(entry.AlternativeRetention);
        Assert.Equal(RetentionCombination.Unspecified, entry.RetentionCombination);
    }

    [Fact]
    public void Unknown_combination_is_a_clear_error()
    {
        const string json = "{\"schemaVersion\":1,\"assembly\":\"A\",\"entries\":[{\"type\":\"T\",\"member\":\"M\",\"memberType\":\"string\",\"retentionCombination\":\"Sooner\"}]}";
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJson.Parse(json, "inventory.json"));
        Assert.Contains("entry T.M: 'retentionCombination' has the unknown value 'Sooner'", error.Message, StringComparison.Ordinal);
    }
}
