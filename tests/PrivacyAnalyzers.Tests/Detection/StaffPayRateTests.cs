using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-third round (issue 12): an employee's pay rates — hourly pay, the regular and the overtime rate, often
/// kept as text — in every built-in language, on an employee's record only; a car park's or a room's tariff stays quiet.
/// </summary>
public sealed class StaffPayRateTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task An_employee_s_pay_rates_are_reported_a_parking_tariff_is_quiet() =>
        Test("""
            public class EmployeeRateModel
            {
                public int [|Hourly|] { get; set; }
                public int [|OverHourly|] { get; set; }
                public string [|OverTimeRate|] { get; set; } = "";
                public decimal [|PayRate|] { get; set; }
            }
            public class ParkingTariff { public int Hourly { get; set; } public string OverTimeRate { get; set; } = ""; public decimal PayRate { get; set; } }
            """).RunAsync();

    [Fact]
    public Task An_employee_s_pay_rates_are_reported_in_five_languages_a_room_s_rate_is_quiet() =>
        Test("""
            public class Empleado { public decimal [|ValorHoraExtra|] { get; set; } public decimal [|TarifaPorHora|] { get; set; } }
            public class Funcionario { public decimal [|SalarioHora|] { get; set; } }
            public class Salarie { public decimal [|SalaireHoraire|] { get; set; } }
            public class Mitarbeiter { public decimal [|Ueberstundensatz|] { get; set; } }
            public class Angajat { public decimal [|SalariuOrar|] { get; set; } }
            public class Sala { public decimal ValorHora { get; set; } public decimal TarifaPorHora { get; set; } public decimal SalaireHoraire { get; set; } }
            """).RunAsync();
}
