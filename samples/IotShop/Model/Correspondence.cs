using System;
using PrivacyAnalyzers;

namespace IotShop.Model;

/// <summary>
/// "Correspondence data" (§2.8): the content of any communication you send us and its metadata; the website generates
/// the metadata of communications made with its contact forms.
/// </summary>
[DataSubject(
    "Correspondent",
    Description = "People who write to us, by the website contact form, e-mail, post or telephone",
    LegalBasis = LegalBasis.LegitimateInterests,
    Purpose = "Communicating with correspondents; Record-keeping",
    // §2.8 "our legitimate interests, namely the proper administration of our website and business and communications
    // with users" (Art. 13(1)(d)).
    LegitimateInterest = "The proper administration of our website and business and communications with users",
    Retention = "P12M",
    RetentionFrom = RetentionStart.LastActivity,
    AlternativeRetention = "P0D",
    AlternativeRetentionFrom = RetentionStart.UnansweredCommunications,
    // §4.3 "six consecutive marketing communications": the count, not only the event.
    UnansweredCommunications = 6,
    RetentionCombination = RetentionCombination.WhicheverIsSooner,
    RetentionNote = "§4.3: 12 months after the last engagement, or after the person fails to engage with six consecutive marketing communications, whichever is sooner")]
// §4.5 "Notwithstanding the other provisions of this Section 4, we may retain your personal data where such retention is
// necessary for compliance with a legal obligation": the same data kept on another basis, next to the §4.2/§4.3 period.
[RetainedUnder(
    LegalBasis.LegalObligation,
    Retention = "P0D",
    RetentionFrom = RetentionStart.StatutoryPeriodEnd,
    Purpose = "Retention where necessary for compliance with a legal obligation to which we are subject (§4.5)")]
public class Correspondence
{
    public int Id { get; set; }

    [PersonalData("Identity.Name", Description = "Your name, as you signed the communication")]
    public string SenderName { get; set; } = "";

    [PersonalData("Contact.Email", Description = "The address you wrote from")]
    public string ReplyAddress { get; set; } = "";

    [PersonalData("Content.Message", Description = "The communication content")]
    public string Content { get; set; } = "";

    [PersonalData("Online.IpAddress", Description = "Metadata the website generates for contact-form messages: the sender's IP address", Source = DataSource.Observed)]
    public string? ContactFormIpAddress { get; set; }

    [PersonalData("Content.Message", Description = "Metadata: when the communication was received", Source = DataSource.Observed)]
    public DateTimeOffset ReceivedAt { get; set; }
}
