using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tests.Reporting;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rlf", "\"cr\rlf\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("ș ț ă î â", "ș ț ă î â")]
    public void Fields_are_quoted_as_RFC_4180_says(string? value, string expected) =>
        Assert.Equal(expected, Csv.Field(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+40369101010", "'+40369101010")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("a=b", "a=b")]
    public void Fields_a_spreadsheet_would_evaluate_are_neutralised(string value, string expected) =>
        Assert.Equal(expected, Csv.Field(value));

    [Fact]
    public void The_record_ends_every_line_with_CRLF_and_escapes_free_text()
    {
        var entry = SeedInventories.Entry(
            "Shop.Customer", "Note", "string", "Customer", "Other", LegalBasis.Consent, "P1Y", RetentionStart.Collection, null,
            SeedInventories.Purposes("=cmd|' /C calc'!A0", "Marketing, \"newsletter\""), DataSource.ProvidedBySubject, null);
        var csv = PrivacyReport.Render(SeedInventories.Single(entry), ReportFormat.Csv, ReportLanguage.English);

        var lines = csv.Split("\r\n");
        Assert.Equal(4, lines.Length); // header, two activities, empty after the last CRLF
        Assert.Equal(string.Empty, lines[3]);
        Assert.DoesNotContain('\n', csv.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.StartsWith("Customer — =cmd|' /C calc'!A0,Customer,'=cmd|' /C calc'!A0,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"Customer — Marketing, \"\"newsletter\"\"\",Customer,\"Marketing, \"\"newsletter\"\"\",", lines[2], StringComparison.Ordinal);
    }
}
