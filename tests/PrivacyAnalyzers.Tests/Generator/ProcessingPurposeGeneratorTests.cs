using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Generator;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>
/// Issue 15, point 3: a purpose set on a type used to be written under every member of the type. [ProcessingPurpose]
/// names the members a purpose uses; the inventory gives each member its own purposes (own, else the type's, else the
/// assembly's, then the [ProcessingPurpose]s that name it), for plain, partial, record and generic types, and the
/// generator's per-member steps stay cached when nothing about them changed.
/// </summary>
public sealed class ProcessingPurposeGeneratorTests
{
    private const string AccountUser = """
        using PrivacyAnalyzers;

        namespace Crm
        {
            [DataSubject("Account user", Purpose = "Running the CRM account")]
            [ProcessingPurpose("Secure log-in to the account", nameof(Username), nameof(Email), nameof(PasswordHash))]
            [ProcessingPurpose("Showing the delegate on the invoices; Personalising the documents", nameof(Name), nameof(Cnp))]
            public class AccountUser
            {
                [PersonalData("Identity.Name")] public string Name { get; set; } = "";
                [PersonalData("Online.Username")] public string Username { get; set; } = "";
                [PersonalData("Contact.Email", Purpose = "Sending service messages")] public string Email { get; set; } = "";
                [PersonalData("Credentials.Password")] public string PasswordHash { get; set; } = "";
                [PersonalData("Identity.NationalId")] public string? Cnp { get; set; }
                [PersonalData("Contact.Phone")] public string? Phone { get; set; }
            }
        }
        """;

    [Fact]
    public void A_type_level_purpose_reaches_only_the_members_it_names()
    {
        var entries = Entries(GeneratorRunner.Run(AccountUser));

        Assert.Equal(new[] { "Running the CRM account", "Secure log-in to the account" }, entries[("Crm.AccountUser", "Username")].Purposes);
        Assert.Equal(new[] { "Running the CRM account", "Secure log-in to the account" }, entries[("Crm.AccountUser", "PasswordHash")].Purposes);
        Assert.Equal(new[] { "Running the CRM account", "Showing the delegate on the invoices", "Personalising the documents" }, entries[("Crm.AccountUser", "Cnp")].Purposes);
        Assert.Equal(new[] { "Running the CRM account" }, entries[("Crm.AccountUser", "Phone")].Purposes);
    }

    [Fact]
    public void A_member_s_own_purpose_replaces_the_type_s_and_a_processing_purpose_that_names_it_adds_to_it()
    {
        var entries = Entries(GeneratorRunner.Run(AccountUser));

        Assert.Equal(new[] { "Sending service messages", "Secure log-in to the account" }, entries[("Crm.AccountUser", "Email")].Purposes);
    }

    [Fact]
    public void Without_a_type_purpose_a_member_no_processing_purpose_names_keeps_the_assembly_default_and_the_same_purpose_is_written_once()
    {
        var entries = Entries(GeneratorRunner.Run(
            "[assembly: PrivacyAnalyzers.PersonalDataDefaults(Purpose = \"Providing the service\")]",
            """
            using PrivacyAnalyzers;
            [ProcessingPurpose("Log-in", nameof(Login))]
            [ProcessingPurpose("Log-in; Providing the service", nameof(Login), nameof(Other))]
            public class Account
            {
                [PersonalData("Online.Username")] public string Login { get; set; } = "";
                [PersonalData("Contact.Phone")] public string Other { get; set; } = "";
                [PersonalData("Contact.Email")] public string Unnamed { get; set; } = "";
            }
            """));

        Assert.Equal(new[] { "Providing the service", "Log-in" }, entries[("Account", "Login")].Purposes);
        Assert.Equal(new[] { "Providing the service", "Log-in" }, entries[("Account", "Other")].Purposes);
        Assert.Equal(new[] { "Providing the service" }, entries[("Account", "Unnamed")].Purposes);
    }

