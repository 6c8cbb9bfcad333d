using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's fourteenth round (issue 12), from the thirteenth fresh set's misses, built as whole classes: a person's sex
/// kept as a flag, the parts of a town below it in every language, a person's insurance number said without "social" or
/// "health" — each beside the quiet neighbour its word needs.
/// </summary>
public sealed class SexTownPartsAndInsuranceNumberTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_sex_kept_as_a_flag_named_by_a_strong_gender_word_alone_is_reported() =>
        Test("""
            public class Student { public string [|FullName|] { get; set; } = ""; public bool? [|Gender|] { get; set; } }
            public class StaffDTO { public bool [|Sex|] { get; set; } }
            public class Mitarbeiter { public bool [|Geschlecht|] { get; set; } }
            public class Alumno { public bool? [|Sexo|] { get; set; } }
            public class Adherent { public bool [|Sexe|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task Flags_named_around_a_gender_word_and_other_flags_are_quiet() =>
        Test("""
            public class Student { public bool IsActive { get; set; } public bool EmailConfirmed { get; set; } public bool ShowGender { get; set; } public bool GenderRequired { get; set; } }
            public class Book { public bool Genre { get; set; } }
            public class Persona { public bool? Genero { get; set; } }
            """).RunAsync();

    [Fact]
    public Task Parts_of_a_town_below_it_are_reported_on_a_person_s_record() =>
        Test("""
            public class Student { public string [|FullName|] { get; set; } = ""; public string? [|District|] { get; set; } public string? [|Ward|] { get; set; } public string? [|Suburb|] { get; set; } }
            public class Kunde { public string [|Stadtteil|] { get; set; } = ""; public string [|Bezirk|] { get; set; } = ""; }
            public class Client { public string Sector { get; set; } = ""; public string [|Cartier|] { get; set; } = ""; }
            public class Cliente { public string [|Corregimiento|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Parts_of_a_town_are_quiet_off_a_person_s_record() =>
        Test("""
            public class Bed { public string Ward { get; set; } = ""; public int Number { get; set; } }
            public class School { public string District { get; set; } = ""; public string Name { get; set; } = ""; }
            public class Filiale { public string Bezirk { get; set; } = ""; }
            public class AddressFormVm { public string [|ContactName|] { get; set; } = ""; public System.Collections.Generic.IList<string> Districts { get; set; } = null!; public string[] Wards { get; set; } = null!; }
            """).RunAsync();

    [Fact]
    public Task An_insurance_number_on_a_person_s_record_is_reported_and_an_identity_card_written_as_one_word_anywhere() =>
        Test("""
            public class Student { public string [|FullName|] { get; set; } = ""; public string? [|InsuranceNumber|] { get; set; } }
            public class Staff { public string? [|Idcard|] { get; set; } }
            public class Cliente { public string [|NumeroDeSeguro|] { get; set; } = ""; public string [|NumeroAfiliacion|] { get; set; } = ""; }
            public class Pacient { public string [|NumarAsigurare|] { get; set; } = ""; }
            public class Patient { public string [|NumeroDAssure|] { get; set; } = ""; }
            public class Segurado { public string [|NumeroDeSegurado|] { get; set; } = ""; }
            public class Mitglied { public string [|VersicherungsNr|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_car_s_or_a_property_s_insurance_number_is_quiet() =>
        Test("""
            public class Car { public string InsuranceNumber { get; set; } = ""; public string Plate { get; set; } = ""; }
            public class Property { public string InsuranceNumber { get; set; } = ""; public decimal Price { get; set; } }
            public class Vehiculo { public string NumeroDeSeguro { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task What_a_medical_examination_found_is_reported_in_every_language() =>
        Test("""
            public class Patient { public string [|Nom|] { get; set; } = ""; public string [|ResultatsExamens|] { get; set; } = ""; }
            public class ExamenMedical { public int Id { get; set; } public string [|Resultat|] { get; set; } = ""; }
            public class Visit { public string [|MedicalExamResult|] { get; set; } = ""; }
            public class Paciente { public string [|ResultadoDeExamen|] { get; set; } = ""; }
            public class Consulta { public string [|ResultadosDeExamenesMedicos|] { get; set; } = ""; }
            public class Besuch { public string [|Laborbefund|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task An_exam_s_result_without_a_medical_word_is_quiet_off_a_person_s_record() =>
        Test("""
            public class Examen { public int Id { get; set; } public string Resultat { get; set; } = ""; public string Matiere { get; set; } = ""; }
            public class Pruefung { public string Befund { get; set; } = ""; }
            public class Session { public string ResultadoDeExamen { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_thing_s_name_beside_its_key_on_a_row_a_person_owns_is_quiet_the_payer_s_name_is_reported() =>
        Test("""
            public class Staff { public string StaffId { get; set; } = ""; public string [|FullName|] { get; set; } = ""; }
            public class RoomInvoiceDTO
            {
                public string? StaffID { get; set; }
                public string? RoomID { get; set; }
                public string? RoomName { get; set; }
                public string? BuildingID { get; set; }
                public string? BuildingName { get; set; }
                public string? PayerID { get; set; }
                public string? [|PayerName|] { get; set; }
                public decimal? TotalAmount { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task A_payer_s_name_is_reported_in_every_language() =>
        Test("""
            public class Invoice { public decimal Total { get; set; } public string [|PayerName|] { get; set; } = ""; }
            public class Rechnung { public string [|ZahlerName|] { get; set; } = ""; }
            public class Factura { public string [|NombrePagador|] { get; set; } = ""; }
            public class Facture { public string [|NomPayeur|] { get; set; } = ""; }
            public class Factura2 { public string [|NumePlatitor|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_sex_kept_as_a_flag_named_for_one_of_its_values_is_reported_on_a_person_s_record() =>
        Test("""
            public class Student { public string [|FullName|] { get; set; } = ""; public bool [|IsMale|] { get; set; } }
            public class Mitarbeiter { public string [|Vorname|] { get; set; } = ""; public bool [|IstWeiblich|] { get; set; } }
            public class Alumno { public string [|Nombre|] { get; set; } = ""; public bool [|EsHombre|] { get; set; } }
            public class Paciente { public bool? [|Masculino|] { get; set; } }
            public class Adherent { public bool [|EstFemme|] { get; set; } }
            public class Angajat { public bool [|EsteBarbat|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_flag_named_for_a_sex_off_a_person_s_record_is_quiet() =>
        Test("""
            public class Product { public string Name { get; set; } = ""; public bool Male { get; set; } public bool Female { get; set; } }
            public class Produto { public bool Feminino { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_patient_s_prescriptions_kept_as_one_text_are_reported_a_list_of_them_off_a_person_is_quiet() =>
        Test("""
            public class DossierPatient { public string [|AntecedentsMedicaux|] { get; set; } = ""; public string [|Ordonnances|] { get; set; } = ""; }
            public class Patient { public string [|Prescriptions|] { get; set; } = ""; }
            public class Paciente { public string [|Prescricoes|] { get; set; } = ""; }
            public class Pacient { public string [|Prescriptii|] { get; set; } = ""; }
            public class Pharmacy { public string Name { get; set; } = ""; public string Prescriptions { get; set; } = ""; public string Ordonnances { get; set; } = ""; }
            """).RunAsync();
}
