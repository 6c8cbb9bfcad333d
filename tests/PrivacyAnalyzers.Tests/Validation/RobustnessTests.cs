using PrivacyAnalyzers.Tests.Harness;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>Invalid annotations never make the validation analyzers throw: every truncation of a rich source is analyzed.</summary>
public sealed class RobustnessTests
{
    private const string Rich = """
        using PrivacyAnalyzers;
        [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Retention = "P3Y")]
        [assembly: PersonalDataCategory("Loyalty.Points", IsSpecialCategory = false)]
        public interface IHasEmail { [PersonalData("Contact.Email")] string Email { get; } }
        [DataSubject("Customer", Retention = "1 year", LegalBasis = LegalBasis.Consent)]
        public partial record Customer([PersonalData("Contact.EMail", Retention = "P1Y")][property: NotPersonalData("x")] string Email) : IHasEmail
        {
            [PersonalData("Special.Health", Category = "Criminal", SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent)] public string? Notes { get; init; }
            [Microsoft.AspNetCore.Identity.PersonalData] public string? Nick { get; init; }
            [PersonalData("Credentials.Password", Purpose = "Autentificare; securitate")] public string? Password { get; init; }
            [PersonalData("Online.CookieId", Purpose = "Coșul de cumpărături")] public string? Cart { get; init; }
            [PersonalData("Contact.Address", Purpose = "Delivering the order", AlternativeRetention = "P0D", AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd)] public string? Address { get; init; }
        }
        public abstract class Base<T> { [PersonalData] public abstract T Value { get; } }
        public sealed class Derived : Base<string> { public override string Value => ""; }
        public class Mailer([PersonalData("Contact.Email", Retention = "-P1Y")] string to) { public string To => to; }
        namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }
        """;

    public static IEnumerable<object[]> Cuts() =>
        Enumerable.Range(1, Rich.Length / 17).Select(i => new object[] { i * 17 }).Append(new object[] { Rich.Length });

    [Fact]
    public async Task The_whole_source_is_analyzed_and_reported()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Rich",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Rich) },
            TestReferences.Framework.Add(TestReferences.Annotations),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        var analyzers = System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(
            new AnnotationValidationAnalyzer(), new DroppedAnnotationAnalyzer());
        var diagnostics = await new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers(compilation, analyzers, options: null).GetAnalyzerDiagnosticsAsync();
        var ids = diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "PRIV010", "PRIV012", "PRIV013", "PRIV014", "PRIV015", "PRIV016", "PRIV017", "PRIV050", "PRIV051", "PRIV052", "PRIV053" }, ids);
    }

    [Theory]
    [MemberData(nameof(Cuts))]
    public Task A_truncated_source_does_not_make_an_analyzer_throw(int length) =>
        new AnalyzerTest()
            .WithAnalyzer<AnnotationValidationAnalyzer>()
            .WithAnalyzer<DroppedAnnotationAnalyzer>()
            .OnlyIds("PRIV999")
            .AllowCompilerErrors()
            .WithSource(Rich.Substring(0, length))
            .RunAsync();
}
