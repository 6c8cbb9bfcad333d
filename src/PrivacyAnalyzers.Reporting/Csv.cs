using System.Collections.Generic;
using System.Text;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// RFC 4180 CSV: CRLF line endings, fields quoted when they hold a comma, quote, CR or LF, quotes doubled. A field that
/// a spreadsheet would read as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) is prefixed
/// with an apostrophe, so that opening the record in Excel or LibreOffice never runs anything.
/// </summary>
public static class Csv
{
    /// <summary>One CSV line (without its CRLF).</summary>
    public static string Line(IEnumerable<string?> fields)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            builder.Append(Field(field));
        }

        return builder.ToString();
    }

    /// <summary>One field, neutralised and quoted as needed.</summary>
    public static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' || text[0] == '\r'))
        {
            text = "'" + text;
        }

        if (text.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0)
        {
            return text;
        }

        return "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
