using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>
/// PRIV050 (authentication, security, fraud prevention on consent), PRIV051 (strictly necessary cookies on consent),
/// PRIV052 (the service itself on consent), PRIV053 (retention required by law without a legal-obligation basis):
/// implausible legal bases must not pass silently (issue 15, point 5).
/// </summary>
public sealed class ImplausibleLegalBasisTests
{
    private static AnalyzerTest Test(params string[] ids) => ValidationTest.For(ids[0]).OnlyIds(ids);

    // ---- PRIV050 ----

    [Fact]
    public Task PRIV050_reports_authentication_security_and_fraud_prevention_on_consent_with_the_purpose_and_the_words() =>
        Test("PRIV050").WithSource("""
            using PrivacyAnalyzers;
            public class Account
            {
                [[|PersonalData("Credentials.Password", LegalBasis = LegalBasis.Consent, Purpose = "Authentication")|]] public string Password { get; set; } = "";
                [[|PersonalData("Online.IpAddress", LegalBasis = LegalBasis.Consent, Purpose = "Newsletter; Fraud prevention")|]] public string Ip { get; set; } = "";
                [[|PersonalData("Online.DeviceId", LegalBasis = LegalBasis.Consent, Purpose = "To keep your account secure: account security")|]] public string Device { get; set; } = "";
                [[|PersonalData("Online.Username", LegalBasis = LegalBasis.Consent, Purpose = "To allow you to securely log in")|]] public string User { get; set; } = "";
            }
            """)
            .WithExpected(
                new ExpectedDiagnostic("'Account.Password' is processed on consent for 'Authentication', a security purpose ('authentication'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b)).", DiagnosticSeverity.Warning),
                new ExpectedDiagnostic("'Account.Ip' is processed on consent for 'Fraud prevention', a security purpose ('fraud'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b))."),
                new ExpectedDiagnostic("'Account.Device' is processed on consent for 'To keep your account secure: account security', a security purpose ('security'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b))."),
                new ExpectedDiagnostic("'Account.User' is processed on consent for 'To allow you to securely log in', a security purpose ('log in'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b))."))
            .RunAsync();

    [Fact]
    public Task PRIV050_is_conservative_marketing_newsletters_and_other_bases_pass() =>
        Test("PRIV050", "PRIV051", "PRIV052").WithSource("""
            using PrivacyAnalyzers;
            public class Subscriber
            {
                [PersonalData("Contact.Email", LegalBasis = LegalBasis.Consent, Purpose = "Marketing e-mails; Sending the monthly newsletter")] public string Email { get; set; } = "";
                [PersonalData("Contact.Phone", LegalBasis = LegalBasis.Consent, Purpose = "SMS offers; advertising and re-marketing of our own services")] public string Phone { get; set; } = "";
                [PersonalData("Identity.Name", LegalBasis = LegalBasis.Consent, Purpose = "Offering, marketing and selling relevant goods and/or services to you")] public string Name { get; set; } = "";
                [PersonalData("Financial.TaxId", LegalBasis = LegalBasis.Consent, Purpose = "Social security contributions report; trading securities")] public string TaxId { get; set; } = "";
                [PersonalData("Credentials.Password", LegalBasis = LegalBasis.Contract, Purpose = "Authentication")] public string Password { get; set; } = "";
                [PersonalData("Online.IpAddress", LegalBasis = LegalBasis.LegitimateInterests, Purpose = "Fraud prevention; network and information security")] public string Ip { get; set; } = "";
                [PersonalData("Usage.Activity", LegalBasis = LegalBasis.Consent, Purpose = "To collect standard internet log information")] public string Log { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task PRIV050_reads_Romanian_purposes_with_and_without_diacritics() =>
        Test("PRIV050").WithSource("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Consent)]
            public class UserAccount
            {
                [[|PersonalData("Credentials.Password", Purpose = "Autentificare și accesarea contului")|]] public string Password { get; set; } = "";
                [[|PersonalData("Online.DeviceId", Purpose = "Activarea produselor; securitate și prevenirea fraudelor")|]] public string Device { get; set; } = "";
                [[|PersonalData("Online.IpAddress", Purpose = "Securitatea rețelei")|]] public string Ip { get; set; } = "";
                [[|PersonalData("Financial.Transaction", Purpose = "prevenirea FRAUDEI")|]] public string Payment { get; set; } = "";
                [PersonalData("Contact.Email", Purpose = "Trimiterea de comunicări promoționale și oferte personalizate")] public string Email { get; set; } = "";
                [PersonalData("Financial.TaxId", Purpose = "Declarații de securitate socială")] public string TaxId { get; set; } = "";
            }
            """)
            .WithMessages(
                "'UserAccount.Password' is processed on consent (from [assembly: PersonalDataDefaults]) for 'Autentificare și accesarea contului', a security purpose ('authentication'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b)).",
                "'UserAccount.Device' is processed on consent (from [assembly: PersonalDataDefaults]) for 'securitate și prevenirea fraudelor', a security purpose ('security'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b)).",
                "'UserAccount.Ip' is processed on consent (from [assembly: PersonalDataDefaults]) for 'Securitatea rețelei', a security purpose ('security'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b)).",
                "'UserAccount.Payment' is processed on consent (from [assembly: PersonalDataDefaults]) for 'prevenirea FRAUDEI', a security purpose ('fraud'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b)).")
            .RunAsync();

