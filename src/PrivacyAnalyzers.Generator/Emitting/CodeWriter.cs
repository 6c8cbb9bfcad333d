using System.Text;

namespace PrivacyAnalyzers.Generator.Emitting;

/// <summary>Indented C# text with LF line endings (the same bytes on every machine).</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>
    /// A line of <paramref name="prefix"/>, <paramref name="text"/> as a verbatim literal (<c>@"…"</c>, quotes doubled) and
    /// <paramref name="suffix"/>, written straight into the output: the inventory's JSON is over half a megabyte, and
    /// building the literal, then the line, as strings first copied it twice more.
    /// </summary>
    public CodeWriter VerbatimLine(string prefix, string text, string suffix)
    {
        _builder.EnsureCapacity(_builder.Length + (_indent * 4) + prefix.Length + text.Length + (text.Length / 8) + suffix.Length + 4);
        _builder.Append(' ', _indent * 4).Append(prefix).Append("@\"");
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                _builder.Append(text, start, i + 1 - start).Append('"');
                start = i + 1;
            }
        }

        _builder.Append(text, start, text.Length - start).Append('"').Append(suffix).Append('\n');
        return this;
    }

    public CodeWriter Open(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
