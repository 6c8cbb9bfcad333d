using System.Collections.Generic;
using PrivacyAnalyzers;

namespace IotShop.Model;

/// <summary>
/// "Account data" (§2.3): name and e-mail address; its source is you or your employer. Processed for operating the
/// website, providing the services, security, back-ups and communicating with you.
/// </summary>
[DataSubject(
    "Customer",
    Description = "People with an account on www.iotsmartsolutions.com, customers and their staff",
    Purpose = "Operating our website; providing our services; ensuring the security of our website and services; maintaining back-ups of our databases; communicating with you")]
public class CustomerAccount
{
    public int Id { get; set; }

    [PersonalData("Identity.Name", Description = "Your name (given by you or your employer)")]
    public string FullName { get; set; } = "";

    [PersonalData("Contact.Email", Description = "Your e-mail address (given by you or your employer)")]
    public string Email { get; set; } = "";

    public List<Publication> Publications { get; } = new();

    public List<Order> Orders { get; } = new();
}
