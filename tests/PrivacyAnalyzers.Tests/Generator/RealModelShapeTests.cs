using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>
/// Shapes every real code base has, which once crashed the compiler or made the generated code fail to compile (issue
/// 11): each compiles with its generated exporters under warnings-as-errors at warning level 9999, at C# 8 and at the
/// latest version, with no CS8785, and the generator's output does not depend on the culture.
/// </summary>
public sealed class RealModelShapeTests
{
    public static IEnumerable<object[]> Shapes() => new[]
    {
        // A type that enumerates itself (a tree node, Newtonsoft's JToken) made the walk recurse until the stack overflowed.
        Shape("self-enumerating", """
            using System.Collections;
            using System.Collections.Generic;
            namespace Shop
            {
                public class Node : IEnumerable<Node>
                {
                    [PrivacyAnalyzers.PersonalData(Category = "Other")] public string? Label { get; set; }
                    public List<Node> Children { get; } = new List<Node>();
                    public IEnumerator<Node> GetEnumerator() => Children.GetEnumerator();
                    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                }
                public class A : IEnumerable<B> { public IEnumerator<B> GetEnumerator() => null!; IEnumerator IEnumerable.GetEnumerator() => null!; }
                public class B : IEnumerable<A> { public IEnumerator<A> GetEnumerator() => null!; IEnumerator IEnumerable.GetEnumerator() => null!; }
                [PrivacyAnalyzers.DataSubject("Customer")]
                public class Customer
                {
                    [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Email { get; set; }
                    public Node? Tree { get; set; }
                    [PrivacyAnalyzers.PersonalData(Category = "Other")] public Node? AnnotatedTree { get; set; }
                    public A? Mutual { get; set; }
                }
            }
            """),

        // CS0122: a private nested type reached through a private member got a walker naming it.
        Shape("private nested type", """
            namespace Shop
            {
                [PrivacyAnalyzers.DataSubject("Customer")]
                public class Customer
                {
                    [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Email { get; set; }
                    private Secret? secret;
                    private class Secret { [PrivacyAnalyzers.PersonalData(Category = "Other")] public string? Value { get; set; } }
                    public void Touch() => secret = new Secret();
                    public bool HasSecret => secret is object;
                }
            }
            """),

        // CS0618 / CS0612 (a warning, an error under warnings-as-errors) and CS0619 (an error).
        Shape("obsolete members", """
            namespace Shop
            {
                [PrivacyAnalyzers.DataSubject("Customer")]
                public class Customer
                {
                    [System.Obsolete("use Email")] [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Mail { get; set; }
                    [System.Obsolete] [PrivacyAnalyzers.PersonalData(Category = "Contact.Phone")] public string? Phone { get; set; }
                    [System.Obsolete("gone", true)] [PrivacyAnalyzers.PersonalData(Category = "Other")] public string? Fax { get; set; }
                    [System.Obsolete("old")] public OldAddress? Old { get; set; }
                }
                [System.Obsolete("gone", true)]
                public class OldAddress { [PrivacyAnalyzers.PersonalData(Category = "Contact.Address")] public string? Street { get; set; } }
            }
            """),

        // CS8785 (all output lost): hint names that collide, case-insensitively too, and '@' in a namespace.
        Shape("name collisions", """
            #pragma warning disable CS8981 // lower-case type names, as in the model this shape comes from
            namespace Shop
            {
                public class Order
                {
                    [PrivacyAnalyzers.DataSubject("Buyer")]
                    public class Customer { [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Email { get; set; } }
                }
                [PrivacyAnalyzers.DataSubject("Order customer")]
                public class OrderCustomer { [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Email { get; set; } }
                [PrivacyAnalyzers.DataSubject("Customer")]
                public class Customer { [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Email { get; set; } }
                [PrivacyAnalyzers.DataSubject("Taken")]
                public class Visitor { [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Email { get; set; } }
                public static class VisitorPrivacyExporter { }
            }
            namespace shop
            {
                [PrivacyAnalyzers.DataSubject("customer")]
                public class customer { [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Email { get; set; } }
            }
            namespace Shop.@event
            {
                [PrivacyAnalyzers.DataSubject("Attendee")]
                public class Attendee { [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Email { get; set; } }
            }
            """),

        // CS0229: a member declared by two inherited interfaces is ambiguous through the derived interface.
        Shape("diamond interfaces", """
            namespace Shop
            {
                public interface INamed { [PrivacyAnalyzers.PersonalData(Category = "Identity.Name")] string? Name { get; } }
                public interface ILabelled { [PrivacyAnalyzers.PersonalData(Category = "Identity.Name")] string? Name { get; } }
                [PrivacyAnalyzers.DataSubject("Person")]
                public interface IPerson : INamed, ILabelled { }
                [PrivacyAnalyzers.DataSubject("Customer")]
                public class Customer { public IPerson? Contact { get; set; } [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Email { get; set; } public IHolder? Holder { get; set; } }
                public interface IHolder : INamed, ILabelled { }
            }
            """),

        // CS1503: an annotated base field hidden by a derived method of the same name.
        Shape("hidden member", """
            namespace Shop
            {
                public class Person { [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Email; }
                [PrivacyAnalyzers.DataSubject("Customer")]
                public class Customer : Person { public new string Email() => "masked"; }
            }
            """),

        // A line break in the subject's name ended the generated doc comment.
        Shape("line break in a subject name", """
            namespace Shop
            {
                [PrivacyAnalyzers.DataSubject("Customer\nor prospect\r\n<b>&</b>")]
                public class Customer { [PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] public string? Email { get; set; } }
            }
            """),

        // Generic models that expand without end, records, structs and primary constructors.
        Shape("generics records structs", """
            namespace Shop
            {
                public class Box<T> { [PrivacyAnalyzers.PersonalData(Category = "Other")] public string? Label { get; set; } public Box<Box<T>>? Next { get; set; } public T Item { get; set; } = default!; }
                public record Contact([property: PrivacyAnalyzers.PersonalData(Category = "Contact.Email")] string Email);
                public struct Point { [PrivacyAnalyzers.PersonalData(Category = "Location.Precise")] public double Lat; }
                [PrivacyAnalyzers.DataSubject("Customer")]
                public class Customer
                {
                    public Box<Contact>? Box { get; set; }
                    public Point? Where { get; set; }
                    public System.Collections.Generic.Dictionary<Contact, Point[]>? ByContact { get; set; }
                }
            }
            """),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_shape_compiles_cleanly_with_its_exporters_at_the_latest_version(string name, string source)
    {
        _ = name;
        GeneratorRunner.Run(GeneratorRunner.Compile(new[] { source })).AssertCompilesClean();
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_shape_compiles_cleanly_with_its_exporters_at_CSharp_8(string name, string source)
    {
        _ = name;
        var csharp8 = source.Replace("public record Contact([property: PrivacyAnalyzers.PersonalData(Category = \"Contact.Email\")] string Email);", "public class Contact { [PrivacyAnalyzers.PersonalData(Category = \"Contact.Email\")] public string Email { get; set; } = \"\"; }", StringComparison.Ordinal);
        GeneratorRunner.Run(GeneratorRunner.Compile(new[] { csharp8 }, LanguageVersion.CSharp8)).AssertCompilesClean();
    }

    [Fact]
    public void Colliding_names_get_one_exporter_each_with_a_stable_distinct_name()
    {
        var run = GeneratorRunner.Run(GeneratorRunner.Compile(new[] { (string)Shapes().Single(s => (string)s[0] == "name collisions")[1] })).AssertCompilesClean();
        var hints = run.Sources.Keys.Where(k => k.Contains("PrivacyExporter", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, hints.Count);
        Assert.Equal(hints.Count, hints.Select(h => h.ToUpperInvariant()).Distinct().Count());
        Assert.All(hints, h => Assert.Matches("^[A-Za-z0-9._-]+$", h));

        // The top-level type keeps the documented name; the nested one, and the one whose name a user type already has, get a suffix.
        Assert.Contains("Shop.OrderCustomerPrivacyExporter.g.cs", hints);
        Assert.Contains(hints, h => System.Text.RegularExpressions.Regex.IsMatch(h, @"^Shop\.OrderCustomer_[0-9a-f]{8}PrivacyExporter\.g\.cs$"));
        Assert.Contains(hints, h => System.Text.RegularExpressions.Regex.IsMatch(h, @"^Shop\.Visitor_[0-9a-f]{8}PrivacyExporter\.g\.cs$"));
        Assert.Contains(hints, h => h.StartsWith("Shop._event.AttendeePrivacyExporter", StringComparison.Ordinal));
        Assert.Equal(hints.Order(StringComparer.Ordinal), GeneratorRunner.Run(GeneratorRunner.Compile(new[] { (string)Shapes().Single(s => (string)s[0] == "name collisions")[1] })).Sources.Keys.Where(k => k.Contains("PrivacyExporter", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Members_the_exporter_cannot_read_are_reported_and_get_no_walker()
    {
        var run = GeneratorRunner.Run(GeneratorRunner.Compile(new[] { (string)Shapes().Single(s => (string)s[0] == "private nested type")[1] })).AssertCompilesClean();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PRIV030");
        Assert.Equal(
            "'Shop.Customer.secret' leads to personal data ('Shop.Customer.Secret'), but the generated exporters cannot read it (it is private); it is left out of access and portability exports",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain("Secret", run.Source("Shop.CustomerPrivacyExporter.g.cs"), StringComparison.Ordinal);

        var obsolete = GeneratorRunner.Run(GeneratorRunner.Compile(new[] { (string)Shapes().Single(s => (string)s[0] == "obsolete members")[1] })).AssertCompilesClean();
        Assert.Contains(obsolete.GeneratorDiagnostics, d => d.Id == "PRIV030" && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'Shop.Customer.Fax' is personal data", StringComparison.Ordinal)
            && d.GetMessage(CultureInfo.InvariantCulture).Contains("it is marked [Obsolete] as an error", StringComparison.Ordinal));
        var exporter = obsolete.Source("Shop.CustomerPrivacyExporter.g.cs");
        Assert.Contains("value.Mail", exporter, StringComparison.Ordinal);
        Assert.DoesNotContain("value.Fax", exporter, StringComparison.Ordinal);
        Assert.DoesNotContain("OldAddress", exporter, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_output_is_the_same_under_every_culture()
    {
        var sources = Shapes().Select(s => (string)s[1]).Append(ShopSources.Model).ToList();
        string Generate()
        {
            var all = new System.Text.StringBuilder();
            foreach (var source in sources)
            {
                foreach (var pair in GeneratorRunner.Run(source).Sources.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    all.Append(pair.Key).Append('\n').Append(pair.Value);
                }
            }

            return all.ToString();
        }

        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            var invariant = Generate();
            foreach (var culture in new[] { "tr-TR", "ro-RO", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                Assert.True(invariant == Generate(), "The generated output differs under " + culture);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    [Fact]
    public void A_walked_type_of_another_project_is_reported_inside_this_one()
    {
        // In the IDE a project reference is a CompilationReference: the other project's types have source locations
        // in trees this compilation does not contain. A PRIV030 located there points the IDE at a file of another
        // project (or at the wrong line of a file of this one with the same path); it is reported on the subject instead.
        var library = GeneratorRunner.Compile(new[] { """
            namespace Lib
            {
                public class Address
                {
                    [PrivacyAnalyzers.PersonalData(Category = "Contact.Address")] public string? Street { get; set; }
                    [PrivacyAnalyzers.PersonalData(Category = "Other")] internal string? Note { get; set; }
                }
            }
            """ }, assemblyName: "Lib");
        var app = GeneratorRunner.Compile(
            new[] { """
                namespace App
                {
                    [PrivacyAnalyzers.DataSubject("Customer")]
                    public class Customer { public Lib.Address? Home { get; set; } }
                }
                """ },
            references: new[] { library.ToMetadataReference() });
        var run = GeneratorRunner.Run(app).AssertCompilesClean();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "PRIV030");
        Assert.StartsWith("'Lib.Address.Note' is personal data", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line); // App.Customer's declaration, not Lib's line 6
        Assert.Contains("value.Street", run.Source("App.CustomerPrivacyExporter.g.cs"), StringComparison.Ordinal);
    }

    private static object[] Shape(string name, string source) => new object[] { name, source };
}
