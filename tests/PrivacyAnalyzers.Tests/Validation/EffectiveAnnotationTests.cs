using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>The precedence of AnnotationReader.GetEffectiveAnnotation: member, then [DataSubject] type, then assembly defaults.</summary>
public sealed class EffectiveAnnotationTests
{
    private const string Model = """
        using PrivacyAnalyzers;
        [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.LegitimateInterests, Retention = "P3Y", Purpose = "Administration", Source = DataSource.ProvidedBySubject, RetentionFrom = RetentionStart.LastActivity)]

        [DataSubject("Customer", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
        public class Customer
        {
            [PersonalData("Contact.Email", LegalBasis = LegalBasis.Consent, Purpose = "Newsletter")] public string Email { get; set; } = "";
            [PersonalData("Contact.Phone")] public string Phone { get; set; } = "";
            [PersonalData("Contact.Address", Retention = "  ")] public string Address { get; set; } = "";
            public string Unmarked { get; set; } = "";
        }

        public class VipCustomer : Customer { [PersonalData("Identity.Name")] public string Name { get; set; } = ""; }

        public class Visitor { [PersonalData("Online.IpAddress")] public string Ip { get; set; } = ""; }
        """;

    [Fact]
    public void The_member_wins()
    {
        var email = Get(Model, "Customer", "Email")!;
        Assert.Equal((LegalBasisValue.Consent, AnnotationLevel.Member), (email.LegalBasis.Value, email.LegalBasis.From));
        Assert.Equal(("Newsletter", AnnotationLevel.Member), (email.Purpose.Value, email.Purpose.From));
    }

    [Fact]
    public void The_DataSubject_type_comes_next()
    {
        var phone = Get(Model, "Customer", "Phone")!;
        Assert.Equal((LegalBasisValue.Contract, AnnotationLevel.Type), (phone.LegalBasis.Value, phone.LegalBasis.From));
        Assert.Equal(("P1Y", AnnotationLevel.Type), (phone.Retention.Value, phone.Retention.From));
        Assert.Equal("Customer", phone.DataSubject);
    }

    [Fact]
    public void The_assembly_defaults_come_last()
    {
        var phone = Get(Model, "Customer", "Phone")!;
        Assert.Equal(("Administration", AnnotationLevel.Assembly), (phone.Purpose.Value, phone.Purpose.From));
        Assert.Equal((DataSourceValue.ProvidedBySubject, AnnotationLevel.Assembly), (phone.Source.Value, phone.Source.From));
        Assert.Equal((RetentionStartValue.LastActivity, AnnotationLevel.Assembly), (phone.RetentionFrom.Value, phone.RetentionFrom.From));

        var ip = Get(Model, "Visitor", "Ip")!;
        Assert.Equal((LegalBasisValue.LegitimateInterests, AnnotationLevel.Assembly), (ip.LegalBasis.Value, ip.LegalBasis.From));
        Assert.Equal(("P3Y", AnnotationLevel.Assembly), (ip.Retention.Value, ip.Retention.From));
        Assert.Null(ip.DataSubject);
    }

    [Fact]
    public void A_blank_value_is_not_stated_and_the_next_level_applies()
    {
        var address = Get(Model, "Customer", "Address")!;
        Assert.Equal(("P1Y", AnnotationLevel.Type), (address.Retention.Value, address.Retention.From));
    }

    [Fact]
    public void A_derived_type_inherits_the_DataSubject_of_its_nearest_base()
    {
        var name = Get(Model, "VipCustomer", "Name")!;
        Assert.Equal((LegalBasisValue.Contract, AnnotationLevel.Type), (name.LegalBasis.Value, name.LegalBasis.From));
        Assert.Equal("Customer", name.DataSubject);
    }

    [Fact]
    public void Nothing_stated_anywhere_is_None()
    {
        var annotation = Get("""
            using PrivacyAnalyzers;
            public class Visitor { [PersonalData("Online.IpAddress")] public string Ip { get; set; } = ""; }
            """, "Visitor", "Ip")!;
        Assert.False(annotation.LegalBasis.IsStated);
        Assert.Equal(AnnotationLevel.None, annotation.Retention.From);
        Assert.Null(annotation.Retention.Value);
    }

