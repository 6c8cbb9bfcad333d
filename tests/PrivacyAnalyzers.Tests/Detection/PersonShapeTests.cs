using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirteenth round (issue 12): evidence that does not depend on the words of one set — a type whose members have
/// the shape of a person's record whatever it is called, a person's photo named only as an image on that person's own
/// record, and people named by the role they take toward a service (an adopter, a receptionist, a donor) in every built-in
/// language — each beside the quiet neighbour its evidence needs.
/// </summary>
public sealed class PersonShapeTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_type_with_a_login_a_contact_channel_and_a_gender_is_a_person_s_record_whatever_its_name_a_firm_and_a_host_are_quiet() =>
        Test("""
            public class HostModel
            {
                public int UserID { get; set; }
                public string [|UserName|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
                public string [|MobileNo|] { get; set; } = "";
                public string [|Gender|] { get; set; } = "";
                public int [|Age|] { get; set; }
                public string [|City|] { get; set; } = "";
                public string OrganizationName { get; set; } = "";
                public System.DateTime? [|JoiningDate|] { get; set; }
            }
            public class ServerHost { public string UserName { get; set; } = ""; public string Email { get; set; } = ""; public string Phone { get; set; } = ""; public string City { get; set; } = ""; }
            public class Company { public string Name { get; set; } = ""; public string Email { get; set; } = ""; public string Phone { get; set; } = ""; public string City { get; set; } = ""; }
            public class HostSettings { public string UserName { get; set; } = ""; public string Email { get; set; } = ""; public string Gender { get; set; } = ""; public string City { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_neutral_form_with_a_name_a_phone_and_a_gender_reports_its_weak_terms_an_animal_s_row_does_not() =>
        Test("""
            public class RegistrationForm
            {
                public string [|Name|] { get; set; } = "";
                public string [|Phone|] { get; set; } = "";
                public string [|Gender|] { get; set; } = "";
                public string [|City|] { get; set; } = "";
            }
            public class DogForm
            {
                public string Name { get; set; } = "";
                public string [|Phone|] { get; set; } = "";
                public string Sex { get; set; } = "";
                public string Breed { get; set; } = "";
                public string City { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task An_image_on_a_person_s_own_record_is_their_photo_an_image_of_a_product_a_course_a_dog_an_announcement_a_partner_or_a_user_s_post_is_quiet() =>
        Test("""
            public class UserModel
            {
                public string [|UserName|] { get; set; } = "";
                public string? [|ImagePath|] { get; set; }
                public string? [|CoverImgUrl|] { get; set; }
                public int ImageWidth { get; set; }
            }
            public class VisitorModel { public string? [|VisitorName|] { get; set; } public string? [|VisitorImage|] { get; set; } }
            public class StaffCard
            {
                public string [|FullName|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
                public string [|Sex|] { get; set; } = "";
                public byte[]? [|ImageFile|] { get; set; }
            }
            public class Product { public string Name { get; set; } = ""; public string? ImagePath { get; set; } }
            public class Course { public string? ImageUrl { get; set; } }
            public class Dog { public string? ImageUrl { get; set; } }
            public class UserPost { public string? ImageUrl { get; set; } }
            public class Chef { public string [|Fullname|] { get; set; } = ""; public string Role { get; set; } = ""; public string? [|CoverImgUrl|] { get; set; } }
            public class Announcement { public string [|AuthorFullName|] { get; set; } = ""; public string? CoverImageUrl { get; set; } }
            public class Partner { public string [|ContactPerson|] { get; set; } = ""; public string? ImageUrl { get; set; } }
            public class Utilizator { public string? [|CaleImagine|] { get; set; } }
            public class Produs { public string? CaleImagine { get; set; } }
            """).RunAsync();

    [Fact]
    public Task People_named_by_their_role_toward_a_service_and_a_donation_s_donor_are_reported_in_every_language_a_shelter_a_dog_and_a_donation_campaign_are_quiet() =>
        Test("""
            public class Adopter { public string [|AdopterName|] { get; set; } = ""; public string [|AdopterAddress|] { get; set; } = ""; }
            public class TopReceptionistModel { public string [|ReceptionistName|] { get; set; } = ""; public System.DateTime [|JoiningDate|] { get; set; } }
            public class Spender { public string [|Name|] { get; set; } = ""; }
            public class Donante { public string [|Nombre|] { get; set; } = ""; }
            public class Adotante { public string [|Nome|] { get; set; } = ""; }
            public class Donateur { public string [|Nom|] { get; set; } = ""; }
            public class Adoptator { public string [|Nume|] { get; set; } = ""; }
            public class DogDetail
            {
                public int? AdopterId { get; set; }
                public virtual Adopter? Adopter { get; set; }
                public string DogName { get; set; } = "";
                [System.ComponentModel.DataAnnotations.Display(Name = "Location")]
                public string LocationName { get; set; } = "";
                public string [|AdopterName|] { get; set; } = "";
            }
            public class Shelter { public string ShelterName { get; set; } = ""; public string Address { get; set; } = ""; }
            public class DonationGet { public string? [|Name|] { get; set; } public decimal Amount { get; set; } public string? [|Message|] { get; set; } }
            public class Doacao { public string [|Nome|] { get; set; } = ""; public decimal Valor { get; set; } }
            public class DonationCampaign { public string Name { get; set; } = ""; public string Description { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_host_named_on_a_visitor_s_record_is_the_person_visited_a_server_s_host_name_is_quiet() =>
        Test("""
            public class VisitorModel
            {
                public string? [|VisitorName|] { get; set; }
                public int HostID { get; set; }
                public string? [|HostName|] { get; set; }
            }
            public class GuestDto { public string [|HostName|] { get; set; } = ""; }
            public class ServerEndpoint { public string HostName { get; set; } = ""; public int Port { get; set; } }
            public class VisitStatistics { public string HostName { get; set; } = ""; public int Count { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_type_named_by_a_software_word_that_declares_only_a_person_s_data_is_that_person_s_record_a_tool_and_settings_are_quiet() =>
        Test("""
            public interface IMailer { }
            public class Manager
            {
                public System.Guid Id { get; set; }
                public string [|Email|] { get; set; } = "";
                public string [|FirstName|] { get; set; } = "";
                public string [|LastName|] { get; set; } = "";
                public string? [|Phone|] { get; set; }
                public string? Department { get; set; }
            }
            public class ContactHandler
            {
                public string [|Name|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
                public string [|Phone|] { get; set; } = "";
                public override string ToString() => Name;
            }
            public class AccountManager
            {
                private readonly IMailer _mailer;
                public AccountManager(IMailer mailer) => _mailer = mailer;
                public string FirstName { get; set; } = "";
                public string LastName { get; set; } = "";
                public string Phone { get; set; } = "";
            }
            public class ReportManager
            {
                public string FirstName { get; set; } = "";
                public string LastName { get; set; } = "";
                public void Send() { }
            }
            public class MailHandler { public string Name { get; set; } = ""; public string Email { get; set; } = ""; }
            public class ManagerSettings { public string FirstName { get; set; } = ""; public string LastName { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_thing_s_type_that_declares_only_a_first_and_a_last_name_beside_its_data_is_a_person_s_record_in_every_language_one_name_alone_is_not() =>
        Test("""
            public class CompteBancaire { public string [|Nom|] { get; set; } = ""; public string [|Prenom|] { get; set; } = ""; public decimal [|Salaire|] { get; set; } }
            public class CuentaBancaria { public string [|Nombre|] { get; set; } = ""; public string [|Apellido|] { get; set; } = ""; public decimal [|Salario|] { get; set; } }
            public class ContaBancaria { public string [|Nome|] { get; set; } = ""; public string [|Sobrenome|] { get; set; } = ""; public decimal [|Salario|] { get; set; } }
            public class ContBancar { public string [|Nume|] { get; set; } = ""; public string [|Prenume|] { get; set; } = ""; public decimal [|Salariu|] { get; set; } }
            public class Bankkonto { public string [|Vorname|] { get; set; } = ""; public string [|Nachname|] { get; set; } = ""; public decimal [|Gehalt|] { get; set; } }
            public class BankAccountModel { public string [|FirstName|] { get; set; } = ""; public string [|LastName|] { get; set; } = ""; public decimal [|AnnualGrossSalary|] { get; set; } }
            public class CompteCourant { public string [|Nom|] { get; set; } = ""; public string [|Prenom|] { get; set; } = ""; public decimal Salaire { get; set; } public void Fermer() { } }
            public class CompteEpargne { public string Nom { get; set; } = ""; public decimal Salaire { get; set; } }
            public class Supplier { public string Name { get; set; } = ""; public string [|ContactPerson|] { get; set; } = ""; public decimal Rate { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_get_only_property_computed_from_a_person_s_reported_members_holds_them_one_computed_from_a_product_s_name_and_code_is_quiet() =>
        Test("""
            public class Personne
            {
                private string nom = "";
                private string prenom = "";
                public string [|Nom|] { get => nom; set => nom = value; }
                public string [|Prenom|] { get => prenom; set => prenom = value; }
                public string [|Identite|] { get => Nom + " " + Prenom; }
                public virtual string [|Afficher|] { get => this.Identite; }
                public string [|Etiquette|] => $"{Prenom} {Nom}";
                public string [|Liste|] { get { return string.Join(", ", Nom, Prenom); } }
                public string Code => Prenom + Compteur;
                public int Compteur { get; set; }
                public string Boucle => Boucle + Nom;
            }
            public class Produit
            {
                public string Nom { get; set; } = "";
                public string Reference { get; set; } = "";
                public string Libelle => Nom + " (" + Reference + ")";
                public string Affichage => string.Format("{0} {1}", Nom, Reference);
            }
            """).RunAsync();
}
