using System.Collections.Generic;
using PrivacyAnalyzers;

namespace ControlPanel.Model;

/// <summary>A user of the SmartCP website and Service: "Email address" in the policy's list of personal data.</summary>
[DataSubject(
    "User",
    Description = "Visitors and users of the SmartCP website and software products who fill in its forms",
    Purpose = "To provide the User with access to the Service, information and/or materials contained on the Service; to communicate with the User about the User's use of our Service; to provide customer support and respond to inquiries")]
public class PanelUser
{
    public int Id { get; set; }

    [PersonalData("Contact.Email", Description = "Email address")]
    public string Email { get; set; } = "";

    [PersonalData(
        "Usage.Preferences",
        Description = "Whether you receive notifications about new products and services, special offers and events",
        Purpose = "To send notifications about new products and services, special offers and various events")]
    public bool ReceivesOffers { get; set; }

    [PersonalData(
        "Usage.Preferences",
        Description = "Whether you receive notifications about events related to the Service system",
        Purpose = "To send notifications about various events related to Service system")]
    public bool ReceivesServiceNotifications { get; set; }

    public LegalEntity? Company { get; set; }

    public List<ServiceActivity> Activities { get; } = new();
}
