using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-second round (issue 12): records whose kind makes their data one person's while the member names are
/// a domain's words — a medical history's conditions and findings, people in criminal proceedings and how they look, a pay
/// statement's figures — in six languages, each with the quiet record its false friend needs.
/// </summary>
public sealed class KindOfRecordTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_medical_history_s_conditions_are_reported_in_every_language_a_clock_s_dst_and_a_pharmacy_s_drugs_are_not() =>
        Test("""
            public class Anamnese
            {
                public int Id { get; set; }
                public bool [|Febre|] { get; set; }
                public bool [|Diabetes|] { get; set; }
                public bool [|Hipertensao|] { get; set; }
                public bool [|Dst|] { get; set; }
                public bool [|Drogas|] { get; set; }
                public bool [|Anestesia|] { get; set; }
            }
            public class Patient { public bool [|Asthma|] { get; set; } public bool [|Epilepsy|] { get; set; } public bool [|Smoker|] { get; set; } }
            public class Consulta { public string [|ExameFisico|] { get; set; } = ""; }
            public class Anamnesis { public bool [|Bluthochdruck|] { get; set; } public bool [|Fieber|] { get; set; } }
            public class HistoriaClinica { public bool [|Hipertension|] { get; set; } public bool [|Fiebre|] { get; set; } }
            public class DossierMedical { public bool [|Diabete|] { get; set; } public bool [|Fievre|] { get; set; } }
            public class FisaMedicala { public bool [|Diabet|] { get; set; } public bool [|Febra|] { get; set; } }
            public class Child { public string [|Name|] { get; set; } = ""; public string [|DietRestrictions|] { get; set; } = ""; }
            public class TimeZoneRule { public bool Dst { get; set; } public int OffsetMinutes { get; set; } }
            public class PharmacyStock { public int Drugs { get; set; } public bool Fever { get; set; } }
            public class MenuItem { public string Title { get; set; } = ""; public string DietaryRestrictions { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task What_a_person_is_allergic_to_is_reported_in_every_language_a_product_s_allergens_are_not() =>
        Test("""
            public class CrearNinoDto { public string [|Nombre|] { get; set; } = ""; public string [|IngredientesAlergicos|] { get; set; } = ""; }
            public class Guest { public bool [|IsAllergic|] { get; set; } }
            public class Teilnehmer { public bool [|Allergisch|] { get; set; } public bool [|IstAllergiker|] { get; set; } }
            public class Enfant { public bool [|Allergique|] { get; set; } }
            public class Copil { public bool [|Alergic|] { get; set; } }
            public class Product { public string Allergens { get; set; } = ""; public string Ingredientes { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_suspect_s_or_a_victim_s_appearance_is_reported_in_every_language_a_product_s_description_is_not() =>
        Test("""
            public class Suspect { public string [|PhysicalAppearance|] { get; set; } = ""; public string [|FacialAppearance|] { get; set; } = ""; }
            public class Verdaechtiger { public string [|Personenbeschreibung|] { get; set; } = ""; }
            public class Sospechoso { public string [|AparienciaFisica|] { get; set; } = ""; }
            public class Vitima { public string [|DescricaoFisica|] { get; set; } = ""; }
            public class Prevenu { public string [|Signalement|] { get; set; } = ""; }
            public class Inculpat { public string [|AspectFizic|] { get; set; } = ""; }
            public class Inmate { public string [|Notes|] { get; set; } = ""; }
            public class Product { public string PhysicalDescription { get; set; } = ""; public string Notes { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_pay_statement_s_figures_are_the_employee_s_in_every_language_a_settlement_s_and_a_rate_table_s_are_not() =>
        Test("""
            public class Payslip { public decimal [|Bonus|] { get; set; } public decimal [|Deductions|] { get; set; } }
            public class Lohnabrechnung { public decimal [|Zulage|] { get; set; } public decimal [|Lohnsteuer|] { get; set; } }
            public class ReciboDeSueldo { public decimal [|Deducciones|] { get; set; } public decimal [|Aguinaldo|] { get; set; } }
            public class FichePaie { public decimal [|Prime|] { get; set; } }
            public class Holerite { public decimal [|Gratificacao|] { get; set; } }
            public class FluturasSalariu { public decimal [|Impozit|] { get; set; } public decimal [|Retineri|] { get; set; } }
            public class Abrechnung { public decimal Zulage { get; set; } public decimal Lohnsteuer { get; set; } }
            public class TaxTable { public decimal Bonus { get; set; } public decimal Deductions { get; set; } }
            """).RunAsync();

    [Fact]
    public Task An_employee_s_allowance_and_deduction_lines_are_his_pay_in_every_language_a_rent_listing_s_and_a_shop_s_are_not() =>
        Test("""
            public class Employee { public int Id { get; set; } public string [|Name|] { get; set; } = ""; }
            public class EmployeeSalary
            {
                public int EmployeeId { get; set; }
                public Employee Employee { get; set; } = new();
                public decimal [|HouseRent|] { get; set; }
                public decimal [|Conveyance|] { get; set; }
                public decimal [|ProvidentFund|] { get; set; }
                public decimal [|LoanRepayment|] { get; set; }
                public decimal [|LunchDeduction|] { get; set; }
            }
            public class Mitarbeiter { public decimal [|Mietzuschuss|] { get; set; } public decimal [|Fahrtkostenzuschuss|] { get; set; } }
            public class Empleado { public decimal [|Bonificaciones|] { get; set; } public decimal [|Descuentos|] { get; set; } }
            public class Funcionario { public decimal [|Proventos|] { get; set; } public decimal [|AuxilioMoradia|] { get; set; } }
            public class Salarie { public decimal [|Retenues|] { get; set; } public decimal [|IndemniteDeTransport|] { get; set; } }
            public class Angajat { public decimal [|IndemnizatieDeTransport|] { get; set; } }
            public class RentalListing { public decimal HouseRent { get; set; } public decimal Conveyance { get; set; } public decimal Deduction { get; set; } }
            public class Tienda { public decimal Descuentos { get; set; } public decimal Bonificaciones { get; set; } }
            public class Ecran { public decimal Retenues { get; set; } public decimal Proventos { get; set; } }
            """).RunAsync();

    [Fact]
    public Task An_employee_s_retirement_service_and_disciplinary_file_are_reported_in_every_language_a_service_contract_s_are_not() =>
        Test("""
            public class Employee
            {
                public System.DateTime? [|RetirementOrResignation|] { get; set; }
                public string [|ServicePeriod|] { get; set; } = "";
                public string [|DisciplinaryAction|] { get; set; } = "";
            }
            public class Mitarbeiter { public string [|Abmahnung|] { get; set; } = ""; public System.DateTime [|Renteneintritt|] { get; set; } }
            public class Empleado { public string [|MedidaDisciplinaria|] { get; set; } = ""; public System.DateTime [|FechaDeJubilacion|] { get; set; } }
            public class Funcionario { public string [|Advertencia|] { get; set; } = ""; public string [|TempoDeServico|] { get; set; } = ""; }
            public class Salarie { public string [|SanctionDisciplinaire|] { get; set; } = ""; }
            public class Angajat { public string [|SanctiuneDisciplinara|] { get; set; } = ""; public System.DateTime [|DataPensionarii|] { get; set; } }
            public class ServiceContract { public string ServicePeriod { get; set; } = ""; public string DisciplinaryAction { get; set; } = ""; }
            public class Regelwerk { public string Abmahnung { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Social_insurance_contributions_and_deductions_are_an_employee_s_pay_in_every_language_a_rate_table_s_are_not() =>
        Test("""
            public class Mitarbeiter { public decimal [|ANRentenabzug|] { get; set; } public decimal [|AGKrankenkassenBeitrag|] { get; set; } public decimal [|Steuerabzug|] { get; set; } }
            public class Employee { public decimal [|EmployerContribution|] { get; set; } public decimal [|PensionDeduction|] { get; set; } }
            public class Empleado { public decimal [|AporteJubilatorio|] { get; set; } public decimal [|CuotaObrera|] { get; set; } }
            public class Salarie { public decimal [|CotisationsSalariales|] { get; set; } }
            public class Beitragssaetze { public decimal ANRentenabzug { get; set; } public decimal Steuerabzug { get; set; } }
            public class TaxRates { public decimal EmployerContribution { get; set; } public decimal CuotaObrera { get; set; } }
            """).RunAsync();
}
