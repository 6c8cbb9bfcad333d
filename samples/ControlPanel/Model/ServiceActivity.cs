using System;
using PrivacyAnalyzers;

namespace ControlPanel.Model;

/// <summary>
/// What a user does in the Service. The policy's list of personal data does not name it, but its purposes do: "to
/// monitor and analyze trends, usage, and activities in connection with our Service", "to personalize your experience".
/// Annotated here so the generated policy lists what the hand-written list leaves out.
/// </summary>
[DataSubject(
    "User",
    Purpose = "To monitor and analyze trends, usage, and activities in connection with our Service; to improve our Service; to personalize the User's experience with our Service",
    Source = DataSource.Observed)]
public class ServiceActivity
{
    public long Id { get; set; }

    public int PanelUserId { get; set; }

    [PersonalData("Usage.Activity", Description = "The action performed in the Service")]
    public string Action { get; set; } = "";

    [PersonalData("Usage.Activity", Description = "When it was performed")]
    public DateTimeOffset At { get; set; }
}
