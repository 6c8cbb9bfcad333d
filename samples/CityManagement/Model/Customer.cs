using System.Collections.Generic;
using PrivacyAnalyzers;

namespace CityManagement.Model;

/// <summary>
/// "Purchasing our services": your name, e-mail address, organisation name, organisation address, optional sub-account
/// details. Kept until you terminate all contracts with us.
/// </summary>
[DataSubject(
    "Customer",
    Description = "People who purchase services from us, for their organisation",
    LegalBasis = LegalBasis.Contract,
    Purpose = "We need this information to fulfil our contractual obligations to the customer",
    Retention = "P0D",
    RetentionFrom = RetentionStart.EndOfContract,
    RetentionNote = "Until the customer terminates all contracts with us",
    Source = DataSource.ProvidedBySubject)]
public class Customer
{
    public int Id { get; set; }

    [PersonalData("Identity.Name", Description = "Your name")]
    public string FullName { get; set; } = "";

    [PersonalData("Contact.Email", Description = "Your e-mail address")]
    public string Email { get; set; } = "";

    [PersonalData("Employment", Description = "Organisation name")]
    public string OrganisationName { get; set; } = "";

    [PersonalData("Contact.Address", Description = "Organisation address")]
    public string OrganisationAddress { get; set; } = "";

    public List<SubAccount> SubAccounts { get; } = new();

    public List<Purchase> Purchases { get; } = new();
}
