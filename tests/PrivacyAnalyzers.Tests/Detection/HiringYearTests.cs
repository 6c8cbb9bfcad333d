using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirtieth round (issue 12): the year a person was hired, kept as a number (<c>Soferi.an_angajare</c>,
/// <c>HireYear</c>), in every built-in language, and the French hiring noun alone as a date on a person; a vehicle's or a
/// course's year stays quiet.
/// </summary>
public sealed class HiringYearTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task The_year_a_person_was_hired_is_reported_in_six_languages_a_car_s_year_is_quiet() =>
        Test("""
            public class Employee { public int [|HireYear|] { get; set; } }
            public class Sofer { public int? [|an_angajare|] { get; set; } }
            public class Mitarbeiter { public int [|Eintrittsjahr|] { get; set; } }
            public class Empleado { public int [|AnioIngreso|] { get; set; } }
            public class Funcionario { public int [|AnoDeAdmissao|] { get; set; } }
            public class Salarie { public int [|AnneeEmbauche|] { get; set; } public System.DateTime [|Embauche|] { get; set; } }
            public class Masina { public int an_fabricatie { get; set; } public int Year { get; set; } }
            public class Offre { public System.DateTime Embauche { get; set; } }
            """).RunAsync();
}
