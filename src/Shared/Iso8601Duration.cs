// Shared source: compiled into the analyzers (and through them the generator and code fixes) and into Reporting
// (linked, not referenced), so that the rule that validates a retention (PRIV010) and the documents that put a
// retention into words, order retentions and compare two inventories read one grammar and one year length. This is the
// only ISO 8601 duration parser in PrivacyAnalyzers: what PRIV010 accepts is exactly what a policy can state.
using System;
using System.Globalization;
using System.Text;

namespace PrivacyAnalyzers.Durations;

/// <summary>
/// A strict ISO 8601 duration as PrivacyAnalyzers accepts it for a retention:
/// <c>P[nY][nM][nD][T[nH][nM][nS]]</c> or <c>PnW</c> (weeks alone, as ISO 8601:2004 and RFC 3339 Appendix A define).
/// Designators are upper case; numbers are whole, non-negative and fit in 32 bits; nothing else (no sign, no
/// fraction, no spaces, no "indefinitely") is accepted. Examples: <c>P1Y</c>, <c>P12M</c>, <c>P3Y6M</c>, <c>P7D</c>,
/// <c>P1W</c>, <c>PT24H</c>, <c>P1Y2M3DT4H5M6S</c>.
/// </summary>
internal readonly struct Iso8601Duration : IEquatable<Iso8601Duration>
{
    /// <summary>The example shown in error messages.</summary>
    public const string Example = "P1Y";

    public Iso8601Duration(int years, int months, int weeks, int days, int hours, int minutes, int seconds)
    {
        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
    }

    public int Years { get; }
    public int Months { get; }
    public int Weeks { get; }
    public int Days { get; }
    public int Hours { get; }
    public int Minutes { get; }
    public int Seconds { get; }

    /// <summary>The length of a year in days: the mean Gregorian year (97 leap years in 400).</summary>
    public const double DaysPerYear = 365.2425;

    /// <summary>The length of a month in days: a twelfth of <see cref="DaysPerYear"/>, so that <c>P12M</c> is as long as <c>P1Y</c>.</summary>
    public const double DaysPerMonth = DaysPerYear / 12;

    /// <summary>Whether every component is zero (<c>P0D</c>): kept only until the start event.</summary>
    public bool IsZero => Years == 0 && Months == 0 && Weeks == 0 && Days == 0 && Hours == 0 && Minutes == 0 && Seconds == 0;

    /// <summary>
    /// The approximate length in days (a year is <see cref="DaysPerYear"/> days, a month a twelfth of it), to order and
    /// compare retentions only; <c>P12M</c> and <c>P1Y</c> are equally long.
    /// </summary>
    public double ApproximateDays =>
        (((Years * 12.0) + Months) * DaysPerMonth) + (Weeks * 7.0) + Days + (Hours / 24.0) + (Minutes / 1440.0) + (Seconds / 86400.0);

    /// <summary>Parses <paramref name="text"/>; returns false with a sentence saying what is wrong and how to write it.</summary>
    public static bool TryParse(string? text, out Iso8601Duration duration, out string error)
    {
        duration = default;
        if (text is null || text.Length == 0)
        {
            error = $"it is empty; write a duration such as '{Example}' (one year), or remove Retention to inherit the default";
            return false;
        }

        if (text.Trim().Length == 0)
        {
            error = $"it is blank; write a duration such as '{Example}' (one year), or remove Retention to inherit the default";
            return false;
        }

        if (IsIndefinite(text))
        {
            error = "personal data cannot be kept indefinitely (GDPR Art. 5(1)(e)); give the longest period it is kept (a legal archive obligation has one, such as 'P10Y'), or mark anonymised data [NotPersonalData(\"Anonymised\")]";
            return false;
        }

        if (text.Trim().Length != text.Length)
        {
            if (TryParse(text.Trim(), out _, out var inner))
            {
                error = $"remove the spaces around it: '{text.Trim()}'";
                return false;
            }

            error = inner;
            return false;
        }

        if (text[0] is '-' or '+' || (text[0] is 'P' or 'p' && text.Length > 1 && text[1] is '-' or '+'))
        {
            error = $"a retention cannot be negative or signed; write a positive duration such as '{Example}'";
            return false;
        }

        if (text[0] != 'P')
        {
            if (IsValidUpper(text.ToUpperInvariant()))
            {
                error = $"ISO 8601 designators are upper case: write '{text.ToUpperInvariant()}'";
                return false;
            }

            if (IsValidUpper("P" + text.ToUpperInvariant()))
            {
                error = $"it must start with 'P': write 'P{text.ToUpperInvariant()}'";
                return false;
            }

            error = SuggestFromWords(text) is { } suggestion
                ? $"it must start with 'P' followed by numbers and units; write '{suggestion}'"
                : $"it must start with 'P' followed by numbers and units, such as '{Example}' (one year), 'P6M' (six months), 'P30D' (thirty days) or 'PT24H' (24 hours)";
            return false;
        }

        if (text.Length == 1)
        {
            error = $"'P' must be followed by at least one number and unit, such as '{Example}'";
            return false;
        }

        if (HasLowerCaseDesignator(text))
        {
            error = $"ISO 8601 designators are upper case: write '{text.ToUpperInvariant()}'";
            return false;
        }

        return Parse(text, out duration, out error);
    }

    /// <summary>
    /// The valid duration an invalid text most likely meant, when that is certain: the same text without surrounding
    /// spaces or in upper case, with the missing leading 'P', or a number and a unit in words ("12 months" → "P12M",
    /// "3 ani" → "P3Y"). Null when there is no such value (or the text is valid already).
    /// </summary>
    public static string? Suggest(string? text)
    {
        if (text is null || text.Trim().Length == 0 || IsValid(text))
        {
            return null;
        }

        var upper = text.Trim().ToUpperInvariant();
        if (IsValidUpper(upper))
        {
            return upper;
        }

        if (IsValidUpper("P" + upper))
        {
            return "P" + upper;
        }

        return SuggestFromWords(text) is { } words && IsValidUpper(words) ? words : null;
    }

    /// <summary>Whether <paramref name="text"/> is a valid duration.</summary>
    public static bool IsValid(string? text) => TryParse(text, out _, out _);

    /// <summary>The canonical text: the components that are not zero, in order (<c>P0D</c> when all are zero).</summary>
    public override string ToString()
    {
        if (Weeks != 0 && Years == 0 && Months == 0 && Days == 0 && Hours == 0 && Minutes == 0 && Seconds == 0)
        {
            return "P" + Weeks.ToString(CultureInfo.InvariantCulture) + "W";
        }

        var text = new StringBuilder("P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Days, 'D');
        if (Hours != 0 || Minutes != 0 || Seconds != 0)
        {
            text.Append('T');
            Append(text, Hours, 'H');
            Append(text, Minutes, 'M');
            Append(text, Seconds, 'S');
        }

        return text.Length == 1 ? "P0D" : text.ToString();
    }

    public bool Equals(Iso8601Duration other) =>
        Years == other.Years && Months == other.Months && Weeks == other.Weeks && Days == other.Days &&
        Hours == other.Hours && Minutes == other.Minutes && Seconds == other.Seconds;

    public override bool Equals(object? obj) => obj is Iso8601Duration other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Years;
            hash = (hash * 397) ^ Months;
            hash = (hash * 397) ^ Weeks;
            hash = (hash * 397) ^ Days;
            hash = (hash * 397) ^ Hours;
            hash = (hash * 397) ^ Minutes;
            return (hash * 397) ^ Seconds;
        }
    }

    private static bool Parse(string text, out Iso8601Duration duration, out string error)
    {
        duration = default;
        int years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0;
        var inTime = false;
        var sawWeeks = false;
        var sawTime = false;
        var componentsInTime = 0;
        var components = 0;
        var lastRank = 0; // order of designators: Y=1 M=2 W=3 D=4 | H=5 M=6 S=7
        var i = 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == 'T')
            {
                if (inTime)
                {
                    error = "'T' appears twice; write the time part once, as in 'PT4H30M'";
                    return false;
                }

                inTime = true;
                sawTime = true;
                i++;
                continue;
            }

            if (c < '0' || c > '9')
            {
                error = $"expected a number at '{text.Substring(i)}'; every unit needs a number before it, as in '{Example}'";
                return false;
            }

            var start = i;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                i++;
            }

            var digits = text.Substring(start, i - start);
            if (i < text.Length && text[i] is '.' or ',')
            {
                error = "fractions are not supported; use a smaller unit, as 'P18M' instead of 'P1.5Y'";
                return false;
            }

            if (i == text.Length)
            {
                error = $"the number {digits} at the end has no unit; add one, as in 'P{digits}D'";
                return false;
            }

            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                error = $"the number {digits} is too large";
                return false;
            }

            var unit = text[i];
            int rank;
            switch (unit)
            {
                case 'Y' when !inTime: rank = 1; years = value; break;
                case 'M' when !inTime: rank = 2; months = value; break;
                case 'W' when !inTime: rank = 3; weeks = value; sawWeeks = true; break;
                case 'D' when !inTime: rank = 4; days = value; break;
                case 'H' when inTime: rank = 5; hours = value; break;
                case 'M' when inTime: rank = 6; minutes = value; break;
                case 'S' when inTime: rank = 7; seconds = value; break;
                case 'H' or 'S':
                    error = $"hours and seconds belong after 'T': write 'PT{value}{unit}'";
                    return false;
                case 'Y' or 'W' or 'D':
                    error = $"years, weeks and days come before 'T': '{unit}' cannot follow it";
                    return false;
                default:
                    error = $"'{unit}' is not a unit; use Y (years), M (months), W (weeks), D (days), and after T: H (hours), M (minutes), S (seconds)";
                    return false;
            }

            if (rank <= lastRank)
            {
                error = rank == lastRank
                    ? $"the unit '{unit}' appears twice"
                    : "the units are out of order; write years, months, days, then T, hours, minutes, seconds, as in 'P1Y2M3DT4H5M6S'";
                return false;
            }

            lastRank = rank;
            components++;
            if (inTime)
            {
                componentsInTime++;
            }

            i++;
        }

        if (sawTime && componentsInTime == 0)
        {
            error = "'T' must be followed by hours (H), minutes (M) or seconds (S); remove it or write 'PT24H'";
            return false;
        }

        if (components == 0)
        {
            error = $"it has no number and unit; write one such as '{Example}' or 'PT24H'";
            return false;
        }

        if (sawWeeks)
        {
            if (components != 1)
            {
                error = $"weeks cannot be combined with other units; count them as days ({weeks.ToString(CultureInfo.InvariantCulture)}W = {((long)weeks * 7).ToString(CultureInfo.InvariantCulture)}D)";
                return false;
            }
        }

        duration = new Iso8601Duration(years, months, weeks, days, hours, minutes, seconds);
        error = string.Empty;
        return true;
    }

    private static bool HasLowerCaseDesignator(string text)
    {
        foreach (var c in text)
        {
            if (c is 'p' or 'y' or 'm' or 'w' or 'd' or 't' or 'h' or 's')
            {
                // Only a duration that would be valid in upper case is "lower case"; other words are garbage.
                return IsValidUpper(text.ToUpperInvariant());
            }
        }

        return false;
    }

    private static bool IsValidUpper(string upper) => upper.Length > 1 && upper[0] == 'P' && Parse(upper, out _, out _);

    private static bool IsIndefinite(string text)
    {
        var word = text.Trim().ToLowerInvariant();
        return word is "indefinitely" or "indefinite" or "forever" or "permanent" or "permanently" or "unlimited" or "infinite"
            or "infinity" or "never" or "∞" or "nedeterminat" or "nelimitat" or "pe termen nelimitat" or "pe durată nedeterminată";
    }

    // "1 year", "12 months", "7 days", "2 weeks", "24 hours", Romanian "1 an", "3 ani", "6 luni", "30 zile", "24 ore".
    private static string? SuggestFromWords(string text)
    {
        var parts = text.Trim().Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        var number = n.ToString(CultureInfo.InvariantCulture);
        return parts[1].ToLowerInvariant() switch
        {
            "year" or "years" or "yr" or "yrs" or "y" or "an" or "ani" => "P" + number + "Y",
            "month" or "months" or "mo" or "luna" or "lună" or "luni" => "P" + number + "M",
            "week" or "weeks" or "wk" or "wks" or "saptamana" or "săptămână" or "saptamani" or "săptămâni" => "P" + number + "W",
            "day" or "days" or "d" or "zi" or "zile" => "P" + number + "D",
            "hour" or "hours" or "h" or "hr" or "hrs" or "ora" or "oră" or "ore" => "PT" + number + "H",
            "minute" or "minutes" or "min" or "mins" or "minut" => "PT" + number + "M",
            _ => null,
        };
    }

    private static void Append(StringBuilder text, int value, char unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