    [Fact]
    public Task PRIV050_takes_consent_and_purpose_from_the_type_and_the_assembly_and_a_member_basis_overrides_them() =>
        Test("PRIV050").WithSource("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(Purpose = "Fraud prevention")]
            [DataSubject("Visitor", LegalBasis = LegalBasis.Consent)]
            public class Visit
            {
                [[|PersonalData("Online.IpAddress")|]] public string Ip { get; set; } = "";
                [PersonalData("Online.UserAgent", LegalBasis = LegalBasis.LegitimateInterests)] public string Agent { get; set; } = "";
                [PersonalData("Usage.Preferences", Purpose = "Newsletter")] public string Topics { get; set; } = "";
            }

            [DataSubject("Member", LegalBasis = LegalBasis.Contract, Purpose = "Security")]
            public class Member
            {
                [[|PersonalData("Online.DeviceId", LegalBasis = LegalBasis.Consent)|]] public string Device { get; set; } = "";
                [PersonalData("Contact.Email")] public string Email { get; set; } = "";
            }
            """)
            .WithMessages(
                "'Visit.Ip' is processed on consent (from its [DataSubject] type) for 'Fraud prevention', a security purpose ('fraud'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b)).",
                "'Member.Device' is processed on consent for 'Security', a security purpose ('security'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b)).")
            .RunAsync();

    [Fact]
    public Task PRIV050_on_records_partial_and_generic_types_and_constants() =>
        Test("PRIV050")
            .WithSource("""
                using PrivacyAnalyzers;
                public static class P { public const LegalBasis Basis = LegalBasis.Consent; public const string Why = "Sign-in to your account"; }
                public record Login([[|PersonalData("Online.Username", LegalBasis = P.Basis, Purpose = P.Why)|]] string User, [PersonalData("Contact.Email", LegalBasis = P.Basis, Purpose = "Newsletter")] string Email);
                public partial class Session<T> { [[|PersonalData("Credentials.Secret", LegalBasis = LegalBasis.Consent, Purpose = "Two-step log-in")|]] public T? Token; }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                public partial class Session<T> { [PersonalData("Usage.Preferences", LegalBasis = LegalBasis.Consent, Purpose = "Product tips")] public T? Tips; }
                """)
            .RunAsync();

    [Fact]
    public Task PRIV050_and_the_others_apply_to_members_of_our_PersonalData_only_not_to_parameters_or_interop_markers() =>
        Test("PRIV050", "PRIV051", "PRIV052", "PRIV053")
            .WithSource("""
                using PrivacyAnalyzers;
                [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Consent, Purpose = "Authentication", AlternativeRetention = "P0D", AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd)]
                """)
            .WithSource(ValidationTest.AspNetIdentity + """