    [Fact]
    public void Unmarked_members_have_no_effective_annotation() => Assert.Null(Get(Model, "Customer", "Unmarked"));

    [Fact]
    public void A_member_of_a_referenced_assembly_uses_that_assemblys_defaults()
    {
        var library = Compile("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.LegalObligation, Retention = "P10Y")]
            public class Invoice { [PersonalData("Financial.TaxId")] public string TaxId { get; set; } = ""; }
            """, "Library");
        var app = Compile("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Consent)]
            public class App { }
            """, "App", library.ToMetadataReference());
        var reader = new AnnotationReader(app);
        var taxId = app.GetTypeByMetadataName("Invoice")!.GetMembers("TaxId").Single();
        var annotation = reader.GetEffectiveAnnotation(taxId)!;
        Assert.Equal((LegalBasisValue.LegalObligation, AnnotationLevel.Assembly), (annotation.LegalBasis.Value, annotation.LegalBasis.From));
        Assert.Equal("P10Y", annotation.Retention.Value);
    }

    [Fact]
    public void A_member_of_a_referenced_assembly_takes_its_alternative_retention_and_recipients_from_that_assembly()
    {
        var library = Compile("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.LegalObligation, Retention = "P10Y", AlternativeRetention = "P0D", AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd, RetentionCombination = RetentionCombination.WhicheverIsLater)]
            [assembly: Recipient("Tax authority", Kind = RecipientKind.PublicAuthority, Country = "RO")]
            public class Invoice { [PersonalData("Financial.TaxId")] public string TaxId { get; set; } = ""; }
            """, "Library");
        var app = Compile("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Consent, AlternativeRetention = "P1M", AlternativeRetentionFrom = RetentionStart.ConsentWithdrawal)]
            [assembly: Recipient("Newsletter service", Kind = RecipientKind.Processor, Country = "US")]
            public class App { }
            """, "App", library.ToMetadataReference());
        var taxId = app.GetTypeByMetadataName("Invoice")!.GetMembers("TaxId").Single();

        var annotation = new AnnotationReader(app).GetEffectiveAnnotation(taxId)!;

        Assert.Equal("P0D", annotation.AlternativeRetention.Value);
        Assert.Equal(RetentionStartValue.StatutoryPeriodEnd, annotation.AlternativeRetentionFrom.Value);
        Assert.Equal(RetentionCombinationValue.WhicheverIsLater, annotation.RetentionCombination.Value);
        Assert.Equal(new[] { "Tax authority" }, annotation.Recipients.Select(r => r.Name));
    }

    [Fact]
    public void A_record_positional_parameter_is_read_through_its_property()
    {
        var annotation = Get("""
            using PrivacyAnalyzers;
            public record Customer([PersonalData("Contact.Email", LegalBasis = LegalBasis.Contract)] string Email);
            """, "Customer", "Email")!;
        Assert.Equal("Contact.Email", annotation.Category);
        Assert.Equal(LegalBasisValue.Contract, annotation.LegalBasis.Value);
    }

    [Fact]
    public void Interop_markers_take_their_values_from_the_defaults()
    {
        var annotation = Get(ValidationTest.AspNetIdentity + """

            [PrivacyAnalyzers.DataSubject("User", LegalBasis = PrivacyAnalyzers.LegalBasis.Contract)]
            public class User { [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string Email { get; set; } = ""; }
            """, "User", "Email")!;
        Assert.Equal(AnnotationOrigin.AspNetCoreIdentity, annotation.Origin);
        Assert.Null(annotation.Category);
        Assert.Equal((LegalBasisValue.Contract, AnnotationLevel.Type), (annotation.LegalBasis.Value, annotation.LegalBasis.From));
    }

    internal static EffectiveAnnotation? Get(string source, string type, string member)
    {
        var compilation = Compile(source, "Test");
        var symbol = compilation.GetTypeByMetadataName(type)!.GetMembers(member).Single();
        return new AnnotationReader(compilation).GetEffectiveAnnotation(symbol);
    }

    internal static CSharpCompilation Compile(string source, string name, params MetadataReference[] references)
    {
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source) },
            TestReferences.Framework.Add(TestReferences.Annotations).AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return compilation;
    }
}
