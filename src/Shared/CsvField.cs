// Shared source: compiled into the runtime (the data-subject CSV export) and Reporting (the records of processing as
// CSV), linked, not referenced, so that both quote a cell and neutralise a formula the same way.
using System.IO;

namespace PrivacyAnalyzers.Formats;

/// <summary>
/// One RFC 4180 CSV cell: quoted when it holds a comma, a double quote, CR or LF, with double quotes doubled. A text cell
/// that a spreadsheet would read as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) gets a
/// leading apostrophe, inside the quotes when there are any, so that opening the file in Excel or LibreOffice never runs
/// anything (CSV injection). A cell the caller knows is not text (a number written by the export, <c>-5</c>) is written
/// without the apostrophe. Writes to a <see cref="TextWriter"/> and allocates only to double quotes.
/// </summary>
internal static class CsvField
{
    private static readonly char[] QuoteTriggers = { ',', '"', '\r', '\n' };

    /// <summary>Whether a text cell would be read as a formula by a spreadsheet (and so gets a leading apostrophe).</summary>
    public static bool LooksLikeFormula(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Whether the cell must be quoted: it holds a comma, a double quote, CR or LF.</summary>
    public static bool NeedsQuotes(string cell) => cell.IndexOfAny(QuoteTriggers) >= 0;

    /// <summary>
    /// Writes one cell (null as an empty cell), neutralising a formula when <paramref name="neutralise"/>. A file whose
    /// fields are separated by another <paramref name="delimiter"/> (the semicolon of the Romanian record) also quotes
    /// a cell that holds it.
    /// </summary>
    public static void Write(TextWriter writer, string? cell, bool neutralise, char delimiter = ',')
    {
        var text = cell ?? string.Empty;
        var prefix = neutralise && LooksLikeFormula(text);
        var quote = NeedsQuotes(text) || (delimiter != ',' && text.IndexOf(delimiter) >= 0);
        if (quote)
        {
            writer.Write('"');
        }

        if (prefix)
        {
            writer.Write('\'');
        }

        writer.Write(quote && text.IndexOf('"') >= 0 ? text.Replace("\"", "\"\"") : text);
        if (quote)
        {
            writer.Write('"');
        }
    }
}
