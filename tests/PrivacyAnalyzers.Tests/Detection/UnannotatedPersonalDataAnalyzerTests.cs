using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>PRIV001: what is reported (languages, types, contexts) and what must stay quiet.</summary>
public sealed class UnannotatedPersonalDataAnalyzerTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    private static string Message(string member, string category, string? evidence = null) =>
        Priv001Messages.Message(member, category, evidence ?? WordsOf(member));

    /// <summary>The evidence when the whole member name is the term: "the word 'email'", "the words 'first name'".</summary>
    internal static string WordsOf(string member)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(member, @"\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|[0-9]+")
            .Select(m => m.Value.ToLowerInvariant()).ToArray();
        return (words.Length > 1 ? "the words '" : "the word '") + string.Join(" ", words) + "'";
    }

    // --- English ---------------------------------------------------------------------------------------------------

    [Fact]
    public Task English_customer_entity_reports_each_member_with_its_category() =>
        Test("""
            public class Customer
            {
                public int Id { get; set; }
                public string [|FirstName|] { get; set; } = "";
                public string [|LastName|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
                public string? [|PhoneNumber|] { get; set; }
                public System.DateOnly [|DateOfBirth|] { get; set; }
                public string? [|Iban|] { get; set; }
                public string [|PasswordHash|] { get; set; } = "";
                public decimal [|Balance|] { get; set; }
            }
            """)
            .WithMessages(
                Message("FirstName", "Identity.Name"),
                Message("LastName", "Identity.Name"),
                Message("Email", "Contact.Email"),
                Message("PhoneNumber", "Contact.Phone"),
                Message("DateOfBirth", "Identity.DateOfBirth"),
                Message("Iban", "Financial.BankAccount"),
                Message("PasswordHash", "Credentials.Password"),
                // A customer's balance is the customer's money (nineteenth round).
                Message("Balance", "Financial", "the word 'balance' in type Customer"))
            .RunAsync();

    [Fact]
    public Task Acronyms_are_read_as_words() =>
        Test("""
            public class Person
            {
                public string? [|SSN|] { get; set; }
                public string? [|userSSN|];
                public string? [|IBANCode|] { get; set; }
                public string? [|CNP|] { get; set; }
            }
            """)
            .WithMessages(
                Message("SSN", "Identity.NationalId"),
                Message("userSSN", "Identity.NationalId", "the word 'ssn'"),
                Message("IBANCode", "Financial.BankAccount", "the word 'iban'"),
                Message("CNP", "Identity.NationalId"))
            .RunAsync();

    [Fact]
    public Task Name_is_personal_data_on_a_customer() =>
        Test("public class Customer { public string [|Name|] { get; set; } = \"\"; }")
            .WithMessages(Message("Name", "Identity.Name", "the word 'name' in type Customer"))
            .RunAsync();

    [Fact]
    public Task Name_is_not_personal_data_on_a_product_category_or_file() =>
        Test("""
            public class Product { public string Name { get; set; } = ""; public string Description { get; set; } = ""; }
            public class Category { public string Name { get; set; } = ""; }
            public class UploadedFile { public string Name { get; set; } = ""; }
            public class Company { public string Name { get; set; } = ""; public string Address { get; set; } = ""; public string Iban { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Modifiers_that_name_a_thing_are_not_personal_data() =>
        Test("""
            public class Customer
            {
                public string FileName { get; set; } = "";
                public string HostName { get; set; } = "";
                public string ProductName { get; set; } = "";
                public string TemplateName { get; set; } = "";
                public string CompanyName { get; set; } = "";
                public string BankName { get; set; } = "";
                public string EmailSubject { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Status_flags_lengths_and_types_are_not_personal_data() =>
        Test("""
            public enum AddressType { Home, Work }
            public class User
            {
                public bool EmailConfirmed { get; set; }
                public bool PhoneNumberConfirmed { get; set; }
                public bool EmailEnabled { get; set; }
                public AddressType AddressType { get; set; }
                public int MaxEmailLength { get; set; }
                public string PhoneFormat { get; set; } = "";
                public PasswordPolicy PasswordPolicy { get; set; } = new();
                public System.Guid Id { get; set; }
            }
            public class PasswordPolicy { public int MinLength { get; set; } }
            """).RunAsync();

    [Fact]
    public Task Email_template_subject_and_settings_are_quiet() =>
        Test("""
            using System.Collections.Generic;
            public class EmailTemplate { public string Subject { get; set; } = ""; public string Body { get; set; } = ""; public string Name { get; set; } = ""; }
            public class SmtpSettings { public string Host { get; set; } = ""; public string UserName { get; set; } = ""; public string Password { get; set; } = ""; public string SenderEmail { get; set; } = ""; }
            public class PhoneOptions { public List<string> PhoneCountryCodes { get; set; } = new(); }
            public class AppConfiguration { public string AdminEmail { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Subject_word_in_the_member_name_counts_on_a_neutral_type() =>
        Test("""
            public class Order
            {
                public string Name { get; set; } = "";
                public string [|CustomerName|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
            }
            """)
            .WithMessages(Message("CustomerName", "Identity.Name"), Message("Email", "Contact.Email"))
            .RunAsync();

    [Fact]
    public Task Contact_person_of_a_company_is_personal_data() =>
        Test("""
            public class Company
            {
                public string Name { get; set; } = "";
                public string [|ContactName|] { get; set; } = "";
                public string [|ContactEmail|] { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Special_categories_and_criminal_data_are_reported() =>
        Test("""
            public enum BloodType { A, B, AB, O }
            public class Patient
            {
                public string? [|Diagnosis|] { get; set; }
                public BloodType [|BloodType|] { get; set; }
                public bool [|HasDisability|] { get; set; }
                public string? [|Religion|] { get; set; }
                public bool [|HasCriminalRecord|] { get; set; }
            }
            """)
            .WithMessages(
                Message("Diagnosis", "Special.Health"),
                Message("BloodType", "Special.Health"),
                Message("HasDisability", "Special.Health", "the word 'disability'"),
                Message("Religion", "Special.ReligiousBelief"),
                Message("HasCriminalRecord", "Criminal", "the words 'criminal record'"))
            .RunAsync();

    // The City of an order command beside the card holder's name is that person's (issue 12, fourth round: a person-only term beside it).
    [Fact]
    public Task View_models_commands_and_events_carry_personal_data_too() =>
        Test("""
            public class RegisterViewModel { public string? [|Email|] { get; set; } public string? [|Password|] { get; set; } public bool RememberMe { get; set; } }
            public class IndexViewModel { public string? [|PhoneNumber|] { get; set; } public bool HasPassword { get; set; } }
            public record UserRegisteredEvent(System.Guid UserId, string [|Email|]);
            public record CreateOrderCommand(string [|UserName|], string [|City|], string [|CardNumber|], string [|CardHolderName|]);
            public class LoginViewModel { public string? ExternalLoginScheme { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_data_recipient_is_not_a_person() =>
        Test("""
            public sealed class RecipientInfo { public string Name { get; set; } = ""; public string? Country { get; set; } }
            public sealed class Message { public string [|RecipientEmail|] { get; set; } = ""; public string [|SenderEmail|] { get; set; } = ""; }
            """).RunAsync();

    // --- Romanian --------------------------------------------------------------------------------------------------

    [Fact]
    public Task Romanian_without_diacritics() =>
        Test("""
            public class Client
            {
                public string [|Nume|] { get; set; } = "";
                public string [|Prenume|] { get; set; } = "";
                public string [|Cnp|] { get; set; } = "";
                public string [|SerieBuletin|] { get; set; } = "";
                public string [|NumarBuletin|] { get; set; } = "";
                public string [|ContBancar|] { get; set; } = "";
                public string [|Telefon|] { get; set; } = "";
                public string [|Adresa|] { get; set; } = "";
                public System.DateTime [|DataNasterii|] { get; set; }
                public string [|Parola|] { get; set; } = "";
            }
            """)
            .WithMessages(
                Message("Nume", "Identity.Name", "the word 'nume' in type Client"),
                Message("Prenume", "Identity.Name"),
                Message("Cnp", "Identity.NationalId"),
                Message("SerieBuletin", "Identity.Document"),
                Message("NumarBuletin", "Identity.Document"),
                Message("ContBancar", "Financial.BankAccount"),
                Message("Telefon", "Contact.Phone"),
                Message("Adresa", "Contact.Address", "the word 'adresa' in type Client"),
                Message("DataNasterii", "Identity.DateOfBirth"),
                Message("Parola", "Credentials.Password"))
            .RunAsync();

    [Fact]
    public Task Romanian_with_diacritics() =>
        Test("""
            public class Angajat
            {
                public string [|Adresă|] { get; set; } = "";
                public System.DateOnly [|DataNașterii|] { get; set; }
                public string [|Parolă|] { get; set; } = "";
                public string [|NumărTelefon|] { get; set; } = "";
                public string [|CodNumericPersonal|] { get; set; } = "";
            }
            """)
            .WithMessages(
                Message("Adresă", "Contact.Address", "the word 'adresă' in type Angajat"),
                Message("DataNașterii", "Identity.DateOfBirth"),
                Message("Parolă", "Credentials.Password"),
                Message("NumărTelefon", "Contact.Phone"),
                Message("CodNumericPersonal", "Identity.NationalId"))
            .RunAsync();

    [Fact]
    public Task Romanian_snake_case_fields_on_a_neutral_type() =>
        Test("""
            public class Factura
            {
                public string nume_client = "";
                public string cnp_client = "";
                public string serie_factura = "";
            }
            """.Replace("nume_client", "[|nume_client|]").Replace("cnp_client", "[|cnp_client|]"))
            .WithMessages(Message("nume_client", "Identity.Name"), Message("cnp_client", "Identity.NationalId", "the word 'cnp'"))
            .RunAsync();

    [Fact]
    public Task Fiscal_code_is_personal_on_a_person_not_on_a_company() =>
        Test("""
            public class Firma { public string CodFiscal { get; set; } = ""; public string Cui { get; set; } = ""; public string Denumire { get; set; } = ""; public string Adresa { get; set; } = ""; }
            public class PersoanaFizica { public string [|CodFiscal|] { get; set; } = ""; }
            """)
            .WithMessages(Message("CodFiscal", "Financial.TaxId", "the words 'cod fiscal' in type PersoanaFizica"))
            .RunAsync();

    [Fact]
    public Task Romanian_non_subject_contexts_are_quiet() =>
        Test("""
            public class Produs { public string Nume { get; set; } = ""; }
            public class SetariEmail { public string Parola { get; set; } = ""; public string Email { get; set; } = ""; }
            public class Persoana { public string NumeFisier { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Seed_crm_company_and_its_contact_person() =>
        Test("""
            // The CRM of seed 003: the company's fiscal data is not personal data; its contact person's is.
            public class Firma
            {
                public string Denumire { get; set; } = "";
                public string Cif { get; set; } = "";
                public string NrRegCom { get; set; } = "";
                public string Iban { get; set; } = "";
                public string Adresa { get; set; } = "";
                public string Telefon { get; set; } = "";
                public PersoanaContact? Contact { get; set; }
            }
            public class PersoanaContact
            {
                public string [|Nume|] { get; set; } = "";
                public string [|Prenume|] { get; set; } = "";
                public string [|Cnp|] { get; set; } = "";
                public string [|SerieCi|] { get; set; } = "";
                public string [|NumarCi|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Seed_access_log_and_contact_form() =>
        Test("""
            // Seed 000: access logs (IP address, browser version, pages) and contact forms (name, e-mail, subject, message).
            public class AccessLogEntry
            {
                public System.DateTime At { get; set; }
                public string [|IpAddress|] { get; set; } = "";
                public string [|UserAgent|] { get; set; } = "";
                public string [|BrowserVersion|] { get; set; } = "";
                public string Path { get; set; } = "";
            }
            public class ContactForm
            {
                public string [|Name|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
                public string [|Subject|] { get; set; } = "";
                public string [|Message|] { get; set; } = "";
                public string? [|PhoneNumber|] { get; set; }
            }
            """).RunAsync();

    // --- German, French, Spanish -----------------------------------------------------------------------------------

    [Fact]
    public Task German() =>
        Test("""
            public class Kunde
            {
                public string [|Vorname|] { get; set; } = "";
                public string [|Nachname|] { get; set; } = "";
                public System.DateTime [|Geburtsdatum|] { get; set; }
                public string [|Straße|] { get; set; } = "";
                public string [|Telefonnummer|] { get; set; } = "";
                public string [|Passwort|] { get; set; } = "";
                public string [|Steuernummer|] { get; set; } = "";
            }
            public class Produkt { public string Name { get; set; } = ""; }
            """)
            .WithMessages(
                Message("Vorname", "Identity.Name"),
                Message("Nachname", "Identity.Name"),
                Message("Geburtsdatum", "Identity.DateOfBirth"),
                Message("Straße", "Contact.Address", "the word 'straße' in type Kunde"),
                Message("Telefonnummer", "Contact.Phone"),
                Message("Passwort", "Credentials.Password"),
                Message("Steuernummer", "Financial.TaxId", "the word 'steuernummer' in type Kunde"))
            .RunAsync();

    [Fact]
    public Task French() =>
        Test("""
            public class Utilisateur
            {
                public string [|Nom|] { get; set; } = "";
                public string [|Prénom|] { get; set; } = "";
                public System.DateOnly [|DateDeNaissance|] { get; set; }
                public string [|Courriel|] { get; set; } = "";
                public string [|MotDePasse|] { get; set; } = "";
                public string [|Adresse|] { get; set; } = "";
            }
            public class Produit { public string Nom { get; set; } = ""; }
            """)
            .WithMessages(
                Message("Nom", "Identity.Name", "the word 'nom' in type Utilisateur"),
                Message("Prénom", "Identity.Name"),
                Message("DateDeNaissance", "Identity.DateOfBirth"),
                Message("Courriel", "Contact.Email"),
                Message("MotDePasse", "Credentials.Password"),
                Message("Adresse", "Contact.Address", "the word 'adresse' in type Utilisateur"))
            .RunAsync();

    [Fact]
    public Task Spanish() =>
        Test("""
            public class Cliente
            {
                public string [|Nombre|] { get; set; } = "";
                public string [|Apellidos|] { get; set; } = "";
                public string [|Dni|] { get; set; } = "";
                public System.DateTime [|FechaDeNacimiento|] { get; set; }
                public string [|Contraseña|] { get; set; } = "";
                public string [|Dirección|] { get; set; } = "";
                public string [|Teléfono|] { get; set; } = "";
            }
            public class Producto { public string Nombre { get; set; } = ""; }
            """)
            .WithMessages(
                Message("Nombre", "Identity.Name", "the word 'nombre' in type Cliente"),
                Message("Apellidos", "Identity.Name"),
                Message("Dni", "Identity.NationalId"),
                Message("FechaDeNacimiento", "Identity.DateOfBirth"),
                Message("Contraseña", "Credentials.Password"),
                Message("Dirección", "Contact.Address", "the word 'dirección' in type Cliente"),
                Message("Teléfono", "Contact.Phone"))
            .RunAsync();

    // --- Gender and genres ---------------------------------------------------------------------------------------

    [Fact]
    public Task Gender_is_reported_in_every_language_on_a_person() =>
        Test("""
            public enum Gender { Female, Male }
            public class Customer { public Gender? [|Gender|] { get; set; } public string [|Sex|] { get; set; } = ""; }
            public class Persoana { public string [|Sexul|] { get; set; } = ""; public string [|GenPersoana|] { get; set; } = ""; }
            public class Personne { public string [|Genre|] { get; set; } = ""; public string [|Civilité|] { get; set; } = ""; }
            public class Cliente { public Gender [|Género|] { get; set; } }
            public class Kunde { public string [|Geschlecht|] { get; set; } = ""; }
            public class Order { public string [|Sex|] { get; set; } = ""; }
            """)
            .WithMessages(
                Message("Gender", "Identity.Gender"),
                Message("Sex", "Identity.Gender"),
                Message("Sexul", "Identity.Gender"),
                Message("GenPersoana", "Identity.Gender"),
                Message("Genre", "Identity.Gender", "the word 'genre' in type Personne"),
                Message("Civilité", "Identity.Gender"),
                Message("Género", "Identity.Gender", "the word 'género' in type Cliente"),
                Message("Geschlecht", "Identity.Gender"),
                Message("Sex", "Identity.Gender"))
            .RunAsync();

    [Fact]
    public Task Genres_of_music_and_film_are_not_gender() =>
        Test("""
            using System.Collections.Generic;
            public enum Genre { Rock, Jazz }
            public class Customer
            {
                public List<string> Genres { get; set; } = new();
                public string[] FavoriteGenres { get; set; } = [];
                public ICollection<Genre> PreferredGenres { get; set; } = new List<Genre>();
                public List<string> Generos { get; set; } = new();
            }
            public class Movie
            {
                public string Genre { get; set; } = "";
                public string[] Genres { get; set; } = [];
            }
            public class Album { public Genre Genre { get; set; } public string Género { get; set; } = ""; }
            public class MusicGenre { public string Name { get; set; } = ""; public string Description { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_collection_of_genders_is_a_list_of_options_not_a_persons_gender() =>
        Test("""
            using System.Collections.Generic;
            public enum Gender { Female, Male }
            public class CustomerSearch
            {
                public List<Gender> Gender { get; set; } = new();
                public Gender[] Genders { get; set; } = [];
            }
            namespace Lookups { public class Gender { public int Id { get; set; } public string Name { get; set; } = ""; } }
            """).RunAsync();

    // --- Types -----------------------------------------------------------------------------------------------------

    [Fact]
    public Task Personal_data_types_are_reported_whatever_the_name() =>
        Test("""
            using System.Net;
            using System.Net.Mail;
            using System.Net.NetworkInformation;
            public class AccessLog
            {
                public IPAddress? [|Origin|] { get; set; }
                public MailAddress? [|From|] { get; set; }
                public PhysicalAddress? [|Adapter|] { get; set; }
                public string? [|Browser|] { get; set; }
                public string Path { get; set; } = "";
            }
            """)
            .WithMessages(
                Message("Origin", "Online.IpAddress", "its type System.Net.IPAddress"),
                Message("From", "Contact.Email", "its type System.Net.Mail.MailAddress"),
                Message("Adapter", "Online.DeviceId", "its type System.Net.NetworkInformation.PhysicalAddress"),
                Message("Browser", "Online.UserAgent"))
            .RunAsync();

    [Fact]
    public Task Ip_address_of_a_server_setting_is_not_personal_data() =>
        Test("""
            using System.Net;
            public class ServerOptions { public IPAddress? ListenAddress { get; set; } public IPAddress[] KnownProxies { get; set; } = new IPAddress[0]; }
            """).RunAsync();

    [Fact]
    public Task Numbers_hold_only_number_shaped_personal_data() =>
        Test("""
            public class Customer
            {
                public long [|Cnp|] { get; set; }
                public long [|PhoneNumber|] { get; set; }
                public int AddressId { get; set; }
                public int EmailCount { get; set; }
                public int Name { get; set; }
                public double [|Latitude|] { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task Dates_hold_only_birth_dates() =>
        Test("""
            public class Customer
            {
                public System.DateTime [|BirthDate|] { get; set; }
                public System.DateTime EmailChangedAt { get; set; }
                public System.DateTimeOffset Name { get; set; }
                public System.DateTimeOffset? [|Birthday|] { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task Collections_are_judged_by_their_elements() =>
        Test("""
            using System.Collections.Generic;
            public class Customer
            {
                public List<string> [|Emails|] { get; set; } = new();
                public string[] [|PhoneNumbers|] { get; set; } = new string[0];
                public List<bool> EmailFlags { get; set; } = new();
                public List<Payment> Payments { get; set; } = new();
            }
            public class Payment { public decimal Amount { get; set; } }
            """).RunAsync();

    [Fact]
    public Task Services_delegates_and_framework_types_are_not_personal_data() =>
        Test("""
            using System;
            using System.Text.RegularExpressions;
            using System.Threading.Tasks;
            public interface IEmailSender { Task SendAsync(string to); }
            public class Customer
            {
                private readonly IEmailSender _emailSender;
                public Customer(IEmailSender emailSender) { _emailSender = emailSender; }
                public Func<string, string>? EmailNormalizer { get; set; }
                public Regex? EmailRegex { get; set; }
                public TimeSpan PasswordAge { get; set; }
                public IEmailSender Sender => _emailSender;
            }
            """).RunAsync();

    [Fact]
    public Task Value_objects_are_reported_for_strong_terms_and_an_address_object_for_its_type() =>
        Test("""
            public sealed record EmailAddress(string Value);
            public sealed class Address { public string? [|Street|] { get; set; } public string? [|City|] { get; set; } }
            public class Customer
            {
                public EmailAddress? [|Email|] { get; set; }
                public Address? [|Address|] { get; set; }
            }
            """).RunAsync();

    // --- Declarations ----------------------------------------------------------------------------------------------

    [Fact]
    public Task Record_positional_parameters_are_reported_once_on_the_parameter() =>
        Test("""
            public record Customer(int Id, string [|Email|], string [|Name|]);
            public record struct Contact(string [|Phone|]);
            """)
            .WithMessages(Message("Email", "Contact.Email"), Message("Name", "Identity.Name", "the word 'name' in type Customer"), Message("Phone", "Contact.Phone"))
            .RunAsync();

    [Fact]
    public Task Record_with_an_explicit_property_reports_the_property() =>
        Test("""
            public record Customer(string Email)
            {
                public string [|Email|] { get; init; } = Email;
            }
            """).RunAsync();

    [Fact]
    public Task Annotated_record_parameter_is_quiet() =>
        Test("""
            using PrivacyAnalyzers;
            public record Customer([PersonalData(Category = "Contact.Email")] string Email, [property: NotPersonalData("display only")] string Name);
            """).RunAsync();

    [Fact]
    public Task Class_primary_constructor_parameters_are_not_reported_but_properties_are() =>
        Test("""
            public class Customer(string email)
            {
                public string [|Email|] { get; } = email;
            }
            """).RunAsync();

    [Fact]
    public Task Partial_types_are_analysed_across_files() =>
        new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>()
            .WithSource("public partial class Customer { public string [|Email|] { get; set; } = \"\"; }")
            .WithSource("public partial class Customer { public string [|Name|] { get; set; } = \"\"; public string Memo = \"\"; }")
            .RunAsync();

    [Fact]
    public Task Generic_nested_file_local_and_struct_types() =>
        Test("""
            public class Envelope<T> { public T? Payload { get; set; } public string [|SenderEmail|] { get; set; } = ""; }
            public class Outer
            {
                public class Customer { public string [|Phone|] { get; set; } = ""; }
            }
            public class Customer
            {
                public class Address { public string? [|Street|] { get; set; } }
            }
            file class Visitor { public string? [|IpAddress|] { get; set; } }
            public struct Employee { public string [|Email|]; }
            """).RunAsync();

    [Fact]
    public Task Interface_properties_are_reported_and_implementations_of_annotated_ones_are_not() =>
        Test("""
            using PrivacyAnalyzers;
            public interface IHasEmail { [PersonalData(Category = "Contact.Email")] string Email { get; } }
            public interface IHasPhone { string [|Phone|] { get; } }
            public class Customer : IHasEmail, IHasPhone
            {
                public string Email { get; set; } = "";
                public string [|Phone|] { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Overrides_of_annotated_members_are_left_to_PRIV016() =>
        Test("""
            using PrivacyAnalyzers;
            public abstract class PersonBase { [PersonalData(Category = "Identity.Name")] public abstract string Name { get; set; } }
            public class Customer : PersonBase { public override string Name { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Constants_static_readonly_fields_and_backing_fields_are_skipped() =>
        Test("""
            public class Customer
            {
                public const string DefaultEmail = "x@example.com";
                public static readonly string SupportPhone = "0";
                private string _email = "";
                public string [|Email|] { get => _email; set => _email = value; }
                private string m_phone = "";
                public string [|Phone|] { get => m_phone; set => m_phone = value; }
                public string this[int i] => "";
            }
            """).RunAsync();

    [Fact]
    public Task Static_members_are_keys_and_defaults_not_a_persons_data() =>
        Test("""
            public static class KnownSortingNames
            {
                public static readonly string Name = "name";
                public static string Email = "email";
                public static string Phone { get; set; } = "phone";
                public static string Address => "address";
            }
            public class Customer
            {
                public const string EmailKey = "email";
                public static string DefaultCountry = "RO";
                public static string LastName { get; set; } = "";
                public static string? CurrentUserEmail;
                public string [|Email|] { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Annotated_members_and_types_are_quiet() =>
        Test("""
            using PrivacyAnalyzers;
            public class Customer
            {
                [PersonalData(Category = "Contact.Email")] public string Email { get; set; } = "";
                [NotPersonalData("the shop's own name, shown on invoices")] public string Name { get; set; } = "";
            }
            [NotPersonalData("test fixtures only")]
            public class FakeCustomer { public string Email { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Aspnet_identity_and_data_classification_attributes_count_as_annotated() =>
        Test("""
            namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } public class ProtectedPersonalDataAttribute : PersonalDataAttribute { } }
            namespace Microsoft.Extensions.Compliance.Classification { public class DataClassificationAttribute : System.Attribute { } }
            public class PiiAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
            public class ApplicationUser
            {
                [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string Email { get; set; } = "";
                [Microsoft.AspNetCore.Identity.PersonalData] public string Name { get; set; } = "";
                [Pii] public string Phone { get; set; } = "";
                public string [|Iban|] { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Data_subject_attribute_makes_a_type_about_a_person() =>
        Test("""
            using PrivacyAnalyzers;
            [DataSubject("Member")]
            public class Account { public string [|Name|] { get; set; } = ""; public string [|City|] { get; set; } = ""; }
            public class Team { public string Name { get; set; } = ""; }
            """).RunAsync();

    // --- Generated code, options, severity ---------------------------------------------------------------------------

    [Fact]
    public Task Generated_code_is_skipped() =>
        new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>()
            .WithSource("// <auto-generated/>\npublic class Customer { public string Email { get; set; } = \"\"; }")
            .WithSource("public class Client { public string Email { get; set; } = \"\"; }", "/src/Client.g.cs")
            .WithSource("public class Person { public string [|Email|] { get; set; } = \"\"; }")
            .RunAsync();

    [Fact]
    public Task Generated_code_option_in_editorconfig_is_respected() =>
        new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>()
            .WithEditorConfigSection("[Migrations/**.cs]\ngenerated_code = true")
            .WithSource("public class Customer { public string Email { get; set; } = \"\"; }", "/src/Migrations/Snapshot.cs")
            .RunAsync();

    [Fact]
    public Task Extra_terms_from_editorconfig_are_reported_with_their_category() =>
        Test("""
            public class Student
            {
                public string [|Matricol|] { get; set; } = "";
                public long [|LoyaltyNumber|] { get; set; }
            }
            """)
            .WithEditorConfig("privacy_analyzers.extra_terms", "loyaltyNumber:Other, matricol:Identity.NationalId")
            .WithMessages(Message("Matricol", "Identity.NationalId"), Message("LoyaltyNumber", "Other"))
            .RunAsync();

    [Fact]
    public Task Ignored_terms_from_editorconfig_are_not_reported() =>
        Test("""
            public class Customer { public string Name { get; set; } = ""; public string Address { get; set; } = ""; public string [|Email|] { get; set; } = ""; }
            """)
            .WithEditorConfig("privacy_analyzers.ignored_terms", "name, address")
            .RunAsync();

    [Fact]
    public Task Subject_and_non_subject_words_from_editorconfig_change_the_context() =>
        Test("""
            public class Gadget { public string Name { get; set; } = ""; }
            public class Pensionar { public string [|Name|] { get; set; } = ""; }
            public class Kiosk { public string Email { get; set; } = ""; }
            """)
            .WithEditorConfig("privacy_analyzers.subject_words", "Pensionar")
            .WithEditorConfig("privacy_analyzers.non_subject_words", "Kiosk")
            .RunAsync();

    [Fact]
    public Task Ignored_categories_and_minimum_confidence() =>
        Test("""
            public class Order { public string Email { get; set; } = ""; public string Name { get; set; } = ""; }
            public class Customer { public string City { get; set; } = ""; public string [|Email|] { get; set; } = ""; public string Name { get; set; } = ""; }
            """)
            .WithEditorConfig("privacy_analyzers.minimum_confidence", "high")
            .WithEditorConfig("privacy_analyzers.ignored_categories", "Location")
            .RunAsync();

    [Fact]
    public Task Low_minimum_confidence_reports_weak_terms_on_neutral_types() =>
        Test("public class Order { public string [|Name|] { get; set; } = \"\"; }")
            .WithEditorConfig("privacy_analyzers.minimum_confidence", "low")
            .RunAsync();

    [Fact]
    public Task Severity_is_configurable() =>
        Test("public class Customer { public string [|Email|] { get; set; } = \"\"; }")
            .WithEditorConfig("dotnet_diagnostic.PRIV001.severity", "error")
            .WithExpected(new ExpectedDiagnostic(Severity: DiagnosticSeverity.Error))
            .RunAsync();

    [Fact]
    public Task Severity_none_in_a_folder_silences_it_there() =>
        new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>()
            .WithEditorConfigSection("[tests/**.cs]\ndotnet_diagnostic.PRIV001.severity = none")
            .WithSource("public class Customer { public string Email { get; set; } = \"\"; }", "/src/tests/CustomerTests.cs")
            .WithSource("public class Client { public string [|Email|] { get; set; } = \"\"; }")
            .RunAsync();

    [Fact]
    public Task Reports_without_the_annotations_reference() =>
        Test("public class Customer { public string [|Email|] { get; set; } = \"\"; public string [|Cnp|] = \"\"; }")
            .WithoutAnnotationsReference()
            .RunAsync();

    // --- Broken code -----------------------------------------------------------------------------------------------

    [Fact]
    public Task Broken_code_does_not_throw() =>
        Test("""
            using PrivacyAnalyzers;
            public class Customer
            {
                public MissingType [|Email|] { get; set; }
                public string { get; set; }
                public string [|Phone|]
                [PersonalData(Category = )] public string [|Iban|] { get; set; }
                [NotPersonalData(] public string Name { get; set; }
                [PersonalData(Category = 42)] public string Cnp { get; set; }
                public string 
            }
            public record Broken(string [|Email|], );
            public class : Customer { public string [|Password|]; }
            """)
            .AllowCompilerErrors()
            .RunAsync();

    [Fact]
    public Task Incomplete_declarations_and_odd_members_do_not_throw() =>
        Test("""
            public class Customer<T> where T : new()
            {
                public T [|Email|] { get; set; } = new T();
                public dynamic? [|Phone|] { get; set; }
                public unsafe int* Cnp2;
                public event System.Action? EmailChanged;
                public System.Collections.Generic.Dictionary<string, string> Names { get; set; } = new();
                public (string Email, string Name) Pair { get; set; }
            }
            """)
            .AllowCompilerErrors()
            .RunAsync();
}
