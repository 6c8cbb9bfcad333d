using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's eighteenth round (issue 12), from published person models rather than the corpus (schema.org Person, vCard 4,
/// OpenID Connect claims, FHIR Patient / RelatedPerson, an HR master record): a person's death (date strong, flag and
/// place weak), the spouse and the person to call kept by name, vCard's name parts and the short first/last/middle name,
/// in every language the vocabulary has. Each table has its quiet neighbours.
/// </summary>
public sealed class PublishedPersonModelTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_person_s_date_of_death_is_reported_in_every_language_whether_and_where_on_a_person_s_record() =>
        Test("""
            using System;
            public class Patient { public int Id { get; set; } public DateTime? [|DeceasedDateTime|] { get; set; } public bool [|IsDeceased|] { get; set; } public string [|PlaceOfDeath|] { get; set; } = ""; }
            public class Ahnen { public int Id { get; set; } public DateTime [|Sterbedatum|] { get; set; } public DateTime [|Todesdatum|] { get; set; } }
            public class Registro { public int Id { get; set; } public DateTime [|FechaDefuncion|] { get; set; } public DateTime [|FechaFallecimiento|] { get; set; } }
            public class Falecimento { public int Id { get; set; } public DateTime [|DataObito|] { get; set; } public DateTime [|DataFalecimento|] { get; set; } }
            public class Certificat { public int Id { get; set; } public DateTime [|DataDecesului|] { get; set; } public DateTime [|DateDuDeces|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_deceased_flag_and_a_place_of_death_off_a_person_s_record_stay_quiet_as_does_a_game_s_death_count() =>
        Test("""
            public class Tree { public int Id { get; set; } public bool IsDeceased { get; set; } public string PlaceOfDeath { get; set; } = ""; }
            public class Planta { public int Id { get; set; } public bool Fallecido { get; set; } public string LugarDefuncion { get; set; } = ""; }
            public class Level { public int Id { get; set; } public int DeathCount { get; set; } public string DeathSound { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task The_spouse_and_the_person_to_call_kept_by_name_on_a_person_s_record_are_reported_in_every_language() =>
        Test("""
            public class Employee { public int Id { get; set; } public string [|Spouse|] { get; set; } = ""; public string [|NextOfKin|] { get; set; } = ""; public string [|EmergencyContact|] { get; set; } = ""; }
            public class Mitarbeiter { public int Id { get; set; } public string [|Ehepartner|] { get; set; } = ""; public string [|Ehegatte|] { get; set; } = ""; }
            public class Empleado { public int Id { get; set; } public string [|Conyuge|] { get; set; } = ""; public string [|Esposa|] { get; set; } = ""; }
            public class Funcionario { public int Id { get; set; } public string [|Conjuge|] { get; set; } = ""; }
            public class Angajat { public int Id { get; set; } public string [|Sot|] { get; set; } = ""; public string [|ContactUrgenta|] { get; set; } = ""; }
            public class Salarie { public int Id { get; set; } public string [|Conjoint|] { get; set; } = ""; public string [|PersonneAPrevenir|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Kin_words_off_a_person_s_record_and_not_held_as_text_stay_quiet() =>
        Test("""
            public class Article { public int Id { get; set; } public string NextOfKin { get; set; } = ""; public string Esposa { get; set; } = ""; }
            public class Produs { public int Id { get; set; } public string Sot { get; set; } = ""; public decimal Pret { get; set; } }
            public class Household { public int Id { get; set; } public bool Spouse { get; set; } public int Conjoint { get; set; } }
            """).RunAsync();

    [Fact]
    public Task VCard_name_parts_and_short_first_last_and_middle_names_are_reported_on_a_person() =>
        Test("""
            public class Contact { public int Id { get; set; } public string [|HonorificPrefix|] { get; set; } = ""; public string [|NameSuffix|] { get; set; } = ""; public string [|Fname|] { get; set; } = ""; public string [|Lname|] { get; set; } = ""; public string [|Mname|] { get; set; } = ""; }
            public class Kunde { public int Id { get; set; } public string [|Namenszusatz|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_file_s_fname_and_a_product_s_name_suffix_stay_quiet() =>
        Test("""
            public class Upload { public int Id { get; set; } public string Fname { get; set; } = ""; public long Size { get; set; } }
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public string NameSuffix { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_foreign_national_s_residence_permit_visa_and_work_permit_are_reported_in_every_language() =>
        Test("""
            public class Employee { public int Id { get; set; } public string [|ResidencePermitNumber|] { get; set; } = ""; public string [|VisaNumber|] { get; set; } = ""; public string [|WorkPermit|] { get; set; } = ""; }
            public class Mitarbeiter { public int Id { get; set; } public string [|Aufenthaltstitel|] { get; set; } = ""; public string [|Arbeitserlaubnis|] { get; set; } = ""; }
            public class Empleado { public int Id { get; set; } public string [|PermisoDeResidencia|] { get; set; } = ""; public string [|PermisoDeTrabajo|] { get; set; } = ""; }
            public class Funcionario { public int Id { get; set; } public string [|AutorizacaoDeResidencia|] { get; set; } = ""; public string [|NumeroVisto|] { get; set; } = ""; }
            public class Angajat { public int Id { get; set; } public string [|PermisDeSedere|] { get; set; } = ""; public string [|NumarViza|] { get; set; } = ""; }
            public class Salarie { public int Id { get; set; } public string [|NumeroDeVisa|] { get; set; } = ""; public string [|AutorisationDeTravail|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_site_s_work_permit_and_a_building_s_permits_stay_quiet() =>
        Test("""
            public class Job { public int Id { get; set; } public string WorkPermit { get; set; } = ""; public string Site { get; set; } = ""; }
            public class Baustelle { public int Id { get; set; } public string Arbeitsgenehmigung { get; set; } = ""; }
            public class Obra { public int Id { get; set; } public string PermisoDeTrabajo { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task An_employee_master_record_s_pay_grade_tax_class_children_and_medical_history_are_reported_in_every_language() =>
        Test("""
            public class Employee { public int Id { get; set; } public string [|PayGrade|] { get; set; } = ""; public int [|TaxClass|] { get; set; } }
            public class Mitarbeiter { public int Id { get; set; } public int [|Steuerklasse|] { get; set; } public int [|Kinderanzahl|] { get; set; } public string [|Krankengeschichte|] { get; set; } = ""; }
            public class Empleado { public int Id { get; set; } public string [|NumeroEmpleado|] { get; set; } = ""; public string [|GradoSalarial|] { get; set; } = ""; }
            public class Funcionario { public int Id { get; set; } public int [|NumeroFilhos|] { get; set; } public string [|FaixaSalarial|] { get; set; } = ""; }
            public class Angajat { public int Id { get; set; } public string [|GradSalarial|] { get; set; } = ""; }
            public class Salarie { public int Id { get; set; } public string [|GrilleSalariale|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_product_s_grade_a_vehicle_s_tax_class_and_a_catalogue_s_counts_stay_quiet() =>
        Test("""
            public class Vehicle { public int Id { get; set; } public int TaxClass { get; set; } public string Model { get; set; } = ""; }
            public class Fahrzeug { public int Id { get; set; } public int Steuerklasse { get; set; } }
            public class Produto { public int Id { get; set; } public int NumeroFilhos { get; set; } public string FaixaSalarial { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_person_s_pronouns_and_post_office_box_are_reported_in_every_language() =>
        Test("""
            public class Member { public int Id { get; set; } public string [|Pronouns|] { get; set; } = ""; public string [|PoBox|] { get; set; } = ""; }
            public class Kunde { public int Id { get; set; } public string [|Pronomen|] { get; set; } = ""; }
            public class Cliente { public int Id { get; set; } public string [|Pronombres|] { get; set; } = ""; public string [|ApartadoPostal|] { get; set; } = ""; }
            public class Aluno { public int Id { get; set; } public string [|Pronomes|] { get; set; } = ""; public string [|CaixaPostal|] { get; set; } = ""; }
            public class Client { public int Id { get; set; } public string [|Pronume|] { get; set; } = ""; public string [|CasutaPostala|] { get; set; } = ""; }
            public class Adherent { public int Id { get; set; } public string [|Pronoms|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_grammar_lesson_s_pronouns_and_a_warehouse_s_box_stay_quiet() =>
        Test("""
            public class Lesson { public int Id { get; set; } public string Pronouns { get; set; } = ""; public string Title { get; set; } = ""; }
            public class Leccion { public int Id { get; set; } public string Pronombres { get; set; } = ""; }
            public class Warehouse { public int Id { get; set; } public string BoxNumber { get; set; } = ""; }
            """).RunAsync();
}
