using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-first round (issue 12): generic words any application with people in it uses, in every built-in
/// language — the password typed twice at sign-up, the number to call in an emergency, a person's id number written
/// short, and the JWT handed back at sign-in. A schedule's repeat count, a ward's emergency beds, a product's or an
/// invoice's document number and a JWT settings type stay quiet.
/// </summary>
public sealed class RepeatedPasswordsEmergencyNumbersAndIdNumbersTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_password_typed_twice_is_reported_in_six_languages_a_policy_s_repeat_count_is_quiet() =>
        Test("""
            public class UserRegisterInput { public string [|Repassword|] { get; set; } = ""; public string [|PasswordAgain|] { get; set; } = ""; public string [|RepeatPassword|] { get; set; } = ""; }
            public class Registrierung { public string [|PasswortWiederholen|] { get; set; } = ""; }
            public class Registro { public string [|RepetirContrasena|] { get; set; } = ""; public string [|ConfirmarSenha|] { get; set; } = ""; }
            public class Inscription { public string [|ConfirmerMotDePasse|] { get; set; } = ""; }
            public class Inregistrare { public string [|ConfirmareParola|] { get; set; } = ""; }
            public class CambioClaveDto { public string [|ClaveActual|] { get; set; } = ""; public string [|NuevaClave|] { get; set; } = ""; }
            public class Schedule { public int RepeatCount { get; set; } public string Repeat { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task An_emergency_number_on_a_person_is_reported_in_six_languages_a_unit_s_count_is_quiet() =>
        Test("""
            public class Patient { public string [|EmergencyNumber|] { get; set; } = ""; public string [|EmergencyNo|] { get; set; } = ""; }
            public class Mitarbeiter { public string [|Notfallnummer|] { get; set; } = ""; }
            public class Paciente { public string [|TelefonoDeEmergencia|] { get; set; } = ""; public string [|NumeroDeEmergencia|] { get; set; } = ""; }
            public class Funcionario { public string [|TelefoneDeEmergencia|] { get; set; } = ""; }
            public class Employe { public string [|NumeroDUrgence|] { get; set; } = ""; }
            public class Angajat { public string [|TelefonDeUrgenta|] { get; set; } = ""; }
            public class Ward { public int EmergencyBeds { get; set; } public string Number { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_person_s_id_number_written_short_is_reported_a_product_s_a_file_s_and_an_invoice_s_are_quiet() =>
        Test("""
            public class Patient { public string [|Idno|] { get; set; } = ""; }
            public class Nurse { public string [|IDNo|] { get; set; } = ""; }
            public class Mitarbeiter { public string [|Dokumentnummer|] { get; set; } = ""; }
            public class Client { public string [|NumeroDeDocument|] { get; set; } = ""; }
            public class Persoana { public string [|NrAct|] { get; set; } = ""; }
            public class Product { public string IdNo { get; set; } = ""; public string Document { get; set; } = ""; }
            public class Attachment { public string Document { get; set; } = ""; public string Dokumentnummer { get; set; } = ""; }
            public class Document { public string Name { get; set; } = ""; public string DocumentType { get; set; } = ""; public int DocumentId { get; set; } }
            public class Invoice { public string DocumentNumber { get; set; } = ""; public string NrAct { get; set; } = ""; public string NumeroDePiece { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_jwt_handed_back_at_sign_in_is_reported_a_jwt_settings_type_is_quiet() =>
        Test("""
            public class AuthenticateOutput { public string [|Jwt|] { get; set; } = ""; }
            public class UserRegisterOutput { public string [|Jwt|] { get; set; } = ""; public bool Success { get; set; } }
            public class JwtSettings { public string Issuer { get; set; } = ""; public string Audience { get; set; } = ""; public int ExpiryMinutes { get; set; } }
            public class AppSettings { public JwtSettings Jwt { get; set; } = new JwtSettings(); }
            """).RunAsync();

    [Fact]
    public Task A_contact_kept_as_text_on_a_person_is_reported_in_five_spellings_a_navigation_a_firm_s_and_a_contact_s_kind_are_quiet() =>
        Test("""
            public class ContactEntry { public int Id { get; set; } }
            public class Member { public string [|FirstName|] { get; set; } = ""; public string [|Contact|] { get; set; } = ""; }
            public class Mitglied { public string [|Vorname|] { get; set; } = ""; public string [|Kontakt|] { get; set; } = ""; }
            public class Persona { public string [|Nombre|] { get; set; } = ""; public string [|Contacto|] { get; set; } = ""; }
            public class Pessoa { public string [|Nome|] { get; set; } = ""; public string [|Contato|] { get; set; } = ""; }
            public class Customer { public string [|LastName|] { get; set; } = ""; public ContactEntry Contact { get; set; } = new ContactEntry(); public string ContactType { get; set; } = ""; public int ContactId { get; set; } }
            public class Company { public string Contact { get; set; } = ""; }
            public class ProveedorContacto { public string Contacto { get; set; } = ""; public int IdProveedor { get; set; } }
            public class PersonaContacto { public string [|Contacto|] { get; set; } = ""; public int IdPersona { get; set; } }
            public class SiteSettings { public string Contact { get; set; } = ""; }
            """).RunAsync();
}
