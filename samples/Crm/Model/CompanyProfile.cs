using System.Collections.Generic;
using PrivacyAnalyzers;

namespace Crm.Model;

/// <summary>
/// "Configuration data" (policy §2): the data about your company — fiscal, contact and banking data, logo and work
/// points. Personal data when the company is a sole trader; the share-capital figures describe only a legal person.
/// </summary>
[DataSubject(
    "Customer",
    Purpose = "Personalising the interface and the documents; Controlling the content and appearance of the documents the customer issues")]
public class CompanyProfile
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    [PersonalData("Identity.Name", Description = "Company name (a person's name for a sole trader)")]
    public string CompanyName { get; set; } = "";

    [PersonalData("Financial.TaxId", Description = "CIF")]
    public string Cif { get; set; } = "";

    [PersonalData("Business.Registration", Description = "VAT payer or not")]
    public bool IsVatPayer { get; set; }

    [PersonalData("Business.Registration", Description = "Order No. in the Trade Register")]
    public string TradeRegisterNumber { get; set; } = "";

    [PersonalData("Business.Registration", Description = "EUID (European Unique Identifier)")]
    public string Euid { get; set; } = "";

    [NotPersonalData("Registered share capital of a company: data about a legal person")]
    public decimal RegisteredCapital { get; set; }

    [NotPersonalData("Subscribed share capital of a company: data about a legal person")]
    public decimal SubscribedShareCapital { get; set; }

    [NotPersonalData("Paid-up share capital of a company: data about a legal person")]
    public decimal PaidUpShareCapital { get; set; }

    [PersonalData("Contact.Address", Description = "Address")]
    public string Address { get; set; } = "";

    [PersonalData("Contact.Address", Description = "City")]
    public string City { get; set; } = "";

    [PersonalData("Contact.Address", Description = "County")]
    public string County { get; set; } = "";

    [PersonalData("Contact.Address", Description = "Country")]
    public string Country { get; set; } = "";

    [PersonalData("Contact.Address", Description = "Postal code")]
    public string PostalCode { get; set; } = "";

    [PersonalData("Contact.Phone", Description = "Telephone")]
    public string Telephone { get; set; } = "";

    [PersonalData("Contact.Phone", Description = "Fax")]
    public string Fax { get; set; } = "";

    [PersonalData("Contact.Email", Description = "E-mail")]
    public string Email { get; set; } = "";

    [PersonalData("Contact", Description = "Website")]
    public string Website { get; set; } = "";

    [PersonalData("Financial.BankAccount", Description = "Bank name")]
    public string BankName { get; set; } = "";

    [PersonalData("Financial.BankAccount", Description = "IBAN")]
    public string Iban { get; set; } = "";

    [NotPersonalData("SWIFT/BIC identifies the bank, not the account holder")]
    public string Swift { get; set; } = "";

    [NotPersonalData("ISO 4217 currency code of the account")]
    public string Currency { get; set; } = "";

    [NotPersonalData("The company's logo image, printed on its documents")]
    public byte[]? Logo { get; set; }

    public List<WorkPoint> WorkPoints { get; } = new();
}
