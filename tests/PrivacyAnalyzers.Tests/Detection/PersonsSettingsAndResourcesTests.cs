using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-third round (issue 12): a person's record known by its shape rather than its words — settings that
/// name a person's key are that person's (a program's settings stay quiet), and a REST API's "…Resource" is read as a DTO
/// (a type named only "Resource" and .resx-style resource classes keep their reading).
/// </summary>
public sealed class PersonsSettingsAndResourcesTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task Settings_beside_a_person_s_key_or_navigation_are_that_person_s_a_program_s_settings_are_quiet() =>
        Test("""
            public class AppUser { public string Id { get; set; } = ""; }
            public class DietSetting
            {
                public int Id { get; set; }
                public string [|Sex|] { get; set; } = "";
                public int [|Height|] { get; set; }
                public decimal [|Weight|] { get; set; }
                public System.Guid AppUserId { get; set; }
                public virtual AppUser? AppUser { get; set; }
            }
            public class AppUserSettingRequest
            {
                public string [|FirstName|] { get; set; } = "";
                public string UserId { get; set; } = "";
            }
            public class Setting
            {
                public string [|FirstName|] { get; set; } = "";
                public AppUser? Owner { get; set; }
            }
            public class SmtpSettings { public string FromName { get; set; } = ""; public string FromEmail { get; set; } = ""; public int Port { get; set; } }
            public class ReportSettings { public string FirstName { get; set; } = ""; public int Height { get; set; } public int ReportId { get; set; } }
            public class UserFilter { public string FirstName { get; set; } = ""; public string UserId { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Settings_named_in_every_built_in_language_beside_a_person_s_key_are_that_person_s() =>
        Test("""
            public class BenutzerEinstellungen { public string [|Vorname|] { get; set; } = ""; public int BenutzerId { get; set; } }
            public class AjustesCliente { public string [|Nombre|] { get; set; } = ""; public int ClienteId { get; set; } }
            public class ReglagesUtilisateur { public string [|Prenom|] { get; set; } = ""; public int UtilisateurId { get; set; } }
            public class SetariUtilizator { public string [|Prenume|] { get; set; } = ""; public int UtilizatorId { get; set; } }
            public class SmtpEinstellungen { public string Vorname { get; set; } = ""; public int Port { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_rest_resource_is_read_as_a_dto_a_resource_class_and_a_resource_alone_are_quiet() =>
        Test("""
            public class AdresseResource
            {
                public string [|Strasse|] { get; set; } = "";
                public string [|Stadt|] { get; set; } = "";
                public string [|Plz|] { get; set; } = "";
            }
            public class CreateSchuelerRequestResource
            {
                public string [|Geschlecht|] { get; set; } = "";
                public AdresseResource? [|Adresse|] { get; set; }
            }
            public class LoginRequestResource { public string [|Email|] { get; set; } = ""; public string [|Password|] { get; set; } = ""; }
            public class Resource { public string Name { get; set; } = ""; public string Address { get; set; } = ""; }
            public class ImageResource { public string Name { get; set; } = ""; public string Address { get; set; } = ""; }
            public class SharedResources { public string Name { get; set; } = ""; public string Address { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Settings_holding_a_name_beside_a_gender_or_a_birth_date_are_a_person_s_a_program_s_are_quiet() =>
        Test("""
            public class CreateAppUserSettingRequest
            {
                public string [|FirstName|] { get; set; } = "";
                public string [|Sex|] { get; set; } = "";
                public System.DateTime [|BirthDay|] { get; set; }
            }
            public class MailSettings { public string FromName { get; set; } = ""; public string Host { get; set; } = ""; }
            public class DogSettings { public string Name { get; set; } = ""; public string Sex { get; set; } = ""; public string Breed { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Body_composition_is_a_person_s_health_in_every_language_a_product_s_measures_are_quiet() =>
        Test("""
            public class Patient
            {
                public decimal [|BodyFat|] { get; set; }
                public int [|Bmr|] { get; set; }
                public decimal [|MuscleMass|] { get; set; }
                public decimal [|WaistCircumference|] { get; set; }
            }
            public class Patient2 { public decimal [|Koerperfett|] { get; set; } public int [|Grundumsatz|] { get; set; } }
            public class Paciente { public decimal [|GrasaCorporal|] { get; set; } public decimal [|MasaMuscular|] { get; set; } }
            public class Aluno { public decimal [|GorduraCorporal|] { get; set; } public int [|TaxaMetabolicaBasal|] { get; set; } }
            public class Adherent { public decimal [|MasseGrasse|] { get; set; } public decimal [|TourDeTaille|] { get; set; } }
            public class Pacient { public decimal [|GrasimeCorporala|] { get; set; } public int [|MetabolismBazal|] { get; set; } }
            public class Product { public decimal BodyFat { get; set; } public decimal MuscleMass { get; set; } public decimal Weight { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_person_s_contact_details_kept_as_one_object_or_one_text_are_reported_a_firm_s_are_quiet() =>
        Test("""
            public class KontaktdatenResource { public string Value { get; set; } = ""; }
            public class DateContact { public string Value { get; set; } = ""; }
            public class Schueler { public int Klasse { get; set; } public KontaktdatenResource? [|Primary|] { get; set; } }
            public class Customer { public int Level { get; set; } public string [|ContactInfo|] { get; set; } = ""; public string [|ContactDetails|] { get; set; } = ""; }
            public class Client { public int Nivel { get; set; } public DateContact? [|Primary|] { get; set; } }
            public class Company { public string ContactInfo { get; set; } = ""; }
            public class Firma { public KontaktdatenResource? Primary { get; set; } }
            """).RunAsync();
}
