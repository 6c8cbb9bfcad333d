using System;
using PrivacyAnalyzers;

namespace IotShop.Model;

/// <summary>
/// Cookies (§8–§10): an identifier sent back by the browser, used for authentication, status, shopping cart,
/// personalisation, security, analysis and advertising / re-marketing. "By using our website and agreeing to this
/// policy, you consent to our use of cookies" (§1.2).
/// </summary>
[DataSubject(
    "Website visitor",
    LegalBasis = LegalBasis.Consent,
    Purpose = "Authentication; status (whether the user is logged in); shopping cart; personalisation; security; analysis; advertising and re-marketing of our own services",
    RetentionNote = "A session cookie expires at the end of the user session; a persistent cookie remains valid until its set expiry date, unless deleted by the user before then (§8.2)",
    Source = DataSource.Observed)]
public class BrowserCookie
{
    public long Id { get; set; }

    [PersonalData("Online.CookieId", Description = "Cookie identifier (a string of letters and numbers)")]
    public string CookieId { get; set; } = "";

    [NotPersonalData("Whether the cookie is a session or a persistent cookie")]
    public bool IsPersistent { get; set; }

    [PersonalData("Online.CookieId", Description = "The cookie's expiry date")]
    public DateTimeOffset? ExpiresAt { get; set; }
}
