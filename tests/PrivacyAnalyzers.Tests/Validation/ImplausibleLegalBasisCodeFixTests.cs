using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.CodeFixes.Validation;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>
/// The code fix of PRIV050, PRIV051 and PRIV052: the member's own LegalBasis becomes Contract or LegitimateInterests, only
/// when every purpose of the member is one the rule recognised.
/// </summary>
public sealed class ImplausibleLegalBasisCodeFixTests
{
    private const string UseContract = ImplausibleConsentCodeFixProvider.KeyPrefix + "Contract";
    private const string UseLegitimateInterests = ImplausibleConsentCodeFixProvider.KeyPrefix + "LegitimateInterests";

    [Fact]
    public Task PRIV050_first_offers_legitimate_interests_for_fraud_and_security_and_the_contract_for_logging_in() =>
        ValidationTest.For("PRIV050").WithCodeFix<ImplausibleConsentCodeFixProvider>()
            .WithSource("""
                using PrivacyAnalyzers;
                public class Account
                {
                    [[|PersonalData("Online.IpAddress", LegalBasis = LegalBasis.Consent, Purpose = "Fraud prevention; network security")|]] public string Ip { get; set; } = "";
                    [[|PersonalData("Credentials.Password", LegalBasis = LegalBasis.Consent, Purpose = "Autentificare")|]] public string Password { get; set; } = "";
                }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                public class Account
                {
                    [PersonalData("Online.IpAddress", LegalBasis = LegalBasis.LegitimateInterests, Purpose = "Fraud prevention; network security")] public string Ip { get; set; } = "";
                    [PersonalData("Credentials.Password", LegalBasis = LegalBasis.Contract, Purpose = "Autentificare")] public string Password { get; set; } = "";
                }
                """)
            // Fix All applies the basis the user picked on the first member (legitimate interests, offered for both):
            // one basis for every member, where one fix at a time takes each member's own first choice.
            .ExpectBatchFixed("""
                using PrivacyAnalyzers;
                public class Account
                {
                    [PersonalData("Online.IpAddress", LegalBasis = LegalBasis.LegitimateInterests, Purpose = "Fraud prevention; network security")] public string Ip { get; set; } = "";
                    [PersonalData("Credentials.Password", LegalBasis = LegalBasis.LegitimateInterests, Purpose = "Autentificare")] public string Password { get; set; } = "";
                }
                """)
            .RunAsync();

    [Fact]
    public Task PRIV050_the_other_basis_is_the_second_choice() =>
        ValidationTest.For("PRIV050").WithCodeFix<ImplausibleConsentCodeFixProvider>(UseContract)
            .WithSource("""
                using PrivacyAnalyzers;
                public class Account { [[|PersonalData("Online.IpAddress", LegalBasis = LegalBasis.Consent, Purpose = "Security")|]] public string Ip { get; set; } = ""; }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                public class Account { [PersonalData("Online.IpAddress", LegalBasis = LegalBasis.Contract, Purpose = "Security")] public string Ip { get; set; } = ""; }
                """)
            .RunAsync();

    [Fact]
    public Task An_inherited_consent_is_overridden_on_the_member_and_a_qualified_attribute_gets_the_using() =>
        ValidationTest.For("PRIV050").WithCodeFix<ImplausibleConsentCodeFixProvider>()
            .WithSource("""
                [PrivacyAnalyzers.DataSubject("Visitor", LegalBasis = PrivacyAnalyzers.LegalBasis.Consent, Purpose = "Fraud prevention")]
                public class Visit
                {
                    [[|PrivacyAnalyzers.PersonalData("Online.IpAddress")|]] public string Ip { get; set; } = "";
                    [[|PrivacyAnalyzers.PersonalData|]] public string Agent { get; set; } = "";
                }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;

                [PrivacyAnalyzers.DataSubject("Visitor", LegalBasis = PrivacyAnalyzers.LegalBasis.Consent, Purpose = "Fraud prevention")]
                public class Visit
                {
                    [PrivacyAnalyzers.PersonalData("Online.IpAddress", LegalBasis = LegalBasis.LegitimateInterests)] public string Ip { get; set; } = "";
                    [PrivacyAnalyzers.PersonalData(LegalBasis = LegalBasis.LegitimateInterests)] public string Agent { get; set; } = "";
                }
                """)
            .RunAsync();

    [Fact]
    public Task Nothing_is_offered_when_a_purpose_is_one_the_subject_may_refuse() =>
        ValidationTest.For("PRIV051").OnlyIds("PRIV050", "PRIV051", "PRIV052").WithCodeFix<ImplausibleConsentCodeFixProvider>()
            .WithSource(Mixed)
            .ExpectFixed(Mixed)
            .RunAsync();

