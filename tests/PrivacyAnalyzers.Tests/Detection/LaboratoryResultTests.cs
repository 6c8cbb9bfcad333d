using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirtieth round (issue 12): laboratory results — the analytes of a blood count and of blood chemistry, as a
/// whole lexical field in every built-in language — on a patient's result, and the quiet neighbours that share the words:
/// a laboratory's catalogue that says by a bool which analytes a test includes, a blood bank's stock of a component, a
/// product's nutrition facts. And organ donation: the organ a recipient needs or a donor gives, with a list of organ types
/// or of blood types (a catalogue of the options) quiet.
/// </summary>
public sealed class LaboratoryResultTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task Blood_count_and_chemistry_values_on_a_patient_s_result_are_reported_in_every_language() =>
        Test("""
            public class LabResult { public int PatientId { get; set; } public decimal [|Hemoglobin|] { get; set; } public decimal [|WhiteBloodCellCount|] { get; set; } public int [|Platelets|] { get; set; } public decimal [|Cholesterol|] { get; set; } public decimal [|Creatinine|] { get; set; } public decimal [|Potassium|] { get; set; } public decimal [|HbA1c|] { get; set; } }
            public class Laborbefund { public int PatientId { get; set; } public decimal [|Leukozyten|] { get; set; } public decimal [|Harnstoff|] { get; set; } public decimal [|Kreatinin|] { get; set; } public decimal [|Blutzucker|] { get; set; } }
            public class ResultadoLaboratorio { public int PacienteId { get; set; } public decimal [|Hemoglobina|] { get; set; } public decimal [|Leucocitos|] { get; set; } public decimal [|Glucemia|] { get; set; } public decimal [|Trigliceridos|] { get; set; } }
            public class ResultadoExame { public int PacienteId { get; set; } public decimal [|Hemacias|] { get; set; } public decimal [|Glicose|] { get; set; } public decimal [|Ureia|] { get; set; } }
            public class ResultatAnalyse { public int PatientId { get; set; } public decimal [|Hemoglobine|] { get; set; } public decimal [|GlobulesBlancs|] { get; set; } public decimal [|Glycemie|] { get; set; } }
            public class RezultatAnaliza { public int PacientId { get; set; } public int [|NumarLeucocite|] { get; set; } public int [|Trombocite|] { get; set; } public int [|Colesterol|] { get; set; } public int [|Uree|] { get; set; } public int [|Calciu|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_laboratory_s_catalogue_a_blood_bank_s_stock_and_nutrition_facts_are_quiet() =>
        Test("""
            public class Analiza { public string Denumire { get; set; } = ""; public decimal Pret { get; set; } public bool Glicemie { get; set; } public bool Hemoglobina { get; set; } public bool Colesterol { get; set; } public bool NumarLeucocite { get; set; } }
            public class LabTest { public string Name { get; set; } = ""; public decimal Price { get; set; } public bool Glucose { get; set; } public bool Cholesterol { get; set; } }
            public class Donator { public string [|Nume|] { get; set; } = ""; }
            public class PungaSange { public Donator Donator { get; set; } = new(); public float CantitateTrombocite { get; set; } public float CantitateGlobuleRosii { get; set; } }
            public class Donor { public string [|FullName|] { get; set; } = ""; }
            public class BloodBag { public Donor Donor { get; set; } = new(); public int DonorId { get; set; } public decimal PlateletQuantity { get; set; } }
            public class Product { public string Name { get; set; } = ""; public decimal Sodium { get; set; } public decimal Cholesterol { get; set; } public decimal Calcium { get; set; } }
            """).RunAsync();

    [Fact]
    public Task The_organ_a_recipient_needs_or_a_donor_gives_is_reported_in_every_language() =>
        Test("""
            public class Recipient { public string [|FullName|] { get; set; } = ""; public string [|OrganNeeded|] { get; set; } = ""; public string [|BloodType|] { get; set; } = ""; }
            public class Empfaenger { public string [|Nachname|] { get; set; } = ""; public int [|Organtyp|] { get; set; } }
            public class Receptor { public string [|Nombre|] { get; set; } = ""; public string [|OrganoNecesario|] { get; set; } = ""; }
            public class Receptora { public string [|NomeCompleto|] { get; set; } = ""; public string [|TipoDeOrgao|] { get; set; } = ""; }
            public class PatientGreffe { public string [|Prenom|] { get; set; } = ""; public string [|OrganeNecessaire|] { get; set; } = ""; }
            public class Donator { public string [|Prenume|] { get; set; } = ""; public string [|OrganDonat|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_list_of_organ_types_or_of_blood_types_is_a_catalogue_and_quiet_in_every_language() =>
        Test("""
            using System.Collections.Generic;
            public class BloodType { public int Id { get; set; } }
            public class OrganType { public int Id { get; set; } }
            public class BloodTypeViewModel { public List<BloodType> TheBloodTypes { get; set; } = new(); public List<OrganType> OrganTypes { get; set; } = new(); }
            public class Donor { public string [|FullName|] { get; set; } = ""; public List<string> BloodGroups { get; set; } = new(); public List<string> Blutgruppen { get; set; } = new(); public List<string> GruposSanguineos { get; set; } = new(); public List<string> GroupesSanguins { get; set; } = new(); public List<string> GrupeSanguine { get; set; } = new(); public List<string> TiposDeOrgano { get; set; } = new(); }
            """).RunAsync();

    [Fact]
    public Task A_navigation_to_a_laboratory_s_catalogue_entry_is_quiet_to_a_patient_s_analysis_or_a_result_reported() =>
        Test("""
            using System.Collections.Generic;
            namespace Catalog
            {
                public class Analiza { public int Id { get; set; } public string Denumire { get; set; } = ""; public decimal Pret { get; set; } public bool Glicemie { get; set; } }
                public class ProgramareAnalizaViewModel { public IEnumerable<Analiza> Analize { get; set; } = new List<Analiza>(); }
                public class RezultatViewModel { public Analiza Analiza { get; set; } = new(); }
            }
            namespace Clinic
            {
                public class Pacient { public string [|Nume|] { get; set; } = ""; public List<Analiza> [|Analize|] { get; set; } = new(); }
                public class Analiza { public Pacient Pacient { get; set; } = new(); public decimal [|Glicemie|] { get; set; } }
                public class FisaViewModel { public Analiza [|Analiza|] { get; set; } = new(); }
                public class RezultatInvestigatie { public int ComandaId { get; set; } public string [|Valoare|] { get; set; } = ""; public string [|Interpretare|] { get; set; } = ""; }
                public class ComandaInvestigatie { public int PatientId { get; set; } public List<RezultatInvestigatie> [|Rezultate|] { get; set; } = new(); }
            }
            """).RunAsync();
}
