using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PrivacyAnalyzers.Export;

/// <summary>
/// JSON export through <see cref="Utf8JsonWriter"/>, indented, UTF-8 without a byte-order mark. Non-ASCII text is
/// written as UTF-8 (not <c>\u</c>-escaped) so that names with diacritics stay readable; quotes, backslashes and control
/// characters are escaped as JSON requires. Document:
/// <c>{"subject": "Customer", "type": "Shop.Customer", "scope": "Access", "data": {…}}</c>.
/// NaN and infinities are written as strings; lone surrogates become U+FFFD (Utf8JsonWriter replaces them).
/// </summary>
public sealed class JsonPersonalDataWriter : PersonalDataWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    private readonly PooledBufferWriter _buffer;
    private readonly Utf8JsonWriter _writer;

    /// <summary>Creates the writer over <paramref name="stream"/> (left open).</summary>
    public JsonPersonalDataWriter(Stream stream, ExportScope scope)
        : base(scope)
    {
        _buffer = new PooledBufferWriter(stream ?? throw new ArgumentNullException(nameof(stream)));
        _writer = new Utf8JsonWriter(_buffer, Options);
    }

    /// <inheritdoc/>
    public override void WriteStartSubject(string subject, string type)
    {
        _writer.WriteStartObject();
        _writer.WriteString("subject", subject);
        _writer.WriteString("type", type);
        _writer.WriteString("scope", Scope == ExportScope.Access ? "Access" : "Portability");
        _writer.WriteStartObject("data");
    }

    /// <inheritdoc/>
    public override void WriteEndSubject()
    {
        _writer.WriteEndObject();
        _writer.WriteEndObject();
    }

    /// <inheritdoc/>
    public override void WriteStartObject(string? name)
    {
        if (name is null)
        {
            _writer.WriteStartObject();
        }
        else
        {
            _writer.WriteStartObject(name);
        }
    }

    /// <inheritdoc/>
    public override void WriteEndObject() => _writer.WriteEndObject();

    /// <inheritdoc/>
    public override void WriteStartCollection(string? name)
    {
        if (name is null)
        {
            _writer.WriteStartArray();
        }
        else
        {
            _writer.WriteStartArray(name);
        }
    }

    /// <inheritdoc/>
    public override void WriteEndCollection() => _writer.WriteEndArray();

    /// <inheritdoc/>
    public override void WriteString(string? name, string? category, string? value)
    {
        if (value is null)
        {
            WriteNull(name, category);
            return;
        }

        if (name is null)
        {
            _writer.WriteStringValue(value);
        }
        else
        {
            _writer.WriteString(name, value);
        }
    }

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, long value)
    {
        if (name is null)
        {
            _writer.WriteNumberValue(value);
        }
        else
        {
            _writer.WriteNumber(name, value);
        }
    }

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, ulong value)
    {
        if (name is null)
        {
            _writer.WriteNumberValue(value);
        }
        else
        {
            _writer.WriteNumber(name, value);
        }
    }

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, float value)
    {
        if (float.IsNaN(value) || float.IsInfinity(value))
        {
            WriteString(name, category, NumberText.Of(value));
        }
        else if (name is null)
        {
            _writer.WriteNumberValue(value);
        }
        else
        {
            _writer.WriteNumber(name, value);
        }
    }

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            WriteString(name, category, NumberText.Of(value));
        }
        else if (name is null)
        {
            _writer.WriteNumberValue(value);
        }
        else
        {
            _writer.WriteNumber(name, value);
        }
    }

    /// <inheritdoc/>
    public override void WriteNumber(string? name, string? category, decimal value)
    {
        if (name is null)
        {
            _writer.WriteNumberValue(value);
        }
        else
        {
            _writer.WriteNumber(name, value);
        }
    }

    /// <inheritdoc/>
    public override void WriteBoolean(string? name, string? category, bool value)
    {
        if (name is null)
        {
            _writer.WriteBooleanValue(value);
        }
        else
        {
            _writer.WriteBoolean(name, value);
        }
    }

    /// <inheritdoc/>
    public override void WriteNull(string? name, string? category)
    {
        if (name is null)
        {
            _writer.WriteNullValue();
        }
        else
        {
            _writer.WriteNull(name);
        }
    }

    /// <inheritdoc/>
    /// <remarks>Written as an object with one property, <c>{"$omitted": "another data subject (Customer): not part of this export"}</c>.</remarks>
    public override void WriteOmitted(string? name, string? category, OmissionReason reason, string? detail)
    {
        if (name is null)
        {
            _writer.WriteStartObject();
        }
        else
        {
            _writer.WriteStartObject(name);
        }

        _writer.WriteString("$omitted", Describe(reason, detail));
        _writer.WriteEndObject();
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        _writer.Flush();
        _buffer.FlushToStream();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _writer.Dispose();
            _buffer.Dispose();
        }
    }
}
