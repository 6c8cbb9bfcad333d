using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Export;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>
/// The export boundary is the data subject (issue 11): an export holds the subject's own annotated data and that of the
/// objects that belong to it — never another person's, never a database context's, never a credential's value by default.
/// Every model compiles cleanly with its exporters and every export is read back in all three formats and searched for
/// values that must not be there.
/// </summary>
public sealed class ExportBoundaryTests
{
    private const string People = """
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        namespace People
        {
            public class ShopContext : System.IDisposable
            {
                public List<Customer> Customers { get; } = new List<Customer>();
                public void Dispose() { }
            }

            public abstract class Entity
            {
                protected internal ShopContext? Context { get; set; }
                public ShopContext? PublicContext => Context;
            }

            [DataSubject("Customer")]
            public class Customer : Entity
            {
                [PersonalData(Category = "Contact.Email")] public string? Email { get; set; }
                [PersonalData(Category = "Identity.Name")] public Customer? Referrer { get; set; }
                public Customer? Spouse { get; set; }
                public Registry? Registry { get; set; }
                public List<UserRole> Roles { get; } = new List<UserRole>();
                public List<Address> Addresses { get; } = new List<Address>();
                public System.Linq.IQueryable<Customer>? Query { get; set; }
                [PersonalData(Category = "Credentials.Password")] public string? PasswordHash { get; set; }
                [PersonalData(Category = "Credentials.Secret")] public List<string> RecoveryCodes { get; } = new List<string>();
                public Comment? FirstComment { get; set; }
            }

            public class Registry
            {
                public List<Customer> Everyone { get; } = new List<Customer>();
                [PersonalData(Category = "Contact.Email")] public string? RegistrarEmail { get; set; }
            }

            public class UserRole
            {
                public Role? Role { get; set; }
            }

            public class Role
            {
                [PersonalData(Category = "Other")] public string? Name { get; set; }
                public List<Customer> Users { get; } = new List<Customer>();
            }

            public class Address
            {
                [PersonalData(Category = "Contact.Address")] public string? Street { get; set; }
                public string? Internal { get; set; }
            }

            public class Comment
            {
                [PersonalData(Category = "Content.Message")] public string? Text { get; set; }
                public Comment? Reply { get; set; }
            }

            [DataSubject("Member", ExportCredentials = true)]
            public class Member
            {
                [PersonalData(Category = "Credentials.Password")] public string? PasswordHash { get; set; }
            }
        }

        public static class Probe
        {
            public static void Run(System.IO.Stream stream, PrivacyAnalyzers.Export.ExportFormat format, PrivacyAnalyzers.Export.ExportScope scope)
            {
                var other = new People.Customer { Email = "OTHER-EMAIL", PasswordHash = "OTHER-HASH" };
                other.Addresses.Add(new People.Address { Street = "OTHER-STREET" });
                var me = new People.Customer { Email = "OWN-EMAIL", PasswordHash = "SECRET-HASH", Referrer = other, Spouse = other };
                me.RecoveryCodes.Add("SECRET-CODE");
                me.Addresses.Add(new People.Address { Street = "OWN-STREET", Internal = "UNANNOTATED-INTERNAL" });
                var context = new People.ShopContext();
                context.Customers.Add(other);
                me.Context = context;
                var registry = new People.Registry { RegistrarEmail = "OWN-REGISTRAR" };
                registry.Everyone.Add(other);
                registry.Everyone.Add(me);
                me.Registry = registry;
                var role = new People.Role { Name = "OWN-ROLE" };
                role.Users.Add(other);
                role.Users.Add(me);
                me.Roles.Add(new People.UserRole { Role = role });
                var comments = new People.Comment { Text = "COMMENT-0" };
                var last = comments;
                for (var i = 1; i < 5000; i++)
                {
                    last.Reply = new People.Comment { Text = "COMMENT-" + i };
                    last = last.Reply;
                }

                me.FirstComment = comments;
                People.CustomerPrivacyExporter.Export(me, stream, format, scope);
            }
        }

        public static class MemberProbe
        {
            public static void Run(System.IO.Stream stream, PrivacyAnalyzers.Export.ExportFormat format, PrivacyAnalyzers.Export.ExportScope scope) =>
                People.MemberPrivacyExporter.Export(new People.Member { PasswordHash = "OPTED-IN-HASH" }, stream, format, scope);
        }
        """;

    private static readonly Lazy<GeneratorRun> PeopleRun = new(() => GeneratorRunner.Run(People).AssertCompilesClean());

    private static readonly Lazy<System.Reflection.Assembly> PeopleAssembly = new(() => PeopleRun.Value.Load());

