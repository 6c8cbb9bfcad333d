using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;
using static PrivacyAnalyzers.Tests.Harness.Priv001Messages;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's ninth round (issue 12): evidence beyond the member's name — what the code declares about a member (display,
/// column and wire names, descriptions, validation messages, typed DataAnnotations) and one-word compounds with no case
/// boundary — read through the same vocabulary and the same rules, with the quiet cases that must stay quiet and the
/// evidence each warning names. Every member name below says nothing on its own.
/// </summary>
public sealed class DeclaredEvidenceTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    // --- Declared texts --------------------------------------------------------------------------------------------

    [Fact]
    public Task A_display_name_in_any_supported_language_is_read_as_the_member_s_name() =>
        Test("""
            using System.ComponentModel.DataAnnotations;
            public class Pacient
            {
                [Display(Name = "Număr de telefon")] public string? [|Camp1|] { get; set; }
                [Display(ShortName = "Prenume")] public string? [|Camp2|] { get; set; }
                [Display(Prompt = "Introduceți adresa de email")] public string? [|Camp3|] { get; set; }
                [Display(Description = "Data nașterii pacientului")] public System.DateTime [|Camp4|] { get; set; }
                [Display(Name = "Observații")] public int Camp5 { get; set; }
            }
            """)
            .WithMessages(
                Message("Camp1", "Contact.Phone", "its [Display] name 'Număr de telefon', read as the words 'număr de telefon'"),
                Message("Camp2", "Identity.Name", "its [Display] short name 'Prenume', read as the word 'prenume'"),
                Message("Camp3", "Contact.Email", "its [Display] prompt 'Introduceți adresa de email', read as the words 'adresa de email'"),
                Message("Camp4", "Identity.DateOfBirth", "its [Display] description 'Data nașterii pacientului', read as the words 'data nașterii'"))
            .RunAsync();

    [Fact]
    public Task Display_names_descriptions_columns_and_wire_names_are_read() =>
        Test("""
            using System.ComponentModel;
            using System.ComponentModel.DataAnnotations.Schema;
            using System.Text.Json.Serialization;
            public class Customer
            {
                [DisplayName("Date of birth")] public System.DateTime [|F1|] { get; set; }
                [Description("The customer's mobile phone")] public string? [|F2|] { get; set; }
                [Column("cnp")] public string? [|F3|] { get; set; }
                [JsonPropertyName("first_name")] public string? [|F4|] { get; set; }
                [Column("quantity")] public int F5 { get; set; }
            }
            """)
            .WithMessages(
                Message("F1", "Identity.DateOfBirth", "its [DisplayName] 'Date of birth', read as the words 'date of birth'"),
                Message("F2", "Contact.Phone", "its [Description] 'The customer's mobile phone', read as the words 'mobile phone'"),
                Message("F3", "Identity.NationalId", "its [Column] name 'cnp', read as the word 'cnp'"),
                Message("F4", "Identity.Name", "its [JsonPropertyName] 'first_name', read as the words 'first name'"))
            .RunAsync();

    [Fact]
    public Task A_validation_message_is_read_without_its_validation_words() =>
        Test("""
            using System.ComponentModel.DataAnnotations;
            public class RegisterModel
            {
                [Required(ErrorMessage = "Introduceți numărul de telefon")] public string? [|Camp1|] { get; set; }
                [Required(ErrorMessage = "The Email field is required.")] public string? [|Camp2|] { get; set; }
                [StringLength(100, ErrorMessage = "Nome completo deve ter no máximo {1} caracteres")] public string? [|Camp3|] { get; set; }
            }
            """)
            .WithMessages(
                Message("Camp1", "Contact.Phone", "its [Required] message 'Introduceți numărul de telefon', read as the word 'telefon'"),
                Message("Camp2", "Contact.Email", "its [Required] message 'The Email field is required.', read as the word 'email'"),
                Message("Camp3", "Identity.Name", "its [StringLength] message 'Nome completo deve ter no máximo {1} caracteres', read as the words 'nome completo'"))
            .RunAsync();

    [Fact]
    public Task Attributes_whose_type_does_not_resolve_are_read_from_their_syntax() =>
        Test("""
            using Microsoft.EntityFrameworkCore;
            using Newtonsoft.Json;
            public class Client
            {
                [Comment("Codul numeric personal al clientului")] public string? [|C1|] { get; set; }
                [JsonProperty("email_address")] public string? [|C2|] { get; set; }
                [JsonProperty(PropertyName = "phone_no")] public string? [|C3|] { get; set; }
                [Newtonsoft.Json.JsonProperty("last_name")] public string? [|C4|] { get; set; }
            }
            """)
            .AllowCompilerErrors()
            .WithMessages(
                Message("C1", "Identity.NationalId", "its [Comment] 'Codul numeric personal al clientului', read as the words 'codul numeric personal'"),
                Message("C2", "Contact.Email", "its [JsonProperty] name 'email_address', read as the words 'email address'"),
                Message("C3", "Contact.Phone", "its [JsonProperty] name 'phone_no', read as the word 'phone'"),
                Message("C4", "Identity.Name", "its [JsonProperty] name 'last_name', read as the words 'last name'"))
            .RunAsync();

    [Fact]
    public Task A_constant_argument_is_read_by_its_value() =>
        Test("""
            using System.ComponentModel.DataAnnotations;
            using Newtonsoft.Json;
            public static class Labels { public const string Phone = "Telefon"; public const string Email = "e" + "-mail"; }
            public class Client
            {
                [Display(Name = Labels.Phone)] public string? [|C1|] { get; set; }
                [JsonProperty(Labels.Email)] public string? [|C2|] { get; set; }
                [Display(Name = nameof(C3))] public string? C3 { get; set; }
            }
            """)
            .AllowCompilerErrors()
            .WithMessages(
                Message("C1", "Contact.Phone", "its [Display] name 'Telefon', read as the word 'telefon'"),
                Message("C2", "Contact.Email", "its [JsonProperty] name 'e-mail', read as the words 'e mail'"))
            .RunAsync();

    [Fact]
    public Task Unresolved_and_malformed_attributes_neither_report_nor_crash() =>
        Test("""
            using System.ComponentModel.DataAnnotations;
            public class Client
            {
                [Comment(42)] public string? C1 { get; set; }
                [JsonProperty(Order = 1)] public string? C2 { get; set; }
                [Column] public string? C3 { get; set; }
                [Display] public string? C4 { get; set; }
                [Display(Name = null)] public string? C5 { get; set; }
                [Display(Name = Missing.Label)] public string? C6 { get; set; }
                [DataType("custom")] public string? C7 { get; set; }
                [DataType(DataType.Date)] public System.DateTime C8 { get; set; }
                [Unknown.DataType(Unknown.Kind.Other)] public string? C9 { get; set; }
                [Required(ErrorMessage = 3)] public string? C10 { get; set; }
                [Column(Name: "x")] public string? C11 { get; set; }
                [Display(Name = "")] public string? C12 { get; set; }
            }
            """)
            .AllowCompilerErrors()
            .RunAsync();

    [Fact]
    public Task The_same_context_rules_keep_declared_texts_quiet() =>
        Test("""
            using System.ComponentModel.DataAnnotations;
            public class Product
            {
                [Display(Name = "Name")] public string? Title { get; set; }
                [Display(Name = "Descriere")] public string? Text { get; set; }
            }
            public class OrderLine
            {
                [Required(ErrorMessage = "The field is required")] public string? Sku { get; set; }
                [Required(ErrorMessage = "The {0} field is required.")] public string? Code { get; set; }
                [StringLength(50, ErrorMessage = "Must be between {2} and {1} characters long")] public string? Reference { get; set; }
                [Display(Name = "Product name")] public string? Label1 { get; set; }
            }
            public class Store
            {
                [Display(Name = "Telefon")] public string? SupportLine { get; set; }
                [Display(Name = "E-mail")] public string? CompanyContact { get; set; }
            }
            public class SmtpSettings { [Display(Name = "E-mail")] public string? Account { get; set; } }
            """)
            .RunAsync();

    // --- Typed DataAnnotations -------------------------------------------------------------------------------------

    [Fact]
    public Task Typed_data_annotations_are_evidence_of_their_category() =>
        Test("""
            using System.ComponentModel.DataAnnotations;
            public class CheckoutModel
            {
                [EmailAddress] public string? [|Reach|] { get; set; }
                [Phone] public string? [|Primary|] { get; set; }
                [CreditCard] public string? [|Instrument|] { get; set; }
                [DataType(DataType.PhoneNumber)] public string? [|Alternate|] { get; set; }
                [DataType(DataType.Password)] public string? [|Phrase|] { get; set; }
                [DataType(DataType.Date)] public System.DateTime Day { get; set; }
                [DataType(DataType.Url)] public string? Home { get; set; }
            }
            public class Customer { [DataType(DataType.PostalCode)] public string? [|Zone|] { get; set; } }
            """)
            .WithMessages(
                Message("Reach", "Contact.Email", "its [EmailAddress] attribute"),
                Message("Primary", "Contact.Phone", "its [Phone] attribute"),
                Message("Instrument", "Financial.PaymentCard", "its [CreditCard] attribute"),
                Message("Alternate", "Contact.Phone", "its [DataType(DataType.PhoneNumber)] attribute"),
                Message("Phrase", "Credentials.Password", "its [DataType(DataType.Password)] attribute"),
                Message("Zone", "Contact.Address", "its [DataType(DataType.PostalCode)] attribute"))
            .RunAsync();

    [Fact]
    public Task Typed_data_annotations_stay_quiet_where_strong_terms_do() =>
        Test("""
            using System.ComponentModel.DataAnnotations;
            using PrivacyAnalyzers;
            public class SmtpSettings { [EmailAddress] public string? FromAddress { get; set; } [EmailAddress] public string? Account { get; set; } }
            public class NotificationOptions { [Phone] public string? Primary { get; set; } }
            public class Store { [EmailAddress] public string? SupportContact { get; set; } [Phone] public string? CompanyLine { get; set; } }
            public class Order { [NotPersonalData("the shop's own test card")] [CreditCard] public string? Instrument { get; set; } }
            public class Filter { [EmailAddress] public System.Collections.Generic.List<int>? Ids { get; set; } }
            """)
            .RunAsync();

    // --- Where the declaration is -----------------------------------------------------------------------------------

    [Fact]
    public Task Records_fields_and_partial_types_are_read_and_primary_constructors_are_not_reported() =>
        Test("""
            using System.ComponentModel.DataAnnotations;
            public record ClientDto([Display(Name = "Telefon")] string [|C1|], [property: EmailAddress] string [|C2|], int Count);
            public class Customer
            {
                [Display(Name = "Prenume")] public string? [|c3|];
                [System.ComponentModel.DataAnnotations.Schema.Column("cnp")] private string? [|_c4|];
                public string? Read() => _c4;
            }
            public partial class Angajat { }
            public partial class Angajat { [Display(Name = "Nume")] public string? [|C5|] { get; set; } }
            public partial class MailSettings { [EmailAddress] public string? Account { get; set; } }
            public partial class MailSettings { }
            public class Service([Display(Name = "Telefon")] string c6) { public string Show() => c6; }
            """)
            .WithMessages(
                Message("C1", "Contact.Phone", "its [Display] name 'Telefon', read as the word 'telefon'"),
                Message("C2", "Contact.Email", "its [EmailAddress] attribute"),
                Message("c3", "Identity.Name", "its [Display] name 'Prenume', read as the word 'prenume'"),
                Message("_c4", "Identity.NationalId", "its [Column] name 'cnp', read as the word 'cnp'"),
                Message("C5", "Identity.Name", "its [Display] name 'Nume', read as the word 'nume' in type Angajat"))
            .RunAsync();

    [Fact]
    public Task A_name_that_decides_is_not_overruled_by_its_attributes() =>
        Test("""
            using System.ComponentModel.DataAnnotations;
            public class Customer
            {
                [Display(Name = "Adresa de email")] public string? [|Email|] { get; set; }
                [Display(Name = "Email")] public bool EmailConfirmed { get; set; }
                [EmailAddress] public string? CompanyEmail { get; set; }
            }
            """)
            .WithMessages(Message("Email", "Contact.Email", "the word 'email'"))
            .RunAsync();

    // --- One-word compounds -------------------------------------------------------------------------------------------

    [Fact]
    public Task A_one_word_compound_is_read_as_the_vocabulary_words_it_is_made_of() =>
        Test("""
            public class Medic { public string? [|Numartelefon|] { get; set; } }
            public class Angajat { public System.DateTime [|Dataangajarii|] { get; set; } }
            public class Client { public string? [|adresaemail|] { get; set; } public string? [|Codpostal|] { get; set; } }
            public class bankdetail { public string? [|Chequeimage|] { get; set; } public string? [|AccountNumber|] { get; set; } }
            public class Auftrag { public string? [|Kundenanschrift|] { get; set; } }
            """)
            .WithMessages(
                Message("Numartelefon", "Contact.Phone", "its name 'Numartelefon' read as the words 'numar telefon'"),
                Message("Dataangajarii", "Employment", "its name 'Dataangajarii' read as the words 'data angajarii' in type Angajat"),
                Message("adresaemail", "Contact.Email", "its name 'adresaemail' read as the words 'adresa email'"),
                Message("Codpostal", "Contact.Address", "its name 'Codpostal' read as the words 'cod postal' in type Client"),
                Message("Chequeimage", "Financial.BankAccount", "its name 'Chequeimage' read as the words 'cheque image'"),
                Message("AccountNumber", "Financial.BankAccount", "the words 'account number'"),
                Message("Kundenanschrift", "Contact.Address", "its name 'Kundenanschrift' read as the words 'kunden anschrift'"))
            .RunAsync();

    [Fact]
    public Task Compounds_of_words_that_name_nothing_personal_stay_quiet() =>
        Test("""
            public class Order
            {
                public decimal Subtotal { get; set; }
                public string? Productname { get; set; }
                public string? Warehousecode { get; set; }
                public int Quantityperunit { get; set; }
                public string? Passwordpolicy { get; set; }
                public string? Emailtemplate { get; set; }
            }
            public class Product { public string? Numeprodus { get; set; } }
            """)
            .RunAsync();
}