    [Fact]
    public void Partial_types_record_positional_parameters_and_generic_types_carry_the_named_purposes()
    {
        var run = GeneratorRunner.Run(
            """
            using PrivacyAnalyzers;
            namespace Shop;
            [DataSubject("Customer")]
            [ProcessingPurpose("Delivery", nameof(Address))]
            public partial class Customer
            {
                [PersonalData("Contact.Email")] public string Email { get; set; } = "";
            }
            """,
            """
            using PrivacyAnalyzers;
            namespace Shop;
            [ProcessingPurpose("Newsletter", nameof(Email))]
            public partial class Customer
            {
                [PersonalData("Location.Address")] public string Address { get; set; } = "";
            }

            [DataSubject("Visitor")]
            [ProcessingPurpose("Answering the contact form", nameof(Email), nameof(Name))]
            public sealed record Visitor([PersonalData("Contact.Email")] string Email, [property: PersonalData("Identity.Name")] string Name, [PersonalData("Contact.Phone")] string Phone);

            [ProcessingPurpose("Matching the lead", nameof(Value))]
            public sealed class Tagged<T>
            {
                [PersonalData("Contact.Email")] public string Value { get; set; } = "";
                [PersonalData("Contact.Phone")] public T? Extra { get; set; }
            }
            """);
        run.AssertCompilesClean();
        var entries = Entries(run);

        Assert.Equal(new[] { "Newsletter" }, entries[("Shop.Customer", "Email")].Purposes);
        Assert.Equal(new[] { "Delivery" }, entries[("Shop.Customer", "Address")].Purposes);
        Assert.Equal(new[] { "Answering the contact form" }, entries[("Shop.Visitor", "Email")].Purposes);
        Assert.Equal(new[] { "Answering the contact form" }, entries[("Shop.Visitor", "Name")].Purposes);
        Assert.Empty(entries[("Shop.Visitor", "Phone")].Purposes);
        var tagged = entries.Where(e => e.Key.Type.StartsWith("Shop.Tagged", StringComparison.Ordinal)).ToDictionary(e => e.Key.Member, e => e.Value);
        Assert.Equal(new[] { "Matching the lead" }, tagged["Value"].Purposes);
        Assert.Empty(tagged["Extra"].Purposes);
    }

    [Fact]
    public void The_inventory_json_carries_the_named_purposes_per_member()
    {
        var run = GeneratorRunner.Run(AccountUser);
        var inventory = run.AssertCompilesClean().Load();
        var type = inventory.GetTypes().Single(t => t.Name == "AssemblyPrivacyInventory");
        var json = (string)type.GetProperty("Json")!.GetValue(null)!;
        var parsed = PrivacyAnalyzers.Inventory.InventoryJson.Parse(json);

        Assert.Equal(new[] { "Running the CRM account" }, parsed.Entries.Single(e => e.Member == "Phone").Purposes);
        Assert.Equal(new[] { "Running the CRM account", "Secure log-in to the account" }, parsed.Entries.Single(e => e.Member == "Username").Purposes);

        // The readable form (version 1) reads back to the same purposes: `privacy diff` between the two finds nothing.
        var readable = PrivacyAnalyzers.Inventory.InventoryJson.Parse(PrivacyAnalyzers.Inventory.InventoryJson.ToJson(parsed));
        Assert.Equal(parsed.Entries.Select(e => string.Join("|", e.Purposes)), readable.Entries.Select(e => string.Join("|", e.Purposes)));
    }

    [Fact]
    public void Editing_a_processing_purpose_in_another_partial_file_changes_the_named_members_purposes()
    {
        const string Members = """
            using PrivacyAnalyzers;
            namespace Shop;
            [DataSubject("Customer")]
            public partial class Customer
            {
                [PersonalData("Contact.Email")] public string Email { get; set; } = "";
                [PersonalData("Location.Address")] public string Address { get; set; } = "";
                public void Touch() { }
            }
            """;
        const string Purposes = """
            namespace Shop;
            [PrivacyAnalyzers.ProcessingPurpose("Delivery", nameof(Address))]
            public partial class Customer { }
            """;
        var compilation = GeneratorRunner.Compile(new[] { Members, Purposes });
        var first = GeneratorRunner.Run(compilation);
        var purposesTree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(purposesTree, purposesTree.WithChangedText(SourceText.From(Purposes.Replace("nameof(Address)", "nameof(Email)", StringComparison.Ordinal))));

        var second = GeneratorRunner.Run(edited, first.Driver);

        Assert.Equal(new[] { "Delivery" }, Entries(first)[("Shop.Customer", "Address")].Purposes);
        Assert.Empty(Entries(second)[("Shop.Customer", "Address")].Purposes);
        Assert.Equal(new[] { "Delivery" }, Entries(second)[("Shop.Customer", "Email")].Purposes);
    }

    [Fact]
    public void An_edit_that_changes_no_annotation_leaves_every_member_step_and_the_inventory_cached()
    {
        var compilation = GeneratorRunner.Compile(new[] { AccountUser });
        var first = GeneratorRunner.Run(compilation);
        var tree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(AccountUser.Replace("public string? Phone { get; set; }", "public string? Phone { get; set; }\n        public int Count() => 1;", StringComparison.Ordinal))));

        var second = GeneratorRunner.Run(edited, first.Driver);

        var steps = second.Result.Results.Single().TrackedSteps;
        Assert.All(
            steps[TrackingNames.PersonalDataMembers].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"A member's step was {o.Reason}."));
        Assert.True(steps[TrackingNames.Inventory].Single().Outputs.Single().Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    private static Dictionary<(string Type, string Member), EntryModel> Entries(GeneratorRun run)
    {
        var model = (InventoryModel)run.Result.Results.Single().TrackedSteps[TrackingNames.Inventory].Single().Outputs.Single().Value;
        return model.Entries.ToDictionary(e => (e.Type, e.Member));
    }
}