                namespace Shop
                {
                    using PrivacyAnalyzers;
                    public class User
                    {
                        [Microsoft.AspNetCore.Identity.PersonalData] public string Password { get; set; } = "";
                        public void SignIn([PersonalData("Credentials.Password")] string password) { }
                    }
                }
                """).RunAsync();

    [Fact]
    public Task PRIV050_severity_can_be_tuned_in_editorconfig() =>
        Test("PRIV050").WithEditorConfig("dotnet_diagnostic.PRIV050.severity", "error").WithSource("""
            using PrivacyAnalyzers;
            public class Account { [[|PersonalData("Credentials.Password", LegalBasis = LegalBasis.Consent, Purpose = "Authentication")|]] public string Password { get; set; } = ""; }
            """)
            .WithExpected(new ExpectedDiagnostic(Severity: DiagnosticSeverity.Error))
            .RunAsync();

    [Fact]
    public Task PRIV050_can_be_turned_off_in_editorconfig() =>
        Test("PRIV050").WithEditorConfig("dotnet_diagnostic.PRIV050.severity", "none").WithSource("""
            using PrivacyAnalyzers;
            public class Account { [PersonalData("Credentials.Password", LegalBasis = LegalBasis.Consent, Purpose = "Authentication")] public string Password { get; set; } = ""; }
            """).RunAsync();

    // ---- PRIV051 ----

    [Fact]
    public Task PRIV051_reports_cookie_data_for_strictly_necessary_purposes_instead_of_PRIV050() =>
        Test("PRIV051", "PRIV050", "PRIV052").WithSource("""
            using PrivacyAnalyzers;
            [DataSubject("Website visitor", LegalBasis = LegalBasis.Consent,
                Purpose = "Authentication; status (whether you are logged in); shopping cart; personalisation; security; analysis; advertising and re-marketing of our own services")]
            public class BrowserCookie
            {
                [{|PRIV051:PersonalData("Online.CookieId", Description = "Cookie identifier")|}] public string CookieId { get; set; } = "";
                [{|PRIV051:PersonalData("Online.DeviceId", Description = "The cookie's expiry date")|}] public string Expiry { get; set; } = "";
                [{|PRIV050:PersonalData("Online.IpAddress")|}] public string Ip { get; set; } = "";
            }

