using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001 on OAuth clients (issue 12, twelfth round): "client" names an application, not a customer, on a type that holds
/// the client's URL or a redirect URI (IdentityServer's consent, grant and logout view models); a client's name beside a
/// client id alone, or beside an e-mail, stays a customer's.
/// </summary>
public sealed class ApplicationClientTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_client_name_beside_the_client_s_url_is_an_application_s() =>
        Test("""
            public class ConsentViewModel
            {
                public string ClientName { get; set; } = "";
                public string ClientUrl { get; set; } = "";
                public string ClientLogoUrl { get; set; } = "";
                public bool AllowRememberConsent { get; set; }
            }
            public record LoggedOutViewModel
            {
                public string PostLogoutRedirectUri { get; init; } = "";
                public string ClientName { get; init; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task A_client_name_beside_a_client_id_or_an_email_is_still_a_customer_s() =>
        Test("""
            public class Order
            {
                public int ClientId { get; set; }
                public string [|ClientName|] { get; set; } = "";
            }
            public class SendAppointmentConfirmationCommand
            {
                public string [|ClientName|] { get; set; } = "";
                public string [|ClientEmailAddress|] { get; set; } = "";
                public string ClinicUrl { get; set; } = "";
            }
            """).RunAsync();
}
