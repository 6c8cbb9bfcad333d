using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twelfth round (issue 12), identifiers, finance and child words from the eleventh fresh set's misses: a
/// person's id number under other words (Identificacion, PersonalId, a document number on a search filter), a driving
/// licence's number on a driver, a short account number, a credit score, children as persons in
/// every language, a registration key, the token a sign-up answers with and French "Tele" — each beside the quiet neighbour its word needs.
/// </summary>
public sealed class IdNumbersScoresAndChildrenTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_person_s_id_number_under_other_words_is_reported_even_on_a_search_filter_a_filter_s_name_and_an_id_kind_are_quiet() =>
        Test("""
            public class Usuarios { public string [|Identificacion|] { get; set; } = ""; public string TipoIdentificacion { get; set; } = ""; }
            public class Customer { public int CustomerId { get; set; } public string [|PersonalId|] { get; set; } = ""; }
            public class FiltroCitaDto
            {
                public string? [|NumeroDocumentoCliente|] { get; set; }
                public string? NombreCliente { get; set; }
                public string? EmailCliente { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task A_driver_s_licence_number_and_renach_are_reported_a_company_s_licence_number_and_a_licence_key_are_quiet() =>
        Test("""
            public class Driver { public string [|LicenseNumber|] { get; set; } = ""; }
            public class Cliente { public string [|Renach|] { get; set; } = ""; }
            public class Company { public string LicenseNumber { get; set; } = ""; }
            public class Product { public string LicenseKey { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_person_s_account_no_and_a_credit_report_s_score_are_reported_a_bank_s_account_no_and_a_game_s_score_are_quiet() =>
        Test("""
            public class AccountModel { public string [|AccountNo|] { get; set; } = ""; public string AccountStatus { get; set; } = ""; }
            public class CreditReportDto { public decimal [|Score|] { get; set; } public bool IsEligible { get; set; } }
            public class Game { public int Score { get; set; } }
            public class Bank { public string AccountNo { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_child_s_name_is_reported_in_every_language_a_kids_menu_and_a_tree_s_children_are_quiet() =>
        Test("""
            public class Attendance { public int KidId { get; set; } public string [|KidName|] { get; set; } = ""; public bool HasAttended { get; set; } }
            public class Infant { public string [|Name|] { get; set; } = ""; }
            public class Enfant { public string [|Nom|] { get; set; } = ""; }
            public class Crianca { public string [|Nome|] { get; set; } = ""; }
            public class Hijo { public string [|Nombre|] { get; set; } = ""; }
            public class Copil { public string [|Nume|] { get; set; } = ""; }
            public class Kleinkind { public string [|Name|] { get; set; } = ""; }
            public class KidsMenu { public string Name { get; set; } = ""; }
            public class TreeNode { public System.Collections.Generic.List<TreeNode> Children { get; set; } = new(); public TreeNode[]? Kids { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_member_s_registration_key_a_sign_up_s_token_and_a_french_tele_are_reported_a_product_s_key_an_export_s_token_and_a_channel_s_tele_are_quiet() =>
        Test("""
            public class OrchesterMitglied { public string? [|RegisterKey|] { get; set; } }
            public class RegisterRequest { public string [|RegisterationKey|] { get; set; } = ""; }
            public class RegisterResponse { public string [|Token|] { get; set; } = ""; }
            public class ExportResponse { public string Token { get; set; } = ""; }
            public class ApplicationUser { public string [|Tele|] { get; set; } = ""; }
            public class Product { public string RegistrationKey { get; set; } = ""; }
            public class Chaine { public string Tele { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_person_s_credit_report_and_financial_details_kept_as_objects_are_reported_a_firm_s_are_quiet() =>
        Test("""
            public class CreditReportDto { public bool IsEligible { get; set; } }
            public class CustomerFinancialDetails { public int Year { get; set; } }
            public class CustomerDto { public CreditReportDto? [|CreditReport|] { get; set; } }
            public class CreateAccountRequest { public CustomerFinancialDetails? [|FinancialDetails|] { get; set; } }
            public class Company { public CustomerFinancialDetails? FinancialDetails { get; set; } public CreditReportDto? CreditReport { get; set; } }
            """).RunAsync();

    [Fact]
    public Task An_address_s_supplement_read_with_its_type_s_name_is_reported_an_order_s_supplement_is_quiet() =>
        Test("""
            public class Adresse { public string [|Zusatz|] { get; set; } = ""; }
            public class Bestellung { public string Zusatz { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_parent_s_email_on_a_report_is_reported_in_every_language_a_report_s_own_email_is_quiet() =>
        Test("""
            public class CustomReport { public int KidId { get; set; } public string [|ParentEmail|] { get; set; } = ""; }
            public class RapportJournalier { public string [|EmailParent|] { get; set; } = ""; }
            public class RaportZilnic { public string [|TelefonParinte|] { get; set; } = ""; }
            public class SalesReport { public string Email { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Concerns_on_a_kid_s_log_are_reported_an_architecture_s_concerns_are_quiet() =>
        Test("""
            public class KidLog { public string [|ProblemsConcerns|] { get; set; } = ""; }
            public class Architecture { public string Concerns { get; set; } = ""; }
            """).RunAsync();
}
