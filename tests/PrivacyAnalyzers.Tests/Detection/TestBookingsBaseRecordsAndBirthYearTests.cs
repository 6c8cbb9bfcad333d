using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001 after the nineteenth set was read, twenty-first round (issue 12): a record named with "Tests" first is a booking
/// for a test, not a test suite; a record's shared "Base" part is read as the record; a date of birth kept as its year.
/// </summary>
public sealed class TestBookingsBaseRecordsAndBirthYearTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_record_named_with_tests_first_is_a_person_s_booking_a_suite_named_with_tests_last_stays_quiet() =>
        Test("""
            public class TestsAppointment
            {
                public int Id { get; set; }
                public string [|Name|] { get; set; } = "";
                public string [|Address|] { get; set; } = "";
                public string [|PhoneNumber|] { get; set; } = "";
                public int [|Age|] { get; set; }
                public string [|Gender|] { get; set; } = "";
            }
            public class AppointmentTests
            {
                public string Name { get; set; } = "";
                public string Address { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
                public int Age { get; set; }
                public string Gender { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task A_record_s_base_part_is_read_as_the_record_a_thing_s_base_part_stays_quiet() =>
        Test("""
            public class SpeakerBaseDto { public string [|Name|] { get; set; } = ""; public string [|Email|] { get; set; } = ""; }
            public class PersonBase { public string [|Name|] { get; set; } = ""; }
            public class ProductBase { public string Name { get; set; } = ""; }
            public class Base { public int Id { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_birth_year_is_a_date_of_birth_in_every_language_a_model_year_is_not() =>
        Test("""
            public class VaccineAppointment { public string [|Name|] { get; set; } = ""; public int [|BirthYear|] { get; set; } }
            public class Patient { public int [|YearOfBirth|] { get; set; } }
            public class Laeufer { public string [|Vorname|] { get; set; } = ""; public int [|Geburtsjahrgang|] { get; set; } }
            public class Paciente { public int [|AnioNacimiento|] { get; set; } }
            public class Aluno { public int [|AnoNascimento|] { get; set; } }
            public class Persoana { public int [|AnNastere|] { get; set; } }
            public class Personne { public int [|AnneeNaissance|] { get; set; } }
            public class Car { public int ModelYear { get; set; } public int YearBuilt { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_gender_kept_as_a_lookup_s_key_is_the_person_s_gender_in_every_language_the_lookup_s_own_key_is_not() =>
        Test("""
            public class Person { public string [|Name|] { get; set; } = ""; public int [|GenderId|] { get; set; } }
            public class TblPersona { public string [|PeNombre|] { get; set; } = ""; public int [|PeSexoId|] { get; set; } }
            public class UsuarioDto { public int? [|IdGenero|] { get; set; } }
            public class Cliente { public int [|GeneroId|] { get; set; } }
            public class Mitarbeiter { public int [|GeschlechtId|] { get; set; } }
            public class Personne { public int [|SexeId|] { get; set; } }
            public class Angajat { public int [|IdSex|] { get; set; } }
            public class MatrimonioRequest { public int [|PeSexoIdEsposa|] { get; set; } }
            public class Gender { public int GenderId { get; set; } public string Name { get; set; } = ""; }
            public class TblSexo { public int SexoId { get; set; } public string SexoAbreviacion { get; set; } = ""; }
            public class Product { public string Name { get; set; } = ""; public int CountryId { get; set; } public int SexId { get; set; } }
            public class Movie { public int GenreId { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_parent_named_alone_or_after_a_column_prefix_is_a_name_a_tree_s_parent_is_not() =>
        Test("""
            public class Alumno { public string [|Nombre|] { get; set; } = ""; public string [|Padre|] { get; set; } = ""; public string [|Madre|] { get; set; } = ""; }
            public class Child { public string [|Father|] { get; set; } = ""; public string [|Mother|] { get; set; } = ""; }
            public class Schueler { public string [|Vater|] { get; set; } = ""; public string [|Mutter|] { get; set; } = ""; }
            public class Aluno { public string [|Pai|] { get; set; } = ""; public string [|Mae|] { get; set; } = ""; }
            public class Enfant { public string [|Pere|] { get; set; } = ""; public string [|Mere|] { get; set; } = ""; }
            public class Copil { public string [|Tata|] { get; set; } = ""; }
            public class TblSacramento { public System.DateTime [|ScFechaNacimiento|] { get; set; } public string [|ScPadre|] { get; set; } = ""; public string [|ScMadrina|] { get; set; } = ""; public string [|ScTestigo1|] { get; set; } = ""; }
            public class MatrimonioRequest { public System.DateTime [|FechaNacimientoEsposo|] { get; set; } public string [|ScPadreEsposo|] { get; set; } = ""; }
            public class TreeNode { public string Parent { get; set; } = ""; public string Label { get; set; } = ""; }
            public class Categoria { public string CategoriaPadre { get; set; } = ""; public string MenuPai { get; set; } = ""; public int IdPadre { get; set; } }
            """).RunAsync();

    [Fact]
    public Task The_clergy_and_a_health_professional_are_people_a_parish_is_not() =>
        Test("""
            public class Priest { public string [|Name|] { get; set; } = ""; }
            public class TblSacerdote { public string [|ScNombre|] { get; set; } = ""; }
            public class Pfarrer { public string [|Name|] { get; set; } = ""; }
            public class Preot { public string [|Nume|] { get; set; } = ""; }
            public class Pretre { public string [|Nom|] { get; set; } = ""; }
            public class HealthcareProfessional { public string [|HealthcareProfessionalName|] { get; set; } = ""; }
            public class Parish { public string Name { get; set; } = ""; }
            public class TblCategoriaSacerdote { public string CsNombre { get; set; } = ""; }
            public class CategoriaSacerdoteSelectResponse { public string CsNombre { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_complaint_s_title_is_the_complainant_s_words_in_every_language_a_course_s_title_is_not() =>
        Test("""
            public class Complaint { public int Id { get; set; } public string [|ComplaintTitle|] { get; set; } = ""; }
            public class Queja { public string [|TituloQueja|] { get; set; } = ""; }
            public class Reclamacao { public string [|TituloReclamacao|] { get; set; } = ""; }
            public class Reclamation { public string [|TitreReclamation|] { get; set; } = ""; }
            public class Beschwerde { public string [|Beschwerdetitel|] { get; set; } = ""; }
            public class Sesizare { public string [|TitluSesizare|] { get; set; } = ""; }
            public class Course { public string CourseTitle { get; set; } = ""; public string Title { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_national_identity_card_named_NIC_is_a_person_s_a_server_s_network_card_is_not() =>
        Test("""
            public class Patient { public string [|Name|] { get; set; } = ""; public string [|Nic|] { get; set; } = ""; }
            public class Server { public string HostName { get; set; } = ""; public string Nic { get; set; } = ""; }
            public class VirtualMachine { public string Nic { get; set; } = ""; }
            """).RunAsync();
}
