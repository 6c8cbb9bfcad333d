using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>End to end with the real PRIV001 analyzer: interop-marked members count as annotated; PRIV017 tells what they lack.</summary>
public sealed class InteropDetectionTests
{
    [Fact]
    public Task Interop_marked_members_are_not_reported_by_PRIV001_but_get_PRIV017() =>
        new AnalyzerTest()
            .WithAnalyzer<UnannotatedPersonalDataAnalyzer>()
            .WithAnalyzer<PrivacyAnalyzers.Validation.AnnotationValidationAnalyzer>()
            .OnlyIds("PRIV001", "PRIV017")
            .WithSource(ValidationTest.AspNetIdentity)
            .WithSource(ValidationTest.Compliance)
            .WithSource("""
                public class Customer
                {
                    [{|PRIV017:Microsoft.AspNetCore.Identity.PersonalData|}] public string Email { get; set; } = "";
                    [{|PRIV017:Microsoft.AspNetCore.Identity.ProtectedPersonalData|}] public string PhoneNumber { get; set; } = "";
                    [{|PRIV017:Contoso.Compliance.PrivateData|}] public string Iban { get; set; } = "";
                    public string {|PRIV001:LastName|} { get; set; } = "";
                }
                """)
            .RunAsync();

    [Fact]
    public Task Interop_marked_record_properties_are_not_reported_by_PRIV001() =>
        new AnalyzerTest()
            .WithAnalyzer<UnannotatedPersonalDataAnalyzer>()
            .OnlyIds("PRIV001")
            .WithReferencedSource(ValidationTest.AspNetIdentity)
            .WithSource("""
                public record Customer([property: Microsoft.AspNetCore.Identity.PersonalData] string Email, string {|PRIV001:Phone|});
                """)
            .RunAsync();
}
