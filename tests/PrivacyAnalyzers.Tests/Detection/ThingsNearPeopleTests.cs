using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-fifth round (issue 12), things kept beside people: a property for sale or rent, named as such in six
/// languages, is a thing whose description, notes and appraisal are the listing's, even beside its owner's key; the same
/// text on a record that is no thing's stays its person's.
/// </summary>
public sealed class ThingsNearPeopleTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    private const string People = """
        public class Cliente { public System.Guid ClienteId { get; set; } public string [|Nome|] { get; set; } = ""; public string [|Email|] { get; set; } = ""; }
        public class Kunde { public int KundeId { get; set; } public string [|Name|] { get; set; } = ""; public string [|Email|] { get; set; } = ""; }
        public class Customer { public int CustomerId { get; set; } public string [|Name|] { get; set; } = ""; public string [|Email|] { get; set; } = ""; }
        """;

    [Fact]
    public Task A_property_for_sale_or_rent_holds_its_own_description_notes_and_appraisal_in_every_language() =>
        Test(People + """
            public class Imovel
            {
                public System.Guid ProprietarioId { get; set; }
                public string? Observacoes { get; set; }
                public string? Descricao { get; set; }
                public System.DateTime? DataAvaliacao { get; set; }
                public Cliente Proprietario { get; set; } = null!;
            }
            public class ImovelDTO { public System.Guid ProprietarioId { get; set; } public string? Observacoes { get; set; } public Cliente Proprietario { get; set; } = null!; }
            public class Inmueble { public Cliente Propietario { get; set; } = null!; public string Observaciones { get; set; } = ""; public string Descripcion { get; set; } = ""; }
            public class Immobilie { public Kunde Eigentuemer { get; set; } = null!; public string Beschreibung { get; set; } = ""; public string Kommentar { get; set; } = ""; }
            public class RealEstate { public Customer Owner { get; set; } = null!; public string Description { get; set; } = ""; public string Notes { get; set; } = ""; }
            public class BienImmobilier { public Customer Proprietaire { get; set; } = null!; public string Description { get; set; } = ""; public string Observations { get; set; } = ""; }
            public class Imobil { public Customer Proprietar { get; set; } = null!; public string Descriere { get; set; } = ""; public string Observatii { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task The_same_text_on_a_record_that_is_no_thing_s_stays_its_person_s() =>
        Test(People + """
            public class Atendimento
            {
                public System.Guid ClienteId { get; set; }
                public string? [|Observacoes|] { get; set; }
                public Cliente Cliente { get; set; } = null!;
            }
            """).RunAsync();

    [Fact]
    public Task A_lookup_of_a_town_s_parts_names_the_part_not_a_person() =>
        Test("""
            public class Bairro { public System.Guid BairroId { get; set; } public string BairroNome { get; set; } = ""; public System.Guid CidadeUfId { get; set; } }
            public class BairroDTO { public System.Guid BairroId { get; set; } public string BairroNome { get; set; } = ""; }
            public class Barrio { public int Id { get; set; } public string Nombre { get; set; } = ""; public int CiudadId { get; set; } }
            public class Colonia { public int Id { get; set; } public string NombreColonia { get; set; } = ""; public int CodigoPostal { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_town_s_part_on_a_person_s_record_stays_the_person_s_address() =>
        Test("""
            public class Cliente { public string [|Nome|] { get; set; } = ""; public string [|Rua|] { get; set; } = ""; public string [|Bairro|] { get; set; } = ""; }
            public class Paciente { public string [|Nombre|] { get; set; } = ""; public string [|Calle|] { get; set; } = ""; public string [|Barrio|] { get; set; } = ""; public string [|Colonia|] { get; set; } = ""; }
            """).RunAsync();
}
