using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-second round (issue 12): the commonest developer misspellings of the strongest words read as the word
/// (Customer.Adress, Employee.DateOfEmployement), and German compounds written in camel case
/// (StraßenHausNummer, Adresse.HausNr) read as the compound. The misspelling keeps the word's silences: a warehouse's or a
/// company's address stays quiet however it is spelt.
/// </summary>
public sealed class MisspellingsAndCamelCaseCompoundsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_misspelt_address_or_employment_is_reported_on_a_person_and_quiet_on_a_warehouse() =>
        Test("""
            public class Customer
            {
                public string [|Name|] { get; set; } = "";
                public string [|Adress|] { get; set; } = "";
                public string [|HomeAddrese|] { get; set; } = "";
            }
            public class Employee
            {
                public string [|Name|] { get; set; } = "";
                public System.DateTime [|DateOfEmployement|] { get; set; }
                public System.DateTime [|DateOfEmployment|] { get; set; }
            }
            public class Funcionario { public string [|Nome|] { get; set; } = ""; public System.DateTime [|DataContratacao|] { get; set; } }
            public class Mitarbeiter { public string [|Name|] { get; set; } = ""; public System.DateTime [|Beschaeftigungsbeginn|] { get; set; } }
            public class Produto { public string Nome { get; set; } = ""; public System.DateTime DataCadastro { get; set; } }
            public class Warehouse { public string Adress { get; set; } = ""; }
            public class Company { public string Name { get; set; } = ""; public string Adress { get; set; } = ""; public string Phone { get; set; } = ""; }
            public class Product { public string Name { get; set; } = ""; public string FileName { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task An_ignored_term_silences_its_misspellings_too() =>
        Test("""
            public class Customer { public string Adress { get; set; } = ""; public string Address { get; set; } = ""; public string [|Email|] { get; set; } = ""; }
            """)
            .WithEditorConfig("privacy_analyzers.ignored_terms", "address")
            .RunAsync();

    [Fact]
    public Task German_compounds_in_camel_case_are_reported_on_a_person_and_quiet_on_a_building() =>
        Test("""
            public class VersichertenModel
            {
                public string [|FullName|] { get; set; } = "";
                public string [|StraßenHausNummer|] { get; set; } = "";
                public string [|PostLeitZahl|] { get; set; } = "";
            }
            public class Adresse
            {
                public string [|Strasse|] { get; set; } = "";
                public string [|HausNr|] { get; set; } = "";
            }
            public class Warehouse { public string Bezeichnung { get; set; } = ""; public string StrasseHausNummer { get; set; } = ""; public string PostLeitZahl { get; set; } = ""; }
            """).RunAsync();
}
