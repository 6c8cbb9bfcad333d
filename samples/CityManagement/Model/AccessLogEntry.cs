using System;
using PrivacyAnalyzers;

namespace CityManagement.Model;

/// <summary>
/// "Standard internet log information such as IP address, browser version and the pages accessed", collected when
/// someone visits citymanager.online or downloads the mobile app. Kept 1 year after access.
/// </summary>
[DataSubject(
    "Website visitor",
    Description = "Visitors to citymanager.online and people who download the mobile app",
    LegalBasis = LegalBasis.LegitimateInterests,
    Purpose = "To allow us to maintain network and information security",
    // "Legitimate interest: To allow us to maintain network and information security" (Art. 13(1)(d)).
    LegitimateInterest = "Maintaining network and information security",
    Retention = "P1Y",
    RetentionFrom = RetentionStart.Collection,
    Source = DataSource.Observed)]
[Recipient(
    "Google Analytics (Google LLC)",
    Kind = RecipientKind.Processor,
    Country = "US",
    Safeguard = TransferSafeguard.AdequacyDecision,
    Purpose = "To collect standard internet log information and details of visitor behaviour patterns",
    Note = "The policy says this information is stored in Romania and does not identify individuals, and names no safeguard. Google LLC is established in the US: EU-US Data Privacy Framework adequacy decision of 10 July 2023 assumed.")]
public class AccessLogEntry
{
    public long Id { get; set; }

    [PersonalData("Online.IpAddress", Description = "IP address")]
    public string IpAddress { get; set; } = "";

    [PersonalData("Online.UserAgent", Description = "Browser version")]
    public string BrowserVersion { get; set; } = "";

    [PersonalData("Usage.Activity", Description = "The page accessed")]
    public string PageAccessed { get; set; } = "";

    [PersonalData("Usage.Activity", Description = "When the page was accessed")]
    public DateTimeOffset AccessedAt { get; set; }
}
