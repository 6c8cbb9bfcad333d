using System;
using PrivacyAnalyzers;

namespace ControlPanel.Model;

/// <summary>
/// "The site also collects and processes anonymous data about visitors (including cookies) using internet statistics
/// services (Google Analytics)" — "impersonal data", used to improve the site. The policy treats it as anonymous, so
/// it is marked as not personal data: an aggregate per page and day, with no identifier of a visitor.
/// </summary>
[NotPersonalData("Anonymous statistics from Google Analytics: page views per page and day, no visitor identifier (policy: \"anonymous data\", \"impersonal data\")")]
public class SiteVisitStatistic
{
    public int Id { get; set; }

    public string Page { get; set; } = "";

    public DateOnly Day { get; set; }

    public int Views { get; set; }
}