    private const string Mixed = """
        using PrivacyAnalyzers;
        [DataSubject("Website visitor", LegalBasis = LegalBasis.Consent, Purpose = "Authentication; shopping cart; advertising and re-marketing")]
        public class BrowserCookie
        {
            [{|PRIV051:PersonalData("Online.CookieId")|}] public string CookieId { get; set; } = "";
        }

        public class Account
        {
            [{|PRIV050:PersonalData("Credentials.Password", LegalBasis = LegalBasis.Consent, Purpose = "Authentication; product tips")|}] public string Password { get; set; } = "";
            [{|PRIV052:PersonalData("Credentials.Secret", LegalBasis = LegalBasis.Consent, Purpose = "Product tips")|}] public string Secret { get; set; } = "";
        }
        """;

    [Fact]
    public Task PRIV051_offers_the_contract_first_and_PRIV052_only_the_contract() =>
        ValidationTest.For("PRIV051").OnlyIds("PRIV051", "PRIV052").WithCodeFix<ImplausibleConsentCodeFixProvider>()
            .WithSource("""
                using PrivacyAnalyzers;
                public class Shop
                {
                    [{|PRIV051:PersonalData("Online.CookieId", LegalBasis = LegalBasis.Consent, Purpose = "Coșul de cumpărături; autentificare")|}] public string Cart { get; set; } = "";
                    [{|PRIV052:PersonalData("Contact.Address", LegalBasis = LegalBasis.Consent, Purpose = "Delivering the goods you ordered; invoicing")|}] public string Address { get; set; } = "";
                }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                public class Shop
                {
                    [PersonalData("Online.CookieId", LegalBasis = LegalBasis.Contract, Purpose = "Coșul de cumpărături; autentificare")] public string Cart { get; set; } = "";
                    [PersonalData("Contact.Address", LegalBasis = LegalBasis.Contract, Purpose = "Delivering the goods you ordered; invoicing")] public string Address { get; set; } = "";
                }
                """)
            .RunAsync();

    [Fact]
    public Task Fix_all_in_the_solution_sets_the_chosen_basis_where_it_is_offered() =>
        ValidationTest.For("PRIV050").OnlyIds("PRIV050", "PRIV052").WithCodeFix<ImplausibleConsentCodeFixProvider>(UseLegitimateInterests).WithFixAll(FixAllScope.Solution)
            .WithSource("""
                using PrivacyAnalyzers;
                public record Login([{|PRIV050:PersonalData("Online.Username", LegalBasis = LegalBasis.Consent, Purpose = "Log in")|}] string User, [{|PRIV050:PersonalData("Online.IpAddress", LegalBasis = LegalBasis.Consent, Purpose = "Fraud")|}] string Ip);
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                public partial class Guard<T>
                {
                    [{|PRIV050:PersonalData("Online.DeviceId", LegalBasis = LegalBasis.Consent, Purpose = "Security; offers")|}] public T? Device;
                    [{|PRIV052:PersonalData("Contact.Address", LegalBasis = LegalBasis.Consent, Purpose = "Delivering the order")|}] public T? Address;
                }
                """)
            .ExpectFixed(
                """
                using PrivacyAnalyzers;
                public record Login([PersonalData("Online.Username", LegalBasis = LegalBasis.LegitimateInterests, Purpose = "Log in")] string User, [PersonalData("Online.IpAddress", LegalBasis = LegalBasis.LegitimateInterests, Purpose = "Fraud")] string Ip);
                """,
                """
                using PrivacyAnalyzers;
                public partial class Guard<T>
                {
                    [{|PRIV050:PersonalData("Online.DeviceId", LegalBasis = LegalBasis.Consent, Purpose = "Security; offers")|}] public T? Device;
                    [{|PRIV052:PersonalData("Contact.Address", LegalBasis = LegalBasis.Consent, Purpose = "Delivering the order")|}] public T? Address;
                }
                """)
            .RunAsync();

    [Fact]
    public Task Fix_all_with_the_contract_fixes_PRIV052_too() =>
        ValidationTest.For("PRIV050").OnlyIds("PRIV050", "PRIV052").WithCodeFix<ImplausibleConsentCodeFixProvider>(UseContract).WithFixAll(FixAllScope.Document)
            .WithSource("""
                using PrivacyAnalyzers;
                public class Member
                {
                    [{|PRIV050:PersonalData("Online.Username", LegalBasis = LegalBasis.Consent, Purpose = "Log in")|}] public string User { get; set; } = "";
                    [{|PRIV052:PersonalData("Contact.Address", LegalBasis = LegalBasis.Consent, Purpose = "Delivering the order")|}] public string Address { get; set; } = "";
                }
                """)
            .ExpectFixed("""
                using PrivacyAnalyzers;
                public class Member
                {
                    [PersonalData("Online.Username", LegalBasis = LegalBasis.Contract, Purpose = "Log in")] public string User { get; set; } = "";
                    [PersonalData("Contact.Address", LegalBasis = LegalBasis.Contract, Purpose = "Delivering the order")] public string Address { get; set; } = "";
                }
                """)
            .RunAsync();
}
