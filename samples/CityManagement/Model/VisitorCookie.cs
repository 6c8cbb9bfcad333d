using System;
using PrivacyAnalyzers;

namespace CityManagement.Model;

/// <summary>"Cookies. See our separate Cookie Policy for further information."</summary>
[DataSubject(
    "Website visitor",
    LegalBasis = LegalBasis.LegitimateInterests,
    Purpose = "To allow us to maintain network and information security",
    // "Legitimate interest: To allow us to maintain network and information security" (Art. 13(1)(d)).
    LegitimateInterest = "Maintaining network and information security",
    RetentionNote = "Set by the separate Cookie Policy, which the privacy policy refers to and does not reproduce",
    Source = DataSource.Observed)]
public class VisitorCookie
{
    public long Id { get; set; }

    [PersonalData("Online.CookieId", Description = "Cookie identifier")]
    public string CookieId { get; set; } = "";

    [NotPersonalData("The cookie's name: a technical label chosen by the site")]
    public string CookieName { get; set; } = "";

    [PersonalData("Online.CookieId", Description = "When the cookie was set")]
    public DateTimeOffset SetAt { get; set; }
}
