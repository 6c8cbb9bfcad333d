using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-ninth round (issue 12), from the twenty-seventh set's misses: the secrets a person types under their
/// short forms (a French password's Passe and MotDepasse, a one-time code named by its algorithm in every language) and a
/// person's opinion in a review kept in parts (its positive and negative aspects, pros and cons), each beside its quiet
/// neighbour.
/// </summary>
public sealed class TypedSecretsAndReviewAspectsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_french_password_under_its_short_forms_is_reported() =>
        Test("""
            public class ClsUtilisateur { public string [|Nom|] { get; set; } = ""; public string [|Passe|] { get; set; } = ""; }
            public class ClsLogin { public string [|Username|] { get; set; } = ""; public string [|MotDepasse|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_one_time_code_named_by_its_algorithm_is_reported_in_every_language() =>
        Test("""
            public class Login2FADto { public string [|Email|] { get; set; } = ""; public string [|CodTOTP|] { get; set; } = ""; }
            public class Verify2FaRequest { public string [|TotpCode|] { get; set; } = ""; }
            public class ZweiFaktorRequest { public string [|Einmalcode|] { get; set; } = ""; }
            public class VerificarOtpRequest { public string [|CodigoOtp|] { get; set; } = ""; }
            public class VerificarCodigoRequest { public string [|CodigoTotp|] { get; set; } = ""; }
            public class VerifierRequest { public string [|CodeOtp|] { get; set; } = ""; }
            public class VerificareRequest { public string [|CodOtp|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_code_setting_and_a_mail_server_password_stay_quiet() =>
        Test("""
            public class OtpSettings { public int OtpLength { get; set; } public int OtpExpiryMinutes { get; set; } public int CodeValidityMinutes { get; set; } }
            public class SmtpSettings { public string Host { get; set; } = ""; public string Passe { get; set; } = ""; public string MotDepasse { get; set; } = ""; }
            public class TotpOptions { public string Issuer { get; set; } = ""; public int CodigoOtpLongitud { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_reviews_opinion_in_parts_is_reported_in_every_language() =>
        Test("""
            public class RecenzieDto { public int UtilizatorId { get; set; } public string [|AspectePozitive|] { get; set; } = ""; public string [|AspecteNegative|] { get; set; } = ""; }
            public class ReviewDto { public int UserId { get; set; } public string [|Pros|] { get; set; } = ""; public string [|Cons|] { get; set; } = ""; }
            public class BewertungDto { public int BenutzerId { get; set; } public string [|Vorteile|] { get; set; } = ""; public string [|Nachteile|] { get; set; } = ""; }
            public class ResenaDto { public int UsuarioId { get; set; } public string [|PuntosPositivos|] { get; set; } = ""; public string [|Contras|] { get; set; } = ""; }
            public class AvaliacaoDto { public int UsuarioId { get; set; } public string [|PontosPositivos|] { get; set; } = ""; public string [|PontosNegativos|] { get; set; } = ""; }
            public class AvisDto { public int UtilisateurId { get; set; } public string [|PointsPositifs|] { get; set; } = ""; public string [|PointsNegatifs|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_products_advantages_stay_quiet() =>
        Test("""
            public class ProductDto { public string Name { get; set; } = ""; public string Pros { get; set; } = ""; public string Advantages { get; set; } = ""; }
            public class Produs { public string Denumire { get; set; } = ""; public string Avantaje { get; set; } = ""; public string AspectePozitive { get; set; } = ""; }
            public class Produkt { public string Bezeichnung { get; set; } = ""; public string Vorteile { get; set; } = ""; }
            public class Produit { public string Libelle { get; set; } = ""; public string PointsForts { get; set; } = ""; }
            public class Producto { public string Nombre { get; set; } = ""; public string Ventajas { get; set; } = ""; }
            public class Produto { public string Nome { get; set; } = ""; public string Vantagens { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_post_name_and_a_wedding_date_on_a_persons_record_are_reported() =>
        Test("""
            using System;
            public class ClsMembre { public string [|Nom|] { get; set; } = ""; public string [|Postnom|] { get; set; } = ""; public string [|Prenom|] { get; set; } = ""; }
            public class Member { public string [|FirstName|] { get; set; } = ""; public DateTime? [|DateOfWedding|] { get; set; } public DateTime? [|MarriageAnniversary|] { get; set; } }
            public class Miembro { public string [|Nombre|] { get; set; } = ""; public DateTime? [|AniversarioDeBoda|] { get; set; } }
            public class Membru { public string [|Nume|] { get; set; } = ""; public DateTime? [|DataNuntii|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_wedding_events_date_stays_quiet() =>
        Test("""
            using System;
            public class WeddingEvent { public string Title { get; set; } = ""; public DateTime DateOfWedding { get; set; } public DateTime MarriageAnniversary { get; set; } }
            public class Eveniment { public string Titlu { get; set; } = ""; public DateTime DataNuntii { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_persons_picture_sent_as_base64_is_reported_in_every_language() =>
        Test("""
            public class CreateUserParams { public string [|Email|] { get; set; } = ""; public string [|ProfilePictureBase64|] { get; set; } = ""; public string [|PhotoBase64|] { get; set; } = ""; }
            public class Customer { public string [|Name|] { get; set; } = ""; public string [|FotoBase64|] { get; set; } = ""; }
            public class Mitarbeiter { public string [|Vorname|] { get; set; } = ""; public string [|ProfilbildBase64|] { get; set; } = ""; }
            public class Angajat { public string [|Nume|] { get; set; } = ""; public string [|PozaBase64|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_products_picture_sent_as_base64_stays_quiet() =>
        Test("""
            public class Product { public string Name { get; set; } = ""; public string ImageBase64 { get; set; } = ""; public string PhotoBase64 { get; set; } = ""; }
            public class Produto { public string Nome { get; set; } = ""; public string FotoBase64 { get; set; } = ""; }
            """).RunAsync();
}
