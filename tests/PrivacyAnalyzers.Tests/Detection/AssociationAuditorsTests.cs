using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-fourth round (issue 12): an association's auditor, elected from its members, is a person in six
/// languages (cenzor; Kassenprüfer, Rechnungsprüfer; revisor fiscal; conselheiro fiscal; vérificateur aux comptes,
/// commissaire aux comptes; honorary auditor): their record's name is theirs (an owners' association's <c>Cenzor.Nume</c>).
/// A program's auditor (an audit writer) stays quiet: "auditor" alone is not a person word.
/// </summary>
public sealed class AssociationAuditorsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task An_association_s_auditor_s_name_is_reported_in_six_languages() =>
        Test("""
            public class Cenzor { public string CheieLicenta { get; set; } = ""; public string [|Nume|] { get; set; } = ""; }
            public class Kassenpruefer { public int Id { get; set; } public string [|Name|] { get; set; } = ""; }
            public class RevisorFiscal { public int Id { get; set; } public string [|Nombre|] { get; set; } = ""; }
            public class ConselheiroFiscal { public int Id { get; set; } public string [|Nome|] { get; set; } = ""; }
            public class VerificateurAuxComptes { public int Id { get; set; } public string [|Nom|] { get; set; } = ""; }
            public class HonoraryAuditor { public int Id { get; set; } public string [|Name|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_program_s_auditor_stays_quiet() =>
        Test("""
            public class EntityAuditor { public string Name { get; set; } = ""; public bool Enabled { get; set; } }
            public class Auditor { public int Id { get; set; } public string Name { get; set; } = ""; }
            """).RunAsync();
}
