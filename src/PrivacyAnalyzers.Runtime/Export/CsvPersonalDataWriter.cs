using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PrivacyAnalyzers.Formats;

namespace PrivacyAnalyzers.Export;

/// <summary>
/// CSV export per RFC 4180: UTF-8 with a byte-order mark (so spreadsheet programs read diacritics), CRLF after every
/// record, a header <c>path,category,value</c>, then one record per field. The path names the field from the subject
/// down (<c>Orders[0].Lines[2].Sku</c>; dictionary entries are items with <c>Key</c> and <c>Value</c>). Cells are written by
/// <see cref="CsvField"/> (quoted when they hold a comma, a double quote, CR or LF; a text cell that starts with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a leading apostrophe, so that a spreadsheet shows it as text instead of
/// running it as a formula); numbers are written as they are. A null value and an empty string are both an empty
/// cell; objects and collections write no record of their own. A value the export names without writing it (another
/// data subject, a withheld credential, data nested too deep: <see cref="OmissionReason"/>) is a record whose value is
/// the reason in parentheses, <c>(another data subject (Customer): not part of this export)</c>. Paths have at most
/// <see cref="PersonalDataWriter.MaxDepth"/> segments, since nothing deeper is written.
/// </summary>
public sealed class CsvPersonalDataWriter : PersonalDataWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private readonly TextWriter _writer;
    private readonly List<Frame> _frames = new();

    /// <summary>Creates the writer over <paramref name="stream"/> (left open).</summary>
    public CsvPersonalDataWriter(Stream stream, ExportScope scope)
        : base(scope)
    {
        _writer = new StreamWriter(stream ?? throw new ArgumentNullException(nameof(stream)), Utf8WithBom, 1024, leaveOpen: true);
    }

    /// <inheritdoc/>
    public override void WriteStartSubject(string subject, string type)
    {
        _writer.Write("path,category,value\r\n");
        _frames.Clear();
        _frames.Add(new Frame(string.Empty, isCollection: false));
    }

    /// <inheritdoc/>
    public override void WriteEndSubject() => _frames.Clear();

    /// <inheritdoc/>
    public override void WriteStartObject(string? name) => _frames.Add(new Frame(PathOf(name), isCollection: false));

    /// <inheritdoc/>
    public override void WriteEndObject() => Pop();

    /// <inheritdoc/>
    public override void WriteStartCollection(string? name) => _frames.Add(new Frame(PathOf(name), isCollection: true));

    /// <inheritdoc/>
    public override void WriteEndCollection() => Pop();

    /// <inheritdoc/>
    public override void WriteString(string? name, string? category, string? value) => WriteRecord(name, category, value ?? string.Empty, neutralise: true);

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, long value) => WriteRecord(name, category, NumberText.Of(value), neutralise: false);

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, ulong value) => WriteRecord(name, category, NumberText.Of(value), neutralise: false);

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, float value) => WriteRecord(name, category, NumberText.Of(value), neutralise: false);

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, double value) => WriteRecord(name, category, NumberText.Of(value), neutralise: false);

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, decimal value) => WriteRecord(name, category, NumberText.Of(value), neutralise: false);

    /// <inheritdoc/>
    public override void WriteBoolean(string? name, string? category, bool value) => WriteRecord(name, category, NumberText.Of(value), neutralise: false);

    /// <inheritdoc/>
    public override void WriteNull(string? name, string? category) => WriteRecord(name, category, string.Empty, neutralise: false);

    /// <inheritdoc/>
    public override void Flush() => _writer.Flush();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _writer.Dispose();
        }
    }

    private void WriteRecord(string? name, string? category, string value, bool neutralise)
    {
        WriteCell(PathOf(name), neutralise: true);
        _writer.Write(',');
        WriteCell(category ?? string.Empty, neutralise: true);
        _writer.Write(',');
        WriteCell(value, neutralise);
        _writer.Write("\r\n");
    }

    private void WriteCell(string cell, bool neutralise) => CsvField.Write(_writer, cell, neutralise);

    private string PathOf(string? name)
    {
        if (_frames.Count == 0)
        {
            throw new InvalidOperationException("WriteStartSubject was not called.");
        }

        var parent = _frames[_frames.Count - 1];
        if (name is null)
        {
            var index = parent.NextIndex++;
            _frames[_frames.Count - 1] = parent;
            return parent.Path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        }

        return parent.Path.Length == 0 ? name : parent.Path + "." + name;
    }

    private void Pop()
    {
        if (_frames.Count <= 1)
        {
            throw new InvalidOperationException("No object or collection to end.");
        }

        _frames.RemoveAt(_frames.Count - 1);
    }

    private struct Frame
    {
        public Frame(string path, bool isCollection)
        {
            Path = path;
            IsCollection = isCollection;
            NextIndex = 0;
        }

        public string Path { get; }

        public bool IsCollection { get; }

        public int NextIndex { get; set; }
    }
}
