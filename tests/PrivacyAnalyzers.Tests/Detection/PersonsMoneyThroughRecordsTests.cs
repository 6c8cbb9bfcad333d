using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's nineteenth round (issue 12), from the eighteenth set's misses (a taxi customer's wallet, a driver's earnings, a
/// loan application's credit score and debts, a German account's Kontostand): a person's own money — balance, wallet,
/// earnings, debt, savings — as weak financial terms in every language, counted on a row that belongs to a person
/// (TypeOwners), and a loan or credit application as one applicant's request — each beside its quiet neighbour (a firm's,
/// a shop's or a till's balance, a program's application).
/// </summary>
public sealed class PersonsMoneyThroughRecordsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_person_s_balance_wallet_earnings_debts_and_savings_are_reported_in_every_language() =>
        Test("""
            namespace En
            {
                public class Customer { public string [|FirstName|] { get; set; } = ""; public decimal [|CustomerWallet|] { get; set; } public decimal [|Balance|] { get; set; } public decimal [|Savings|] { get; set; } }
                public class Passenger { public string [|LastName|] { get; set; } = ""; public decimal [|Debt|] { get; set; } public decimal [|Earnings|] { get; set; } }
            }
            namespace De { public class Kunde { public string [|Nachname|] { get; set; } = ""; public decimal [|Kontostand|] { get; set; } public decimal [|Guthaben|] { get; set; } public decimal [|Schulden|] { get; set; } } }
            namespace Es { public class Cliente { public string [|Apellido|] { get; set; } = ""; public decimal [|Saldo|] { get; set; } public decimal [|Deudas|] { get; set; } public decimal [|Ahorros|] { get; set; } } }
            namespace Pt { public class Cliente { public string [|Sobrenome|] { get; set; } = ""; public decimal [|Dividas|] { get; set; } public decimal [|Ganhos|] { get; set; } } }
            namespace Fr { public class Client { public string [|Nom|] { get; set; } = ""; public decimal [|Solde|] { get; set; } public decimal [|Dettes|] { get; set; } public decimal [|Epargne|] { get; set; } } }
            namespace Ro { public class Client { public string [|Prenume|] { get; set; } = ""; public decimal [|SoldCurent|] { get; set; } public decimal [|Datorii|] { get; set; } public decimal [|Economii|] { get; set; } } }
            """).RunAsync();

    [Fact]
    public Task A_firm_s_a_shop_s_and_a_ticket_s_figures_are_quiet() =>
        Test("""
            public class Company { public string Name { get; set; } = ""; public decimal Balance { get; set; } public decimal Debt { get; set; } }
            public class Tienda { public decimal Saldo { get; set; } public decimal Ganancias { get; set; } }
            public class Societe { public string Nom { get; set; } = ""; public decimal Solde { get; set; } }
            public class TicketDto { public int Id { get; set; } public int QuantitySold { get; set; } public decimal Price { get; set; } public int CustomerId { get; set; } }
            """).RunAsync();

    [Fact]
    public Task The_balance_of_an_account_that_belongs_to_a_customer_is_the_customer_s() =>
        Test("""
            using System.Collections.Generic;
            public class Customer { public int Id { get; set; } public string [|FirstName|] { get; set; } = ""; public List<Account> Accounts { get; set; } = new(); }
            public class Account { public int Id { get; set; } public int CustomerId { get; set; } public Customer Customer { get; set; } = null!; public decimal [|Balance|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_till_s_opening_and_closing_balance_are_the_books_even_when_a_clerk_owns_the_row() =>
        Test("""
            public class CaixaDto { public int Id { get; set; } public decimal SaldoInicial { get; set; } public decimal SaldoFinal { get; set; } public int FuncionarioId { get; set; } }
            public class CajaDto { public int Id { get; set; } public decimal SaldoFinal { get; set; } public int EmpleadoId { get; set; } }
            public class TillSessionDto { public int Id { get; set; } public decimal OpeningBalance { get; set; } public decimal ClosingBalance { get; set; } public int EmployeeId { get; set; } }
            public class CaisseDto { public int Id { get; set; } public decimal SoldeFinal { get; set; } public int EmployeId { get; set; } }
            public class FundDto { public int Id { get; set; } public decimal [|Balance|] { get; set; } public int CustomerId { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_loan_application_s_credit_score_debts_and_income_are_the_applicant_s_in_every_language() =>
        Test("""
            public class LoanApplication { public int Id { get; set; } public int [|CreditScore|] { get; set; } public decimal [|MonthlyDebt|] { get; set; } public decimal [|GrossIncome|] { get; set; } public decimal LoanAmount { get; set; } }
            public class Kreditantrag { public decimal [|Einkommen|] { get; set; } public decimal [|Schulden|] { get; set; } }
            public class SolicitudDePrestamo { public decimal [|Ingresos|] { get; set; } public decimal [|Deudas|] { get; set; } }
            public class PedidoDeEmprestimo { public decimal [|Rendimento|] { get; set; } public decimal [|Dividas|] { get; set; } }
            public class DemandeDePret { public decimal [|Revenus|] { get; set; } public decimal [|Dettes|] { get; set; } }
            public class CerereDeCredit { public decimal [|Venit|] { get; set; } public decimal [|Datorii|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_program_s_application_is_no_applicant_s() =>
        Test("""
            public class Application { public string Name { get; set; } = ""; public string Version { get; set; } = ""; public decimal Balance { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_position_object_on_a_row_that_belongs_to_a_person_is_where_the_person_was() =>
        Test("""
            using System.Collections.Generic;
            public class Location { public int Id { get; set; } public decimal Latitude { get; set; } public decimal Longitude { get; set; } }
            public class Customer { public int Id { get; set; } public string [|FirstName|] { get; set; } = ""; public List<Ride> Rides { get; set; } = new(); }
            public class Ride { public int Id { get; set; } public int CustomerId { get; set; } public Customer Customer { get; set; } = null!; public Location [|Stop1Location|] { get; set; } = null!; public Location [|Stop2Location|] { get; set; } = null!; }
            """).RunAsync();

    [Fact]
    public Task A_position_object_on_a_row_of_no_one_or_on_an_order_is_quiet() =>
        Test("""
            using System.Collections.Generic;
            public class Location { public int Id { get; set; } public decimal Latitude { get; set; } public decimal Longitude { get; set; } }
            public class Customer { public int Id { get; set; } public string [|FirstName|] { get; set; } = ""; public List<Order> Orders { get; set; } = new(); }
            public class Order { public int Id { get; set; } public int CustomerId { get; set; } public Customer Customer { get; set; } = null!; public Location Stop1Location { get; set; } = null!; }
            public class BusRoute { public int Id { get; set; } public Location Stop1Location { get; set; } = null!; public Location Stop2Location { get; set; } = null!; }
            """).RunAsync();
}
