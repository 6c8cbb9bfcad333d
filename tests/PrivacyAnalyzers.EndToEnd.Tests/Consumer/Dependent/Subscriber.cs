using PrivacyAnalyzers;

namespace Shop.Web;

// This project references the Consumer project, not the package. The attributes reach it (lib/ flows, so this
// compiles and the app can load them), and so do the analyzers: the SDK passes a package's analyzers through
// project references. Annotated members are quiet; unannotated personal data is reported here too.
public sealed class Subscriber
{
    [PersonalData(Category = "Contact.Email", LegalBasis = LegalBasis.Contract)]
    public string Email { get; set; } = "";

    public string PhoneNumber { get; set; } = "";       // PRIV001 Contact.Phone

    public Shop.Domain.Customer? ExistingCustomer { get; set; }
}
