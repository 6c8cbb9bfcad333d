using System;

namespace PrivacyAnalyzers.Reporting;

/// <summary>The language of a rendered document.</summary>
public enum ReportLanguage
{
    /// <summary>English (<c>en</c>).</summary>
    English = 0,

    /// <summary>Romanian (<c>ro</c>), with comma-below ș and ț.</summary>
    Romanian = 1,
}

/// <summary>Parses and names <see cref="ReportLanguage"/> values as the command line and file names write them.</summary>
public static class ReportLanguages
{
    /// <summary>The two-letter code: <c>en</c> or <c>ro</c>.</summary>
    public static string Code(this ReportLanguage language) => language == ReportLanguage.Romanian ? "ro" : "en";

    /// <summary>Parses <c>en</c> or <c>ro</c> (case-insensitive).</summary>
    public static bool TryParse(string? text, out ReportLanguage language)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "en":
                language = ReportLanguage.English;
                return true;
            case "ro":
                language = ReportLanguage.Romanian;
                return true;
            default:
                language = ReportLanguage.English;
                return false;
        }
    }

    internal static string Pick(this ReportLanguage language, string english, string romanian) =>
        language == ReportLanguage.Romanian ? romanian : english;

    internal static ArgumentOutOfRangeException Unknown(object value) => new(nameof(value), value, "Unknown value.");
}
