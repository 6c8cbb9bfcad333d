using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-fourth round (issue 12): a student's matriculation number in six languages (MatricNumber, MatricNum,
/// Matrikelnummer, NumeroDeAlumno, Matricula, NumeroEtudiant, NrMatricol) wherever it is kept — a student's record, a
/// students' union's voter and admin, a vote's row — and a nickname written short ("Nick") on a person's record. A car's
/// and a company's registration number, a course's code and a thing's "nick" stay quiet.
/// </summary>
public sealed class StudentNumbersAndNicknamesTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_student_s_matriculation_number_is_reported_in_six_languages_wherever_it_is_kept() =>
        Test("""
            public class Voter { public int Id { get; set; } public string [|MatricNumber|] { get; set; } = ""; }
            public class Admin { public int Id { get; set; } public string [|MatricNum|] { get; set; } = ""; }
            public class VoteDto { public int Id { get; set; } public string [|MatricNumber|] { get; set; } = ""; public int ElectionId { get; set; } }
            public class CreateRequest { public int ID { get; set; } public string [|MatriculationNo|] { get; set; } = ""; }
            public class Studierender { public int Id { get; set; } public string [|Matrikelnummer|] { get; set; } = ""; }
            public class PruefungsAnmeldung { public int Id { get; set; } public string [|MatrikelNr|] { get; set; } = ""; public int PruefungId { get; set; } }
            public class Alumno { public int Id { get; set; } public string [|NumeroDeAlumno|] { get; set; } = ""; }
            public class Aluno { public int Id { get; set; } public string [|Matricula|] { get; set; } = ""; }
            public class Etudiant { public int Id { get; set; } public string [|NumeroEtudiant|] { get; set; } = ""; }
            public class Student { public int Id { get; set; } public string [|NrMatricol|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_car_s_and_a_company_s_registration_number_and_a_course_s_code_stay_quiet() =>
        Test("""
            public class Vehicle { public int Id { get; set; } public string RegistrationNumber { get; set; } = ""; }
            public class Company { public int Id { get; set; } public string RegistrationNumber { get; set; } = ""; }
            public class Course { public int Id { get; set; } public string Code { get; set; } = ""; public string Title { get; set; } = ""; }
            public class Fahrzeug { public int Id { get; set; } public string Kennzeichen { get; set; } = ""; }
            public class Veiculo { public int Id { get; set; } public string Matricula { get; set; } = ""; }
            public class Chantier { public int Id { get; set; } public string Matricule { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_nickname_written_short_is_reported_on_a_person_s_record() =>
        Test("""
            public class Usuario { public int Id { get; set; } public string [|Nick|] { get; set; } = ""; }
            public class Membre { public int Id { get; set; } public string [|Nick|] { get; set; } = ""; }
            public class Spieler { public int Id { get; set; } public string [|Nick|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_thing_s_nick_stays_quiet() =>
        Test("""
            public class BladeDefect { public int Id { get; set; } public string Nick { get; set; } = ""; public double Depth { get; set; } }
            public class ChannelSettings { public string Nick { get; set; } = ""; public string Server { get; set; } = ""; }
            """).RunAsync();
}
