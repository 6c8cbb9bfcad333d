using System;
using PrivacyAnalyzers;

namespace IotShop.Model;

/// <summary>"Enquiry data" (§2.5): information contained in any enquiry you submit to us regarding goods and/or services.</summary>
[DataSubject(
    "Enquirer",
    Description = "People who submit an enquiry about our goods or services",
    LegalBasis = LegalBasis.Consent,
    Purpose = "Offering, marketing and selling relevant goods and/or services to the enquirer",
    Retention = "P12M",
    RetentionFrom = RetentionStart.LastActivity,
    AlternativeRetention = "P12M",
    AlternativeRetentionFrom = RetentionStart.EndOfContract,
    RetentionCombination = RetentionCombination.WhicheverIsLater,
    RetentionNote = "§4.2: 12 months after the person's last engagement with IoT Smart Solutions or, should they become a customer, 12 months after the ceasing of the customer contract")]
// §4.5 "Notwithstanding the other provisions of this Section 4, we may retain your personal data where such retention is
// necessary for compliance with a legal obligation": the same data kept on another basis, next to the §4.2/§4.3 period.
[RetainedUnder(
    LegalBasis.LegalObligation,
    Retention = "P0D",
    RetentionFrom = RetentionStart.StatutoryPeriodEnd,
    Purpose = "Retention where necessary for compliance with a legal obligation to which we are subject (§4.5)")]
public class Enquiry
{
    public int Id { get; set; }

    [PersonalData("Identity.Name", Description = "Your name")]
    public string EnquirerName { get; set; } = "";

    [PersonalData("Contact.Email", Description = "Your e-mail address")]
    public string Email { get; set; } = "";

    [PersonalData("Content.Message", Description = "The information contained in your enquiry")]
    public string Text { get; set; } = "";

    [PersonalData("Content.Message", Description = "When you submitted it", Source = DataSource.Observed)]
    public DateTimeOffset SubmittedAt { get; set; }
}
