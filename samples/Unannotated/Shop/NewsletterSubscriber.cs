using System;
using PrivacyAnalyzers;

namespace Unannotated.Shop;

// The one class this team has already annotated: it is quiet, and it is what the generated inventory
// (bin/<Configuration>/net10.0/privacy/) and the generated exporter contain. Everything else in this sample is
// still to be annotated, and the build says so.
[DataSubject("Newsletter subscriber", LegalBasis = LegalBasis.Consent, Purpose = "Sending the monthly newsletter",
    Retention = "P2Y", RetentionFrom = RetentionStart.LastActivity, Source = DataSource.ProvidedBySubject)]
public class NewsletterSubscriber
{
    public Guid Id { get; set; }

    [PersonalData("Contact.Email")]
    public string Email { get; set; } = "";

    [PersonalData("Identity.Name", Description = "The first name we greet you with")]
    public string FirstName { get; set; } = "";

    [PersonalData("Usage.Activity", Source = DataSource.Observed, Description = "When you last opened a newsletter")]
    public DateTimeOffset LastOpenedAt { get; set; }
}
