using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirtieth round (issue 12): a driving licence named by its id or its abbreviated number on a customer's, a
/// driver's or a club member's record, in every built-in language; a software licence's id on a settings or a company
/// type stays quiet.
/// </summary>
public sealed class DrivingLicenceIdTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_customer_s_licence_id_is_reported_a_software_licence_id_is_quiet() =>
        Test("""
            public class CustomerDetails { public string [|LicenseId|] { get; set; } = ""; }
            public class Driver { public string [|DrivingLicenceId|] { get; set; } = ""; }
            public class LicenseSettings { public string LicenseId { get; set; } = ""; }
            public class Company { public string LicenseId { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_licence_s_id_and_number_are_reported_in_five_languages_a_company_s_are_quiet() =>
        Test("""
            public class Cliente { public string [|IdLicencia|] { get; set; } = ""; public string [|NroCarnet|] { get; set; } = ""; }
            public class Motorista { public string [|IdLicenca|] { get; set; } = ""; }
            public class Adherent { public int [|numero_licence|] { get; set; } public string [|IdPermis|] { get; set; } = ""; }
            public class Sofer { public string [|NrPermis|] { get; set; } = ""; public string [|SeriePermis|] { get; set; } = ""; }
            public class Fahrer { public string [|Fahrerlaubnis|] { get; set; } = ""; public string [|FuehrerscheinNr|] { get; set; } = ""; }
            public class Empresa { public string IdLicencia { get; set; } = ""; public string NroCarnet { get; set; } = ""; public int numero_licence { get; set; } public string NrPermis { get; set; } = ""; }
            """).RunAsync();
}
