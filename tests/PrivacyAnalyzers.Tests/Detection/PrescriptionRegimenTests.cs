using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-first round (issue 12): what a clinician or a carer writes about one person. A prescription's dosage,
/// duration and instructions, the description of a prescription named by a word that also means a cook's recipe (Rezept,
/// receta, receita, rețetă: read as one only beside a patient, a doctor or a medicine), and a wound or an injury, in every
/// built-in language; a recipe's description, a priced treatment's duration and a product's are quiet.
/// </summary>
public sealed class PrescriptionRegimenTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_prescription_s_dosage_and_duration_are_reported_a_priced_treatment_s_duration_is_quiet() =>
        Test("""
            public class Prescription { public int PrescriptionId { get; set; } public string? [|Dosage|] { get; set; } public string? [|Duration|] { get; set; } }
            public class Ordonnance { public string [|Posologie|] { get; set; } = ""; public int [|Duree|] { get; set; } public string [|Instruction|] { get; set; } = ""; }
            public class Behandlung { public string [|Dosierung|] { get; set; } = ""; }
            public class Tratamiento { public string [|Dosis|] { get; set; } = ""; }
            public class Prescricao { public string [|Posologia|] { get; set; } = ""; }
            public class Tratament { public string [|Durata|] { get; set; } = ""; }
            public class Treatment { public int Duration { get; set; } public decimal Price { get; set; } }
            public class Product { public string Dosage { get; set; } = ""; public string Duration { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_prescription_named_as_a_recipe_is_read_beside_its_patient_a_cook_s_recipe_is_quiet() =>
        Test("""
            public class Receta { public int IdPacienteFK { get; set; } public string [|Descripcion|] { get; set; } = ""; }
            public class RecetaDto { public int IdDoctorFK { get; set; } public string [|Descripcion|] { get; set; } = ""; }
            public class Rezept { public int ArztId { get; set; } public string [|Beschreibung|] { get; set; } = ""; }
            public class Receita { public int MedicoId { get; set; } public string [|Descricao|] { get; set; } = ""; }
            public class Reteta { public int PacientId { get; set; } public string [|Descriere|] { get; set; } = ""; }
            public class Recipe { public string Description { get; set; } = ""; }
            public class RecetaView { public string Ingredientes { get; set; } = ""; public string Descripcion { get; set; } = ""; }
            public class ReceitaResponse { public System.DateTime Data { get; set; } public string Descricao { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_wound_or_an_injury_is_reported_in_six_languages_a_visit_s_time_is_quiet() =>
        Test("""
            public class CareContract { public string [|WoundDescription|] { get; set; } = ""; public string ContractStatus { get; set; } = ""; }
            public class VisitInfo { public string? [|WoundProgress|] { get; set; } public string? VisitArrivalTime { get; set; } }
            public class Player { public string? [|Injury|] { get; set; } }
            public class Pflege { public string [|Wunde|] { get; set; } = ""; }
            public class Visita { public string [|Herida|] { get; set; } = ""; }
            public class Cuidado { public string [|Ferida|] { get; set; } = ""; }
            public class Soin { public string [|Plaie|] { get; set; } = ""; }
            public class Ingrijire { public string [|Rana|] { get; set; } = ""; }
            """).RunAsync();
}
