using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-third round (issue 12): the vulnerable populations a social service or a public register records on a
/// citizen — an indigenous people (ethnic origin), the LGBTI population (sex life), a migrant, a refugee, a homeless person,
/// a victim of armed conflict, a human-rights defender — in every built-in language; the single words only on a person's
/// record, so a native plant and a migrating bird stay quiet.
/// </summary>
public sealed class VulnerablePopulationTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_citizen_s_population_flags_are_reported_in_spanish_a_native_species_is_quiet() =>
        Test("""
            public class Ciudadano
            {
                public bool [|PuebloIndigena|] { get; set; }
                public bool [|poblacion_lgtbi|] { get; set; }
                public bool [|migrante|] { get; set; }
                public bool [|victima_conflicto_armado|] { get; set; }
                public bool [|persona_lider_defensor_DH|] { get; set; }
                public bool [|HabitanteDeCalle|] { get; set; }
            }
            public class Especie { public bool Indigena { get; set; } public bool Migrante { get; set; } public string Nombre { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_person_s_population_flags_are_reported_in_english_a_bird_is_quiet() =>
        Test("""
            public class Resident
            {
                public bool [|IsIndigenous|] { get; set; }
                public bool [|Lgbtq|] { get; set; }
                public bool [|IsRefugee|] { get; set; }
                public bool [|Homeless|] { get; set; }
                public bool [|HumanRightsDefender|] { get; set; }
            }
            public class Bird { public bool Migrant { get; set; } public bool Indigenous { get; set; } public string Species { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_person_s_population_flags_are_reported_in_portuguese_french_german_and_romanian() =>
        Test("""
            public class Paciente { public bool [|PovoIndigena|] { get; set; } public bool [|Refugiado|] { get; set; } public bool [|SituacaoDeRua|] { get; set; } }
            public class Usager { public bool [|Autochtone|] { get; set; } public bool [|SansAbri|] { get; set; } public bool [|DemandeurDAsile|] { get; set; } }
            public class Buerger { public bool [|Obdachlos|] { get; set; } public bool [|Asylbewerber|] { get; set; } public bool [|Fluechtling|] { get; set; } }
            public class Cetatean { public bool [|Refugiat|] { get; set; } public bool [|FaraAdapost|] { get; set; } public bool [|Indigen|] { get; set; } }
            public class Planta { public bool Autochtone { get; set; } public bool Indigena { get; set; } }
            """).RunAsync();
}
