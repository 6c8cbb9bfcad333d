using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirtieth round (issue 12): a delivery's people — a courier, a dispatcher, a delivery driver — are persons in
/// every built-in language, Romanian plurals in "i" included (<c>Dispeceri.nume_dispecer</c>); a parcel's or a city's name
/// stays quiet.
/// </summary>
public sealed class DeliveryPeopleTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_courier_s_and_a_dispatcher_s_names_are_reported_in_six_languages_a_parcel_s_is_quiet() =>
        Test("""
            public class Dispeceri { public int id_dispecer { get; set; } public string? [|nume_dispecer|] { get; set; } }
            public class Curieri { public string? [|nume|] { get; set; } }
            public class Courier { public string [|Name|] { get; set; } = ""; }
            public class Dispatcher { public string [|Phone|] { get; set; } = ""; }
            public class Kurier { public string [|Name|] { get; set; } = ""; }
            public class Repartidor { public string [|Nombre|] { get; set; } = ""; }
            public class Entregador { public string [|Nome|] { get; set; } = ""; }
            public class Livreur { public string [|Nom|] { get; set; } = ""; }
            public class Colet { public string nume { get; set; } = ""; public string nume_oras { get; set; } = ""; }
            public class Parcel { public string Name { get; set; } = ""; }
            """).RunAsync();
}
