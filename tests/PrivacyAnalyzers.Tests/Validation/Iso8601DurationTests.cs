using PrivacyAnalyzers.Durations;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>The strict ISO 8601 duration grammar shared by PRIV010, the generator and the runtime.</summary>
public sealed class Iso8601DurationTests
{
    [Theory]
    [InlineData("P1Y", 1, 0, 0, 0, 0, 0, 0)]
    [InlineData("P12M", 0, 12, 0, 0, 0, 0, 0)]
    [InlineData("P3Y6M", 3, 6, 0, 0, 0, 0, 0)]
    [InlineData("P7D", 0, 0, 0, 7, 0, 0, 0)]
    [InlineData("P1W", 0, 0, 1, 0, 0, 0, 0)]
    [InlineData("PT24H", 0, 0, 0, 0, 24, 0, 0)]
    [InlineData("PT1M", 0, 0, 0, 0, 0, 1, 0)]
    [InlineData("P1M", 0, 1, 0, 0, 0, 0, 0)]
    [InlineData("P1Y2M3DT4H5M6S", 1, 2, 0, 3, 4, 5, 6)]
    [InlineData("P0D", 0, 0, 0, 0, 0, 0, 0)]
    [InlineData("P007D", 0, 0, 0, 7, 0, 0, 0)]
    [InlineData("P2147483647D", 0, 0, 0, 2147483647, 0, 0, 0)]
    public void Valid_durations_parse_into_their_components(string text, int y, int mo, int w, int d, int h, int mi, int s)
    {
        Assert.True(Iso8601Duration.TryParse(text, out var duration, out var error), error);
        Assert.Equal(new Iso8601Duration(y, mo, w, d, h, mi, s), duration);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("1 year")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1YT")]
    [InlineData("-P1Y")]
    [InlineData("P-1Y")]
    [InlineData("+P1Y")]
    [InlineData("p1y")]
    [InlineData("P1y")]
    [InlineData("P1.5Y")]
    [InlineData("P1,5Y")]
    [InlineData("PT0.5S")]
    [InlineData("P2147483648D")]
    [InlineData("P99999999999999999999Y")]
    [InlineData("P1M1Y")]
    [InlineData("P1Y1Y")]
    [InlineData("P1H")]
    [InlineData("PT1D")]
    [InlineData("P1W2D")]
    [InlineData("P1Y1W")]
    [InlineData("PTT1H")]
    [InlineData("P1")]
    [InlineData("PY")]
    [InlineData("P1X")]
    [InlineData(" P1Y")]
    [InlineData("P1Y ")]
    [InlineData("Indefinitely")]
    [InlineData("forever")]
    [InlineData("1Y")]
    [InlineData("R5/P1Y")]
    [InlineData("2025-01-01/P1Y")]
    [InlineData("P１Y")]
    public void Invalid_durations_are_rejected_with_a_reason(string? text)
    {
        Assert.False(Iso8601Duration.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.False(Iso8601Duration.IsValid(text));
    }

    [Theory]
    [InlineData("1 year", "write 'P1Y'")]
    [InlineData("12 months", "write 'P12M'")]
    [InlineData("30 days", "write 'P30D'")]
    [InlineData("2 weeks", "write 'P2W'")]
    [InlineData("24 hours", "write 'PT24H'")]
    [InlineData("3 ani", "write 'P3Y'")]
    [InlineData("6 luni", "write 'P6M'")]
    [InlineData("1Y", "it must start with 'P': write 'P1Y'")]
    [InlineData("p3y6m", "upper case: write 'P3Y6M'")]
    [InlineData(" P1Y", "remove the spaces around it: 'P1Y'")]
    [InlineData("P1W2D", "weeks cannot be combined with other units; count them as days (1W = 7D)")]
    [InlineData("P1M1Y", "out of order")]
    [InlineData("P1H", "hours and seconds belong after 'T': write 'PT1H'")]
    [InlineData("P1Y1Y", "the unit 'Y' appears twice")]
    [InlineData("P1X", "'X' is not a unit")]
    [InlineData("forever", "cannot be kept indefinitely")]
    public void The_reason_tells_how_to_write_it(string text, string expected)
    {
        Assert.False(Iso8601Duration.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P1Y2M3DT4H5M6S")]
    [InlineData("P1W")]
    [InlineData("PT24H")]
    [InlineData("P0D")]
    public void Canonical_text_round_trips(string text)
    {
        Assert.True(Iso8601Duration.TryParse(text, out var duration, out _));
        Assert.Equal(text, duration.ToString());
    }

    [Fact]
    public void Approximate_days_order_durations()
    {
        Assert.True(Iso8601Duration.TryParse("P1Y", out var year, out _));
        Assert.True(Iso8601Duration.TryParse("P12M", out var months, out _));
        Assert.True(Iso8601Duration.TryParse("P366D", out var days, out _));
        Assert.Equal(year.ApproximateDays, months.ApproximateDays, 9);
        Assert.True(days.ApproximateDays > year.ApproximateDays);
    }

    [Fact]
    public void A_year_is_the_mean_gregorian_year_and_a_month_a_twelfth_of_it()
    {
        // Drift fixed: this parser counted a year as 365.25 days but a month as 365.2425 / 12, Reporting's a year as
        // 365.2425; there is one year length now, and P12M is exactly as long as P1Y.
        Assert.True(Iso8601Duration.TryParse("P400Y", out var years, out _));
        Assert.Equal(146097.0, years.ApproximateDays, 6);
        Assert.True(Iso8601Duration.TryParse("P1M", out var month, out _));
        Assert.Equal(365.2425 / 12, month.ApproximateDays, 9);
    }

    [Theory]
    [InlineData("P0D", true)]
    [InlineData("PT0S", true)]
    [InlineData("P1D", false)]
    public void Zero_is_every_component_zero(string text, bool zero)
    {
        Assert.True(Iso8601Duration.TryParse(text, out var duration, out _));
        Assert.Equal(zero, duration.IsZero);
    }
}
