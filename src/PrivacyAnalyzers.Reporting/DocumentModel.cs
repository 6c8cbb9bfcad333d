using System.Collections.Generic;

namespace PrivacyAnalyzers.Reporting;

/// <summary>A run of text, bold or plain; the writers escape it for their format.</summary>
internal readonly struct Run
{
    public Run(string text, bool strong = false)
    {
        Text = text;
        Strong = strong;
    }

    public string Text { get; }

    public bool Strong { get; }

    public static implicit operator Run(string text) => new(text);
}

/// <summary>A block of a rendered document: heading, paragraph, bulleted list, table or a note for the reviewer.</summary>
internal abstract class Block
{
}

internal sealed class Heading : Block
{
    public Heading(int level, string text)
    {
        Level = level;
        Text = text;
    }

    public int Level { get; }

    public string Text { get; }
}

internal sealed class Paragraph : Block
{
    public Paragraph(params Run[] runs) => Runs = runs;

    public Paragraph(IReadOnlyList<Run> runs) => Runs = runs;

    public IReadOnlyList<Run> Runs { get; }
}

internal sealed class BulletList : Block
{
    public BulletList(IReadOnlyList<IReadOnlyList<Run>> items) => Items = items;

    public IReadOnlyList<IReadOnlyList<Run>> Items { get; }
}

internal sealed class Table : Block
{
    public Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
}

/// <summary>A comment for whoever maintains the file (Markdown/HTML comment), not part of the reader's text.</summary>
internal sealed class Comment : Block
{
    public Comment(string text) => Text = text;

    public string Text { get; }
}

/// <summary>A rendered document: title, language and blocks.</summary>
internal sealed class Document
{
    public Document(string title, ReportLanguage language, IReadOnlyList<Block> blocks)
    {
        Title = title;
        Language = language;
        Blocks = blocks;
    }

    public string Title { get; }

    public ReportLanguage Language { get; }

    public IReadOnlyList<Block> Blocks { get; }
}
