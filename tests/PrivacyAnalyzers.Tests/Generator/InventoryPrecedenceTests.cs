using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Generator;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>
/// The inventory applies the defaults after reading each member's own attributes (issue 14, item 2): a member's own
/// values win, then its type's [DataSubject] (its own or a base type's), then the assembly's [PersonalDataDefaults];
/// recipients come from the member, its type and base types, and the assembly, filtered by the categories they receive.
/// </summary>
public sealed class InventoryPrecedenceTests
{
    private const string Defaults = """
        [assembly: PrivacyAnalyzers.PersonalDataDefaults(LegalBasis = PrivacyAnalyzers.LegalBasis.LegitimateInterests, Retention = "P3Y", Purpose = "Support; Billing", Source = PrivacyAnalyzers.DataSource.ProvidedBySubject)]
        [assembly: PrivacyAnalyzers.Recipient("Mailer", Kind = PrivacyAnalyzers.RecipientKind.Processor, Categories = "Contact")]
        [assembly: PrivacyAnalyzers.Recipient("Auditor", Kind = PrivacyAnalyzers.RecipientKind.ThirdParty)]
        """;

    private const string Model = """
        using PrivacyAnalyzers;

        namespace Shop
        {
            [DataSubject("Customer", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
            [Recipient("Courier", Kind = RecipientKind.Processor, Categories = "Location")]
            public class Person
            {
                [PersonalData("Contact.Email", Retention = "P2Y")] public string? Email { get; set; }
                [PersonalData("Location.Address")] public string? Address;
            }

            public class Employee : Person
            {
                [PersonalData("Identity.Name", LegalBasis = LegalBasis.LegalObligation)] public string Name { get; set; } = "";
                [PersonalData("Identity.DateOfBirth")] public System.DateTime Born { get; set; }
            }

            public class Order
            {
                [Recipient("Bank", Kind = RecipientKind.ThirdParty)]
                [PersonalData("Financial.Iban", Purpose = "Payment")] public string? Iban { get; set; }
            }
        }
        """;

    [Fact]
    public void Member_then_type_then_assembly()
    {
        var entries = Entries(GeneratorRunner.Run(Defaults, Model));

        var email = entries[("Shop.Person", "Email")];
        Assert.Equal(("Customer", "Contract", "P2Y", "ProvidedBySubject", "Delete"), (email.DataSubject, email.LegalBasis, email.Retention, email.Source, email.Erasure));
        Assert.Equal(new[] { "Support", "Billing" }, email.Purposes);
        Assert.Equal(new[] { "Auditor", "Mailer" }, email.Recipients.Select(r => r.Name));

        var address = entries[("Shop.Person", "Address")];
        Assert.Equal(("Customer", "Contract", "P1Y"), (address.DataSubject, address.LegalBasis, address.Retention));
        Assert.Equal(new[] { "Auditor", "Courier" }, address.Recipients.Select(r => r.Name));

        // [DataSubject] and [Recipient] of a base type apply to the derived type's members.
        var name = entries[("Shop.Employee", "Name")];
        Assert.Equal(("Customer", "LegalObligation", "P1Y", "Retain"), (name.DataSubject, name.LegalBasis, name.Retention, name.Erasure));
        Assert.Equal(new[] { "Auditor" }, name.Recipients.Select(r => r.Name));
        Assert.Equal("Anonymise", entries[("Shop.Employee", "Born")].Erasure);

        var iban = entries[("Shop.Order", "Iban")];
        Assert.Equal(((string?)null, "LegitimateInterests", "P3Y", "ProvidedBySubject"), (iban.DataSubject, iban.LegalBasis, iban.Retention, iban.Source));
        Assert.Equal(new[] { "Payment" }, iban.Purposes);
        Assert.Equal(new[] { "Auditor", "Bank" }, iban.Recipients.Select(r => r.Name));
    }

