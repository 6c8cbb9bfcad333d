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

    [Fact]
    public Task An_address_sent_as_a_request_s_part_is_a_person_s_address_a_place_s_stays_quiet() =>
        Test("""
            public class AddressCreateRequest { public string [|Street|] { get; set; } = ""; }
            public class AdresseAnfrage { public string [|Strasse|] { get; set; } = ""; }
            public class DireccionRequest { public string [|Calle|] { get; set; } = ""; }
            public class EnderecoRequest { public string [|Logradouro|] { get; set; } = ""; }
            public class SignUpUserCommand { public AddressCreateRequest [|Address|] { get; set; } = new(); }
            public class CreateOrderCommand { public AddressCreateRequest [|DeliveryAddress|] { get; set; } = new(); }
            public class MitgliedAnlegen { public AdresseAnfrage [|Wohnsitz|] { get; set; } = new(); }
            public class CrearPedido { public DireccionRequest [|Entrega|] { get; set; } = new(); }
            public class CriarPedido { public EnderecoRequest [|Entrega|] { get; set; } = new(); }
            public class CreateFoodPlaceCommand { public AddressCreateRequest Address { get; set; } = new(); }
            public class AddressValidationRequest { public bool Strict { get; set; } }
            public class Checkout { public AddressValidationRequest Validation { get; set; } = new(); }
            """).RunAsync();

    // A type named by a position word the language's table has no place word for (Localizacao, Ubicacion) reports its own
    // coordinates as before; the labels call such a type's coordinates personal when a driver's position is kept in it.
    [Fact]
    public Task A_person_s_position_kept_as_a_location_object_is_reported_a_venue_s_or_an_order_s_is_quiet() =>
        Test("""
            public class Location { public double Latitude { get; set; } public double Longitude { get; set; } }
            public class Standort { public double Breitengrad { get; set; } public double Laengengrad { get; set; } }
            public class Localisation { public double Latitude { get; set; } }
            public class Localizacao { public double [|Latitude|] { get; set; } }
            public class Locatie { public double Latitudine { get; set; } }
            public class Ubicacion { public double [|Latitud|] { get; set; } }
            public class Localite { public double Latitude { get; set; } }
            public class Driver { public int Id { get; set; } public Location? [|Location|] { get; set; } }
            public class Passenger { public System.Collections.Generic.List<Location> [|Positions|] { get; set; } = new(); }
            public class Fahrer { public Standort [|Standort|] { get; set; } = new(); }
            public class Chauffeur { public Localisation [|Position|] { get; set; } = new(); }
            public class Motorista { public Localizacao [|Posicao|] { get; set; } = new(); }
            public class Conductor { public Ubicacion [|Ubicacion|] { get; set; } = new(); }
            public class Sofer { public Locatie [|Pozitie|] { get; set; } = new(); }
            public class Utilisateur { public Localite Localite { get; set; } = new(); }
            public class Restaurant { public Location Location { get; set; } = new(); }
            public class Order { public Location Location { get; set; } = new(); }
            public class City { public string Name { get; set; } = ""; }
            public class Customer { public City City { get; set; } = new(); }
            """).RunAsync();

    [Fact]
    public Task A_ride_s_pickup_and_dropoff_locations_are_the_passenger_s_a_store_s_pickup_point_is_quiet() =>
        Test("""
            public class RideInfoDto { public int RideId { get; set; } public string [|PickupLocation|] { get; set; } = ""; public string [|DropOffLocation|] { get; set; } = ""; }
            public class Fahrt { public string [|Abholort|] { get; set; } = ""; }
            public class Viaje { public string [|LugarDeRecogida|] { get; set; } = ""; }
            public class Viagem { public string [|LocalDeEmbarque|] { get; set; } = ""; }
            public class Trajet { public string [|LieuDePriseEnCharge|] { get; set; } = ""; }
            public class Cursa { public string [|LocPreluare|] { get; set; } = ""; }
            public class Order { public string PickupPoint { get; set; } = ""; public System.DateTime PickupDate { get; set; } }
            public class Store { public string PickupLocation { get; set; } = ""; }
            """).RunAsync();
}
