using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;
using static PrivacyAnalyzers.Tests.Harness.Priv001Messages;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's sixteenth round (issue 12): names written in a naming convention rather than in words — a person's words
/// abbreviated as schemas and forms abbreviate them (ApePat, CorEle, Cel, Direc, Vorn, Nachn, Adr, NumEnd), behind a
/// Hungarian type prefix and an entity suffix (cApePatCiud); a subscriber's and a SIM card's identifiers (IMSI, ICCID)
/// and a mobile number written "No" — each with the quiet neighbour it needs.
/// </summary>
public sealed class NamingConventionTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task Spanish_abbreviated_person_words_behind_a_type_prefix_are_reported_on_a_person() =>
        Test("""
            public class Ciudadano
            {
                public string [|nCodigoCiud|] { get; set; } = "";
                public string [|cApePatCiud|] { get; set; } = "";
                public string [|cApeMatCiud|] { get; set; } = "";
                public string [|cCelCiud|] { get; set; } = "";
                public string [|cCorEleCiud|] { get; set; } = "";
                public string [|cDireccCiud|] { get; set; } = "";
                public string [|cNumDirecCiud|] { get; set; } = "";
                public string [|cNumDocCiud|] { get; set; } = "";
            }
            public class Laboratorio
            {
                public string cCelLab { get; set; } = "";
                public string cDirecLab { get; set; } = "";
                public string cNumDocLab { get; set; } = "";
            }
            """)
            .WithMessages(
                Message("nCodigoCiud", "Identity", "the word 'codigo' in type Ciudadano"),
                Message("cApePatCiud", "Identity.Name", "the words 'ape pat'"),
                Message("cApeMatCiud", "Identity.Name", "the words 'ape mat'"),
                Message("cCelCiud", "Contact.Phone", "the word 'cel' in type Ciudadano"),
                Message("cCorEleCiud", "Contact.Email", "the words 'cor ele'"),
                Message("cDireccCiud", "Contact.Address", "the word 'direcc' in type Ciudadano"),
                Message("cNumDirecCiud", "Contact.Address", "the words 'num direc' in type Ciudadano"),
                Message("cNumDocCiud", "Identity.NationalId", "the words 'num doc' in type Ciudadano"))
            .RunAsync();

    [Fact]
    public Task German_French_and_Portuguese_abbreviated_person_words_are_reported_on_a_person_only() =>
        Test("""
            public class Mitarbeiter
            {
                public string [|Vorn|] { get; set; } = "";
                public string [|Nachn|] { get; set; } = "";
            }
            public class Regal { public string Vorn { get; set; } = ""; }
            public class Client { public string [|Adr|] { get; set; } = ""; }
            public class Produit { public string Adr { get; set; } = ""; }
            public class Cliente { public string [|NumEnd|] { get; set; } = ""; public System.DateTime End { get; set; } }
            public class Pedido { public string NumEnd { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_subscriber_s_imsi_iccid_and_mobile_number_written_no_are_reported() =>
        Test("""
            public class Subscriber
            {
                public string [|Imsi|] { get; set; } = "";
                public string [|Iccid|] { get; set; } = "";
                public string [|MobNo|] { get; set; } = "";
                public string [|CellNo|] { get; set; } = "";
                public int ImsiCount { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task A_description_behind_a_type_prefix_and_its_record_s_suffix_is_its_writer_s_words() =>
        Test("""
            public class ReclamoCiudadano
            {
                public string nCodigoRecC { get; set; } = "";
                public string [|cDescripcionRecC|] { get; set; } = "";
                public string cDescripcionZona { get; set; } = "";
            }
            public class CategoriaReclamo { public string cDescripcionCatRec { get; set; } = ""; }
            public class Producto { public string cDescripcionProd { get; set; } = ""; }
            """)
            .WithMessages(Message("cDescripcionRecC", "Content.Message", "the word 'descripcion' in type ReclamoCiudadano, beside Ciudadano"))
            .RunAsync();

    [Fact]
    public Task A_street_lookup_s_own_code_and_name_are_quiet_a_citizen_s_street_is_reported() =>
        Test("""
            public class CalleZona
            {
                public string nCodigoCalle { get; set; } = "";
                public string cNombreCalle { get; set; } = "";
                public string cDescZona { get; set; } = "";
            }
            public class Ciudadano
            {
                public string [|cNombreCalle|] { get; set; } = "";
            }
            """).RunAsync();
}
