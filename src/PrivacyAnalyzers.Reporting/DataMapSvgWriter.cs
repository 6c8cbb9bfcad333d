using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// Draws a <see cref="DataMap"/> as one inline SVG element: no script, no external font, image or style sheet, so the
/// page prints and works offline. Texts are real <c>&lt;text&gt;</c> elements (selectable, found by the browser's search);
/// each box carries its full text in a <c>&lt;title&gt;</c> (a tooltip), so a label wrapped to its box's lines and cut
/// with "…" is never lost. The layout is computed from the content: each column is as wide as its longest label
/// needs, up to a limit, and labels wrap within it; each data subject is a band as tall as its longest column; each
/// recipient sits beside the purposes that lead to it. Widths are estimated from per-character advances of Arial
/// (Liberation Sans, metric-compatible, on Linux) with a margin for wider fallback fonts. All numbers are written
/// with the invariant culture.
/// </summary>
public static class DataMapSvgWriter
{
    /// <summary>The size of the labels, in pixels.</summary>
    public const double FontSize = 12;

    /// <summary>The size of the second lines (legal basis, country), in pixels.</summary>
    public const double DetailFontSize = 11;
    private const double LineHeight = 15;
    private const double DetailLineHeight = 14;
    private const double PadX = 8;
    private const double PadY = 6;
    private const double NodeGap = 6;
    private const double BandGap = 18;
    private const double ColumnGap = 48;
    private const double Margin = 8;
    private const double HeaderHeight = 28;
    private const double MinColumnWidth = 110;
    private const int MaxLabelLines = 3;
    private const int MaxDetailLines = 3;

    /// <summary>The widest each column may become (data subjects, categories, purposes, recipients).</summary>
    internal static readonly double[] MaxColumnWidths = { 150, 180, 280, 260 };

    private static readonly string[] Palette = { "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2" };

    private static readonly string[] Fills = { "#e8f0fe", "#eef7ee", "#ffffff", "#f4effc" };

    /// <summary>The map as a <c>&lt;figure&gt;</c> holding one <c>&lt;svg&gt;</c>, for an HTML page.</summary>
    public static string Write(DataMap map)
    {
        if (map is null)
        {
            throw new ArgumentNullException(nameof(map));
        }

        var layout = Layout(map);
        var builder = new StringBuilder();
        builder.Append("<figure class=\"data-map\" style=\"margin:1.5rem 0;break-inside:avoid\">\n");
        builder.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"privacy-data-map-title privacy-data-map-desc\"")
            .Append(" viewBox=\"0 0 ").Append(F(layout.Width)).Append(' ').Append(F(layout.Height)).Append('"')
            .Append(" width=\"").Append(F(layout.Width)).Append("\" height=\"").Append(F(layout.Height)).Append('"')
            .Append(" style=\"max-width:100%;height:auto;display:block\"")
            .Append(" font-family=\"Arial,'Liberation Sans',Helvetica,sans-serif\" font-size=\"").Append(F(FontSize)).Append("\">\n");
        builder.Append("<title id=\"privacy-data-map-title\">").Append(X(map.Title)).Append("</title>\n");
        builder.Append("<desc id=\"privacy-data-map-desc\">").Append(X(map.Description)).Append("</desc>\n");

        builder.Append("<g fill=\"none\" stroke-width=\"1.2\" stroke-opacity=\"0.5\">\n");
        foreach (var edge in map.Edges)
        {
            var from = layout.Boxes[edge.From];
            var to = layout.Boxes[edge.To];
            double x1 = from.X + from.Width, y1 = from.Y + (from.Height / 2), x2 = to.X, y2 = to.Y + (to.Height / 2);
            var middle = (x1 + x2) / 2;
            builder.Append("<path d=\"M").Append(F(x1)).Append(' ').Append(F(y1))
                .Append(" C").Append(F(middle)).Append(' ').Append(F(y1)).Append(' ').Append(F(middle)).Append(' ').Append(F(y2)).Append(' ').Append(F(x2)).Append(' ').Append(F(y2))
                .Append("\" stroke=\"").Append(Palette[Math.Max(0, edge.Group) % Palette.Length]).Append("\"/>\n");
        }

