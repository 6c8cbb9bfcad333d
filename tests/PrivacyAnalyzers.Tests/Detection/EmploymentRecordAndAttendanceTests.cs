using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's fifteenth round (issue 12): a worker's employment record — contract start and end, base and real pay, hours
/// worked, dismissal, a CV's parts — and a worker's attendance (check-in and check-out, breaks, overtime), in every
/// vocabulary language; each reported on a worker's record, quiet on a job offer, a company or a hotel's settings.
/// </summary>
public sealed class EmploymentRecordAndAttendanceTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_worker_s_contract_dates_and_pay_are_reported_in_each_language_a_company_s_are_quiet() =>
        Test("""
            using System;
            public class Employee { public DateTime [|ContractStart|] { get; set; } public DateTime [|ContractEnd|] { get; set; } public decimal [|BaseSalary|] { get; set; } public int [|HoursWorked|] { get; set; } public bool [|IsTerminated|] { get; set; } }
            public class Funcionario { public DateTime [|Contratoinicio|] { get; set; } public DateTime [|Contratofim|] { get; set; } public decimal [|Vencimentobase|] { get; set; } public decimal [|Salarioreal|] { get; set; } public string [|Cartaconducao|] { get; set; } = ""; }
            public class Empleado { public DateTime [|InicioDeContrato|] { get; set; } public DateTime [|FinDeContrato|] { get; set; } public decimal [|SueldoBase|] { get; set; } public bool [|Despedido|] { get; set; } }
            public class Mitarbeiter { public DateTime [|Vertragsbeginn|] { get; set; } public DateTime [|Vertragsende|] { get; set; } public decimal [|Grundgehalt|] { get; set; } }
            public class Salarie { public DateTime [|DebutDeContrat|] { get; set; } public DateTime [|FinDeContrat|] { get; set; } public decimal [|SalaireReel|] { get; set; } public bool [|Licencie|] { get; set; } }
            public class Angajat { public DateTime [|InceputContract|] { get; set; } public DateTime [|SfarsitContract|] { get; set; } public decimal [|SalariuReal|] { get; set; } }
            public class Company { public DateTime ContractStart { get; set; } public DateTime ContractEnd { get; set; } public bool IsTerminated { get; set; } }
            public class Empresa { public DateTime Contratoinicio { get; set; } public DateTime Contratofim { get; set; } }
            public class Process { public bool IsTerminated { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_candidate_s_cv_parts_are_reported_a_job_offer_s_skills_are_quiet() =>
        Test("""
            using System.Collections.Generic;
            public class Candidate { public string [|CareerGoal|] { get; set; } = ""; public int [|YearsOfExperience|] { get; set; } public string [|Skills|] { get; set; } = ""; public string [|Qualifications|] { get; set; } = ""; }
            public class Funcionario { public string [|Qualificacoes|] { get; set; } = ""; }
            public class Mitglied { public string [|Erwerbstaetigkeit|] { get; set; } = ""; public string [|Berufserfahrung|] { get; set; } = ""; }
            public class Candidat { public string [|Competences|] { get; set; } = ""; }
            public class Candidato { public string [|Habilidades|] { get; set; } = ""; }
            public class Candidat2 { public string [|Calificari|] { get; set; } = ""; }
            public class JobOffer { public string Skills { get; set; } = ""; public int YearsOfExperience { get; set; } public string Qualifications { get; set; } = ""; }
            public class Vaga { public string Habilidades { get; set; } = ""; public string Qualificacoes { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_worker_s_check_in_break_and_overtime_kept_as_text_are_reported_a_hotel_s_check_in_hour_is_quiet() =>
        Test("""
            public class EmployeeAttendance { public int EmployeeId { get; set; } public string? [|CheckIn|] { get; set; } public string? [|CheckOut|] { get; set; } public string? [|BreakIn|] { get; set; } public string? [|StartOverTime|] { get; set; } public string? [|FinishOverTime|] { get; set; } }
            public class Mitarbeiter { public string? [|Einstempeln|] { get; set; } }
            public class HotelSettings { public string? CheckIn { get; set; } public string? CheckOut { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_count_of_a_worker_s_hours_or_monthly_salaries_is_reported_a_count_of_anything_else_is_quiet() =>
        Test("""
            public class HiringDetailDto { public int [|MonthlySalaryCount|] { get; set; } public int [|WorkingHoursCount|] { get; set; } }
            public class Anstellungsdetail { public Mitarbeiter? Mitarbeiter { get; set; } public int [|AnzahlMonatsgehaelter|] { get; set; } public int [|AnzahlArbeitsstunden|] { get; set; } }
            public class Mitarbeiter { public string [|Name|] { get; set; } = ""; public int AnzahlEmails { get; set; } }
            public class Employee { public int EmailCount { get; set; } public int PhoneNumberCount { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_two_letter_abbreviation_glued_to_a_term_is_read_as_both_words_a_stop_word_or_a_thing_s_date_is_not() =>
        Test("""
            using System;
            public class Funcionario { public DateTime [|Dtnascimento|] { get; set; } }
            public class Produto { public DateTime Dtcadastro { get; set; } public string Docliente { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_worker_s_schedule_and_picture_are_reported_in_each_language_a_bus_s_schedule_and_a_product_s_pic_are_quiet() =>
        Test("""
            public class Angajat { public string [|pic|] { get; set; } = ""; public string [|schedule_start|] { get; set; } = ""; public string [|schedule_end|] { get; set; } = ""; public string [|InceputTura|] { get; set; } = ""; }
            public class Mitarbeiter { public string [|Schichtbeginn|] { get; set; } = ""; }
            public class Empleado { public string [|HorarioDeTrabajo|] { get; set; } = ""; }
            public class Funcionario { public string [|InicioDoTurno|] { get; set; } = ""; }
            public class Salarie { public string [|HoraireDeTravail|] { get; set; } = ""; }
            public class BusLine { public string ScheduleStart { get; set; } = ""; public string ScheduleEnd { get; set; } = ""; }
            public class Product { public string Pic { get; set; } = ""; }
            """).RunAsync();
}
