namespace PrivacyAnalyzers.Diagnostics;

internal static class RuleHelpUri
{
    public const string DocsRoot = "https://github.com/privacyanalyzers/privacyanalyzers/blob/main/docs/rules/";

    /// <summary>The documentation page of a rule: <c>docs/rules/{id}.md</c>.</summary>
    public static string For(string id) => DocsRoot + id + ".md";
}
