using System;
using PrivacyAnalyzers;

namespace ERegistry.Model;

/// <summary>
/// A software licence or subscription bought through us: "pentru a confirma validitatea licențelor software achiziționate
/// prin noi"; "pentru a vă informa când se termină un abonament/contract, pentru a discuta despre contul de licențiere".
/// </summary>
[DataSubject(
    "Utilizator",
    LegalBasis = LegalBasis.Contract,
    Purpose = "Pentru a confirma validitatea licențelor software achiziționate prin noi; comunicații: pentru a informa utilizatorul când se termină un abonament/contract, pentru a discuta despre contul său de licențiere",
    Source = DataSource.Derived)]
public class License
{
    public int Id { get; set; }

    public int UserAccountId { get; set; }

    [PersonalData("Financial.Transaction", Description = "Cheia de licență care v-a fost atribuită")]
    public string LicenseKey { get; set; } = "";

    [NotPersonalData("The product licensed, from the catalogue")]
    public string Product { get; set; } = "";

    [PersonalData("Financial.Transaction", Description = "Data de început a abonamentului/contractului")]
    public DateOnly StartsOn { get; set; }

    [PersonalData("Financial.Transaction", Description = "Data la care se termină abonamentul/contractul")]
    public DateOnly EndsOn { get; set; }
}
