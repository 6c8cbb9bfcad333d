using System;
using PrivacyAnalyzers;

namespace IotShop.Model;

/// <summary>
/// "Usage data" (§2.2): IP address, geographical location, browser type and version, operating system, referral
/// source, length of visit, page views and website navigation paths, and the timing, frequency and pattern of service
/// use. Its source is our analytics tracking system.
/// </summary>
[DataSubject(
    "Website visitor",
    Description = "Visitors to www.iotsmartsolutions.com and users of our services",
    LegalBasis = LegalBasis.LegitimateInterests,
    Purpose = "Analysing the use of the website and services",
    // §2.2 "our legitimate interests, namely monitoring and improving our website and services" (Art. 13(1)(d)).
    LegitimateInterest = "Monitoring and improving our website and services",
    Retention = "P12M",
    RetentionFrom = RetentionStart.LastActivity,
    AlternativeRetention = "P0D",
    AlternativeRetentionFrom = RetentionStart.UnansweredCommunications,
    // §4.3 "six consecutive marketing communications": the count, not only the event.
    UnansweredCommunications = 6,
    RetentionCombination = RetentionCombination.WhicheverIsSooner,
    RetentionNote = "§4.3: 12 months after the last engagement, or after the person fails to engage with six consecutive marketing communications, whichever is sooner",
    Source = DataSource.Observed)]
[Recipient(
    "Google Analytics (Google LLC)",
    Kind = RecipientKind.Processor,
    Country = "US",
    Safeguard = TransferSafeguard.AdequacyDecision,
    Purpose = "To analyse the use of our website: reports about the use of the website (§10.2)",
    Note = "The policy names no safeguard for the transfer to Google; the UK Extension to the EU-US Data Privacy Framework (the Data Protection (Adequacy) (United States of America) Regulations 2023) assumed.")]
// §4.5 "Notwithstanding the other provisions of this Section 4, we may retain your personal data where such retention is
// necessary for compliance with a legal obligation": the same data kept on another basis, next to the §4.2/§4.3 period.
[RetainedUnder(
    LegalBasis.LegalObligation,
    Retention = "P0D",
    RetentionFrom = RetentionStart.StatutoryPeriodEnd,
    Purpose = "Retention where necessary for compliance with a legal obligation to which we are subject (§4.5)")]
public class UsageRecord
{
    public long Id { get; set; }

    [PersonalData("Online.IpAddress", Description = "IP address")]
    public string IpAddress { get; set; } = "";

    [PersonalData("Location.Coarse", Description = "Geographical location", Source = DataSource.Derived)]
    public string? GeographicalLocation { get; set; }

    [PersonalData("Online.UserAgent", Description = "Browser type and version")]
    public string BrowserTypeAndVersion { get; set; } = "";

    [PersonalData("Online.UserAgent", Description = "Operating system")]
    public string OperatingSystem { get; set; } = "";

    [PersonalData("Usage.Activity", Description = "Referral source")]
    public string? ReferralSource { get; set; }

    [PersonalData("Usage.Activity", Description = "Length of visit")]
    public TimeSpan LengthOfVisit { get; set; }

    [PersonalData("Usage.Activity", Description = "Page views and website navigation paths")]
    public string NavigationPath { get; set; } = "";

    [PersonalData("Usage.Activity", Description = "Timing, frequency and pattern of your service use")]
    public DateTimeOffset VisitedAt { get; set; }
}
