using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's fifteenth round (issue 12), from the fourteenth fresh set's misses: a person's secrets named without
/// "password" (a reset key or token, the token of a JWT answer, the Spanish password written with "ni" for "ñ") and an
/// anniversary kept on a person's record, in every language — each beside the quiet neighbour its word needs.
/// </summary>
public sealed class ResetSecretsAndAnniversaryTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_reset_key_or_token_is_reported_in_every_language() =>
        Test("""
            public class User { public string? [|ResetKey|] { get; set; } }
            public class SetPasswordCommand { public string [|ResetKey|] { get; set; } = ""; public string [|Password|] { get; set; } = ""; }
            public class CompletePasswordChangeRequest { public string [|ResetToken|] { get; set; } = ""; }
            public class Benutzer { public string [|ResetSchluessel|] { get; set; } = ""; }
            public class Usuario { public string [|ClaveDeRestablecimiento|] { get; set; } = ""; }
            public class Utilizador { public string [|ChaveDeRedefinicao|] { get; set; } = ""; }
            public class Utilisateur { public string [|CleDeReinitialisation|] { get; set; } = ""; }
            public class Utilizator { public string [|CheieDeResetare|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Keys_and_flags_beside_a_reset_are_quiet() =>
        Test("""
            public class User { public bool ResetRequested { get; set; } public string Key { get; set; } = ""; }
            public class Cache { public string ResetMode { get; set; } = ""; public string CacheKey { get; set; } = ""; }
            public class Counter { public int ResetCount { get; set; } }
            """).RunAsync();

    [Fact]
    public Task The_token_of_a_jwt_answer_is_reported_a_jwt_setting_s_token_is_quiet() =>
        Test("""
            public class JwtResponse { public string [|Token|] { get; private set; } = ""; }
            public class JwtSettings { public string Token { get; set; } = ""; public string Issuer { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_spanish_password_written_with_ni_is_reported() =>
        Test("""
            public class Empleado { public string [|Contrasenia|] { get; set; } = ""; public string Rol { get; set; } = ""; }
            public class Politica { public int Intentos { get; set; } }
            """).RunAsync();

    [Fact]
    public Task An_anniversary_on_a_person_s_record_is_reported_in_every_language() =>
        Test("""
            public class Member { public string [|FirstName|] { get; set; } = ""; public string? [|Anniversary|] { get; set; } }
            public class MemberRequest { public System.DateTime? [|Anniversary|] { get; set; } }
            public class Mitglied { public System.DateTime [|Hochzeitstag|] { get; set; } }
            public class Socio { public System.DateTime [|AniversarioDeBoda|] { get; set; } }
            public class Cliente { public System.DateTime [|AniversarioDeCasamento|] { get; set; } }
            public class Membru { public System.DateTime [|Aniversare|] { get; set; } }
            public class Adherent { public System.DateTime [|AnniversaireDeMariage|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task An_anniversary_off_a_person_s_record_is_quiet() =>
        Test("""
            public class Company { public string Name { get; set; } = ""; public System.DateTime Anniversary { get; set; } }
            public class Contract { public System.DateTime AnniversaryDate { get; set; } }
            public class Firma { public System.DateTime Jahrestag { get; set; } }
            public class Firma2 { public System.DateTime Aniversare { get; set; } }
            """).RunAsync();
    [Fact]
    public Task A_credential_record_s_value_named_with_the_credential_s_noun_first_is_reported() =>
        Test("""
            public class UserToken { public int Id { get; set; } public string UserId { get; set; } = ""; public string [|TokenKey|] { get; set; } = ""; public System.DateTime Created { get; set; } }
            public class RefreshToken { public string [|TokenValue|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task The_same_names_off_a_credential_record_or_naming_no_value_are_quiet() =>
        Test("""
            public class TokenSettings { public string TokenKey { get; set; } = ""; }
            public class Product { public string TokenKey { get; set; } = ""; }
            public class UserToken { public string TokenType { get; set; } = ""; public int TokenCount { get; set; } }
            """).RunAsync();
}
