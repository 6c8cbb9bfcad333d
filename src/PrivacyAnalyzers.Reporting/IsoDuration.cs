using System.Globalization;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// An ISO 8601 duration with whole-number components (<c>P1Y</c>, <c>P3Y6M</c>, <c>P2W</c>, <c>PT24H</c>) as the
/// <c>Retention</c> annotation writes it.
/// </summary>
public sealed class IsoDuration
{
    private static readonly Regex Pattern = new(
        @"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+)S)?)?$",
        RegexOptions.CultureInvariant);

    private IsoDuration(long years, long months, long weeks, long days, long hours, long minutes, long seconds)
    {
        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
    }

    /// <summary>Years.</summary>
    public long Years { get; }

    /// <summary>Months.</summary>
    public long Months { get; }

    /// <summary>Weeks.</summary>
    public long Weeks { get; }

    /// <summary>Days.</summary>
    public long Days { get; }

    /// <summary>Hours.</summary>
    public long Hours { get; }

    /// <summary>Minutes.</summary>
    public long Minutes { get; }

    /// <summary>Seconds.</summary>
    public long Seconds { get; }

    /// <summary>Whether every component is zero (<c>P0D</c>): kept only until the start event.</summary>
    public bool IsZero => Years == 0 && Months == 0 && Weeks == 0 && Days == 0 && Hours == 0 && Minutes == 0 && Seconds == 0;

    /// <summary>
    /// The approximate length in days (a year is 365.2425 days, a month a twelfth of it), to compare two retentions.
    /// <c>P12M</c> and <c>P1Y</c> are equally long.
    /// </summary>
    public double ApproximateDays =>
        ((Years * 12) + Months) * (365.2425 / 12) + (Weeks * 7) + Days + (Hours / 24.0) + (Minutes / 1440.0) + (Seconds / 86400.0);

    /// <summary>Parses a duration; false for anything that is not a whole-number ISO 8601 duration.</summary>
    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = null!;
        if (text is null)
        {
            return false;
        }

        var match = Pattern.Match(text.Trim());
        if (!match.Success || text.Trim() == "P" || text.Trim().EndsWith("T", System.StringComparison.Ordinal))
        {
            return false;
        }

        long Part(string name)
        {
            var group = match.Groups[name];
            return group.Success && long.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        }

        if (!match.Groups["y"].Success && !match.Groups["mo"].Success && !match.Groups["w"].Success && !match.Groups["d"].Success
            && !match.Groups["h"].Success && !match.Groups["mi"].Success && !match.Groups["s"].Success)
        {
            return false;
        }

        duration = new IsoDuration(Part("y"), Part("mo"), Part("w"), Part("d"), Part("h"), Part("mi"), Part("s"));
        return true;
    }
}