    [Fact]
    public void A_recipient_stated_at_several_levels_is_listed_once_and_equal_names_keep_the_order_they_were_found_in()
    {
        // The same recipient on the member, its type and the assembly is one recipient; two recipients that differ only
        // in what the order does not look at (the safeguard) keep member, type, assembly order; names sort ordinally.
        const string Sources = """
            [assembly: PrivacyAnalyzers.Recipient("Auditor", Kind = PrivacyAnalyzers.RecipientKind.ThirdParty)]
            [assembly: PrivacyAnalyzers.Recipient("Cloud", Kind = PrivacyAnalyzers.RecipientKind.Processor, Country = "US", Safeguard = PrivacyAnalyzers.TransferSafeguard.StandardContractualClauses)]
            namespace Shop
            {
                using PrivacyAnalyzers;

                [Recipient("Auditor", Kind = RecipientKind.ThirdParty)]
                public class Account
                {
                    [Recipient("Auditor", Kind = RecipientKind.ThirdParty)]
                    [Recipient("Cloud", Kind = RecipientKind.Processor, Country = "US", Safeguard = TransferSafeguard.AdequacyDecision)]
                    [Recipient("zeta", Kind = RecipientKind.Processor)]
                    [PersonalData("Contact.Email")] public string? Email { get; set; }

                    [PersonalData("Contact.Phone")] public string? Phone { get; set; }
                }
            }
            """;
        var entries = Entries(GeneratorRunner.Run(Sources));

        var email = entries[("Shop.Account", "Email")];
        Assert.Equal(new[] { "Auditor", "Cloud", "Cloud", "zeta" }, email.Recipients.Select(r => r.Name));
        Assert.Equal(new[] { "AdequacyDecision", "StandardContractualClauses" }, email.Recipients.Where(r => r.Name == "Cloud").Select(r => r.Safeguard));

        var phone = entries[("Shop.Account", "Phone")];
        Assert.Equal(new[] { "Auditor", "Cloud" }, phone.Recipients.Select(r => r.Name));
    }

    [Fact]
    public void Editing_the_assembly_defaults_changes_the_inventory_and_leaves_every_member_step_cached()
    {
        var compilation = GeneratorRunner.Compile(new[] { Defaults, Model });
        var first = GeneratorRunner.Run(compilation);
        var tree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(Defaults.Replace("Retention = \"P3Y\"", "Retention = \"P5Y\"", StringComparison.Ordinal))));

        var second = GeneratorRunner.Run(edited, first.Driver);

        var steps = second.Result.Results.Single().TrackedSteps;
        Assert.All(
            steps[TrackingNames.PersonalDataMembers].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"A member's step was {o.Reason}."));
        Assert.Equal(IncrementalStepRunReason.Modified, steps[TrackingNames.Inventory].Single().Outputs.Single().Reason);
        Assert.Equal("P3Y", Entries(first)[("Shop.Order", "Iban")].Retention);
        Assert.Equal("P5Y", Entries(second)[("Shop.Order", "Iban")].Retention);
        Assert.Equal("P1Y", Entries(second)[("Shop.Person", "Address")].Retention);
    }

    [Fact]
    public void Member_types_that_differ_only_in_nullability_or_tuple_names_are_written_apart()
    {
        // The member type's text is built once per distinct type; types that differ only in nullability or tuple names
        // must not share it.
        var entries = Entries(GeneratorRunner.Run("""
            using PrivacyAnalyzers;
            namespace Shop
            {
                public class Contact
                {
                    [PersonalData("Contact.Email")] public string? Email { get; set; }
                    [PersonalData("Contact.Phone")] public string Phone { get; set; } = "";
                    [PersonalData("Location.Address")] public (int Street, int Number) Address { get; set; }
                    [PersonalData("Location.City")] public (int Zip, int Code) City { get; set; }
                    [PersonalData("Misc.Notes")] public System.Collections.Generic.List<string?> Notes { get; } = new();
                    [PersonalData("Misc.Tags")] public System.Collections.Generic.List<string> Tags { get; } = new();
            #nullable disable
                    [PersonalData("Identity.Name")] public string Name { get; set; }
            #nullable restore
                }
            }
            """));

        Assert.Equal("string?", entries[("Shop.Contact", "Email")].MemberType);
        Assert.Equal("string", entries[("Shop.Contact", "Phone")].MemberType);
        Assert.Equal("string", entries[("Shop.Contact", "Name")].MemberType);
        Assert.Equal("(int Street, int Number)", entries[("Shop.Contact", "Address")].MemberType);
        Assert.Equal("(int Zip, int Code)", entries[("Shop.Contact", "City")].MemberType);
        Assert.Equal("System.Collections.Generic.List<string?>", entries[("Shop.Contact", "Notes")].MemberType);
        Assert.Equal("System.Collections.Generic.List<string>", entries[("Shop.Contact", "Tags")].MemberType);
    }

    private static Dictionary<(string Type, string Member), EntryModel> Entries(GeneratorRun run)
    {
        var model = (InventoryModel)run.Result.Results.Single().TrackedSteps[TrackingNames.Inventory].Single().Outputs.Single().Value;
        return model.Entries.ToDictionary(e => (e.Type, e.Member));
    }
}
