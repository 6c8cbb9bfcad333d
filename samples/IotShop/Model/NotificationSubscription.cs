using System;
using PrivacyAnalyzers;

namespace IotShop.Model;

/// <summary>
/// "Notification data" (§2.7): information you provide to subscribe to our e-mail notifications and/or newsletters,
/// and the unanswered communications that end its retention under §4.3.
/// </summary>
[DataSubject(
    "Subscriber",
    Description = "People who subscribe to our e-mail notifications or newsletters",
    LegalBasis = LegalBasis.Consent,
    Purpose = "Sending the notifications and/or newsletters subscribed to",
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
public class NotificationSubscription
{
    public int Id { get; set; }

    [PersonalData("Contact.Email", Description = "The e-mail address you subscribed")]
    public string Email { get; set; } = "";

    [PersonalData("Usage.Preferences", Description = "Which notifications and newsletters you subscribed to")]
    public string Topics { get; set; } = "";

    [PersonalData("Usage.Preferences", Description = "When you gave consent", Source = DataSource.Observed)]
    public DateTimeOffset ConsentedAt { get; set; }

    [PersonalData("Usage.Activity", Description = "When you last engaged with a communication from us", Source = DataSource.Observed)]
    public DateTimeOffset? LastEngagedAt { get; set; }

    [PersonalData("Usage.Activity", Description = "How many consecutive marketing communications went unanswered", Source = DataSource.Observed)]
    public int ConsecutiveUnansweredCommunications { get; set; }
}
