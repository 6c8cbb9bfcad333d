using System.Collections.Generic;
using PrivacyAnalyzers;

namespace Crm.Model;

/// <summary>"Account details" (policy §2): what a customer gives when registering for SoftManager CRM.</summary>
/// <remarks>
/// Each §3 purpose names the account details it uses: §3.6 lists them for the communication channel ("e-mail address,
/// telephone, address, first name, last name"); §3.10's messages go "by email"; §3.5's log-in uses the "login details
/// (account name, username, password)" of §2; identifying the contracting party (§3.4) uses the company's fiscal and
/// registration data, its office address and the name of the person who represents it. No purpose takes the password
/// or the API key but the log-in.
/// </remarks>
[DataSubject(
    "Customer",
    Description = "A company or sole trader registered for SoftManager CRM, through its contact person")]
[ProcessingPurpose(
    "Identifying the customer as a contracting party",
    nameof(FiscalCode), nameof(TradeRegisterNumber), nameof(IsVatPayer),
    nameof(OfficeStreet), nameof(OfficeCity), nameof(OfficeCounty), nameof(OfficePostcode),
    nameof(ContactPersonLastName), nameof(ContactPersonFirstName))]
[ProcessingPurpose(
    "Establishing the main channel of communication with the customer",
    nameof(CompanyEmail), nameof(ContactPersonEmail), nameof(Telephone),
    nameof(OfficeStreet), nameof(OfficeCity), nameof(OfficeCounty), nameof(OfficePostcode),
    nameof(ContactPersonLastName), nameof(ContactPersonFirstName))]
[ProcessingPurpose("Sending important messages related to the service", nameof(CompanyEmail), nameof(ContactPersonEmail))]
[ProcessingPurpose("Secure log-in to the account", nameof(AccountName), nameof(Username), nameof(PasswordHash))]
public class Account
{
    public int Id { get; set; }

    [PersonalData("Financial.TaxId", Description = "Fiscal identification code (CIF/CUI); a CNP-based code for sole traders")]
    public string FiscalCode { get; set; } = "";

    [PersonalData("Contact.Email", Description = "Company e-mail address")]
    public string CompanyEmail { get; set; } = "";

    [PersonalData("Contact.Phone", Description = "Telephone")]
    public string Telephone { get; set; } = "";

    [PersonalData("Identity.Name", Description = "Contact person's name")]
    public string ContactPersonLastName { get; set; } = "";

    [PersonalData("Identity.Name", Description = "Contact person's surname")]
    public string ContactPersonFirstName { get; set; } = "";

    [PersonalData("Contact.Email", Description = "Contact person's e-mail address")]
    public string ContactPersonEmail { get; set; } = "";

    [PersonalData("Contact.Address", Description = "Office address: street")]
    public string OfficeStreet { get; set; } = "";

    [PersonalData("Contact.Address", Description = "Office address: city")]
    public string OfficeCity { get; set; } = "";

    [PersonalData("Contact.Address", Description = "Office address: county")]
    public string OfficeCounty { get; set; } = "";

    [PersonalData("Contact.Address", Description = "Office address: postcode")]
    public string OfficePostcode { get; set; } = "";

    [PersonalData("Business.Registration", Description = "Registration number in the Trade Register")]
    public string TradeRegisterNumber { get; set; } = "";

    [PersonalData("Business.Registration", Description = "Whether you are a VAT payer")]
    public bool IsVatPayer { get; set; }

    [PersonalData("Online.Username", Description = "Account name")]
    public string AccountName { get; set; } = "";

    [PersonalData("Online.Username", Description = "Username")]
    public string Username { get; set; } = "";

    [PersonalData("Credentials.Password", Description = "Password (stored as a salted hash)", Source = DataSource.Derived)]
    public string PasswordHash { get; set; } = "";

    [PersonalData("Credentials.Secret", Description = "API key", Purpose = "Secure log-in through the API service", Source = DataSource.Derived)]
    public string ApiKey { get; set; } = "";

    public CompanyProfile? Company { get; set; }

    public List<AccountUser> Users { get; } = new();

    public List<Client> Clients { get; } = new();

    public List<Subscription> Subscriptions { get; } = new();

    public List<Invoice> Invoices { get; } = new();
}
