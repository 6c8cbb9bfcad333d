namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>
/// PRIV001's message as the analyzer words it, for the tests that compare messages (one home for the wording: a change
/// to the descriptor's message is one change here). Imported with <c>using static</c>.
/// </summary>
internal static class Priv001Messages
{
    /// <summary>The message for <paramref name="member"/> reported as <paramref name="category"/> from <paramref name="evidence"/>.</summary>
    public static string Message(string member, string category, string evidence) =>
        $"'{member}' looks like personal data ({category}, from {evidence}); annotate it with [PersonalData] or mark it [NotPersonalData]";
}
