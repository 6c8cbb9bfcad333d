using System.Globalization;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// The fixed legal phrases of the generated documents — legal bases and what they mean, the Art. 9(2) and Art. 10
/// conditions, recipients' roles, Chapter V safeguards, data sources, article citations, and every fixed sentence of
/// the notice (<c>notice.*</c>) and the data map (<c>map.*</c>), keys named for what they say — in one reviewed table per
/// language (LegalPhrases.En.cs, LegalPhrases.Ro.cs), so that a lawyer reviews each language as a whole. Both tables
/// have the same keys, and neither holds the other language's words (LegalPhrasesTests).
/// </summary>
public static partial class LegalPhrases
{
    /// <summary>The phrase <paramref name="key"/> in <paramref name="language"/>.</summary>
    public static string Get(string key, ReportLanguage language) => (language == ReportLanguage.Romanian ? Romanian : English)[key];

    /// <summary>The phrase <paramref name="key"/> in <paramref name="language"/> (the renderers' name for <see cref="Get"/>).</summary>
    internal static string Phrase(string key, ReportLanguage language) => Get(key, language);

    /// <summary>The phrase <paramref name="key"/>, a composite format, with <paramref name="arguments"/> put in.</summary>
    internal static string Phrase(string key, ReportLanguage language, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, language), arguments);

    /// <summary>The phrase <paramref name="key"/>, a composite format, with <paramref name="argument"/> put in.</summary>
    public static string Format(string key, ReportLanguage language, string argument) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, language), argument);
}
