namespace PrivacyAnalyzers.Diagnostics;

internal static class DiagnosticCategories
{
    public const string Detection = "Privacy.Detection";
    public const string Annotations = "Privacy.Annotations";
    public const string Leaks = "Privacy.Leaks";
    public const string Generator = "Privacy.Generator";
}
