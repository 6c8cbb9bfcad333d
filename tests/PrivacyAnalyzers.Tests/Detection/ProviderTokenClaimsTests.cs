using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001, twenty-eighth round (issue 12): an identity provider's token or user info named with "Api" between the provider
/// and the payload (GoogleApiTokenInfo) holds the signed-in person's claims; an API client or its settings stay tools.
/// </summary>
public sealed class ProviderTokenClaimsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_provider_s_token_info_named_with_api_holds_a_person_s_claims_an_api_client_does_not() =>
        Test("""
            public class GoogleApiTokenInfo
            {
                public string [|email|] { get; set; } = "";
                public string [|given_name|] { get; set; } = "";
                public string [|family_name|] { get; set; } = "";
            }
            public class ApiClient { public string Email { get; set; } = ""; public string Name { get; set; } = ""; }
            public class SmtpApiOptions { public string Email { get; set; } = ""; public string Name { get; set; } = ""; }
            public class ApiKeySettings { public string Email { get; set; } = ""; }
            """).RunAsync();
}
