using PrivacyAnalyzers;

namespace Crm.Model;

/// <summary>"Work points (name, address, telephone, fax)" of the customer's company (policy §2, configuration data).</summary>
[DataSubject("Customer", Purpose = "Personalising the interface and the documents (a work point can appear on the invoice)")]
public class WorkPoint
{
    public int Id { get; set; }

    public int CompanyProfileId { get; set; }

    [PersonalData("Contact.Address", Description = "Work point name")]
    public string WorkPointName { get; set; } = "";

    [PersonalData("Contact.Address", Description = "Work point address")]
    public string Address { get; set; } = "";

    [PersonalData("Contact.Phone", Description = "Work point telephone")]
    public string Telephone { get; set; } = "";

    [PersonalData("Contact.Phone", Description = "Work point fax")]
    public string Fax { get; set; } = "";
}
