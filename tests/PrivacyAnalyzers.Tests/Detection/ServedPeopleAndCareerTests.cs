using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's seventeenth round (issue 12), from the seventeenth fresh set's misses: a text member named only by someone an
/// organisation serves, teaches, treats or employs holds that person's name on any record (a sales ledger's, a summary's);
/// a contact number is a phone; a freelancer and a job seeker are people, whose objective and experience are their CV's;
/// a Spanish medical history, a Romanian hire date and position, a German inflected "Namen".
/// </summary>
public sealed class ServedPeopleAndCareerTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_text_member_named_only_by_a_served_person_is_their_name_on_a_ledger_or_a_summary_in_every_language() =>
        Test("""
            public class Kardex { public int Id { get; set; } public string [|cliente|] { get; set; } = ""; public decimal Total { get; set; } }
            public class TurnoResumen { public string Fecha { get; set; } = ""; public string [|Paciente|] { get; set; } = ""; public string [|Medico|] { get; set; } = ""; }
            public class Inscription { public int Annee { get; set; } public string [|Eleve|] { get; set; } = ""; }
            public class SalesRow { public decimal Amount { get; set; } public string [|Customer|] { get; set; } = ""; }
            public class Auftrag { public decimal Betrag { get; set; } public string [|Kunde|] { get; set; } = ""; }
            public class Pontaj { public int Luna { get; set; } public string [|Angajat|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Words_a_program_uses_for_its_own_parts_or_for_firms_stay_quiet_and_a_navigation_is_not_a_name() =>
        Test("""
            using System.Collections.Generic;
            public class Grant { public string Client { get; set; } = ""; public string Scope { get; set; } = ""; }
            public class ValidationError { public string Member { get; set; } = ""; public string Message { get; set; } = ""; }
            public class Subscription { public string Tenant { get; set; } = ""; public decimal Price { get; set; } }
            public class Match { public string Candidate { get; set; } = ""; public int Score { get; set; } }
            public class TipoDoc { public string Codigo { get; set; } = ""; public ICollection<{|CS0246:Funcionario|}> Funcionarios { get; set; } = new List<{|CS0246:Funcionario|}>(); }
            public class Stats { public int Customer { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_contact_number_is_a_phone_a_company_s_own_stays_quiet() =>
        Test("""
            public class Client { public int Id { get; set; } public string [|ContactNumber|] { get; set; } = ""; }
            public class ApplicantForm { public string [|ContactNo|] { get; set; } = ""; }
            public class Company { public string Name { get; set; } = ""; public string CompanyContactNumber { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_freelancer_and_a_job_seeker_are_people_their_objective_and_experience_are_their_cv_s_a_course_s_are_not() =>
        Test("""
            public class RecentBidView { public int Id { get; set; } public decimal Amount { get; set; } public string [|FreelancerName|] { get; set; } = ""; }
            public class TopFreelancerView { public int Jobs { get; set; } public string [|Name|] { get; set; } = ""; }
            public class JobSeeker { public int Id { get; set; } public string [|FullName|] { get; set; } = ""; public string [|Objective|] { get; set; } = ""; public string [|Experience|] { get; set; } = ""; }
            public class Course { public string Title { get; set; } = ""; public string Objective { get; set; } = ""; public string Experience { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_medical_history_a_hire_date_a_position_and_inflected_names_are_reported_a_thing_s_position_is_not() =>
        Test("""
            using System;
            public class Apto { public int Id { get; set; } public string [|HistoriaMedica|] { get; set; } = ""; public DateTime Vencimiento { get; set; } }
            public class Angajati { public string [|Nume|] { get; set; } = ""; public DateTime [|DataAngajari|] { get; set; } public string [|Pozitie|] { get; set; } = ""; }
            public class Raft { public string Denumire { get; set; } = ""; public string Pozitie { get; set; } = ""; }
            public class ShowOrderViewModel { public int Id { get; set; } public string [|ShowOrderKundenNamen|] { get; set; } = ""; }
            """).RunAsync();
}
