using System;
using System.Collections.Generic;
using System.Globalization;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// The order in which a document lists texts a reader looks up (purposes, recipients, names): alphabetical in the
/// document's language, as a reader of that language expects — case-insensitive ("to…" next to "To…") and with the
/// language's alphabet (Romanian "î…" after "i…", "ș…" after "s…", not after "z…"). Ties that compare equal ignoring
/// case are broken by ordinal comparison, so that the order is total and the output deterministic. The culture is the
/// document's (en-GB, ro-RO), never the machine's current culture, so a build on a Turkish or German machine writes
/// the same file. Where the runtime has no culture data (globalization-invariant mode), the order falls back to
/// ordinal case-insensitive comparison.
/// </summary>
internal sealed class TextOrder : IComparer<string?>
{
    private static readonly TextOrder EnglishOrder = new("en-GB");
    private static readonly TextOrder RomanianOrder = new("ro-RO");

    private readonly CompareInfo? _compare;

    private TextOrder(string culture)
    {
        try
        {
            _compare = CultureInfo.GetCultureInfo(culture).CompareInfo;
        }
        catch (CultureNotFoundException)
        {
            _compare = null;
        }
    }

    /// <summary>The order of <paramref name="language"/>.</summary>
    public static TextOrder For(ReportLanguage language) => language == ReportLanguage.Romanian ? RomanianOrder : EnglishOrder;

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var result = _compare is null
            ? string.Compare(x, y, StringComparison.OrdinalIgnoreCase)
            : _compare.Compare(x, y, CompareOptions.IgnoreCase);
        return result != 0 ? result : string.CompareOrdinal(x, y);
    }
}
