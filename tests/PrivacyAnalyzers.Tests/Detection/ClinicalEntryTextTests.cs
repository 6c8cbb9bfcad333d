using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-fourth round (issue 12): the description or detail of an entry of a patient's clinical record — a
/// diagnosis, a treatment, a prescription — in every built-in language, read from the head of the entry's type name; a
/// priced or named treatment (a clinic's list of what it sells, a kind of diagnosis to choose), a compiler's diagnostic and a product's description stay quiet.
/// </summary>
public sealed class ClinicalEntryTextTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_diagnosis_s_description_is_reported_a_priced_treatment_s_and_a_diagnostic_s_are_quiet() =>
        Test("""
            public class DiagnosisView { public int DiagnosisId { get; set; } public string [|Description|] { get; set; } = ""; }
            public class PrescriptionDto { public string [|Details|] { get; set; } = ""; }
            public class Treatment { public string Description { get; set; } = ""; public decimal Price { get; set; } }
            public class DiagnosticInfo { public string Description { get; set; } = ""; }
            public class Product { public string Description { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_clinical_entry_s_text_is_reported_in_six_languages_a_named_or_priced_kind_s_is_quiet() =>
        Test("""
            public class Diagnostico { public int IdPaciente { get; set; } public string [|Detalle|] { get; set; } = ""; }
            public class Tratamiento { public int IdTratamiento { get; set; } public string [|Descripcion|] { get; set; } = ""; }
            public class Prescricao { public int PacienteId { get; set; } public string [|NomePaciente|] { get; set; } = ""; public string [|Descricao|] { get; set; } = ""; }
            public class Behandlung { public string [|Beschreibung|] { get; set; } = ""; }
            public class Ordonnance { public string [|Description|] { get; set; } = ""; }
            public class Tratament { public string [|Descriere|] { get; set; } = ""; }
            public class Diagnosis { public string DiagnosisName { get; set; } = ""; public string Description { get; set; } = ""; }
            public class TratamientoDto { public string Descripcion { get; set; } = ""; public decimal Valor { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_discharge_summary_is_reported_in_six_languages_a_battery_s_discharge_rate_is_quiet() =>
        Test("""
            public class Admission { public string [|DischargeSummary|] { get; set; } = ""; }
            public class Aufenthalt { public string [|Entlassungsbericht|] { get; set; } = ""; }
            public class Internacion { public string [|ResumenAlta|] { get; set; } = ""; }
            public class Internacao { public string [|ResumoAlta|] { get; set; } = ""; }
            public class Sejour { public string [|LettreDeSortie|] { get; set; } = ""; }
            public class Internare { public string [|BiletExternare|] { get; set; } = ""; }
            public class Battery { public string DischargeRate { get; set; } = ""; public string Summary { get; set; } = ""; }
            """).RunAsync();
}