        builder.Append("</g>\n");

        for (var column = 0; column < 4; column++)
        {
            builder.Append("<text x=\"").Append(F(layout.ColumnX[column])).Append("\" y=\"").Append(F(Margin + 14))
                .Append("\" font-weight=\"bold\" fill=\"#333\">").Append(X(map.ColumnTitles[column])).Append("</text>\n");
        }

        foreach (var node in map.Nodes)
        {
            var box = layout.Boxes[node.Id];
            builder.Append("<g>");
            builder.Append("<title>").Append(X(node.FullText)).Append("</title>");
            builder.Append("<rect x=\"").Append(F(box.X)).Append("\" y=\"").Append(F(box.Y)).Append("\" width=\"").Append(F(box.Width)).Append("\" height=\"").Append(F(box.Height))
                .Append("\" rx=\"5\"");
            if (node.ToComplete)
            {
                builder.Append(" fill=\"#fff4e0\" stroke=\"#b26a00\" stroke-dasharray=\"4 3\"");
            }
            else
            {
                builder.Append(" fill=\"").Append(Fills[(int)node.Column]).Append("\" stroke=\"#8a8a8a\"");
            }

            builder.Append("/>");
            var y = box.Y + PadY;
            var textX = F(box.X + PadX);
            builder.Append("<text fill=\"#1a1a1a\"");
            if (node.Column == DataMapColumn.DataSubject)
            {
                builder.Append(" font-weight=\"bold\"");
            }

            builder.Append('>');
            foreach (var line in box.Label)
            {
                y += LineHeight;
                builder.Append("<tspan x=\"").Append(textX).Append("\" y=\"").Append(F(y - 3.5)).Append("\">").Append(X(line)).Append("</tspan>");
            }

            foreach (var line in box.Detail)
            {
                y += DetailLineHeight;
                builder.Append("<tspan x=\"").Append(textX).Append("\" y=\"").Append(F(y - 3.5)).Append("\" font-size=\"").Append(F(DetailFontSize)).Append("\" fill=\"#4a4a4a\">").Append(X(line)).Append("</tspan>");
            }

            builder.Append("</text></g>\n");
        }

