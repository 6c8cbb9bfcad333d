using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Tests.Generator;

namespace PrivacyAnalyzers.Tests.Erasure;

/// <summary>
/// The inventory's <c>erasure</c>: each entry's effective erasure action, decided by <c>AnnotationReader.EffectiveErasureAction</c>
/// as the eraser applies it, reaches the compact inventory the assembly carries and reads back; Delete is not written.
/// </summary>
public sealed class ErasureInventoryTests
{
    private const string Source = """
        using System;
        using PrivacyAnalyzers;

        namespace Billing
        {
            [DataSubject("Customer")]
            public class Customer
            {
                [PersonalData("Contact.Email", LegalBasis = LegalBasis.Contract)] public string? Email { get; set; }
                [PersonalData("Financial.Invoice", LegalBasis = LegalBasis.LegalObligation, Retention = "P10Y")] public string? Invoice { get; set; }
                [PersonalData("Identity.TaxId", LegalBasis = LegalBasis.PublicTask)] public string? TaxId { get; set; }
                [PersonalData("Identity.DateOfBirth", LegalBasis = LegalBasis.Contract)] public DateTime? BirthDate { get; set; }
                [PersonalData("Contact.Phone", LegalBasis = LegalBasis.Contract, OnErasure = ErasureAction.RetainForLegalClaims)] public string? Phone { get; set; }
                [PersonalData("Contact.Address", LegalBasis = LegalBasis.Consent, OnErasure = ErasureAction.Retain)] public string? Address { get; set; }
                [PersonalData("Financial.Iban", LegalBasis = LegalBasis.LegalObligation, OnErasure = ErasureAction.Delete)] public string? Iban { get; set; }
            }
        }
        """;

    [Fact]
    public void The_effective_erasure_action_of_each_member_reaches_the_inventory()
    {
        var run = GeneratorRunner.Run(Source);
        var json = (string)run.Load().GetCustomAttributesData().Single(a => a.AttributeType.Name == nameof(PrivacyInventoryJsonAttribute)).ConstructorArguments[0].Value!;
        var actions = InventoryJson.Parse(json).Entries.ToDictionary(e => e.Member, e => e.Erasure);

        Assert.Equal(
            new Dictionary<string, ErasureAction>
            {
                ["Address"] = ErasureAction.Delete, // Retain on consent: PRIV041, deleted
                ["BirthDate"] = ErasureAction.Anonymise,
                ["Email"] = ErasureAction.Delete,
                ["Iban"] = ErasureAction.Delete, // explicit OnErasure wins over the legal obligation
                ["Invoice"] = ErasureAction.Retain,
                ["Phone"] = ErasureAction.RetainForLegalClaims,
                ["TaxId"] = ErasureAction.Retain,
            },
            actions);
        Assert.Contains("\"erasure\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_is_the_absent_value_and_the_readable_form_writes_only_the_others()
    {
        var run = GeneratorRunner.Run(Source);
        var json = (string)run.Load().GetCustomAttributesData().Single(a => a.AttributeType.Name == nameof(PrivacyInventoryJsonAttribute)).ConstructorArguments[0].Value!;
        var readable = InventoryJson.ToJson(InventoryJson.Parse(json));

        Assert.Contains("\"erasure\": \"Retain\"", readable, StringComparison.Ordinal);
        Assert.Contains("\"erasure\": \"RetainForLegalClaims\"", readable, StringComparison.Ordinal);
        Assert.Contains("\"erasure\": \"Anonymise\"", readable, StringComparison.Ordinal);
        Assert.DoesNotContain("\"erasure\": \"Delete\"", readable, StringComparison.Ordinal);
        Assert.Equal(4, readable.Split("\"erasure\"").Length - 1);
        Assert.Equal(readable, InventoryJson.ToJson(InventoryJson.Parse(readable)));
    }

    [Fact]
    public void An_inventory_without_erasure_reads_as_delete_and_an_unknown_value_is_a_clear_error()
    {
        const string without = "{\"schemaVersion\":1,\"assembly\":\"A\",\"entries\":[{\"type\":\"T\",\"member\":\"M\",\"memberType\":\"string\"}]}";
        Assert.Equal(ErasureAction.Delete, Assert.Single(InventoryJson.Parse(without).Entries).Erasure);

        const string unknown = "{\"schemaVersion\":1,\"assembly\":\"A\",\"entries\":[{\"type\":\"T\",\"member\":\"M\",\"memberType\":\"string\",\"erasure\":\"Keep\"}]}";
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJson.Parse(unknown, "inventory.json"));
        Assert.Contains("entry T.M: 'erasure' has the unknown value 'Keep'", error.Message, StringComparison.Ordinal);
    }
}
