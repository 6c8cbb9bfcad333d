using System.Collections.Generic;
using System.Text;

namespace PrivacyAnalyzers.Reporting;

/// <summary>Writes a <see cref="Document"/> as CommonMark, LF line endings, free text escaped so it cannot inject markup.</summary>
internal static class MarkdownWriter
{
    public static string Write(Document document)
    {
        var builder = new StringBuilder();
        builder.Append("# ").Append(Escape(document.Title)).Append('\n');
        foreach (var block in document.Blocks)
        {
            builder.Append('\n');
            switch (block)
            {
                case Heading heading:
                    builder.Append('#', heading.Level).Append(' ').Append(Escape(heading.Text)).Append('\n');
                    break;
                case Paragraph paragraph:
                    builder.Append(Runs(paragraph.Runs)).Append('\n');
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        builder.Append("- ").Append(Runs(item)).Append('\n');
                    }

                    break;
                case Table table:
                    builder.Append("| ").Append(string.Join(" | ", Cells(table.Header))).Append(" |\n");
                    builder.Append('|');
                    foreach (var _ in table.Header)
                    {
                        builder.Append(" --- |");
                    }

                    builder.Append('\n');
                    foreach (var row in table.Rows)
                    {
                        builder.Append("| ").Append(string.Join(" | ", Cells(row))).Append(" |\n");
                    }

                    break;
                case DataMapBlock map:
                    builder.Append("```mermaid\n").Append(DataMapMermaidWriter.Write(map.Map)).Append("```\n");
                    break;
                case Comment comment:
                    builder.Append("<!-- ").Append(comment.Text.Replace("--", "- -")).Append(" -->\n");
                    break;
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Cells(IReadOnlyList<string> cells)
    {
        foreach (var cell in cells)
        {
            yield return Escape(cell);
        }
    }

    private static string Runs(IReadOnlyList<Run> runs)
    {
        var builder = new StringBuilder();
        foreach (var run in runs)
        {
            if (run.Text.Length == 0)
            {
                continue;
            }

            if (run.Strong)
            {
                // Emphasis markers must touch the text: keep surrounding spaces outside them.
                var text = run.Text;
                var trimmed = text.Trim();
                builder.Append(text.Substring(0, text.Length - text.TrimStart().Length));
                builder.Append("**").Append(Escape(trimmed)).Append("**");
                builder.Append(text.Substring(text.TrimEnd().Length));
            }
            else
            {
                builder.Append(Escape(run.Text));
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes the characters CommonMark gives meaning to inline, and line breaks (free text is one line).</summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '<':
                case '>':
                case '|':
                case '#':
                    builder.Append('\\').Append(c);
                    break;
                case '\r':
                    break;
                case '\n':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
