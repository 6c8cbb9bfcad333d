using System.Collections.Generic;
using PrivacyAnalyzers;

namespace Crm.Model;

/// <summary>
/// A client of the customer's company (policy §2: mandatory CIF, name, client type, address, city, country; optional
/// VAT indicator, Trade Register number, bank name, IBAN, postcode, county, e-mail, fax, phone, website). Natural
/// persons can be clients; SoftManager processes these data for the customer (policy §12, data processing agreement).
/// </summary>
[DataSubject(
    "Client of the customer",
    Description = "Clients the customer records in its CRM account to invoice them",
    // §12 "Data processing agreement": the customer decides what it records about its clients and why; SoftManager
    // processes it on the customer's behalf (Art. 28). Kept out of SoftManager's notice; written in its Art. 30(2) record.
    ProcessedOnBehalfOf = "Our customers: each SoftManager CRM account holder, for the clients it records",
    Purpose = "Issuing the customer's documents to its clients and managing its interaction with them (manual or automatic sending of invoices by e-mail); Aggregated information about the customer's clients")]
public class Client
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    [PersonalData("Financial.TaxId", Description = "CIF (a CNP for a private person)")]
    public string Cif { get; set; } = "";

    [PersonalData("Identity.Name", Description = "Name")]
    public string ClientName { get; set; } = "";

    [NotPersonalData("Whether the client is a company or a private person: a classification, not data about the person")]
    public ClientType ClientType { get; set; }

    [PersonalData("Contact.Address", Description = "Address")]
    public string Address { get; set; } = "";

    [PersonalData("Contact.Address", Description = "City")]
    public string City { get; set; } = "";

    [PersonalData("Contact.Address", Description = "Country")]
    public string Country { get; set; } = "";

    [PersonalData("Business.Registration", Description = "VAT indicator (optional)")]
    public bool? IsVatPayer { get; set; }

    [PersonalData("Business.Registration", Description = "Order No. in the Trade Register (optional)")]
    public string? TradeRegisterNumber { get; set; }

    [PersonalData("Financial.BankAccount", Description = "Bank name (optional)")]
    public string? BankName { get; set; }

    [PersonalData("Financial.BankAccount", Description = "Account number, IBAN (optional)")]
    public string? Iban { get; set; }

    [PersonalData("Contact.Address", Description = "Postcode (optional)")]
    public string? PostalCode { get; set; }

    [PersonalData("Contact.Address", Description = "County (optional)")]
    public string? County { get; set; }

    [PersonalData("Contact.Email", Description = "E-mail (optional)")]
    public string? Email { get; set; }

    [PersonalData("Contact.Phone", Description = "Fax (optional)")]
    public string? Fax { get; set; }

    [PersonalData("Contact.Phone", Description = "Phone (optional)")]
    public string? Phone { get; set; }

    [PersonalData("Contact", Description = "Website (optional)")]
    public string? Website { get; set; }

    public List<ClientContact> Contacts { get; } = new();
}

/// <summary>Whether a client is a legal or a natural person.</summary>
public enum ClientType
{
    /// <summary>A company.</summary>
    LegalPerson = 0,

    /// <summary>A private person.</summary>
    NaturalPerson = 1,
}
