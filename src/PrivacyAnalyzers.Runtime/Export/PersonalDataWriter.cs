using System;
using System.IO;

namespace PrivacyAnalyzers.Export;

/// <summary>
/// Writes one data subject's personal data, streaming, in one format. The generated exporters call it; support code
/// normally calls a generated <c>{Type}PrivacyExporter.Export(subject, stream, format, scope)</c> instead.
/// <para>
/// Call order: <see cref="WriteStartSubject"/>, then fields, objects and collections (nested freely), then
/// <see cref="WriteEndSubject"/>. Inside a collection, names are null. Disposing flushes the writer; it never closes
/// the stream.
/// </para>
/// </summary>
public abstract class PersonalDataWriter : IDisposable
{
    private readonly ReferenceSet _written = new();
    private bool _disposed;

    /// <summary>Creates a writer for one scope.</summary>
    protected PersonalDataWriter(ExportScope scope)
    {
        Scope = scope;
    }

    /// <summary>The scope of the export; generated code writes a non-portable member only when it is <see cref="ExportScope.Access"/>.</summary>
    public ExportScope Scope { get; }

    /// <summary>Creates the writer of <paramref name="format"/> over <paramref name="stream"/> (left open).</summary>
    public static PersonalDataWriter Create(Stream stream, ExportFormat format, ExportScope scope)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        return format switch
        {
            ExportFormat.Json => new JsonPersonalDataWriter(stream, scope),
            ExportFormat.Csv => new CsvPersonalDataWriter(stream, scope),
            ExportFormat.Xml => new XmlPersonalDataWriter(stream, scope),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
    }

    /// <summary>
    /// Records that <paramref name="value"/> is being written. False when this export already wrote it (a cycle such as
    /// an order pointing back to its customer, or the same object reached twice): the caller then skips it, so every
    /// object appears at most once and the export always ends.
    /// </summary>
    public bool TryEnter(object value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return _written.Add(value);
    }

    /// <summary>Starts the document: the kind of data subject (<c>Customer</c>) and its type's full name.</summary>
    public abstract void WriteStartSubject(string subject, string type);

    /// <summary>Ends the document.</summary>
    public abstract void WriteEndSubject();

    /// <summary>Starts a nested object (a member whose type holds personal data, or an item of a collection when <paramref name="name"/> is null).</summary>
    public abstract void WriteStartObject(string? name);

    /// <summary>Ends the innermost object.</summary>
    public abstract void WriteEndObject();

    /// <summary>Starts a collection (a member, or an item of a collection when <paramref name="name"/> is null).</summary>
    public abstract void WriteStartCollection(string? name);

    /// <summary>Ends the innermost collection.</summary>
    public abstract void WriteEndCollection();

    /// <summary>Writes a text value (null writes a null).</summary>
    public abstract void WriteString(string? name, string? category, string? value);

    /// <summary>Writes an integer.</summary>
    public abstract void WriteNumber(string? name, string? category, long value);

    /// <summary>Writes an unsigned integer.</summary>
    public abstract void WriteNumber(string? name, string? category, ulong value);

    /// <summary>Writes a single-precision number (NaN and infinities as text).</summary>
    public abstract void WriteNumber(string? name, string? category, float value);

    /// <summary>Writes a double-precision number (NaN and infinities as text).</summary>
    public abstract void WriteNumber(string? name, string? category, double value);

    /// <summary>Writes a decimal number.</summary>
    public abstract void WriteNumber(string? name, string? category, decimal value);

    /// <summary>Writes a boolean.</summary>
    public abstract void WriteBoolean(string? name, string? category, bool value);

    /// <summary>Writes a null value (a null member, a null item, or a null nested object or collection).</summary>
    public abstract void WriteNull(string? name, string? category);

    /// <summary>Writes buffered output to the stream.</summary>
    public abstract void Flush();

    /// <summary>Flushes the writer (the stream stays open).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Flushes and releases the writer's buffers.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (!_disposed && disposing)
        {
            Flush();
        }

        _disposed = true;
    }
}
