using PrivacyAnalyzers;

namespace Shop.Web;

// This project references the Consumer project, not the package. The attributes reach it (lib/ flows to
// transitive consumers, so this compiles); the analyzers do not (NuGet keeps analyzers/ out of transitive
// consumers), so nothing in this file is reported.
public sealed class NewsletterSignup
{
    [PersonalData(Category = "Contact.Email")]
    public string Email { get; set; } = "";

    public string PhoneNumber { get; set; } = "";

    public Shop.Domain.Customer? ExistingCustomer { get; set; }
}
