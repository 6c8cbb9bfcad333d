using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-third round (issue 12): a flat's or a unit's number abbreviated (UnitNo, FlatNo, AptNo) and the Spanish
/// and Portuguese apartment number, weak as the full forms: on a person's or an address's record; a stock unit's number
/// and a listing's flat stay quiet.
/// </summary>
public sealed class FlatAndUnitNumberTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_person_s_flat_and_unit_numbers_are_reported_a_stock_unit_s_is_quiet() =>
        Test("""
            public class Employee { public int Id { get; set; } public string [|UnitNo|] { get; set; } = ""; public string [|AptNo|] { get; set; } = ""; }
            public class Cliente { public int Id { get; set; } public string [|NumeroApartamento|] { get; set; } = ""; public string [|Apto|] { get; set; } = ""; }
            public class StockItem { public string Sku { get; set; } = ""; public string UnitNo { get; set; } = ""; }
            public class Anuncio { public decimal Precio { get; set; } public string Apartamento { get; set; } = ""; }
            """).RunAsync();
}
