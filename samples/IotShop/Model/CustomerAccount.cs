using System.Collections.Generic;
using PrivacyAnalyzers;

namespace IotShop.Model;

/// <summary>
/// "Account data" (§2.3): name and e-mail address; its source is you or your employer. Processed for operating the
/// website, providing the services, security, back-ups and communicating with you.
/// </summary>
[DataSubject(
    "Customer",
    Retention = "P12M",
    RetentionFrom = RetentionStart.EndOfContract,
    AlternativeRetention = "P0D",
    AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd,
    RetentionCombination = RetentionCombination.WhicheverIsLater,
    RetentionNote = "§4.1: the lifespan of the products or service contracts plus 12 months, to contact customers in an emergency such as a product recall; longer where a legal obligation requires it (§4.5). Reviewed every 12 months.",
    Description = "People with an account on www.iotsmartsolutions.com, customers and their staff",
    Purpose = "Operating our website; providing our services; ensuring the security of our website and services; maintaining back-ups of our databases; communicating with customers")]
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
