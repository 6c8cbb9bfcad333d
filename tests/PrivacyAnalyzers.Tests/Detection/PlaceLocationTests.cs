using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twelfth round (issue 12): whose location. An address or coordinates named for a place or an event (a meeting
/// point, a venue's address), or held by a type named for one (an event, an appointment, a time block of a plan, a
/// restaurant, a command that creates one), are the place's; the same members of a person's type, of a command a person
/// sends (an order placed with its delivery address), stay the person's. In every language the vocabulary has.
/// </summary>
public sealed class PlaceLocationTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task English_a_venue_s_coordinates_and_address_are_quiet_a_customer_s_are_reported() =>
        Test("""
            public class Address { public string [|Street|] { get; set; } = ""; public string [|City|] { get; set; } = ""; }
            public class Venue { public double Latitude { get; set; } public double Longitude { get; set; } }
            public class CreateFoodPlaceCommand
            {
                public string Name { get; set; } = "";
                public double Latitude { get; set; }
                public double Longitude { get; set; }
                public Address Address { get; set; } = new();
            }
            public class DeliveryOffer { public Address FoodPlaceAddress { get; set; } = new(); public Address RestaurantAddress { get; set; } = new(); }
            public class EventDto { public Address Address { get; set; } = new(); }
            public class Customer { public double [|Latitude|] { get; set; } public Address [|Address|] { get; set; } = new(); }
            public class PlaceOrderCommand { public Address [|DeliveryAddress|] { get; set; } = new(); }
            public class EventRegistration { public Address [|HomeAddress|] { get; set; } = new(); }
            public class Traveller { public string [|PlaceOfBirth|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task German_a_meeting_point_and_a_time_block_s_address_are_quiet_a_member_s_is_reported() =>
        Test("""
            public class Adresse { public string [|Strasse|] { get; set; } = ""; public string [|Ort|] { get; set; } = ""; }
            public class Termin { public string Name { get; set; } = ""; public Adresse Treffpunkt { get; set; } = new(); }
            public class ZeitBlock { public Adresse Adresse { get; set; } = new(); }
            public class UpdateCreateZeitblockRequest { public Adresse Adresse { get; set; } = new(); }
            public class UpdateEinsatzplanRequest { public Adresse TreffPunkt { get; set; } = new(); }
            public class Veranstaltung { public double Breitengrad { get; set; } }
            public class Mitglied { public Adresse [|Adresse|] { get; set; } = new(); public double [|Breitengrad|] { get; set; } }
            public class Einsatzplan { public Adresse [|Wohnadresse|] { get; set; } = new(); }
            """).RunAsync();

    [Fact]
    public Task Spanish_and_Portuguese_a_place_s_coordinates_are_quiet_a_client_s_are_reported() =>
        Test("""
            public class Lugar { public double Latitud { get; set; } }
            public class CrearEventoCommand { public double Latitud { get; set; } public double Latitude { get; set; } }
            public class CitaDto { public double Latitud { get; set; } }
            public class Local { public double Latitude { get; set; } }
            public class Cliente { public double [|Latitud|] { get; set; } public double [|Latitude|] { get; set; } }
            public class Pedido { public double [|LatitudEntrega|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task French_and_Romanian_an_event_s_coordinates_are_quiet_a_person_s_are_reported() =>
        Test("""
            public class Lieu { public double Latitude { get; set; } }
            public class Evenement { public double Latitude { get; set; } }
            public class Eveniment { public double Latitudine { get; set; } }
            public class ProgramareDto { public double Latitudine { get; set; } }
            public class Adresa { public string [|Strada|] { get; set; } = ""; }
            public class Comanda { public Adresa AdresaRestaurant { get; set; } = new(); public Adresa [|AdresaLivrare|] { get; set; } = new(); }
            public class Client { public double [|Latitude|] { get; set; } }
            public class Pacient { public double [|Latitudine|] { get; set; } }
            """).RunAsync();
}
