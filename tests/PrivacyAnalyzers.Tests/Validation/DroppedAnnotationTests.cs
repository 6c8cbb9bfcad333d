using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Harness;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>PRIV016: an override or interface implementation that drops the personal-data annotation of its base.</summary>
public sealed class DroppedAnnotationTests
{
    internal static AnalyzerTest Test() => new AnalyzerTest().WithAnalyzer<DroppedAnnotationAnalyzer>();

    [Fact]
    public Task An_override_without_the_annotation_is_reported() =>
        Test().WithSource("""
            using PrivacyAnalyzers;
            public abstract class Person { [PersonalData("Identity.Name")] public abstract string Name { get; set; } }
            public class Customer : Person { public override string [|Name|] { get; set; } = ""; }
            public class Employee : Person { [PersonalData("Identity.Name")] public override string Name { get; set; } = ""; }
            """)
            .WithExpected(new ExpectedDiagnostic("'Customer.Name' drops the [PersonalData] annotation of 'Person.Name'", DiagnosticSeverity.Warning))
            .RunAsync();

    [Fact]
    public Task Implicit_and_explicit_interface_implementations_are_reported() =>
        Test().WithSource("""
            using PrivacyAnalyzers;
            public interface IHasEmail { [PersonalData("Contact.Email")] string Email { get; } }
            public class Customer : IHasEmail { public string [|Email|] { get; set; } = ""; }
            public class Lead : IHasEmail { string IHasEmail.[|Email|] => ""; }
            public class Annotated : IHasEmail { [PersonalData("Contact.Email")] public string Email { get; set; } = ""; }
            """)
            .WithMessages("'Customer.Email' drops the [PersonalData] annotation of 'IHasEmail.Email'", "'Lead.IHasEmail.Email' drops the [PersonalData] annotation of 'IHasEmail.Email'")
            .RunAsync();

    [Fact]
    public Task NotPersonalData_on_the_override_is_a_deliberate_decision() =>
        Test().WithSource("""
            using PrivacyAnalyzers;
            public abstract class Person { [PersonalData] public abstract string Name { get; } }
            public class Company : Person { [NotPersonalData("A company's name")] public override string Name => "Acme"; }
            [NotPersonalData("Test double")] public class Fake : Person { public override string Name => "x"; }
            """).RunAsync();

    [Fact]
    public Task The_nearest_annotated_base_in_a_chain_is_named() =>
        Test().WithSource("""
            using PrivacyAnalyzers;
            public class A { [PersonalData("Contact.Phone")] public virtual string Phone { get; set; } = ""; }
            public class B : A { [PersonalData("Contact.Phone")] public override string Phone { get; set; } = ""; }
            public class C : B { public override string [|Phone|] { get; set; } = ""; }
            """)
            .WithMessages("'C.Phone' drops the [PersonalData] annotation of 'B.Phone'")
            .RunAsync();

    [Fact]
    public Task A_base_in_a_referenced_assembly_is_read_from_metadata() =>
        Test()
            .WithReferencedSource("""
                using PrivacyAnalyzers;
                public interface IContact { [PersonalData("Contact.Email")] string Email { get; } }
                public abstract class PersonBase { [PersonalData("Identity.Name")] public abstract string Name { get; } }
                """)
            .WithSource("""
                public class Customer : PersonBase, IContact
                {
                    public string [|Email|] => "";
                    public override string [|Name|] => "";
                }
                """).RunAsync();

    [Fact]
    public Task Generic_interfaces_and_records_with_positional_parameters() =>
        Test().WithSource("""
            using PrivacyAnalyzers;
            public interface IHas<T> { [PersonalData] T Value { get; } }
            public class Box : IHas<string> { public string [|Value|] => ""; }
            public interface IHasEmail { [PersonalData("Contact.Email")] string Email { get; } }
            public record Customer(string [|Email|]) : IHasEmail;
            public record Lead([PersonalData("Contact.Email")] string Email) : IHasEmail;
            """).RunAsync();

    [Fact]
    public Task Partial_types_and_interop_markers() =>
        Test()
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource("""
                public interface IUser { [Microsoft.AspNetCore.Identity.PersonalData] string Email { get; } }
                public partial class User : IUser { }
                """)
            .WithSource("""
                public partial class User { public string [|Email|] => ""; }
                public class Other : IUser { [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string Email => ""; }
                """)
            .WithMessages("'User.Email' drops the [PersonalData] annotation of 'IUser.Email'")
            .RunAsync();

    [Fact]
    public Task Unannotated_bases_and_unrelated_members_are_not_reported() =>
        Test().WithSource("""
            using PrivacyAnalyzers;
            public abstract class Shape { public abstract string Name { get; } }
            public class Circle : Shape { public override string Name => "circle"; }
            public interface INamed { string Name { get; } }
            public class Dog : INamed { public string Name => "Rex"; [PersonalData] public string Owner { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Broken_code_does_not_throw() =>
        Test().AllowCompilerErrors().WithSource("""
            using PrivacyAnalyzers;
            public interface IHasEmail { [PersonalData(Category = )] string Email { get; } }
            public class Customer : IHasEmail, IMissing { public string [|Email|] { get; set; } = ""; public MissingType Other { get; } }
            public class Wrong : Missing { public override string Name => ""; }
            public class Half : IHasEmail { public string
            """).RunAsync();

    [Fact]
    public Task Without_the_annotations_reference_nothing_is_reported() =>
        Test().WithoutAnnotationsReference().WithSource("""
            public interface IHasEmail { string Email { get; } }
            public class Customer : IHasEmail { public string Email => ""; }
            """).RunAsync();

    [Fact]
    public Task A_constant_category_on_the_base_is_still_a_marker() =>
        Test().WithSource("""
            using PrivacyAnalyzers;
            static class K { public const string Mail = "Contact.Email"; }
            public interface IHasEmail { [PersonalData(K.Mail)] string Email { get; } }
            public struct Contact : IHasEmail { public string [|Email|] => ""; }
            """).RunAsync();
}
