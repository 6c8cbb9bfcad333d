using System;
using PrivacyAnalyzers;

namespace ERegistry.Model;

/// <summary>
/// "Atunci când furnizați datele de plată pentru a face o achiziție, vom partaja datele de plată cu băncile și alte
/// entități/colaboratori care prelucrează tranzacții privind plățile."
/// </summary>
[DataSubject(
    "Utilizator",
    LegalBasis = LegalBasis.Contract,
    Purpose = "Pentru a derula tranzacții cu utilizatorul; pentru a contribui la prevenirea fraudelor")]
[Recipient(
    "Bănci și alte entități care prelucrează tranzacții privind plățile",
    Kind = RecipientKind.ThirdParty,
    Purpose = "Prelucrarea plății unei achiziții și prevenirea fraudelor")]
public class Payment
{
    public int Id { get; set; }

    public int UserAccountId { get; set; }

    [PersonalData("Financial.PaymentCard", Description = "Datele de plată: cardul (păstrat mascat, ultimele patru cifre)")]
    public string MaskedCardNumber { get; set; } = "";

    [PersonalData("Identity.Name", Description = "Numele titularului de card")]
    public string CardholderName { get; set; } = "";

    [PersonalData("Financial.Transaction", Description = "Suma tranzacției", Source = DataSource.Derived)]
    public decimal Amount { get; set; }

    [PersonalData("Financial.Transaction", Description = "Data tranzacției", Source = DataSource.Derived)]
    public DateTimeOffset PaidAt { get; set; }
}
