using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>
/// <c>&lt;PrivacyAnalyzersGenerateExporters&gt;false&lt;/PrivacyAnalyzersGenerateExporters&gt;</c>: no exporters, erasers or
/// retention schedules (a project that answers no request from this assembly does not compile them); the inventory and
/// the diagnostics about the annotations themselves stay.
/// </summary>
public sealed class GenerateExportersOptionTests
{
    private const string Property = "build_property.PrivacyAnalyzersGenerateExporters";

    private const string Model = """
        using PrivacyAnalyzers;

        namespace Clinic
        {
            [DataSubject("Patient")]
            public class Patient
            {
                [PersonalData("Identity.Name")] public string? Name { get; set; }
                [PersonalData("Contact.Phone")] public string? Phone { get; }
                [PersonalData("Health.Note", LegalBasis = LegalBasis.Consent, OnErasure = ErasureAction.Retain)] public string? Note { get; set; }
                [PersonalData("Contact.Email")] private string? hidden = "";
                public string? Hidden => hidden;
            }
        }
        """;

    private static GeneratorRun Run(string? value) =>
        GeneratorRunner.Run(
            GeneratorRunner.Compile(new[] { Model }),
            buildProperties: value is null ? null : new Dictionary<string, string> { [Property] = value });

    private static string[] GeneratedCode(GeneratorRun run) =>
        run.Sources.Keys.Where(k => k != "PrivacyInventory.g.cs").OrderBy(k => k, StringComparer.Ordinal).ToArray();

    [Fact]
    public void By_default_the_subject_gets_its_exporter_and_eraser()
    {
        var run = Run(null).AssertCompilesClean();
        Assert.Contains("Clinic.PatientPrivacyExporter.g.cs", run.Sources.Keys);
        Assert.Contains("Clinic.PatientPrivacyErasure.g.cs", run.Sources.Keys);
        Assert.Contains("PatientPrivacyRetention", run.Source("Clinic.PatientPrivacyErasure.g.cs"), StringComparison.Ordinal);
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "PRIV030");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "PRIV040");
    }

    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    [InlineData(" FALSE ")]
    public void False_leaves_out_exporters_erasers_and_retention_schedules_but_not_the_inventory(string value)
    {
        var on = Run(null);
        var off = Run(value).AssertCompilesClean();
        Assert.NotEmpty(GeneratedCode(on));
        Assert.Empty(GeneratedCode(off));
        Assert.Equal(new[] { "PrivacyInventory.g.cs" }, off.Sources.Keys);
        Assert.Equal(on.Source("PrivacyInventory.g.cs"), off.Source("PrivacyInventory.g.cs"));
    }

    [Fact]
    public void False_drops_what_is_said_about_the_generated_code_and_keeps_what_is_said_about_the_annotations()
    {
        var off = Run("false");
        Assert.DoesNotContain(off.GeneratorDiagnostics, d => d.Id is "PRIV030" or "PRIV031" or "PRIV033" or "PRIV040" or "PRIV043");
        var retained = Assert.Single(off.GeneratorDiagnostics, d => d.Id == "PRIV041");
        Assert.Contains("Clinic.Patient.Note", retained.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("")]
    [InlineData("no")]
    [InlineData("0")]
    public void Any_other_value_keeps_the_default(string value)
    {
        var run = Run(value).AssertCompilesClean();
        Assert.Equal(GeneratedCode(Run(null)), GeneratedCode(run));
    }
}
