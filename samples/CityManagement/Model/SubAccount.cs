using PrivacyAnalyzers;

namespace CityManagement.Model;

/// <summary>"Optional sub-account details": the people a customer gives their own access to the service.</summary>
[DataSubject(
    "Customer",
    LegalBasis = LegalBasis.Contract,
    Purpose = "We need this information to fulfil our contractual obligations to the customer",
    Retention = "P0D",
    RetentionFrom = RetentionStart.EndOfContract,
    RetentionNote = "Until the customer terminates all contracts with us",
    Source = DataSource.ProvidedBySubject)]
public class SubAccount
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    [PersonalData("Identity.Name", Description = "Sub-account holder's name (optional sub-account details)")]
    public string HolderName { get; set; } = "";

    [PersonalData("Online.Username", Description = "Sub-account login (optional sub-account details)")]
    public string Login { get; set; } = "";

    [PersonalData("Contact.Email", Description = "Sub-account e-mail address (optional sub-account details)")]
    public string? Email { get; set; }
}
