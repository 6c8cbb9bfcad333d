using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's fifteenth round (issue 12): people named inside another record — a company's or a supplier's contact person,
/// the leader of a room or a team, a stylist — in every built-in language, each beside the quiet neighbour its word needs
/// (the record's own name, the person's key, a leaderboard, a room's own note beside its leader's key), and the receiver
/// of a Mexican e-invoice (CFDI), whose tax id, fiscal name and postcode the invoice copies.
/// </summary>
public sealed class PeopleInOtherRecordsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_contact_person_on_a_company_s_or_a_supplier_s_record_is_reported_in_every_language_its_key_and_the_company_s_name_are_quiet() =>
        Test("""
            public class Supplier { public int Id { get; set; } public string Name { get; set; } = ""; public string [|ContactPerson|] { get; set; } = ""; public int ContactPersonId { get; set; } }
            public class Proveedor { public string Nombre { get; set; } = ""; public string [|PersonaContacto|] { get; set; } = ""; }
            public class Fornecedor { public string Nome { get; set; } = ""; public string [|PessoaDeContato|] { get; set; } = ""; }
            public class Fournisseur { public string Nom { get; set; } = ""; public string [|PersonneDeContact|] { get; set; } = ""; }
            public class Lieferant { public string Firmenname { get; set; } = ""; public string [|Kontaktperson|] { get; set; } = ""; }
            public class Furnizor { public string Denumire { get; set; } = ""; public string [|PersoanaDeContact|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_leader_s_name_on_a_room_or_a_team_is_reported_in_every_language_the_room_s_own_name_and_a_leaderboard_are_quiet() =>
        Test("""
            public class RoomDTO { public string? RoomID { get; set; } public string? RoomName { get; set; } public string? BuildingID { get; set; } public string? BuildingName { get; set; } public string? LeaderID { get; set; } public string? [|LeaderName|] { get; set; } public string? RoomNote { get; set; } }
            public class Leaderboard { public string Name { get; set; } = ""; }
            public class Equipo { public string Nombre { get; set; } = ""; public string [|NombreLider|] { get; set; } = ""; }
            public class Equipe { public string Nome { get; set; } = ""; public string [|NomeDoLider|] { get; set; } = ""; }
            public class Groupe { public string Nom { get; set; } = ""; public string [|NomDuLeader|] { get; set; } = ""; }
            public class Gruppe { public string Bezeichnung { get; set; } = ""; public string [|TeamleiterName|] { get; set; } = ""; }
            public class Echipa { public string Denumire { get; set; } = ""; public string [|NumeLiderul|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_stylist_s_record_is_a_person_s_in_every_language_a_style_sheet_is_quiet() =>
        Test("""
            public class Stylist { public string [|Name|] { get; set; } = ""; }
            public class StyleSheet { public string Name { get; set; } = ""; }
            public class Estilista { public string [|Nombre|] { get; set; } = ""; }
            public class Styliste { public string [|Nom|] { get; set; } = ""; }
            public class Stylistin { public string [|Name|] { get; set; } = ""; }
            public class Stilist { public string [|Nume|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task An_e_invoice_s_receiver_s_tax_id_name_and_postcode_are_reported_the_issuer_s_series_and_total_are_quiet() =>
        Test("""
            public class FacturaFiscal
            {
                public string Serie { get; set; } = "";
                public decimal Total { get; set; }
                public string [|ReceptorRfc|] { get; set; } = "";
                public string [|ReceptorNombre|] { get; set; } = "";
                public string ReceptorUsoCfdi { get; set; } = "";
            }
            public class ReceptorFiscalUpsertDto { public string [|Rfc|] { get; set; } = ""; public string [|NombreFiscal|] { get; set; } = ""; public string [|CodigoPostalFiscal|] { get; set; } = ""; }
            public class NotaFiscal { public string Numero { get; set; } = ""; public string [|NomeReceptor|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Vital_signs_on_a_patient_s_visit_are_reported_in_every_language_a_machine_s_temperature_and_rate_are_quiet() =>
        Test("""
            public class CheckUp { public int PatientId { get; set; } public int [|HeartRhythm|] { get; set; } public int [|RespiratoryRate|] { get; set; } public decimal [|BloodSugar|] { get; set; } public decimal [|BodyTemperature|] { get; set; } }
            public class Machine { public decimal Temperature { get; set; } public int Rate { get; set; } }
            public class ConsultaMedica { public string [|CedulaPaciente|] { get; set; } = ""; public string [|RitmoCardiaco|] { get; set; } = ""; public int [|FrecuenciaRespiratoria|] { get; set; } }
            public class Consulta { public int PacienteId { get; set; } public int [|FrequenciaCardiaca|] { get; set; } }
            public class Consultation { public int PatientId { get; set; } public int [|RythmeCardiaque|] { get; set; } public int [|Pouls|] { get; set; } }
            public class Untersuchung { public int PatientId { get; set; } public int [|Blutdruck|] { get; set; } public int [|Herzfrequenz|] { get; set; } }
            public class Consultatie { public int PacientId { get; set; } public int [|RitmCardiac|] { get; set; } public decimal [|Glicemie|] { get; set; } }
            """).RunAsync();
}
