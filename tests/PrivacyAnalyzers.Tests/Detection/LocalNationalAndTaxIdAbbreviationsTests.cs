using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001, twenty-eighth round (issue 12): national and tax ids under local abbreviations (Bangladesh's NID and e-TIN,
/// France's social security number written "NoSecu"), and a stateless flag read as a person's nationality.
/// </summary>
public sealed class LocalNationalAndTaxIdAbbreviationsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_national_id_named_NID_is_a_person_s_a_network_interface_s_is_not() =>
        Test("""
            public class Employee { public string [|Name|] { get; set; } = ""; public string [|NID|] { get; set; } = ""; }
            public class NetworkAdapter { public string HostName { get; set; } = ""; public string NID { get; set; } = ""; }
            public class Grade { public int NId { get; set; } public int Value { get; set; } }
            """).RunAsync();

    [Fact]
    public Task An_electronic_taxpayer_id_named_ETIN_is_a_tax_id_a_retina_scan_is_not() =>
        Test("""
            public class Employee { public string [|Name|] { get; set; } = ""; public string [|ETIN|] { get; set; } = ""; }
            public class Lens { public string Etching { get; set; } = ""; public string Fitting { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_french_social_security_number_written_short_is_a_national_id_a_number_alone_is_not() =>
        Test("""
            public class Patient
            {
                public string [|Nom|] { get; set; } = "";
                public long [|NoSecu|] { get; set; }
                public string [|NumeroInsee|] { get; set; } = "";
            }
            public class Chambre { public long NoChambre { get; set; } public int NoEtage { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_stateless_flag_on_an_employee_is_nationality_on_a_product_it_is_not() =>
        Test("""
            public class Angajat { public string [|Nume|] { get; set; } = ""; public int? [|Apatrid|] { get; set; } }
            public class Produs { public string Nume { get; set; } = ""; public int? Apatrid { get; set; } }
            """).RunAsync();
}
