using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>A span the test expects a diagnostic on, with the rule id when the markup names one.</summary>
public sealed record MarkedSpan(string? Id, TextSpan Span);

/// <summary>The source without markup, the expected diagnostic spans, and the numbered locations (<c>{|#0:text|}</c>).</summary>
public sealed record ParsedMarkup(string Source, IReadOnlyList<MarkedSpan> Spans, ImmutableDictionary<int, TextSpan> Locations);

/// <summary>
/// Parses diagnostic markup (the notation of Microsoft.CodeAnalysis.Testing): <c>[|text|]</c> expects a diagnostic of
/// the rule under test on <c>text</c>; <c>{|PRIV001:text|}</c> names the rule; <c>{|#0:text|}</c> marks location 0,
/// which an explicit expectation refers to with <c>DiagnosticResult.WithLocation(0)</c> (a primary or an additional
/// location). Markup nests.
/// </summary>
public static class TestMarkup
{
    public static (string Source, IReadOnlyList<MarkedSpan> Spans) Parse(string markup)
    {
        var parsed = ParseAll(markup);
        return (parsed.Source, parsed.Spans);
    }

    public static ParsedMarkup ParseAll(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        var locations = ImmutableDictionary.CreateBuilder<int, TextSpan>();
        var open = new Stack<(string Close, string? Name, int Start, int MarkupOffset)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (Starts(markup, i, "[|"))
            {
                open.Push(("|]", null, source.Length, i));
                i += 2;
            }
            else if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                var nextBar = markup.IndexOf('|', i + 2);
                if (colon < 0 || (nextBar >= 0 && nextBar < colon) || colon == i + 2)
                {
                    throw new FormatException($"Malformed '{{|ID:text|}}' at offset {i}.");
                }

                open.Push(("|}", markup.Substring(i + 2, colon - i - 2), source.Length, i));
                i = colon + 1;
            }
            else if (Starts(markup, i, "|]") || Starts(markup, i, "|}"))
            {
                var close = markup.Substring(i, 2);
                if (open.Count == 0 || open.Peek().Close != close)
                {
                    throw new FormatException($"Unmatched '{close}' at offset {i}.");
                }

                var (_, name, start, _) = open.Pop();
                var span = TextSpan.FromBounds(start, source.Length);
                if (name is not null && name.StartsWith('#'))
                {
                    if (!int.TryParse(name.AsSpan(1), out var key) || locations.ContainsKey(key))
                    {
                        throw new FormatException($"Location '{name}' is not a number or is marked twice.");
                    }

                    locations.Add(key, span);
                }
                else
                {
                    spans.Add(new MarkedSpan(name, span));
                }

                i += 2;
            }
            else
            {
                source.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            var (close, _, _, offset) = open.Peek();
            throw new FormatException($"Unclosed markup at offset {offset} (expected '{close}').");
        }

        spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return new ParsedMarkup(source.ToString(), spans, locations.ToImmutable());
    }

    private static bool Starts(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
