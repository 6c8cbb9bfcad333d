using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's eleventh round (issue 12), vocabulary and type evidence for the tenth fresh set's remaining classes: a
/// building number, a person's height, a hiring date beside the person's birth date, a payment provider's customer and
/// payout-account ids, a profile photo kept as an image entity, a refresh token's successor, a person's account fields on
/// a type named for the person's permissions — each beside the quiet neighbour its word needs.
/// </summary>
public sealed class BuildingHeightHiringAndAccountFieldTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_person_s_building_number_height_and_hiring_date_are_reported_an_image_s_height_and_a_firm_s_building_are_quiet() =>
        Test("""
            public class Address { public int [|BuildingNumber|] { get; set; } public string [|Street|] { get; set; } = ""; }
            public class HealthRecord { public decimal? [|Height|] { get; set; } public decimal? [|Weight|] { get; set; } }
            public class CreateTrainerViewModel
            {
                public string [|Email|] { get; set; } = "";
                public System.DateOnly [|DateOfBirth|] { get; set; }
                public System.DateTime [|HiringDate|] { get; set; }
            }
            public class Image { public int Height { get; set; } public int Width { get; set; } }
            public class Avatar { public int Height { get; set; } public int Width { get; set; } }
            public class Company { public int BuildingNumber { get; set; } }
            public class JobOpening { public string Title { get; set; } = ""; public System.DateTime HiringDate { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_person_s_payment_provider_ids_profile_image_and_replacement_token_are_reported_a_shop_s_settings_and_a_signer_are_not() =>
        Test("""
            public class Image { public string Url { get; set; } = ""; }
            public class Staff { public string [|FirstName|] { get; set; } = ""; }
            public class User
            {
                public string? [|StripeCustomerId|] { get; set; }
                public string? [|StripeAccountId|] { get; set; }
                public Image? [|ProfileImage|] { get; set; }
            }
            public class RefreshToken { public string [|Token|] { get; set; } = ""; public string? [|ReplacedByToken|] { get; set; } }
            public class StripeSettings { public string StripeAccountId { get; set; } = ""; }
            public class Invoice { public Staff? SignatureBy { get; set; } public Image? Image { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_user_s_account_fields_on_a_type_named_for_the_user_s_permissions_are_reported_a_role_s_own_members_are_quiet() =>
        Test("""
            using System.Collections.Generic;
            public class UserPermissionsDto
            {
                public string Id { get; set; } = "";
                public string [|UserName|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
                public string [|NomeCompleto|] { get; set; } = "";
                public List<string> Roles { get; set; } = new();
                public List<string> Policies { get; set; } = new();
                public bool CanManageUsers { get; set; }
            }
            public class UserRoleDto { public string Name { get; set; } = ""; public string Description { get; set; } = ""; }
            public class RolePermission { public string Name { get; set; } = ""; public string Email { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_partner_table_holding_natural_persons_reports_their_name_tax_code_and_address_a_supplier_and_a_bare_partner_are_quiet() =>
        Test("""
            public class CrmParteneriTable
            {
                public string [|NumePartener|] { get; set; } = "";
                public string [|Cnp|] { get; set; } = "";
                public string [|CodFiscal|] { get; set; } = "";
                public string [|Adresa|] { get; set; } = "";
            }
            public class CrmPartenerContacteTable { public string [|Telefon|] { get; set; } = ""; public string [|Email|] { get; set; } = ""; }
            public class Partener { public string Nume { get; set; } = ""; public string CodFiscal { get; set; } = ""; }
            public class Furnizor { public string Nume { get; set; } = ""; public string Telefon { get; set; } = ""; public string CodFiscal { get; set; } = ""; }
            public class Table { public string Name { get; set; } = ""; public string Email { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_parcel_s_weight_and_height_on_a_customer_s_shipment_are_quiet_a_visit_s_weight_beside_a_diagnosis_is_reported() =>
        Test("""
            using System.Collections.Generic;
            public class Customer { public string [|FirstName|] { get; set; } = ""; public List<Shipment> Shipments { get; set; } = new(); }
            public class Shipment { public int CustomerId { get; set; } public Customer? Customer { get; set; } public decimal Weight { get; set; } public decimal Height { get; set; } }
            public class Cliente { public string [|Nombre|] { get; set; } = ""; public List<Envio> Envios { get; set; } = new(); }
            public class Envio { public int ClienteId { get; set; } public Cliente? Cliente { get; set; } public decimal Peso { get; set; } public decimal Altura { get; set; } }
            public class Patient { public string [|FirstName|] { get; set; } = ""; public List<Visit> Visits { get; set; } = new(); }
            public class Visit { public Patient? Patient { get; set; } public decimal [|Weight|] { get; set; } public string [|Diagnosis|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_card_s_expiration_beside_its_number_is_reported_in_each_language_a_coupon_s_and_a_token_s_expiry_are_quiet() =>
        Test("""
            public class ApplicationUser { public string [|CardNumber|] { get; set; } = ""; public string [|Expiration|] { get; set; } = ""; }
            public class PaymentMethod { public string [|CardNumber|] { get; set; } = ""; public System.DateTime [|ExpirationDate|] { get; set; } }
            public class Tarjeta { public string [|NumeroTarjeta|] { get; set; } = ""; public string [|Vencimiento|] { get; set; } = ""; }
            public class FormaDePagamento { public string [|NumeroDoCartao|] { get; set; } = ""; public System.DateTime [|Validade|] { get; set; } }
            public class Zahlung { public string [|Kartennummer|] { get; set; } = ""; public string [|Ablaufdatum|] { get; set; } = ""; }
            public class Coupon { public string Code { get; set; } = ""; public System.DateTime Expiration { get; set; } }
            public class Session { public string [|AccessToken|] { get; set; } = ""; public System.DateTime Expires { get; set; } }
            public class Suscripcion { public System.DateTime Vencimiento { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_table_of_natural_and_legal_persons_flagged_per_row_reports_its_names_and_tax_codes_without_the_flag_they_are_quiet() =>
        Test("""
            public class CrmLead
            {
                public string [|LeadNume|] { get; set; } = "";
                public bool? PersoanaFizica { get; set; }
                public string [|CodFiscal|] { get; set; } = "";
            }
            public class Parceiro { public string [|Nome|] { get; set; } = ""; public bool PessoaFisica { get; set; } public string [|Endereco|] { get; set; } = ""; }
            public class BusinessPartner { public string [|Name|] { get; set; } = ""; public bool IsNaturalPerson { get; set; } public string [|TaxId|] { get; set; } = ""; }
            public class Partner { public string Name { get; set; } = ""; public string TaxId { get; set; } = ""; }
            public class Lead { public string Nume { get; set; } = ""; public string CodFiscal { get; set; } = ""; public bool Activ { get; set; } }
            """).RunAsync();
}
