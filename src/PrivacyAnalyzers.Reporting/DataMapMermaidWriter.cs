using System.Text;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// Writes a <see cref="DataMap"/> as a Mermaid flowchart (left to right, one subgraph per column), which GitHub, GitLab
/// and most Markdown viewers draw. Labels are quoted strings in which every character Mermaid or the surrounding
/// Markdown could read as syntax is written as a Mermaid entity code (<c>#quot;</c>, <c>#35;</c>…); node ids are the
/// map's own (a letter and hexadecimal digits), so they are never a Mermaid keyword and do not change when an unrelated
/// node is added. Boxes for what has not been declared use the class <c>todo</c> (dashed).
/// </summary>
internal static class DataMapMermaidWriter
{
    private static readonly string[] ColumnIds = { "subjects", "categories", "purposes", "recipients" };

    public static string Write(DataMap map)
    {
        var builder = new StringBuilder();
        builder.Append("flowchart LR\n");
        builder.Append("    accTitle: ").Append(Line(map.Title)).Append('\n');
        builder.Append("    accDescr: ").Append(Line(map.Description)).Append('\n');
        for (var column = 0; column < 4; column++)
        {
            builder.Append("    subgraph ").Append(ColumnIds[column]).Append("[\"").Append(Escape(map.ColumnTitles[column])).Append("\"]\n");
            foreach (var node in map.Nodes)
            {
                if ((int)node.Column != column)
                {
                    continue;
                }

                var (open, close) = node.Column == DataMapColumn.DataSubject ? ("([\"", "\"])") : ("[\"", "\"]");
                builder.Append("        ").Append(node.Id).Append(open).Append(Escape(node.Label));
                if (node.Detail is not null)
                {
                    builder.Append("<br/>").Append(Escape(node.Detail));
                }

                builder.Append(close).Append('\n');
            }

            builder.Append("    end\n");
        }

        foreach (var edge in map.Edges)
        {
            builder.Append("    ").Append(edge.From).Append(" --> ").Append(edge.To).Append('\n');
        }

        var todo = new StringBuilder();
        foreach (var node in map.Nodes)
        {
            if (node.ToComplete)
            {
                todo.Append(todo.Length == 0 ? string.Empty : ",").Append(node.Id);
            }
        }

        if (todo.Length > 0)
        {
            builder.Append("    classDef todo fill:#fff4e0,stroke:#b26a00,stroke-dasharray:4 3\n");
            builder.Append("    class ").Append(todo).Append(" todo\n");
        }

        return builder.ToString();
    }

    /// <summary>
    /// A label inside Mermaid's double quotes: the quote, <c>#</c> (which starts an entity code), <c>&amp;</c>,
    /// <c>&lt;</c>/<c>&gt;</c> (HTML in labels) and the backtick (Markdown strings, code fences) become entity codes;
    /// brackets, parentheses, semicolons and diacritics are safe inside the quotes and stay as written.
    /// </summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in DataMap.Clean(text))
        {
            switch (c)
            {
                case '"': builder.Append("#quot;"); break;
                case '#': builder.Append("#35;"); break;
                case '&': builder.Append("#amp;"); break;
                case '<': builder.Append("#lt;"); break;
                case '>': builder.Append("#gt;"); break;
                case '`': builder.Append("#96;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The text of <c>accTitle</c>/<c>accDescr</c>: one line to its end, so only line breaks matter.</summary>
    private static string Line(string text) => DataMap.Clean(text);
}
