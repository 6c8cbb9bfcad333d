using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>A span the test expects a diagnostic on, with the rule id when the markup names one.</summary>
public sealed record MarkedSpan(string? Id, TextSpan Span);

/// <summary>
/// Parses diagnostic markup: <c>[|text|]</c> expects a diagnostic of the rule under test on <c>text</c>;
/// <c>{|PRIV001:text|}</c> names the rule. Markup does not nest.
/// </summary>
public static class TestMarkup
{
    public static (string Source, IReadOnlyList<MarkedSpan> Spans) Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        var i = 0;
        while (i < markup.Length)
        {
            if (Starts(markup, i, "[|"))
            {
                var end = markup.IndexOf("|]", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new FormatException($"Unclosed '[|' at offset {i}.");
                }

                var text = markup.Substring(i + 2, end - i - 2);
                spans.Add(new MarkedSpan(null, new TextSpan(source.Length, text.Length)));
                source.Append(text);
                i = end + 2;
            }
            else if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                var end = markup.IndexOf("|}", i + 2, StringComparison.Ordinal);
                if (colon < 0 || end < 0 || colon > end)
                {
                    throw new FormatException($"Malformed '{{|ID:text|}}' at offset {i}.");
                }

                var id = markup.Substring(i + 2, colon - i - 2);
                var text = markup.Substring(colon + 1, end - colon - 1);
                spans.Add(new MarkedSpan(id, new TextSpan(source.Length, text.Length)));
                source.Append(text);
                i = end + 2;
            }
            else
            {
                source.Append(markup[i]);
                i++;
            }
        }

        return (source.ToString(), spans);
    }

    private static bool Starts(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
