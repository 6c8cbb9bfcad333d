using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-ninth round (issue 12): an establishment's own record — a hotel's, a restaurant's, a church's, a
/// parish's, a museum's — holds the place's name, address, phone, e-mail and coordinates, in six languages; a guest's or
/// a member's record beside it stays a person's (its head word decides).
/// </summary>
public sealed class EstablishmentRecordTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task An_establishment_s_contact_details_are_quiet_in_every_language_its_guest_s_and_member_s_are_reported() =>
        Test("""
            public class Restaurants { public string PhoneNumber { get; set; } = ""; public string Address { get; set; } = ""; }
            public class Church { public string Address { get; set; } = ""; public string Phone { get; set; } = ""; public string EmailId { get; set; } = ""; }
            public class HotelDto { public string Email { get; set; } = ""; public double Latitude { get; set; } public double Longitude { get; set; } }
            public class Gaststaette { public string Telefon { get; set; } = ""; public string Adresse { get; set; } = ""; }
            public class Iglesia { public string Telefono { get; set; } = ""; public string Direccion { get; set; } = ""; }
            public class Igreja { public string Telefone { get; set; } = ""; public string Endereco { get; set; } = ""; }
            public class Eglise { public string Telephone { get; set; } = ""; public string Adresse { get; set; } = ""; }
            public class Biserica { public string Telefon { get; set; } = ""; public string Adresa { get; set; } = ""; }
            public class HotelGuest { public string [|Email|] { get; set; } = ""; public string [|PhoneNumber|] { get; set; } = ""; }
            public class ChurchMember { public string [|Address|] { get; set; } = ""; public string [|Phone|] { get; set; } = ""; }
            public class HotelGast { public string [|Telefon|] { get; set; } = ""; public string [|Adresse|] { get; set; } = ""; }
            public class Huesped { public string [|Telefono|] { get; set; } = ""; public string [|Direccion|] { get; set; } = ""; }
            public class Hospede { public string [|Telefone|] { get; set; } = ""; public string [|Endereco|] { get; set; } = ""; }
            public class Client { public string [|Telephone|] { get; set; } = ""; public string [|Adresse|] { get; set; } = ""; }
            public class MiembroIglesia { public string [|Telefono|] { get; set; } = ""; }
            public class MembroIgreja { public string [|Endereco|] { get; set; } = ""; }
            public class MembreEglise { public string [|Adresse|] { get; set; } = ""; }
            public class MembruBiserica { public string [|Telefon|] { get; set; } = ""; }
            public class HuespedHotel { public string [|Email|] { get; set; } = ""; }
            public class ProductoRestaurante { public string Descripcion { get; set; } = ""; }
            public class Angajat { public string [|Telefon|] { get; set; } = ""; public string [|Adresa|] { get; set; } = ""; }
            """).RunAsync();
}
