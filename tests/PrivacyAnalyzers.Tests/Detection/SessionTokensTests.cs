using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001, twenty-eighth round (issue 12): an identity provider's ID token and a session's JWT, issued to the person who
/// signed in, are credentials; a JWT's settings stay quiet.
/// </summary>
public sealed class SessionTokensTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task An_id_token_and_a_jwt_token_are_a_person_s_credentials_a_jwt_s_settings_are_not() =>
        Test("""
            public class LoginModel { public string [|IdToken|] { get; set; } = ""; }
            public class RefreshCred { public string [|JwtToken|] { get; set; } = ""; }
            public class JwtSettings { public string JwtToken { get; set; } = ""; public string Issuer { get; set; } = ""; }
            """).RunAsync();
}
