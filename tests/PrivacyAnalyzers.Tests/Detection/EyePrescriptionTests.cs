using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-second round (issue 12): an optician's eye prescription. On a type whose members name two measures of
/// a corrective lens (sphere, cylinder, axis, prism; an abbreviation only beside an eye) and no price, each lens measure,
/// the addition, the pupillary distance and the visual acuity are the person's eyesight, in every built-in language; a
/// lens catalogue (priced), a chart's axis and a solid's cylinder are quiet.
/// </summary>
public sealed class EyePrescriptionTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task An_eye_prescription_s_measures_are_reported_in_six_languages() =>
        Test("""
            public class Ordonnance { public int Id { get; set; } public decimal? [|Loin_OD_Sph|] { get; set; } public decimal? [|Loin_OD_Cyl|] { get; set; } public int? [|Loin_OG_Axe|] { get; set; } public decimal? [|ADD_PRES|] { get; set; } }
            public class Customer { public string GModel { get; set; } = ""; public string [|GRCylinder|] { get; set; } = ""; public int [|GRAxis|] { get; set; } public string [|GRPrizma|] { get; set; } = ""; public string [|GRAddition|] { get; set; } = ""; }
            public class Sehtest { public double [|SphaereRechts|] { get; set; } public double [|ZylinderRechts|] { get; set; } public int [|AchseRechts|] { get; set; } public double [|Visus|] { get; set; } }
            public class Receta { public double [|EsferaOjoDerecho|] { get; set; } public double [|CilindroOjoDerecho|] { get; set; } public int [|EjeOjoDerecho|] { get; set; } }
            public class Exame { public double [|EsferaOlhoDireito|] { get; set; } public double [|CilindroOlhoDireito|] { get; set; } public int [|EixoOlhoDireito|] { get; set; } public double [|DistanciaPupilar|] { get; set; } }
            public class Reteta { public double [|SferaOchiDrept|] { get; set; } public double [|CilindruOchiDrept|] { get; set; } public int [|AxaOchiDrept|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_lens_catalogue_a_chart_s_axis_and_a_solid_s_cylinder_are_quiet() =>
        Test("""
            public class Lens { public double Sphere { get; set; } public double Cylinder { get; set; } public int Axis { get; set; } public decimal Price { get; set; } }
            public class Chart { public string Axis { get; set; } = ""; public string Title { get; set; } = ""; public int Add { get; set; } }
            public class Solid { public double Cylinder { get; set; } public double Radius { get; set; } }
            public class Register { public int Sph { get; set; } public int Cyl { get; set; } public int Add { get; set; } }
            """).RunAsync();
    [Fact]
    public Task Eyesight_written_out_is_reported_in_six_languages_a_lens_s_diameter_is_quiet() =>
        Test("""
            public class Patient { public string [|Name|] { get; set; } = ""; public double [|VisualAcuity|] { get; set; } public double [|PupillaryDistance|] { get; set; } public double [|IntraocularPressure|] { get; set; } }
            public class Kunde { public double [|Sehschaerfe|] { get; set; } public double [|Augeninnendruck|] { get; set; } }
            public class Paciente { public string [|AgudezaVisual|] { get; set; } = ""; public double [|DistanciaPupilar|] { get; set; } }
            public class Cliente { public string [|AcuidadeVisual|] { get; set; } = ""; public double [|PressaoIntraocular|] { get; set; } }
            public class Client { public string [|AcuiteVisuelle|] { get; set; } = ""; public double [|EcartPupillaire|] { get; set; } }
            public class Pacient { public string [|AcuitateVizuala|] { get; set; } = ""; public double [|DistantaPupilara|] { get; set; } }
            public class Lens { public double Diameter { get; set; } public double Index { get; set; } public string Coating { get; set; } = ""; }
            """).RunAsync();
}
