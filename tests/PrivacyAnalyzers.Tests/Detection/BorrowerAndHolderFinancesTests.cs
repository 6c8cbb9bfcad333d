using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's sixteenth round (issue 12), from the fifteenth and sixteenth sets' misses (a credit union's loan application,
/// an insurer's policy holder): a lender's borrower and co-borrower and an insurer's policy holder as person words, and a
/// person's income, expenses and housing payments as weak financial terms, in every language — each beside its quiet
/// neighbour (a firm's, a flat's, a report's figures).
/// </summary>
public sealed class BorrowerAndHolderFinancesTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_borrower_s_name_and_income_on_a_loan_application_are_reported() =>
        Test("""
            public class LoanApplicationData
            {
                public string [|BorrowerName|] { get; set; } = "";
                public decimal [|BorrowerIncome|] { get; set; }
                public string [|CoBorrowerName|] { get; set; } = "";
                public decimal [|CoBorrowerIncome|] { get; set; }
                public decimal Amount { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task Income_and_expenses_on_a_person_s_record_are_reported_in_every_language() =>
        Test("""
            public class PolicyHolder { public string [|FirstName|] { get; set; } = ""; public decimal? [|MonthlyIncome|] { get; set; } public decimal? [|MonthlyExpenses|] { get; set; } }
            public class Kreditnehmer { public string [|Nachname|] { get; set; } = ""; public decimal [|Einkommen|] { get; set; } }
            public class Prestatario { public string [|Apellido|] { get; set; } = ""; public decimal [|IngresoMensual|] { get; set; } }
            public class Mutuario { public string [|Sobrenome|] { get; set; } = ""; public decimal [|RendaMensal|] { get; set; } }
            public class Emprunteur { public string [|Nom|] { get; set; } = ""; public decimal [|RevenuMensuel|] { get; set; } }
            public class Imprumutat { public string [|Prenume|] { get; set; } = ""; public decimal [|VenitLunar|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task Income_and_expenses_of_a_firm_a_flat_or_a_report_are_quiet() =>
        Test("""
            public class Company { public string Name { get; set; } = ""; public decimal Income { get; set; } public decimal Expenses { get; set; } }
            public class MonthlyReport { public decimal TotalIncome { get; set; } public decimal Expenses { get; set; } }
            public class Wohnung { public decimal Miete { get; set; } }
            public class Informe { public decimal Ingresos { get; set; } public decimal Gastos { get; set; } }
            public class Societe { public string Nom { get; set; } = ""; public decimal Revenus { get; set; } }
            """).RunAsync();
}
