using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirteenth round (issue 12), from the twelfth fresh set's misses and false hits, built as whole fields: the
/// national identity numbers of every country under their own abbreviations (El Salvador's DUI, Chile's RUN, Colombia's
/// NUIP, Croatia's OIB, Turkey's T.C. Kimlik, Malaysia's MyKad…), the short ones that are other words too only on a person;
/// a payment card kept as an object and its bare number on a card's type — each beside the quiet neighbour its word needs.
/// </summary>
public sealed class NationalIdsAndPaymentCardTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task National_numbers_of_spanish_speaking_countries_under_their_abbreviations_are_reported_on_a_person() =>
        Test("""
            public class Cliente
            {
                public int ClienteID { get; set; }
                public string [|DUI|] { get; set; } = "";
                public string [|Nuip|] { get; set; } = "";
                public string [|CedulaDeCiudadania|] { get; set; } = "";
                public string [|CarneDeExtranjeria|] { get; set; } = "";
            }
            public class Usuario { public string [|Run|] { get; set; } = ""; public string [|Ci|] { get; set; } = ""; public string [|Dpi|] { get; set; } = ""; }
            public class Persona { public string [|NumeroCC|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Short_national_abbreviations_that_are_other_words_are_quiet_off_a_person() =>
        Test("""
            public class BackgroundJob { public string Run { get; set; } = ""; public string Ci { get; set; } = ""; }
            public class Printer { public int Dpi { get; set; } }
            public class Vehiculo { public int CC { get; set; } public string Marca { get; set; } = ""; }
            public class MailMessage { public string CC { get; set; } = ""; public string Subject { get; set; } = ""; }
            public class Storage { public string Nas { get; set; } = ""; public string Avs { get; set; } = ""; public string Nin { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task National_numbers_of_the_rest_of_the_world_are_reported_whatever_the_type() =>
        Test("""
            public class Applicant
            {
                public string [|MyKad|] { get; set; } = "";
                public string [|Hkid|] { get; set; } = "";
                public string [|Oib|] { get; set; } = "";
                public string [|Egn|] { get; set; } = "";
                public string [|Jmbg|] { get; set; } = "";
                public string [|Emso|] { get; set; } = "";
                public string [|TcKimlikNo|] { get; set; } = "";
                public string [|PpsNumber|] { get; set; } = "";
                public string [|CprNumber|] { get; set; } = "";
                public string [|Hetu|] { get; set; } = "";
                public string [|Isikukood|] { get; set; } = "";
                public string [|IqamaNumber|] { get; set; } = "";
                public string [|Nin|] { get; set; } = "";
            }
            public class ImportRow { public string [|Amka|] { get; set; } = ""; public string [|Fodselsnummer|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task National_numbers_in_french_german_and_portuguese_forms_are_reported_on_a_person() =>
        Test("""
            public class Patient { public string [|NumeroRamq|] { get; set; } = ""; public string [|Nas|] { get; set; } = ""; }
            public class Mitglied { public string [|AhvNr|] { get; set; } = ""; public string [|Ahv|] { get; set; } = ""; }
            public class Membre { public string [|Avs|] { get; set; } = ""; }
            public class Estrangeiro { public string [|Rne|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_payment_card_kept_as_an_object_and_its_bare_number_are_reported_a_loyalty_card_s_number_and_a_card_key_are_quiet() =>
        Test("""
            public class DadosCartao
            {
                public string [|Numero|] { get; private set; } = "";
                public string [|NomeTitular|] { get; private set; } = "";
                public string [|Validade|] { get; private set; } = "";
                public string [|CVV|] { get; private set; } = "";
            }
            public class Pagamento
            {
                public decimal Valor { get; private set; }
                public DadosCartao [|Cartao|] { get; private set; } = null!;
                public System.Guid CartaoId { get; private set; }
            }
            public class LoyaltyCard { public string Code { get; set; } = ""; public int Points { get; set; } }
            public class Order { public string Number { get; set; } = ""; public string [|CardNumber|] { get; set; } = ""; public LoyaltyCard Card { get; set; } = null!; }
            public class Pedido { public string Numero { get; set; } = ""; public string [|NumeroCartao|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_title_on_a_type_named_for_written_content_is_its_heading_the_content_s_text_and_a_person_s_title_are_reported() =>
        Test("""
            public class Content { public int ContentId { get; set; } public int SectionId { get; set; } public string Title { get; set; } = ""; public string VideoUrl { get; set; } = ""; }
            public class PortalNotificationContent { public string Title { get; set; } = ""; }
            public class ContenuDto { public string [|Texte|] { get; set; } = ""; }
            public class Customer { public string [|Title|] { get; set; } = ""; }
            public class Comment { public string [|Author|] { get; set; } = ""; public string [|Title|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_message_about_a_failure_or_a_refusal_is_the_system_s_a_student_s_message_is_the_student_s() =>
        Test("""
            public class Aluno { public string [|Nome|] { get; set; } = ""; public string [|Cpf|] { get; set; } = ""; }
            public class PagamentoRecusadoEvent { public System.Guid AlunoId { get; set; } public Aluno Aluno { get; set; } = null!; public string Mensagem { get; set; } = ""; }
            public class RegistrarProblemaEvent { public System.Guid AlunoId { get; set; } public Aluno Aluno { get; set; } = null!; public string MensagemErro { get; set; } = ""; }
            public class PaymentFailedEvent { public System.Guid AlunoId { get; set; } public Aluno Aluno { get; set; } = null!; public string Message { get; set; } = ""; }
            public class ZahlungAbgelehnt { public Aluno Aluno { get; set; } = null!; public string Nachricht { get; set; } = ""; }
            public class ContatoEvent { public System.Guid AlunoId { get; set; } public Aluno Aluno { get; set; } = null!; public string [|Mensagem|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task The_name_of_a_code_or_a_thing_a_person_s_row_refers_to_is_quiet_the_adopter_s_name_is_reported() =>
        Test("""
            using System.Collections.Generic;
            public class Propietario { public string [|Nombre|] { get; set; } = ""; public string [|Dni|] { get; set; } = ""; public List<Inmueble> Inmuebles { get; set; } = new(); }
            public class Inmueble
            {
                public int Id { get; set; }
                public int Uso { get; set; }
                public string UsoNombre => Uso.ToString();
                public int PropietarioId { get; set; }
                public Propietario? Propietario { get; set; }
            }
            public class Owner { public string [|FirstName|] { get; set; } = ""; public string [|LastName|] { get; set; } = ""; public List<Dog> Dogs { get; set; } = new(); }
            public class Location { public int LocationId { get; set; } public string LocationName { get; set; } = ""; public string LocationCity { get; set; } = ""; }
            public class Adopter { public int AdopterId { get; set; } public string [|AdopterNote|] { get; set; } = ""; }  // an adopter is a person (shape13): a note on their record is theirs
            public class Dog
            {
                public int DogId { get; set; }
                public Owner Owner { get; set; } = null!;
                public int? AdopterId { get; set; }
                public Adopter? Adopter { get; set; }
                public string [|AdopterName|] { get; set; } = "";
                public int LocationId { get; set; }
                public string LocationName { get; set; } = "";
                public Location Location { get; set; } = null!;
            }
            """).RunAsync();

    [Fact]
    public Task A_number_a_person_s_row_shares_with_the_row_it_refers_to_is_a_key_its_own_readings_stay_the_person_s() =>
        Test("""
            using System.Collections.Generic;
            public class Kunde { public string [|Vorname|] { get; set; } = ""; public string [|Nachname|] { get; set; } = ""; public List<Solarmodul> Solarmodule { get; set; } = new(); }
            public class Solarmodul { public int Modulnummer { get; set; } public Kunde Kunde { get; set; } = null!; public List<Leistung> Leistungen { get; set; } = new(); }
            public class Leistung { public int Id { get; set; } public int Modulnummer { get; set; } public int [|PowerOut|] { get; set; } public Solarmodul Solarmodul { get; set; } = null!; }
            """).RunAsync();

    [Fact]
    public Task An_order_s_address_is_where_it_is_delivered_in_every_language_a_firm_s_order_address_is_quiet() =>
        Test("""
            public class OnlineOrder { public int Id { get; set; } public string [|Address|] { get; set; } = ""; public System.DateTime OrderDate { get; set; } }
            public class Pedido { public string [|Endereco|] { get; set; } = ""; }
            public class PedidoWeb { public string [|Direccion|] { get; set; } = ""; }
            public class Commande { public string [|Adresse|] { get; set; } = ""; }
            public class Bestellung { public string [|Adresse|] { get; set; } = ""; }
            public class Comanda { public string [|Adresa|] { get; set; } = ""; }
            public class Company { public string OrderAddress { get; set; } = ""; }
            public class Warehouse { public string Address { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_name_with_an_id_added_is_still_the_name_a_product_s_name_with_its_sku_is_quiet() =>
        Test("""
            public class Kunde
            {
                public int Kundennummer { get; set; }
                public string [|Vorname|] { get; set; } = "";
                public string [|DisplayFullNameWithId|] => $"({Kundennummer}) {Vorname}";
            }
            public class Product { public string NameWithSku { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task The_round_s_rules_hold_on_generics_records_partial_types_and_missing_types() =>
        Test("""
            using System.Collections.Generic;
            public partial class CardData<T> { public string [|Number|] { get; set; } = ""; }
            public partial class CardData<T> { public string [|Cvv|] { get; set; } = ""; public T Extra { get; set; } = default!; }
            public record PaymentInfo(CardData<int> [|Card|], string Note);
            public class Payment { public CardData<string> [|Card|] { get; set; } = null!; public {|CS0246:MissingCard|} Other { get; set; } = null!; public List<CardData<int>> [|Cards|] { get; set; } = new(); }
            public class Owner { public string [|FirstName|] { get; set; } = ""; public List<Row> Rows { get; set; } = new(); }
            public class Row { public Owner Owner { get; set; } = null!; public {|CS0246:Missing|} Status { get; set; } = null!; public string StatusName { get; set; } = ""; public int Number { get; set; } public Target<int> Target { get; set; } = null!; }
            public class Target<T> { public int Number { get; set; } }
            public record ErrorEvent(string MessageError, Owner Owner);
            """).RunAsync();

    [Fact]
    public Task The_name_on_a_sign_in_s_answer_beside_the_e_mail_is_the_signed_in_person_s_a_newsletter_s_name_is_quiet() =>
        Test("""
            public class AutenticacaoOutputViewModel
            {
                public System.Guid Id { get; set; }
                public string [|Email|] { get; set; } = "";
                public string [|Nome|] { get; set; } = "";
                public string [|AccessToken|] { get; set; } = "";
            }
            public class LoginResponse { public string [|Email|] { get; set; } = ""; public string [|Name|] { get; set; } = ""; }
            public class NewsletterDto { public string Email { get; set; } = ""; public string Name { get; set; } = ""; }
            """).RunAsync();

    /// <summary>
    /// A card's expiry kept as a <c>DateTime</c> (eShop's <c>CreateOrderCommand.CardExpiration</c>): found once the scorer
    /// resolved <c>DateTime</c> the way a user's build does (<c>--frameworks</c>), in every language; a token's or a coupon's
    /// expiry stays quiet.
    /// </summary>
    [Fact]
    public Task A_card_s_expiry_kept_as_a_date_is_reported_in_every_language_a_coupon_s_expiry_is_not() =>
        Test("""
            using System;
            public class CreateOrderCommand { public DateTime [|CardExpiration|] { get; private set; } public DateTime? [|CardExpiryDate|] { get; set; } }
            public class Paiement { public DateTime [|DateExpirationCarte|] { get; set; } }
            public class Pagamento { public DateTime [|ValidadeDoCartao|] { get; set; } }
            public class Pago { public DateTime [|FechaVencimientoTarjeta|] { get; set; } }
            public class Zahlung { public DateTime [|KartenAblaufdatum|] { get; set; } }
            public class Plata { public DateTime [|DataExpirareCard|] { get; set; } }
            public class Coupon { public string Code { get; set; } = ""; public DateTime ExpirationDate { get; set; } }
            public class RefreshToken { public string [|Token|] { get; set; } = ""; public DateTime Expiration { get; set; } }
            """).RunAsync();
}
