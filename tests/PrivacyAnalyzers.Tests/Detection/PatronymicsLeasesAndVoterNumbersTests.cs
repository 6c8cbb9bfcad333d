using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-fifth round (issue 12): a patronymic and a middle name as name parts; a lease's landlord, lessee and
/// guarantor as persons (a SaaS tenant stays an organisation); a voter's card and a lawyer's bar number on a person (a
/// ballot's key stays quiet); a pupil's number — in every language the vocabulary has.
/// </summary>
public sealed class PatronymicsLeasesAndVoterNumbersTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_patronymic_and_a_middle_name_are_names_in_every_language_a_flag_about_them_is_quiet() =>
        Test("""
            public class Patient { public string [|Patronymic|] { get; set; } = ""; }
            public class AppointmentDto { public string [|DentistPatronymic|] { get; set; } = ""; public int Room { get; set; } }
            public class Kunde { public string [|Vatersname|] { get; set; } = ""; public string [|ZweiterVorname|] { get; set; } = ""; }
            public class Paciente { public string [|Patronimico|] { get; set; } = ""; }
            public class Cliente { public string [|NomeDoMeio|] { get; set; } = ""; }
            public class Pacient { public string [|Patronimic|] { get; set; } = ""; }
            public class NameFormatSettings { public bool ShowPatronymic { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_lease_s_landlord_and_guarantor_are_persons_a_saas_tenant_is_quiet() =>
        Test("""
            public class ContratoAluguel { public string [|LocadorNome|] { get; set; } = ""; public string [|NomeFiador|] { get; set; } = ""; public decimal Valor { get; set; } }
            public class Lease { public string [|LandlordName|] { get; set; } = ""; public string [|GuarantorName|] { get; set; } = ""; public decimal Rent { get; set; } }
            public class Mietvertrag { public string [|VermieterName|] { get; set; } = ""; }
            public class ContratoArrendamiento { public string [|NombreArrendador|] { get; set; } = ""; }
            public class Bail { public string [|NomBailleur|] { get; set; } = ""; }
            public class ContractInchiriere { public string [|NumeLocatar|] { get; set; } = ""; }
            public class Tenant { public System.Guid TenantId { get; set; } public string TenantName { get; set; } = ""; public string Name { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_voter_s_card_and_a_lawyer_s_bar_number_are_reported_on_a_person_a_ballot_s_key_is_quiet() =>
        Test("""
            public class Customer { public string [|VotingId|] { get; set; } = ""; }
            public class Lawyer { public string [|BarNumber|] { get; set; } = ""; public string [|EnrollmentNumber|] { get; set; } = ""; }
            public class Voter { public string [|VoterCardNumber|] { get; set; } = ""; public string [|EpicNumber|] { get; set; } = ""; }
            public class Electeur { public string [|CarteElecteur|] { get; set; } = ""; }
            public class Cetatean { public string [|CarteAlegator|] { get; set; } = ""; }
            public class Ballot { public int VotingId { get; set; } public int BarNumber { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_pupil_s_number_is_identity_in_every_language_a_class_s_pupil_count_is_quiet() =>
        Test("""
            public class SchuelerDLModel { public string [|Schuelerkennzahl|] { get; set; } = ""; public string [|Schuelernummer|] { get; set; } = ""; }
            public class Eleve { public string [|NumeroEleve|] { get; set; } = ""; }
            public class Alumno { public string [|NumeroAlumno|] { get; set; } = ""; }
            public class Aluno { public string [|NumeroAluno|] { get; set; } = ""; }
            public class Klasse { public int Schuelerzahl { get; set; } }
            """).RunAsync();
}
