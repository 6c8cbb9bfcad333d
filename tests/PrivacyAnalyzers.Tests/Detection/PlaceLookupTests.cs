using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-seventh round (issue 12): lookups of places and things that people's records refer to. A type named by
/// a settlement or an administrative division (Country, State, Bundesland, Provincia, Cidade, Ville, Judet) is a lookup of
/// places: its name, full name and coordinates are the place's, though a donor's address points at it. A telephone
/// exchange, network, operator or company is equipment or a firm, not a number. A person's own City, Country and
/// telephone stay reported. In every language the vocabulary has (the Romance languages name a telephone exchange
/// with an adjective that is no phone term, so only English and German need its words).
/// </summary>
public sealed class PlaceLookupTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task English_a_country_s_or_a_state_s_name_and_coordinates_are_quiet_a_donor_s_city_and_country_are_reported() =>
        Test("""
            public class Country { public int CountryId { get; set; } public string Name { get; set; } = ""; public string FullName { get; set; } = ""; public double Latitude { get; set; } public double Longitude { get; set; } }
            public class State { public int StateId { get; set; } public string Name { get; set; } = ""; public string FullName { get; set; } = ""; public double Latitude { get; set; } public double Longitude { get; set; } public string Country { get; set; } = ""; }
            public class GeoLocation { public State State { get; set; } = new(); public Country Country { get; set; } = new(); }
            public class Donor { public string [|FirstName|] { get; set; } = ""; public string [|City|] { get; set; } = ""; public string [|Country|] { get; set; } = ""; public double [|Latitude|] { get; set; } }
            public class ContactCard { public string [|Name|] { get; set; } = ""; public string [|FullName|] { get; set; } = ""; public string [|Email|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task German_Spanish_and_Portuguese_a_place_lookup_s_name_and_coordinates_are_quiet_a_person_s_town_is_reported() =>
        Test("""
            public class Bundesland { public string Name { get; set; } = ""; public string VollerName { get; set; } = ""; public double Breitengrad { get; set; } public double Laengengrad { get; set; } }
            public class Provincia { public string Nombre { get; set; } = ""; public string NombreCompleto { get; set; } = ""; public double Latitud { get; set; } public double Longitud { get; set; } }
            public class Cidade { public string Nome { get; set; } = ""; public string NomeCompleto { get; set; } = ""; public double Latitude { get; set; } public double Longitude { get; set; } }
            public class Kunde { public string [|Vorname|] { get; set; } = ""; public string [|Stadt|] { get; set; } = ""; }
            public class Cliente { public string [|Nombre|] { get; set; } = ""; public string [|Ciudad|] { get; set; } = ""; }
            public class Paciente { public string [|Nome|] { get; set; } = ""; public string [|Cidade|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task French_and_Romanian_a_place_lookup_s_name_and_coordinates_are_quiet_a_person_s_town_is_reported() =>
        Test("""
            public class Region { public string Nom { get; set; } = ""; public string NomComplet { get; set; } = ""; public double Latitude { get; set; } public double Longitude { get; set; } }
            public class Judet { public string Nume { get; set; } = ""; public string NumeComplet { get; set; } = ""; public double Latitudine { get; set; } public double Longitudine { get; set; } }
            public class Adherent { public string [|Prenom|] { get; set; } = ""; public string [|Ville|] { get; set; } = ""; }
            public class Pacient { public string [|Prenume|] { get; set; } = ""; public string [|Oras|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_telephone_exchange_is_equipment_its_name_and_town_are_quiet_a_subscriber_s_telephone_is_reported() =>
        Test("""
            public class AutomaticTelephoneExchange { public int Id { get; set; } public string Name { get; set; } = ""; public string Town { get; set; } = ""; }
            public class AtsSubscriber { public int Id { get; set; } public AutomaticTelephoneExchange? AutomaticTelephoneExchange { get; set; } }
            public class PhoneCompany { public string Name { get; set; } = ""; public string City { get; set; } = ""; }
            public class MobilePhoneInsurance { public decimal Cover { get; set; } }
            public class GoldAccountBenefits { public MobilePhoneInsurance MobilePhoneInsurance { get; set; } = new(); public decimal Cashback { get; set; } }
            public class Subscriber { public string [|Name|] { get; set; } = ""; public string [|Telephone|] { get; set; } = ""; public string [|TelephoneNumber|] { get; set; } = ""; public string [|HomeTelephone|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task German_a_telephone_exchange_or_provider_written_as_two_words_is_quiet_a_customer_s_telephone_is_reported() =>
        Test("""
            public class TelefonZentrale { public string Name { get; set; } = ""; public string Ort { get; set; } = ""; }
            public class Kunde { public string [|Vorname|] { get; set; } = ""; public string [|Telefon|] { get; set; } = ""; public string [|TelefonNummer|] { get; set; } = ""; public string TelefonAnbieter { get; set; } = ""; }
            """).RunAsync();
}
