using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-second round (issue 12): a profile picture's address written address first (urlPozaProfil,
/// UrlProfilePicture, UrlProfilbild, UrlImagenPerfil, UrlImagemPerfil, UrlImageProfil) is the person's photo in every
/// built-in language; a product's picture address stays quiet.
/// </summary>
public sealed class ProfilePictureAddressTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_profile_picture_s_address_written_address_first_is_reported_in_six_languages_a_product_s_is_quiet() =>
        Test("""
            public class Utilizator { public string? [|urlPozaProfil|] { get; set; } public string? [|LinkPozaProfil|] { get; set; } }
            public class Account { public string? [|UrlProfilePicture|] { get; set; } public string? [|ProfilePhotoLink|] { get; set; } }
            public class Benutzer { public string? [|UrlProfilbild|] { get; set; } }
            public class Usuario { public string? [|UrlImagenPerfil|] { get; set; } }
            public class Utilizador { public string? [|UrlImagemPerfil|] { get; set; } }
            public class Compte { public string? [|UrlImageProfil|] { get; set; } }
            public class Produs { public string? UrlPoza { get; set; } public string? UrlImagine { get; set; } }
            public class Product { public string? ImageUrl { get; set; } public string? UrlPicture { get; set; } }
            """).RunAsync();
}
