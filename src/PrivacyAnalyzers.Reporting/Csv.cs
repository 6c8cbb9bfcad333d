using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PrivacyAnalyzers.Formats;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// RFC 4180 CSV: CRLF line endings, every field written by the cell writer the data-subject export uses too
/// (<c>src/Shared/CsvField.cs</c>): quoted when it holds a comma, quote, CR or LF, quotes doubled, and a field that a
/// spreadsheet would read as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) prefixed with an
/// apostrophe, so that opening the record in Excel or LibreOffice never runs anything.
/// </summary>
public static class Csv
{
    /// <summary>One CSV line (without its CRLF), fields separated by commas.</summary>
    public static string Line(IEnumerable<string?> fields) => Line(fields, ',');

    /// <summary>One line (without its CRLF), fields separated by <paramref name="delimiter"/> (a cell holding it is quoted).</summary>
    public static string Line(IEnumerable<string?> fields, char delimiter)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(delimiter);
            }

            first = false;
            CsvField.Write(writer, field, neutralise: true, delimiter);
        }

        return writer.ToString();
    }

    /// <summary>One field, neutralised and quoted as needed.</summary>
    public static string Field(string? value)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvField.Write(writer, value, neutralise: true);
        return writer.ToString();
    }
}