        builder.Append("</svg>\n</figure>\n");
        return builder.ToString();
    }

    internal sealed class Box
    {
        public Box(IReadOnlyList<string> label, IReadOnlyList<string> detail, double width)
        {
            Label = label;
            Detail = detail;
            Width = width;
            Height = (PadY * 2) + (label.Count * LineHeight) + (detail.Count * DetailLineHeight);
        }

        public IReadOnlyList<string> Label { get; }

        public IReadOnlyList<string> Detail { get; }

        public double X { get; set; }

        public double Y { get; set; }

        public double Width { get; }

        public double Height { get; }
    }

    internal sealed class MapLayout
    {
        public MapLayout(Dictionary<string, Box> boxes, double[] columnX, double[] columnWidths, double width, double height)
        {
            Boxes = boxes;
            ColumnX = columnX;
            ColumnWidths = columnWidths;
            Width = width;
            Height = height;
        }

        public Dictionary<string, Box> Boxes { get; }

        public double[] ColumnX { get; }

        public double[] ColumnWidths { get; }

        public double Width { get; }

        public double Height { get; }
    }

    internal static MapLayout Layout(DataMap map)
    {
        // Column widths from the content: the widest label, detail or column title, within [MinColumnWidth, max].
        var widths = new double[4];
        for (var column = 0; column < 4; column++)
        {
            var natural = TextWidth(map.ColumnTitles[column], FontSize, bold: true);
            foreach (var node in map.Nodes.Where(n => (int)n.Column == column))
            {
                natural = Math.Max(natural, TextWidth(node.Label, FontSize, node.Column == DataMapColumn.DataSubject) + (2 * PadX));
                if (node.Detail is not null)
                {
                    natural = Math.Max(natural, TextWidth(node.Detail, DetailFontSize, bold: false) + (2 * PadX));
                }
            }

            widths[column] = Math.Ceiling(Math.Min(MaxColumnWidths[column], Math.Max(MinColumnWidth, natural)));
        }

        var columnX = new double[4];
        columnX[0] = Margin;
        for (var column = 1; column < 4; column++)
        {
            columnX[column] = columnX[column - 1] + widths[column - 1] + ColumnGap;
        }

        var boxes = new Dictionary<string, Box>(StringComparer.Ordinal);
        foreach (var node in map.Nodes)
        {
            var column = (int)node.Column;
            var inner = widths[column] - (2 * PadX);
            var label = Wrap(node.Label, inner, MaxLabelLines, FontSize, node.Column == DataMapColumn.DataSubject);
            var detail = node.Detail is null ? Array.Empty<string>() : Wrap(node.Detail, inner, MaxDetailLines, DetailFontSize, bold: false);
            boxes.Add(node.Id, new Box(label, detail, widths[column]) { X = columnX[column] });
        }

        // One band per data subject: its categories and purposes stacked and centred beside it.
        var top = Margin + HeaderHeight;
        var y = top;
        foreach (var group in map.Nodes.Where(n => n.Group >= 0).GroupBy(n => n.Group).OrderBy(g => g.Key))
        {
            var stacks = new List<List<Box>>();
            for (var column = 0; column < 3; column++)
            {
                stacks.Add(group.Where(n => (int)n.Column == column).Select(n => boxes[n.Id]).ToList());
            }

            var bandHeight = stacks.Max(StackHeight);
            foreach (var stack in stacks)
            {
                var cursor = y + ((bandHeight - StackHeight(stack)) / 2);
                foreach (var box in stack)
                {
                    box.Y = cursor;
                    cursor += box.Height + NodeGap;
                }
            }

            y += bandHeight + BandGap;
        }

        var contentBottom = Math.Max(top, y - BandGap);

        // Recipients beside the purposes that lead to them (the mean height of their sources), in that order, without overlap.
        var recipients = map.Nodes.Where(n => n.Column == DataMapColumn.Recipient).Select((n, index) => (Node: n, Index: index)).ToList();
        var wanted = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (node, _) in recipients)
        {
            var sources = map.Edges.Where(e => e.To == node.Id).Select(e => boxes[e.From]).ToList();
            wanted[node.Id] = sources.Count == 0 ? top : sources.Average(b => b.Y + (b.Height / 2));
        }

        var ordered = recipients.OrderBy(r => wanted[r.Node.Id]).ThenBy(r => r.Index).Select(r => r.Node).ToList();
        var previousBottom = top - NodeGap;
        foreach (var node in ordered)
        {
            var box = boxes[node.Id];
            box.Y = Math.Max(wanted[node.Id] - (box.Height / 2), previousBottom + NodeGap);
            previousBottom = box.Y + box.Height;
        }

        // Pushed below the bands: move the stack back up as far as the top allows.
        var limit = Math.Max(contentBottom, top + StackHeight(ordered.Select(n => boxes[n.Id]).ToList()));
        for (var i = ordered.Count - 1; i >= 0; i--)
        {
            var box = boxes[ordered[i].Id];
            if (box.Y + box.Height > limit)
            {
                box.Y = limit - box.Height;
            }

            limit = box.Y - NodeGap;
        }

        var bottom = contentBottom;
        previousBottom = top - NodeGap;
        foreach (var node in ordered)
        {
            var box = boxes[node.Id];
            box.Y = Math.Max(box.Y, Math.Max(top, previousBottom + NodeGap));
            previousBottom = box.Y + box.Height;
            bottom = Math.Max(bottom, previousBottom);
        }

        var width = columnX[3] + widths[3] + Margin;
        return new MapLayout(boxes, columnX, widths, Math.Ceiling(width), Math.Ceiling(bottom + Margin));
    }

    private static double StackHeight(List<Box> stack) => stack.Count == 0 ? 0 : stack.Sum(b => b.Height) + (NodeGap * (stack.Count - 1));

    /// <summary>
    /// The text in lines no wider than <paramref name="width"/>, broken between words (a word too long for a line is
    /// broken inside); more than <paramref name="maxLines"/> lines end the last one with "…".
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double width, int maxLines, double size, bool bold)
    {
        var lines = new List<string>();
        var words = new Queue<string>(DataMap.Clean(text).Split(' ').Where(w => w.Length > 0));
        var line = string.Empty;
        while (words.Count > 0)
        {
            var word = words.Peek();
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (TextWidth(candidate, size, bold) <= width)
            {
                line = candidate;
                words.Dequeue();
                continue;
            }

            if (line.Length == 0)
            {
                // A word wider than the line: as many characters as fit, the rest on the next line.
                var cut = 1;
                while (cut < word.Length && TextWidth(word.Substring(0, cut + 1), size, bold) <= width)
                {
                    cut++;
                }

                line = word.Substring(0, cut);
                words.Dequeue();
                var rest = word.Substring(cut);
                var remaining = words.ToList();
                words.Clear();
                words.Enqueue(rest);
                foreach (var w in remaining)
                {
                    words.Enqueue(w);
                }
            }

            lines.Add(line);
            line = string.Empty;
            if (lines.Count == maxLines)
            {
                break;
            }
        }

        if (line.Length > 0 && lines.Count < maxLines)
        {
            lines.Add(line);
        }
        else if (words.Count > 0 || line.Length > 0)
        {
            // Cut: the last line ends with an ellipsis that fits.
            var last = lines[lines.Count - 1];
            while (last.Length > 0 && TextWidth(last + "…", size, bold) > width)
            {
                last = last.Substring(0, last.Length - 1);
            }

            lines[lines.Count - 1] = last.TrimEnd(' ', ',', ';', ':') + "…";
        }

        if (lines.Count == 0)
        {
            lines.Add(string.Empty);
        }

        return lines;
    }

    /// <summary>
    /// The estimated width of a text in pixels: Arial's advance widths (per mille of the em) by character class, 8 %
    /// 5 % more as a margin for a fallback font, 7 % more in bold.
    /// </summary>
    public static double TextWidth(string text, double size, bool bold)
    {
        double total = 0;
        foreach (var c in text)
        {
            total += Advance(c);
        }

        return total / 1000 * size * 1.05 * (bold ? 1.07 : 1.0);
    }

    private static double Advance(char c)
    {
        switch (c)
        {
            case 'i':
            case 'j':
            case 'l':
            case 'î':
            case 'ì':
            case 'í':
            case '.':
            case ',':
            case ':':
            case ';':
            case '\'':
            case '|':
            case '!':
                return 278;
            case 'I':
            case 'f':
            case 't':
            case 'ț':
            case 'ţ':
            case ' ':
            case '/':
            case '\\':
            case '(':
            case ')':
            case '[':
            case ']':
            case '-':
                return 333;
            case 'r':
                return 390;
            case 'm':
            case 'M':
                return 833;
            case 'w':
                return 722;
            case 'W':
                return 944;
            case '—':
            case '…':
                return 1000;
            case '@':
                return 1015;
            case '"':
                return 355;
        }

        if (char.IsDigit(c))
        {
            return 556;
        }

        if (char.IsUpper(c))
        {
            return 722;
        }

        return c < 128 || char.IsLetter(c) ? 556 : 1000;
    }

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string X(string text) => HtmlWriter.Escape(DataMap.Clean(text));
}
