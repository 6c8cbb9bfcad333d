using System;
using System.IO;
using System.Text;
using System.Xml;

namespace PrivacyAnalyzers.Export;

/// <summary>
/// XML 1.0 export, UTF-8 without a byte-order mark, indented. Document:
/// <c>&lt;personalData subject="Customer" type="Shop.Customer" scope="Access"&gt;</c> with one element per member named
/// after it (<see cref="XmlConvert.EncodeLocalName"/> when the name is not a valid XML name), its category in a
/// <c>category</c> attribute; items of a collection are <c>&lt;item&gt;</c> elements; a null value is an empty element with
/// <c>null="true"</c>. Stays well-formed for any string: characters XML 1.0 does not allow (control characters other than
/// tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) are replaced by U+FFFD, and CR is written as <c>&amp;#xD;</c> so
/// that it survives parsing.
/// </summary>
public sealed class XmlPersonalDataWriter : PersonalDataWriter
{
    private const string ItemName = "item";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = true,
        CloseOutput = false,
    };

    private readonly XmlWriter _writer;

    /// <summary>Creates the writer over <paramref name="stream"/> (left open).</summary>
    public XmlPersonalDataWriter(Stream stream, ExportScope scope)
        : base(scope)
    {
        _writer = XmlWriter.Create(stream ?? throw new ArgumentNullException(nameof(stream)), Settings);
    }

    /// <inheritdoc/>
    public override void WriteStartSubject(string subject, string type)
    {
        _writer.WriteStartDocument();
        _writer.WriteStartElement("personalData");
        _writer.WriteAttributeString("subject", TextSanitizer.ForXml(subject));
        _writer.WriteAttributeString("type", TextSanitizer.ForXml(type));
        _writer.WriteAttributeString("scope", Scope == ExportScope.Access ? "Access" : "Portability");
    }

    /// <inheritdoc/>
    public override void WriteEndSubject()
    {
        _writer.WriteEndElement();
        _writer.WriteEndDocument();
    }

    /// <inheritdoc/>
    public override void WriteStartObject(string? name) => _writer.WriteStartElement(ElementName(name));

    /// <inheritdoc/>
    public override void WriteEndObject() => _writer.WriteEndElement();

    /// <inheritdoc/>
    public override void WriteStartCollection(string? name) => _writer.WriteStartElement(ElementName(name));

    /// <inheritdoc/>
    public override void WriteEndCollection() => _writer.WriteEndElement();

    /// <inheritdoc/>
    public override void WriteString(string? name, string? category, string? value)
    {
        if (value is null)
        {
            WriteNull(name, category);
            return;
        }

        WriteValue(name, category, TextSanitizer.ForXml(value));
    }

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, long value) => WriteValue(name, category, NumberText.Of(value));

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, ulong value) => WriteValue(name, category, NumberText.Of(value));

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, float value) => WriteValue(name, category, NumberText.Of(value));

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, double value) => WriteValue(name, category, NumberText.Of(value));

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, decimal value) => WriteValue(name, category, NumberText.Of(value));

    /// <inheritdoc/>
    public override void WriteBoolean(string? name, string? category, bool value) => WriteValue(name, category, NumberText.Of(value));

    /// <inheritdoc/>
    public override void WriteNull(string? name, string? category)
    {
        _writer.WriteStartElement(ElementName(name));
        WriteCategory(category);
        _writer.WriteAttributeString("null", "true");
        _writer.WriteEndElement();
    }

    /// <inheritdoc/>
    /// <remarks>Written as an empty element with an <c>omitted</c> attribute: <c>&lt;Referrer omitted="another data subject (Customer): not part of this export" /&gt;</c>.</remarks>
    public override void WriteOmitted(string? name, string? category, OmissionReason reason, string? detail)
    {
        _writer.WriteStartElement(ElementName(name));
        WriteCategory(category);
        _writer.WriteAttributeString("omitted", TextSanitizer.ForXml(Describe(reason, detail)));
        _writer.WriteEndElement();
    }

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

    private void WriteValue(string? name, string? category, string text)
    {
        _writer.WriteStartElement(ElementName(name));
        WriteCategory(category);
        _writer.WriteString(text);
        _writer.WriteEndElement();
    }

    private void WriteCategory(string? category)
    {
        if (category is not null)
        {
            _writer.WriteAttributeString("category", TextSanitizer.ForXml(category));
        }
    }

    private static string ElementName(string? name) => name is null ? ItemName : XmlConvert.EncodeLocalName(name)!;
}
