using PrivacyAnalyzers;

namespace ControlPanel.Model;

/// <summary>
/// "Data of legal entity (such as company name, email, registration code, vat number etc.)" — which the policy counts
/// as personal data: it identifies a person when the legal entity is a sole trader or names its representative.
/// </summary>
[DataSubject("User", Purpose = "To provide the User with access to the Service; to provide customer support and respond to inquiries")]
public class LegalEntity
{
    public int Id { get; set; }

    public int PanelUserId { get; set; }

    [PersonalData("Identity.Name", Description = "Company name")]
    public string CompanyName { get; set; } = "";

    [PersonalData("Contact.Email", Description = "Company email")]
    public string CompanyEmail { get; set; } = "";

    [PersonalData("Financial.TaxId", Description = "Registration code")]
    public string RegistrationCode { get; set; } = "";

    [PersonalData("Financial.TaxId", Description = "VAT number")]
    public string? VatNumber { get; set; }

    [PersonalData("Contact.Address", Description = "Company address (\"etc.\" in the policy's list)")]
    public string? CompanyAddress { get; set; }
}
