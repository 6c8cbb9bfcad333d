using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>
/// PRIV017: members marked only by ASP.NET Core Identity or a Microsoft.Extensions.Compliance classification count as
/// annotated, and are told (Info) what the inventory still lacks. Stand-in attribute types carry the real metadata names.
/// </summary>
public sealed class InteropTests
{
    private const string Id = "PRIV017";

    [Fact]
    public Task AspNet_identity_PersonalData_lacks_category_legal_basis_and_retention() =>
        ValidationTest.For(Id)
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource("""
                using Microsoft.AspNetCore.Identity;
                public class ApplicationUser { [[|PersonalData|]] public string Email { get; set; } = ""; }
                """)
            .WithExpected(new ExpectedDiagnostic("'ApplicationUser.Email' is marked personal data by ASP.NET Core Identity's [PersonalData] but the inventory does not know its category, legal basis and retention; add [PersonalData] with them", DiagnosticSeverity.Info))
            .RunAsync();

    [Fact]
    public Task ProtectedPersonalData_with_type_defaults_lacks_only_the_category() =>
        ValidationTest.For(Id)
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource("""
                using Microsoft.AspNetCore.Identity;
                [PrivacyAnalyzers.DataSubject("User", LegalBasis = PrivacyAnalyzers.LegalBasis.Contract, Retention = "P1Y")]
                public class ApplicationUser { [[|ProtectedPersonalData|]] public string PhoneNumber { get; set; } = ""; }
                """)
            .WithMessages("'ApplicationUser.PhoneNumber' is marked personal data by ASP.NET Core Identity's [ProtectedPersonalData] but the inventory does not know its category; add [PersonalData] with them")
            .RunAsync();

    [Fact]
    public Task Data_classification_subclass_with_assembly_legal_basis() =>
        ValidationTest.For(Id)
            .WithSource(ValidationTest.Compliance)
            .WithSource("""
                [assembly: PrivacyAnalyzers.PersonalDataDefaults(LegalBasis = PrivacyAnalyzers.LegalBasis.Contract)]
                public class Order { [[|Contoso.Compliance.PrivateData|]] public string DeliveryAddress { get; set; } = ""; }
                """)
            .WithMessages("'Order.DeliveryAddress' is marked personal data by the data classification [PrivateData] but the inventory does not know its category and retention; add [PersonalData] with them")
            .RunAsync();

    [Fact]
    public Task Our_PersonalData_next_to_the_interop_one_completes_it() =>
        ValidationTest.For(Id)
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource("""
                public class ApplicationUser
                {
                    [Microsoft.AspNetCore.Identity.PersonalData]
                    [PrivacyAnalyzers.PersonalData("Contact.Email", LegalBasis = PrivacyAnalyzers.LegalBasis.Contract, Retention = "P1Y")]
                    public string Email { get; set; } = "";
                }
                """).RunAsync();

    [Fact]
    public Task Interop_attributes_work_without_the_annotations_reference() =>
        ValidationTest.For(Id).WithoutAnnotationsReference()
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource(ValidationTest.Compliance)
            .WithSource("""
                public class ApplicationUser
                {
                    [[|Microsoft.AspNetCore.Identity.PersonalData|]] public string Email { get; set; } = "";
                    [[|Contoso.Compliance.PrivateData|]] public string Phone { get; set; } = "";
                }
                """).RunAsync();

    [Fact]
    public Task Interop_attributes_from_a_referenced_assembly_records_partial_and_generic_types() =>
        ValidationTest.For(Id)
            .WithReferencedSource(ValidationTest.AspNetIdentity + "\n" + ValidationTest.Compliance)
            .WithSource("""
                using Microsoft.AspNetCore.Identity;
                public record User([property: [|PersonalData|]] string Email, string Nickname);
                public partial class Holder<T> { [[|Contoso.Compliance.PrivateData|]] public T? Value; }
                public partial class Holder<T> { [[|ProtectedPersonalData|]] public string Secret { get; set; } = ""; }
                """).RunAsync();

    [Fact]
    public Task A_different_attribute_with_the_same_simple_name_is_not_interop() =>
        ValidationTest.For(Id).WithSource("""
            namespace Acme { public sealed class PersonalDataAttribute : System.Attribute { } public sealed class DataClassificationAttribute : System.Attribute { } }
            public class User { [Acme.PersonalData, Acme.DataClassification] public string Email { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Broken_syntax_and_missing_types_do_not_throw() =>
        ValidationTest.For(Id).AllowCompilerErrors()
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource("""
                using Microsoft.AspNetCore.Identity;
                public class User
                {
                    [[|PersonalData(|]] public string A { get; set; } = "";
                    [[|PersonalData(Unknown = 1)|]] public MissingType B { get; set; }
                    [Missing] public string C { get; set; } = "";
                }
                """).RunAsync();

    [Fact]
    public Task Interop_marker_contradicted_by_NotPersonalData_is_left_to_PRIV015() =>
        ValidationTest.For(Id)
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource("""
                public class User { [Microsoft.AspNetCore.Identity.PersonalData, PrivacyAnalyzers.NotPersonalData("x")] public string Email { get; set; } = ""; }
                """).RunAsync();

    [Fact]
    public Task A_constant_retention_default_counts() =>
        ValidationTest.For(Id)
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource("""
                using PrivacyAnalyzers;
                static class K { public const string Keep = "P2Y"; public const LegalBasis Basis = LegalBasis.Contract; }
                [DataSubject("User", LegalBasis = K.Basis, Retention = K.Keep)]
                public class User { [[|Microsoft.AspNetCore.Identity.PersonalData|]] public string Email { get; set; } = ""; }
                """)
            .WithMessages("'User.Email' is marked personal data by ASP.NET Core Identity's [PersonalData] but the inventory does not know its category; add [PersonalData] with them")
            .RunAsync();

    [Theory]
    [InlineData("[Microsoft.AspNetCore.Identity.PersonalData]")]
    [InlineData("[Microsoft.AspNetCore.Identity.ProtectedPersonalData]")]
    [InlineData("[Contoso.Compliance.PrivateData]")]
    [InlineData("[PrivacyAnalyzers.PersonalData]")]
    [InlineData("[PrivacyAnalyzers.NotPersonalData(\"x\")]")]
    public void Interop_and_own_markers_count_as_annotated(string attribute)
    {
        var reader = Reader(out var compilation, $"public class User {{ {attribute} public string Email {{ get; set; }} = \"\"; public string Other {{ get; set; }} = \"\"; }}");
        var user = compilation.GetTypeByMetadataName("User")!;
        Assert.True(reader.IsAnnotated(user.GetMembers("Email").Single()));
        Assert.False(reader.IsAnnotated(user.GetMembers("Other").Single()));
    }

    [Fact]
    public void Interop_marker_on_a_record_positional_parameter_counts_as_annotated()
    {
        var reader = Reader(out var compilation, "public record User([property: Microsoft.AspNetCore.Identity.PersonalData] string Email);");
        Assert.True(reader.IsAnnotated(compilation.GetTypeByMetadataName("User")!.GetMembers("Email").OfType<IPropertySymbol>().Single()));
    }

    private static AnnotationReader Reader(out CSharpCompilation compilation, string source)
    {
        compilation = EffectiveAnnotationTests.Compile(ValidationTest.AspNetIdentity + "\n" + ValidationTest.Compliance + "\n" + source, "Interop");
        return new AnnotationReader(compilation);
    }
}
