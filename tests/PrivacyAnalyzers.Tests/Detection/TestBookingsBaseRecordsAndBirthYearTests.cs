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
}
