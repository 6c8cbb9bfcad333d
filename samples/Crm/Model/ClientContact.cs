using PrivacyAnalyzers;

namespace Crm.Model;

/// <summary>A contact person of a client (policy §2: mandatory name, surname; optional phone, mobile, e-mail).</summary>
[DataSubject(
    "Contact of a client",
    Description = "People the customer records as contacts of its clients",
    // §12: processed on the customer's behalf, like the clients themselves.
    ProcessedOnBehalfOf = "Our customers: each SoftManager CRM account holder, for the clients it records",
    Purpose = "Managing the customer's interaction with its clients (manual or automatic sending of invoices by e-mail)")]
public class ClientContact
{
    public int Id { get; set; }

    public int ClientId { get; set; }

    [PersonalData("Identity.Name", Description = "Name")]
    public string LastName { get; set; } = "";

    [PersonalData("Identity.Name", Description = "Surname")]
    public string FirstName { get; set; } = "";

    [PersonalData("Contact.Phone", Description = "Phone (optional)")]
    public string? Phone { get; set; }

    [PersonalData("Contact.Phone", Description = "Mobile (optional)")]
    public string? Mobile { get; set; }

    [PersonalData("Contact.Email", Description = "E-mail (optional)")]
    public string? Email { get; set; }
}