            public class Cart
            {
                [{|PRIV051:PersonalData("Online.CookieId", LegalBasis = LegalBasis.Consent, Purpose = "Coșul de cumpărături")|}] public string CartCookie { get; set; } = "";
                [{|PRIV051:PersonalData("Online.CookieId", LegalBasis = LegalBasis.Consent, Purpose = "Load balancing")|}] public string Node { get; set; } = "";
                [{|PRIV051:PersonalData("Online.DeviceId", LegalBasis = LegalBasis.Consent, Purpose = "Module cookie pentru echilibrarea încărcării")|}] public string Server { get; set; } = "";
                [PersonalData("Online.CookieId", LegalBasis = LegalBasis.Consent, Purpose = "Analytics; advertising")] public string Tracker { get; set; } = "";
                [PersonalData("Usage.Activity", LegalBasis = LegalBasis.Consent, Purpose = "Shopping cart recommendations by e-mail")] public string Abandoned { get; set; } = "";
            }
            """)
            .WithExpected(
                new ExpectedDiagnostic("'BrowserCookie.CookieId' is cookie data processed on consent (from its [DataSubject] type) for 'Authentication' ('authentication'), which the service the user asked for cannot work without: such storage is exempt from consent (ePrivacy Directive Art. 5(3)) and a consent the user may refuse cannot be its basis; use Contract or LegitimateInterests.", DiagnosticSeverity.Warning))
            .RunAsync();

    // ---- PRIV052 ----

    [Fact]
    public Task PRIV052_reports_the_service_or_the_contract_on_consent_in_English_and_Romanian() =>
        Test("PRIV052").WithSource("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Consent,
                Purpose = "Pentru a ne desfășura activitatea și a furniza serviciile și produsele pe care le oferim; pentru a trimite comunicări promoționale")]
            [DataSubject("User", Purpose = "To provide the User with access to the Service, information and/or materials contained on the Service; to provide customer support")]
            public class PanelUser
            {
                [[|PersonalData("Contact.Email")|]] public string Email { get; set; } = "";
            }

            public class Utilizator
            {
                [[|PersonalData("Identity.Name")|]] public string Nume { get; set; } = "";
                [[|PersonalData("Contact.Address", Purpose = "Livrarea comenzii")|]] public string Adresa { get; set; } = "";
                [[|PersonalData("Financial.Transaction", Purpose = "Facturare")|]] public string Plata { get; set; } = "";
                [[|PersonalData("Identity.Name", Purpose = "We need this information to fulfil our contractual obligations with you")|]] public string Name { get; set; } = "";
                [[|PersonalData("Credentials.Password", Purpose = "Remembering your preferences")|]] public string Password { get; set; } = "";
                [PersonalData("Usage.Preferences", Purpose = "Recomandări personalizate")] public string Preferinte { get; set; } = "";
            }
            """)
            .WithExpected(
                new ExpectedDiagnostic("'PanelUser.Email' is processed on consent (from [assembly: PersonalDataDefaults]), but its purpose 'To provide the User with access to the Service, information and/or materials contained on the Service' is the service itself ('provide … service'): consent is not freely given where the service depends on it (GDPR Art. 7(4)); use Contract (Art. 6(1)(b)) for what the service needs and keep consent for what the subject may refuse.", DiagnosticSeverity.Info),
                new ExpectedDiagnostic("'Utilizator.Nume' is processed on consent (from [assembly: PersonalDataDefaults]), but its purpose 'Pentru a ne desfășura activitatea și a furniza serviciile și produsele pe care le oferim' is the service itself ('provide … service'): consent is not freely given where the service depends on it (GDPR Art. 7(4)); use Contract (Art. 6(1)(b)) for what the service needs and keep consent for what the subject may refuse."),
                new ExpectedDiagnostic("'Utilizator.Adresa' is processed on consent (from [assembly: PersonalDataDefaults]), but its purpose 'Livrarea comenzii' is the service itself ('deliver … order'): consent is not freely given where the service depends on it (GDPR Art. 7(4)); use Contract (Art. 6(1)(b)) for what the service needs and keep consent for what the subject may refuse."),
                new ExpectedDiagnostic("'Utilizator.Plata' is processed on consent (from [assembly: PersonalDataDefaults]), but its purpose 'Facturare' is the service itself ('invoicing'): consent is not freely given where the service depends on it (GDPR Art. 7(4)); use Contract (Art. 6(1)(b)) for what the service needs and keep consent for what the subject may refuse."),
                new ExpectedDiagnostic("'Utilizator.Name' is processed on consent (from [assembly: PersonalDataDefaults]), but its purpose 'We need this information to fulfil our contractual obligations with you' is the service itself ('contract'): consent is not freely given where the service depends on it (GDPR Art. 7(4)); use Contract (Art. 6(1)(b)) for what the service needs and keep consent for what the subject may refuse."),
                new ExpectedDiagnostic("'Utilizator.Password' is processed on consent (from [assembly: PersonalDataDefaults]), but it is a credential of the subject's account (Credentials.Password): consent is not freely given where the service depends on it (GDPR Art. 7(4)); use Contract (Art. 6(1)(b)) for what the service needs and keep consent for what the subject may refuse."))
            .RunAsync();

    [Fact]
    public Task PRIV052_is_not_reported_where_PRIV050_is_and_not_for_a_newsletter_subject_entirely_on_consent() =>
        Test("PRIV052", "PRIV050").WithSource("""
            using PrivacyAnalyzers;
            [DataSubject("Newsletter subscriber", LegalBasis = LegalBasis.Consent, Purpose = "Sending the monthly newsletter")]
            public class NewsletterSubscriber
            {
                [PersonalData("Contact.Email")] public string Email { get; set; } = "";
                [PersonalData("Identity.Name")] public string Name { get; set; } = "";
                [PersonalData("Usage.Preferences")] public string Topics { get; set; } = "";
            }

            public class Account
            {
                [{|PRIV050:PersonalData("Credentials.Password", LegalBasis = LegalBasis.Consent, Purpose = "Log in to the service")|}] public string Password { get; set; } = "";
                [PersonalData("Credentials.Password", LegalBasis = LegalBasis.Contract, Purpose = "Providing the service")] public string Pin { get; set; } = "";
            }
            """).RunAsync();

    // ---- PRIV053 ----

    [Fact]
    public Task PRIV053_reports_a_statutory_retention_without_a_legal_obligation_declared_for_the_data() =>
        Test("PRIV053").WithSource("""
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Consent, Retention = "P0D", RetentionFrom = RetentionStart.ConsentWithdrawal,
                AlternativeRetention = "P0D", AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd, RetentionCombination = RetentionCombination.WhicheverIsLater)]
            public class PanelUser
            {
                [[|PersonalData("Contact.Email")|]] public string Email { get; set; } = "";
            }

            [DataSubject("Customer", LegalBasis = LegalBasis.Contract, Retention = "P10Y", RetentionFrom = RetentionStart.StatutoryPeriodEnd)]
            public class Order
            {
                [[|PersonalData("Contact.Address")|]] public string Address { get; set; } = "";
                [[|PersonalData("Contact.Phone", Retention = "P1Y", RetentionFrom = RetentionStart.EndOfContract)|]] public string Phone { get; set; } = "";
            }

            [DataSubject("Visitor", LegalBasis = LegalBasis.LegitimateInterests, AlternativeRetention = "P1Y", AlternativeRetentionFrom = RetentionStart.LastActivity)]
            public class Visit
            {
                [PersonalData("Online.IpAddress")] public string Ip { get; set; } = "";
            }
            """)
            .WithExpected(
                new ExpectedDiagnostic("'PanelUser.Email' is kept until the statutory retention period ends (RetentionStart.StatutoryPeriodEnd, from [assembly: PersonalDataDefaults]), but its legal basis is Consent and nothing with its category (Contact.Email) is declared on LegalObligation: declare the processing the law requires (Art. 6(1)(c)) so that the notice and the record state the basis of this retention.", DiagnosticSeverity.Info),
                new ExpectedDiagnostic("'Order.Address' is kept until the statutory retention period ends (RetentionStart.StatutoryPeriodEnd, from its [DataSubject] type), but its legal basis is Contract and nothing with its category (Contact.Address) is declared on LegalObligation: declare the processing the law requires (Art. 6(1)(c)) so that the notice and the record state the basis of this retention."),
                new ExpectedDiagnostic("'Order.Phone' is kept until the statutory retention period ends (RetentionStart.StatutoryPeriodEnd, from [assembly: PersonalDataDefaults]), but its legal basis is Contract and nothing with its category (Contact.Phone) is declared on LegalObligation: declare the processing the law requires (Art. 6(1)(c)) so that the notice and the record state the basis of this retention."))
            .RunAsync();

    [Fact]
    public Task PRIV053_passes_when_the_member_or_the_same_data_of_the_same_subject_is_declared_on_a_legal_obligation() =>
        Test("PRIV053").WithSource("""
            using PrivacyAnalyzers;
            [DataSubject("Customer", LegalBasis = LegalBasis.Contract, Retention = "P0D", RetentionFrom = RetentionStart.EndOfContract,
                AlternativeRetention = "P0D", AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd, RetentionCombination = RetentionCombination.WhicheverIsLater)]
            public class Customer
            {
                [PersonalData("Identity.Name")] public string Name { get; set; } = "";
                [PersonalData("Financial.Transaction")] public string Payment { get; set; } = "";
                [[|PersonalData("Contact.Phone")|]] public string Phone { get; set; } = "";
                [PersonalData("Contact.Email", LegalBasis = LegalBasis.LegalObligation)] public string Email { get; set; } = "";
                [PersonalData("Identity.NationalId", LegalBasis = LegalBasis.PublicTask)] public string Cnp { get; set; } = "";
            }

            [DataSubject("Customer", LegalBasis = LegalBasis.LegalObligation, Purpose = "Invoicing (accounting law)", Retention = "P10Y")]
            public class Invoice
            {
                [PersonalData("Identity")] public string BuyerName { get; set; } = "";
                [PersonalData("Financial.Transaction")] public string Total { get; set; } = "";
            }

            [DataSubject("Employee", LegalBasis = LegalBasis.LegalObligation, Retention = "P50Y")]
            public class Payroll
            {
                [PersonalData("Contact.Phone")] public string Phone { get; set; } = "";
            }
            """)
            .WithMessages("'Customer.Phone' is kept until the statutory retention period ends (RetentionStart.StatutoryPeriodEnd, from its [DataSubject] type), but its legal basis is Contract and nothing with its category (Contact.Phone) is declared on LegalObligation: declare the processing the law requires (Art. 6(1)(c)) so that the notice and the record state the basis of this retention.")
            .RunAsync();

    [Fact]
    public Task PRIV053_leaves_an_unstated_basis_to_PRIV011_and_works_on_records_and_generic_types() =>
        Test("PRIV053")
            .WithSource("""
                using PrivacyAnalyzers;
                public class Draft { [PersonalData("Contact.Email", Retention = "P1Y", RetentionFrom = RetentionStart.StatutoryPeriodEnd)] public string Email { get; set; } = ""; }
                public record Receipt([[|PersonalData("Financial.Transaction", LegalBasis = LegalBasis.Contract, Retention = "P5Y", RetentionFrom = RetentionStart.StatutoryPeriodEnd)|]] string Amount);
                public partial class Ledger<T> { [[|PersonalData("Financial.BankAccount", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P5Y", RetentionFrom = RetentionStart.StatutoryPeriodEnd)|]] public T? Iban; }
                """)
            .WithSource("""
                using PrivacyAnalyzers;
                public partial class Ledger<T> { [PersonalData("Financial.TaxId", LegalBasis = LegalBasis.Contract, Retention = "P5Y")] public T? TaxId; }
                """)
            .RunAsync();

    // ---- The purpose vocabulary ----

    [Theory]
    [InlineData("Authentication", "Security", "authentication")]
    [InlineData("To allow you to securely log in", "Security", "log in")]
    [InlineData("Signing in with two factors", "Security", "sign in")]
    [InlineData("Login and session management", "Security", "log in")]
    [InlineData("Ensuring network and information security", "Security", "security")]
    [InlineData("Fraud prevention", "Security", "fraud")]
    [InlineData("Autentificarea utilizatorilor", "Security", "authentication")]
    [InlineData("Securitatea contului", "Security", "security")]
    [InlineData("Prevenirea fraudelor", "Security", "fraud")]
    [InlineData("Shopping cart", "StrictlyNecessaryStorage", "shopping cart")]
    [InlineData("Coșul de cumpărături", "StrictlyNecessaryStorage", "shopping cart")]
    [InlineData("Cosul de cumparaturi", "StrictlyNecessaryStorage", "shopping cart")]
    [InlineData("Load-balancing", "StrictlyNecessaryStorage", "load balancing")]
    [InlineData("Providing our services", "ServiceDelivery", "provide … service")]
    [InlineData("Furnizarea serviciilor", "ServiceDelivery", "provide … service")]
    [InlineData("Prestarea serviciilor contractate", "ServiceDelivery", "contract")]
    [InlineData("Accesarea contului", "ServiceDelivery", "access … account")]
    [InlineData("Delivering the goods you ordered", "ServiceDelivery", "deliver … order")]
    [InlineData("Prelucrarea plății", "ServiceDelivery", "payment")]
    [InlineData("Invoicing", "ServiceDelivery", "invoicing")]
    public void The_purpose_vocabulary_recognises(string purpose, string kind, string words)
    {
        var match = Assert.Single(PurposeVocabulary.Match(purpose), m => m.Kind.ToString() == kind);
        Assert.Equal(words, match.Words);
        Assert.Equal(purpose, match.Purpose);
    }

    [Theory]
    [InlineData("Marketing e-mails")]
    [InlineData("Sending the monthly newsletter")]
    [InlineData("Advertising and re-marketing of our own services")]
    [InlineData("Personalisation; analysis")]
    [InlineData("Offering, marketing and selling relevant goods and/or services to you")]
    [InlineData("Social security contributions")]
    [InlineData("Contribuții de securitate socială")]
    [InlineData("Investment advice on securities")]
    [InlineData("To collect standard internet log information")]
    [InlineData("Trimiterea de comunicări promoționale")]
    [InlineData("Recomandări personalizate")]
    [InlineData("Conectarea dispozitivelor IoT la aplicație")]
    [InlineData("Accounting statistics")]
    [InlineData("Platforma de plată a partenerilor")]
    public void The_purpose_vocabulary_matches_nothing_in(string purpose) =>
        Assert.Empty(PurposeVocabulary.Match(purpose));
}
