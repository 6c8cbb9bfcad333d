using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's sixteenth round (issue 12), from the fifteenth and sixteenth sets' misses: a sign-in form's login and
/// password kept under names that do not say so, read from the form's shape (a type named for signing in, ending like a
/// form, with one key and a password or a secret) rather than from the members' words — each beside its quiet neighbour.
/// </summary>
public sealed class SignInFormShapeTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task The_one_key_beside_a_password_on_a_sign_in_form_is_the_login_in_every_language() =>
        Test("""
            public class PolicyHolderLoginRequest { public string [|PolicyNumber|] { get; set; } = ""; public string [|Password|] { get; set; } = ""; }
            public class LoginDTO { public string? [|Employee_ID|] { get; set; } public string? [|Password|] { get; set; } }
            public class AnmeldungModel { public string [|VertragsNummer|] { get; set; } = ""; public string [|Passwort|] { get; set; } = ""; }
            public class AutenticacionRequest { public string [|NumeroPoliza|] { get; set; } = ""; public string [|Contrasena|] { get; set; } = ""; }
            public class AutenticacaoRequest { public string [|NumeroApolice|] { get; set; } = ""; public string [|Senha|] { get; set; } = ""; }
            public class ConnexionModel { public string [|NumeroContrat|] { get; set; } = ""; public string [|MotDePasse|] { get; set; } = ""; }
            public class AutentificareDto { public string [|NumarPolita|] { get; set; } = ""; public string [|Parola|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_secret_beside_the_key_of_a_sign_in_form_is_its_password() =>
        Test("""
            public class LoginDto { public string [|Id|] { get; set; } = ""; public string [|Secret|] { get; set; } = ""; }
            public class LogonRequest { public string [|Id|] { get; set; } = ""; public string [|Passcode|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Keys_and_secrets_off_a_sign_in_form_or_beside_a_named_login_are_quiet() =>
        Test("""
            public class LoginRequest { public string TenantId { get; set; } = ""; public string [|Email|] { get; set; } = ""; public string [|Password|] { get; set; } = ""; }
            public class AuthRequest { public string ClientId { get; set; } = ""; public string Secret { get; set; } = ""; }
            public class JwtOptions { public string Id { get; set; } = ""; public string Secret { get; set; } = ""; }
            public class AuthSettings { public string Id { get; set; } = ""; public string Secret { get; set; } = ""; }
            public class ApiCredentials { public string ClientId { get; set; } = ""; public string ClientSecret { get; set; } = ""; }
            public class LoginModel { public string CompanyId { get; set; } = ""; public string BranchNumber { get; set; } = ""; public string [|Password|] { get; set; } = ""; }
            public class PolicyRequest { public string PolicyNumber { get; set; } = ""; public string Secret { get; set; } = ""; }
            public class PolicyModel { public string NumeroPoliza { get; set; } = ""; public string Contrasena { get; set; } = ""; }
            public class LoginForm { public string IdSesion { get; set; } = ""; public string [|Password|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task The_token_of_a_reset_password_request_is_reported_in_every_language() =>
        Test("""
            public class ResetPasswordRequest { public string [|Token|] { get; set; } = ""; public string [|NewPassword|] { get; set; } = ""; }
            public class ForgotPasswordModel { public string [|Token|] { get; set; } = ""; }
            public class PasswortZuruecksetzenRequest { public string [|Token|] { get; set; } = ""; }
            public class RestablecerContrasenaRequest { public string [|Token|] { get; set; } = ""; }
            public class RedefinirSenhaRequest { public string [|Token|] { get; set; } = ""; }
            public class ResetareParolaRequest { public string [|Token|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task The_token_of_other_requests_is_quiet() =>
        Test("""
            public class ResetCacheRequest { public string Token { get; set; } = ""; }
            public class PasswordPolicyRequest { public string Token { get; set; } = ""; public int MinLength { get; set; } }
            public class RestablecerConexionRequest { public string Token { get; set; } = ""; }
            """).RunAsync();
}
