using PrivacyAnalyzers.Durations;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tests.Reporting;

public sealed class RetentionTextTests
{
    [Theory]
    [InlineData("P1Y", "1 year", "1 an")]
    [InlineData("P2Y", "2 years", "2 ani")]
    [InlineData("P19Y", "19 years", "19 ani")]
    [InlineData("P20Y", "20 years", "20 de ani")]
    [InlineData("P1M", "1 month", "1 lună")]
    [InlineData("P6M", "6 months", "6 luni")]
    [InlineData("P24M", "24 months", "24 de luni")]
    [InlineData("P1D", "1 day", "1 zi")]
    [InlineData("P7D", "7 days", "7 zile")]
    [InlineData("P30D", "30 days", "30 de zile")]
    [InlineData("P100D", "100 days", "100 de zile")]
    [InlineData("P101D", "101 days", "101 zile")]
    [InlineData("P119D", "119 days", "119 zile")]
    [InlineData("P120D", "120 days", "120 de zile")]
    [InlineData("P1W", "1 week", "1 săptămână")]
    [InlineData("P2W", "2 weeks", "2 săptămâni")]
    [InlineData("PT1H", "1 hour", "1 oră")]
    [InlineData("PT24H", "24 hours", "24 de ore")]
    [InlineData("PT30M", "30 minutes", "30 de minute")]
    [InlineData("PT1S", "1 second", "1 secundă")]
    [InlineData("P1Y6M", "1 year and 6 months", "1 an și 6 luni")]
    [InlineData("P1Y2M3D", "1 year, 2 months and 3 days", "1 an, 2 luni și 3 zile")]
    [InlineData("P1DT12H", "1 day and 12 hours", "1 zi și 12 ore")]
    public void Durations_read_as_words_with_the_right_plural(string iso, string english, string romanian)
    {
        Assert.Equal(english, RetentionText.Duration(iso, ReportLanguage.English));
        Assert.Equal(romanian, RetentionText.Duration(iso, ReportLanguage.Romanian));
    }

    [Theory]
    [InlineData("P1Y", RetentionStart.Collection, "1 year after collection", "1 an de la colectare")]
    [InlineData("P3Y", RetentionStart.EndOfContract, "3 years after the end of the contract", "3 ani de la încetarea contractului")]
    [InlineData("P12M", RetentionStart.LastActivity, "12 months after your last activity", "12 luni de la ultima dumneavoastră activitate")]
    [InlineData("P30D", RetentionStart.ConsentWithdrawal, "30 days after you withdraw your consent", "30 de zile de la retragerea consimțământului")]
    [InlineData("P6M", RetentionStart.AccountClosure, "6 months after your account is closed", "6 luni de la închiderea contului")]
    [InlineData("P5Y", RetentionStart.Unspecified, "5 years", "5 ani")]
    [InlineData("P0D", RetentionStart.EndOfContract, "until the end of the contract", "până la încetarea contractului")]
    [InlineData(null, RetentionStart.Collection, "no retention period has been set", "nu a fost stabilită o perioadă de păstrare")]
    public void Retention_states_the_period_and_its_start(string? iso, RetentionStart from, string english, string romanian)
    {
        Assert.Equal(english, RetentionText.Describe(iso, from, ReportLanguage.English));
        Assert.Equal(romanian, RetentionText.Describe(iso, from, ReportLanguage.Romanian));
    }

    [Theory]
    [InlineData("1 year")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1.5Y")]
    [InlineData("P-1Y")]
    [InlineData("")]
    [InlineData(" P1Y ")] // drift fixed: Reporting's own parser trimmed, PRIV010 does not
    [InlineData("P1Y2W")] // drift fixed: Reporting's own parser combined weeks with other units, PRIV010 does not
    [InlineData("P99999999999D")] // drift fixed: Reporting's own parser read 64-bit numbers, PRIV010 only 32-bit ones
    public void An_invalid_duration_is_named_not_invented(string iso)
    {
        Assert.False(Iso8601Duration.TryParse(iso, out _, out _));
        Assert.Null(RetentionText.Duration(iso, ReportLanguage.English));
        Assert.Contains("not a valid ISO 8601 duration", RetentionText.Describe(iso, RetentionStart.Collection, ReportLanguage.English), StringComparison.Ordinal);
        Assert.Contains("nu este o durată ISO 8601 validă", RetentionText.Describe(iso, RetentionStart.Collection, ReportLanguage.Romanian), StringComparison.Ordinal);
    }

    [Fact]
    public void Twelve_months_and_one_year_are_equally_long()
    {
        Assert.True(Iso8601Duration.TryParse("P12M", out var months, out _));
        Assert.True(Iso8601Duration.TryParse("P1Y", out var year, out _));
        Assert.Equal(year.ApproximateDays, months.ApproximateDays, 6);
    }
}
