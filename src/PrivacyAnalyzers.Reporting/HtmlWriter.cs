using System.Collections.Generic;
using System.Text;

namespace PrivacyAnalyzers.Reporting;

/// <summary>Writes documents as one self-contained HTML page (inline style, no scripts, no external resources).</summary>
internal static class HtmlWriter
{
    private const string Style =
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}" +
        "h1,h2,h3{line-height:1.25}table{border-collapse:collapse;font-size:.85rem;width:100%}" +
        "th,td{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f0f0f0}" +
        "section+section{margin-top:3rem;border-top:2px solid #ddd}";

    public static string Write(string title, ReportLanguage language, IReadOnlyList<Document> documents)
    {
        var builder = new StringBuilder();
        builder.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        builder.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        builder.Append("<title>").Append(Escape(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        foreach (var document in documents)
        {
            builder.Append("<section>\n<h1>").Append(Escape(document.Title)).Append("</h1>\n");
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case Heading heading:
                        builder.Append("<h").Append(heading.Level).Append('>').Append(Escape(heading.Text)).Append("</h").Append(heading.Level).Append(">\n");
                        break;
                    case Paragraph paragraph:
                        builder.Append("<p>").Append(Runs(paragraph.Runs)).Append("</p>\n");
                        break;
                    case BulletList list:
                        builder.Append("<ul>\n");
                        foreach (var item in list.Items)
                        {
                            builder.Append("<li>").Append(Runs(item)).Append("</li>\n");
                        }

                        builder.Append("</ul>\n");
                        break;
                    case Table table:
                        builder.Append("<table>\n<thead><tr>");
                        foreach (var cell in table.Header)
                        {
                            builder.Append("<th>").Append(Escape(cell)).Append("</th>");
                        }

                        builder.Append("</tr></thead>\n<tbody>\n");
                        foreach (var row in table.Rows)
                        {
                            builder.Append("<tr>");
                            foreach (var cell in row)
                            {
                                builder.Append("<td>").Append(Escape(cell)).Append("</td>");
                            }

                            builder.Append("</tr>\n");
                        }

                        builder.Append("</tbody>\n</table>\n");
                        break;
                    case DataMapBlock map:
                        builder.Append(DataMapSvgWriter.Write(map.Map));
                        break;
                    case Comment comment:
                        builder.Append("<!-- ").Append(Escape(comment.Text).Replace("--", "- -")).Append(" -->\n");
                        break;
                }
            }

            builder.Append("</section>\n");
        }

        builder.Append("</body>\n</html>\n");
        return builder.ToString();
    }

    private static string Runs(IReadOnlyList<Run> runs)
    {
        var builder = new StringBuilder();
        foreach (var run in runs)
        {
            if (run.Strong)
            {
                builder.Append("<strong>").Append(Escape(run.Text)).Append("</strong>");
            }
            else
            {
                builder.Append(Escape(run.Text));
            }
        }

        return builder.ToString();
    }

    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