    public static IEnumerable<object[]> Formats() => new[] { new object[] { ExportFormat.Json }, new object[] { ExportFormat.Csv }, new object[] { ExportFormat.Xml } };

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_export_holds_no_value_of_another_person_of_the_database_or_of_an_unannotated_member(ExportFormat format)
    {
        var bytes = GeneratorRunner.Export(PeopleAssembly.Value, format, ExportScope.Access);
        var text = Encoding.UTF8.GetString(bytes);
        foreach (var forbidden in new[] { "OTHER-EMAIL", "OTHER-HASH", "OTHER-STREET", "UNANNOTATED-INTERNAL", "SECRET-HASH", "SECRET-CODE" })
        {
            Assert.DoesNotContain(forbidden, text, StringComparison.Ordinal);
        }

        var values = Flatten(format, bytes);
        Assert.Equal("OWN-EMAIL", values["Email"]);
        Assert.Equal("OWN-STREET", values["Addresses[0].Street"]);
        Assert.Equal("OWN-REGISTRAR", values["Registry.RegistrarEmail"]);
        Assert.Equal("OWN-ROLE", values["Roles[0].Role.Name"]);
        Assert.Equal("(another data subject (Customer): not part of this export)", values["Referrer"]);
        Assert.Equal("(another data subject (Customer): not part of this export)", values["Spouse"]);
        Assert.Equal("(another data subject (Customer): not part of this export)", values["Registry.Everyone"]);
        Assert.Equal("(another data subject (Customer): not part of this export)", values["Roles[0].Role.Users"]);
        Assert.DoesNotContain(values.Keys, k => k.StartsWith("Context", StringComparison.Ordinal) || k.StartsWith("PublicContext", StringComparison.Ordinal) || k.StartsWith("Query", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Credentials_are_named_and_withheld_unless_the_subject_opts_in(ExportFormat format)
    {
        var values = Flatten(format, GeneratorRunner.Export(PeopleAssembly.Value, format, ExportScope.Access));
        Assert.Equal("(withheld: a credential or secret is held but not exported, for security)", values["PasswordHash"]);
        Assert.Equal("(withheld: a credential or secret is held but not exported, for security)", values["RecoveryCodes"]);

        var optedIn = Flatten(format, GeneratorRunner.Export(PeopleAssembly.Value, format, ExportScope.Access, "MemberProbe"));
        Assert.Equal("OPTED-IN-HASH", optedIn["PasswordHash"]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_chain_thousands_deep_is_written_to_the_depth_limit_and_says_what_was_left_out(ExportFormat format)
    {
        var values = Flatten(format, GeneratorRunner.Export(PeopleAssembly.Value, format, ExportScope.Access));
        var comments = values.Where(p => p.Key.StartsWith("FirstComment", StringComparison.Ordinal)).ToList();
        Assert.Contains(comments, p => p.Value == "COMMENT-0");
        // FirstComment is the first level, so the comment at index MaxDepth - 1 is the last one written.
        Assert.Contains(comments, p => p.Value == "COMMENT-" + (PersonalDataWriter.MaxDepth - 1));
        Assert.DoesNotContain(comments, p => p.Value == "COMMENT-" + PersonalDataWriter.MaxDepth);
        var marker = Assert.Single(comments, p => p.Value.StartsWith('('));
        Assert.Equal("(left out: nested deeper than 32 levels)", marker.Value);
        Assert.True(marker.Key.Split('.').Length <= PersonalDataWriter.MaxDepth + 1, "CSV paths are bounded by the depth limit: " + marker.Key.Length);
    }

    [Fact]
    public void The_portability_scope_writes_no_links_and_no_withheld_records()
    {
        var values = Flatten(ExportFormat.Json, GeneratorRunner.Export(PeopleAssembly.Value, ExportFormat.Json, ExportScope.Portability));
        Assert.DoesNotContain(values, p => p.Value.StartsWith("(another", StringComparison.Ordinal) || p.Value.StartsWith("(withheld", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generated_exporter_walks_no_type_of_another_person_or_of_infrastructure()
    {
        var exporter = PeopleRun.Value.Source("People.CustomerPrivacyExporter.g.cs");
        Assert.DoesNotContain("global::People.ShopContext", exporter, StringComparison.Ordinal);
        Assert.DoesNotContain("value.Context", exporter, StringComparison.Ordinal);
        Assert.DoesNotContain("value.Query", exporter, StringComparison.Ordinal);
        Assert.DoesNotContain("writer.WriteString(\"PasswordHash\"", exporter, StringComparison.Ordinal);

        // One walker for the Customer root only: another Customer is a link, never walked.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(exporter, @"private static void Write\d+\(global::PrivacyAnalyzers\.Export\.PersonalDataWriter writer, global::People\.Customer value\)"));
    }

    [Fact]
    public void PRIV033_lists_what_the_exporter_follows_links_withholds_and_refuses()
    {
        var diagnostic = Assert.Single(PeopleRun.Value.GeneratorDiagnostics, d => d.Id == "PRIV033" && d.GetMessage(CultureInfo.InvariantCulture).Contains("'People.Customer'", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("follows: People.Comment.Reply, People.Customer.Addresses, People.Customer.FirstComment, People.Customer.Registry, People.Customer.Roles, People.UserRole.Role.", message, StringComparison.Ordinal);
        Assert.Contains("People.Customer.Referrer (Customer)", message, StringComparison.Ordinal);
        Assert.Contains("People.Registry.Everyone (Customer)", message, StringComparison.Ordinal);
        Assert.Contains("Withheld credentials: People.Customer.PasswordHash, People.Customer.RecoveryCodes", message, StringComparison.Ordinal);
        Assert.Contains("People.Customer.Context (a disposable resource)", message, StringComparison.Ordinal);
        Assert.Contains("People.Customer.Query (a query (IQueryable): enumerating it reads a data store)", message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Flatten(ExportFormat format, byte[] bytes) => format switch
    {
        ExportFormat.Json => ExportFlattener.Json(bytes),
        ExportFormat.Csv => ExportFlattener.Csv(bytes),
        _ => ExportFlattener.Xml(bytes),
    };
}
