using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's fourteenth round (issue 12): people named by their trade or office (a mechanic, a recruiter, a judge, a
/// lawyer, a child's guardian) in every built-in language — their own records are theirs, a text member named by the trade
/// holds the person's name — while the rows of their work (a vacancy a recruiter posts, a class a teacher heads) and a
/// workshop named by the adjective stay quiet.
/// </summary>
public sealed class PeopleByTradeTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_person_named_by_a_trade_owns_their_record_in_every_language_a_workshop_named_by_the_adjective_is_quiet() =>
        Test("""
            public class MechanicEntity { public string [|Name|] { get; set; } = ""; public bool CarPainter { get; set; } }
            public class Recruiter { public string? [|Name|] { get; set; } public string? [|Avatar|] { get; set; } }
            public class Mechaniker { public string [|Name|] { get; set; } = ""; }
            public class Abogado { public string [|Nombre|] { get; set; } = ""; }
            public class Advogado { public string [|Nome|] { get; set; } = ""; }
            public class Mecanicien { public string [|Nom|] { get; set; } = ""; }
            public class Judecator { public string [|Nume|] { get; set; } = ""; }
            public class TallerMecanico { public string Nombre { get; set; } = ""; }
            public class OficinaMecanica { public string Nome { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Text_named_by_a_trade_alone_or_after_a_modifier_on_a_client_s_row_is_that_person_s_name_a_count_a_list_and_a_flag_are_quiet() =>
        Test("""
            using System.Collections.Generic;
            public class CourtCase
            {
                public int ClientId { get; set; }
                public string CaseNumber { get; set; } = "";
                public string [|Judge|] { get; set; } = "";
                public string [|OpposingCounsel|] { get; set; } = "";
                public int JudgeCount { get; set; }
                public List<string> Judges { get; set; } = new();
                public bool HasCounsel { get; set; }
            }
            public class Alumnos { public string [|Acudiente|] { get; set; } = ""; }
            public class Verfahren { public int KundeId { get; set; } public string [|Richter|] { get; set; } = ""; }
            public class Caso { public int ClienteId { get; set; } public string [|Juez|] { get; set; } = ""; }
            public class Processo { public int ClienteId { get; set; } public string [|Advogado|] { get; set; } = ""; }
            public class Affaire { public int ClientId { get; set; } public string [|Avocat|] { get; set; } = ""; }
            public class Cauza { public int ClientId { get; set; } public string [|Judecator|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task The_rows_of_a_trade_s_work_are_not_the_worker_s_record_a_client_s_row_still_is() =>
        Test("""
            using System.Collections.Generic;
            public class Vacancy
            {
                public string? JobTitle { get; set; }
                public string? Location { get; set; }
                public int? RecruiterId { get; set; }
            }
            public class Diriginte { public string [|Nume|] { get; set; } = ""; public ICollection<Clasa> Clase { get; set; } = new List<Clasa>(); }
            public class Clasa { public string NumeClasa { get; set; } = ""; public Diriginte Diriginte { get; set; } = new(); }
            public class ClientNote
            {
                public string? [|Location|] { get; set; }
                public int? ClientId { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task A_place_of_residence_and_an_official_title_are_a_person_s_in_every_language_a_practice_s_own_details_and_a_channel_are_quiet() =>
        Test("""
            public class MechanicEntity { public string [|Name|] { get; set; } = ""; public string [|ResidencePlace|] { get; set; } = ""; }
            public class Employee { public string [|PlaceOfResidence|] { get; set; } = ""; public string [|Designation|] { get; set; } = ""; }
            public class Lehrkraft { public string [|Amtsbezeichnung|] { get; set; } = ""; public string [|Wohnsitz|] { get; set; } = ""; }
            public class Cliente { public string [|LugarDeResidencia|] { get; set; } = ""; }
            public class Funcionario { public string [|LocalDeResidencia|] { get; set; } = ""; }
            public class Adherent { public string [|LieuDeResidence|] { get; set; } = ""; }
            public class Angajat { public string [|LocDeResedinta|] { get; set; } = ""; }
            public class CabinetMedical
            {
                public int id_cabinet { get; set; }
                public string Nom { get; set; } = "";
                public string Adresse { get; set; } = "";
                public string Telephone { get; set; } = "";
                public string Email { get; set; } = "";
            }
            public class MedicalPractice { public string Name { get; set; } = ""; public string Email { get; set; } = ""; public string Phone { get; set; } = ""; }
            public class Arztpraxis { public string Name { get; set; } = ""; public string Email { get; set; } = ""; public string Telefon { get; set; } = ""; }
            public class Consultorio { public string Nombre { get; set; } = ""; public string Email { get; set; } = ""; public string Telefono { get; set; } = ""; }
            public class EscritorioDeAdvocacia { public string Nome { get; set; } = ""; public string Email { get; set; } = ""; public string Telefone { get; set; } = ""; }
            public class Spital { public string Nume { get; set; } = ""; public string Email { get; set; } = ""; public string Telefon { get; set; } = ""; }
            public class FeedbackCliente
            {
                public int IDFeedback { get; set; }
                public int IDCliente { get; set; }
                public string [|Comentario|] { get; set; } = "";
                public string StatusDoFeedback { get; set; } = "";
                public string CanalDoFeedback { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task An_employee_s_working_time_and_emergency_contact_are_theirs_in_every_language_a_shop_s_hours_are_quiet() =>
        Test("""
            public class EmployeeDetailsDTO { public string [|CNP|] { get; set; } = ""; public string [|OraIntrare|] { get; set; } = ""; public string [|OraIesire|] { get; set; } = ""; }
            public class Mitarbeiter { public System.DateTime [|Kommzeit|] { get; set; } public System.DateTime [|Gehzeit|] { get; set; } }
            public class Empleado { public string [|HoraDeEntrada|] { get; set; } = ""; public string [|HoraDeSalida|] { get; set; } = ""; }
            public class Funcionario
            {
                public string [|ContatoEmergencia|] { get; set; } = "";
                public System.DateTime [|HorarioDeEntrada|] { get; set; }
            }
            public class ControleDePermissao { public int IDFuncionario { get; set; } public System.DateTime [|DataEHoraDeAcesso|] { get; set; } }
            public class Salarie { public string [|HeureDArrivee|] { get; set; } = ""; }
            public class Magazin { public string OraIntrare { get; set; } = ""; }
            public class Tienda { public string HoraDeEntrada { get; set; } = ""; }
            public class Loja { public System.DateTime HorarioDeEntrada { get; set; } }
            public class Filiale { public System.DateTime Arbeitsbeginn { get; set; } }
            """).RunAsync();

    [Fact]
    public Task An_employee_s_badge_number_is_theirs_in_every_language_a_game_s_badges_are_quiet() =>
        Test("""
            public class EmployeeDetailsDTO { public long Id { get; set; } public string [|NrLegitimatie|] { get; set; } = ""; }
            public class Employee { public string [|BadgeNumber|] { get; set; } = ""; }
            public class Mitarbeiter { public string [|Dienstausweisnummer|] { get; set; } = ""; }
            public class Empleado { public string [|NumeroDeGafete|] { get; set; } = ""; }
            public class Funcionario { public string [|NumeroDoCracha|] { get; set; } = ""; }
            public class Salarie { public string [|NumeroDeBadge|] { get; set; } = ""; }
            public class Badge { public string Name { get; set; } = ""; public int Level { get; set; } public int Number { get; set; } }
            public class UserProfile { public int BadgeCount { get; set; } }
            """).RunAsync();
}
