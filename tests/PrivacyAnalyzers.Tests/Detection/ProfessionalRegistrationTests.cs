using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-third round (issue 12): a health professional's registration — a US provider's NPI, a state
/// registration id, a colegiado's number, RPPS, LANR, a Romanian doctor's stamp code — as the Portuguese CRM already was,
/// on a caregiver's or a physician's record; a clinic's identifiers stay quiet.
/// </summary>
public sealed class ProfessionalRegistrationTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_caregiver_s_and_a_doctor_s_registration_numbers_are_reported_a_clinic_s_are_quiet() =>
        Test("""
            public class Caregiver { public string [|FirstName|] { get; set; } = ""; public string [|Npi|] { get; set; } = ""; public int [|StateRegistrationId|] { get; set; } }
            public class Medico { public string [|Nombre|] { get; set; } = ""; public string [|NumeroColegiado|] { get; set; } = ""; }
            public class Medecin { public string [|Nom|] { get; set; } = ""; public string [|NumeroRpps|] { get; set; } = ""; }
            public class Arzt { public string [|Name|] { get; set; } = ""; public string [|Lanr|] { get; set; } = ""; }
            public class Medic { public string [|Nume|] { get; set; } = ""; public string [|CodParafa|] { get; set; } = ""; }
            public class ClinicSettings { public string Npi { get; set; } = ""; public int StateRegistrationId { get; set; } public string Lanr { get; set; } = ""; }
            """).RunAsync();
}
