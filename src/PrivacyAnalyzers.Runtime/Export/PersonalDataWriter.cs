using System;
using System.Diagnostics.CodeAnalysis;
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
/// <para>
/// The overloads for values that may be missing (<c>WriteNumber(…, long?)</c>, <see cref="WriteBoolean(string?, string?, bool?)"/>,
/// <see cref="WriteBytes"/>, <see cref="TryStartObjectOrNull"/>, <see cref="TryStartCollectionOrNull"/>) write a null
/// through <see cref="WriteNull"/> when there is no value, and otherwise call the abstract method: they are shared code
/// for the generated exporters (one call instead of a null check in every exporter), not extension points.
/// </para>
/// </summary>
public abstract class PersonalDataWriter : IDisposable
{
    /// <summary>
    /// How many objects and collections may be open at once. Data nested deeper is not written; a
    /// <see cref="OmissionReason.TooDeep"/> record says where it was left out. The limit keeps every export finite in
    /// stack, size and path length, whatever the data (a chain of thousands of replies, a linked list). 32 levels of
    /// objects and collections are far more than an entity model nests, and keep a JSON export (two levels of envelope
    /// around the data) within the default depth of common readers (System.Text.Json's 64).
    /// </summary>
    public const int MaxDepth = 32;

    private readonly ReferenceSet _written = new();
    private object? _subject;
    private int _depth;
    private bool _disposed;

    /// <summary>Creates a writer for one scope.</summary>
    protected PersonalDataWriter(ExportScope scope)
    {
        Scope = scope;
    }

    /// <summary>The scope of the export; generated code writes a non-portable member only when it is <see cref="ExportScope.Access"/>.</summary>
    public ExportScope Scope { get; }

    /// <summary>
    /// Whether the scope is <see cref="ExportScope.Access"/>: generated exporters write the members that a portability
    /// export leaves out only when it is true.
    /// </summary>
    public bool IsAccess => Scope == ExportScope.Access;

    /// <summary>
    /// What a generated <c>Export(subject, stream, format, scope)</c> does before it writes: checks
    /// <paramref name="subject"/> (an <see cref="ArgumentNullException"/> naming <c>subject</c>, before the stream is
    /// checked) and <see cref="Create"/>s the writer. Shared code for the generated exporters.
    /// </summary>
    public static PersonalDataWriter CreateFor(object? subject, Stream stream, ExportFormat format, ExportScope scope)
    {
        if (subject is null)
        {
            throw new ArgumentNullException(nameof(subject));
        }

        return Create(stream, format, scope);
    }

    /// <summary>
    /// What a generated <c>Write(subject, writer)</c> does before the subject's members: checks its arguments, the subject
    /// first (an <see cref="ArgumentNullException"/> naming <c>subject</c> or <c>writer</c>), then
    /// <see cref="WriteStartSubject"/> and <see cref="EnterSubject"/>. Shared code for the generated exporters.
    /// </summary>
    /// <param name="subject">The data subject (a reference).</param>
    /// <param name="writer">The writer.</param>
    /// <param name="dataSubject">The kind of data subject ("Customer").</param>
    /// <param name="type">The subject's type as written in the export.</param>
    public static void StartSubject(object? subject, PersonalDataWriter? writer, string dataSubject, string type)
    {
        if (subject is null)
        {
            throw new ArgumentNullException(nameof(subject));
        }

        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStartSubject(dataSubject, type);
        writer.EnterSubject(subject);
    }

    /// <summary>
    /// <see cref="StartSubject(object?, PersonalDataWriter?, string, string)"/> for a data subject that is a struct (never
    /// null, never a link target): checks <paramref name="writer"/> and calls <see cref="WriteStartSubject"/>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="dataSubject">The kind of data subject ("Customer").</param>
    /// <param name="type">The subject's type as written in the export.</param>
    public static void StartSubject(PersonalDataWriter? writer, string dataSubject, string type)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStartSubject(dataSubject, type);
    }

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

    /// <summary>
    /// Records the object the export is about (after <see cref="WriteStartSubject"/>): a link back to it is written as
    /// <see cref="OmissionReason.DataSubject"/>, and it is never written twice.
    /// </summary>
    public void EnterSubject(object subject)
    {
        _subject = subject ?? throw new ArgumentNullException(nameof(subject));
        _depth = 0;
        _written.Add(subject);
    }

    /// <summary>
    /// Starts a nested object unless it must not be written: when <paramref name="reference"/> (the object, or null for
    /// a value) was already written, or when the export is already <see cref="MaxDepth"/> levels deep, writes an
    /// omission record instead and returns false. Every true must be matched by <see cref="EndObject"/>.
    /// </summary>
    public bool TryStartObject(string? name, string? category, object? reference)
    {
        if (reference is not null && !_written.Add(reference))
        {
            WriteOmitted(name, category, ReferenceEquals(reference, _subject) ? OmissionReason.DataSubject : OmissionReason.WrittenAbove, null);
            return false;
        }

        if (_depth >= MaxDepth)
        {
            WriteOmitted(name, category, OmissionReason.TooDeep, null);
            return false;
        }

        _depth++;
        WriteStartObject(name);
        return true;
    }

    /// <summary>Ends an object started by <see cref="TryStartObject"/>.</summary>
    public void EndObject()
    {
        _depth--;
        WriteEndObject();
    }

    /// <summary>
    /// Starts a collection unless the export is already <see cref="MaxDepth"/> levels deep (then writes an omission
    /// record and returns false). Every true must be matched by <see cref="EndCollection"/>.
    /// </summary>
    public bool TryStartCollection(string? name, string? category)
    {
        if (_depth >= MaxDepth)
        {
            WriteOmitted(name, category, OmissionReason.TooDeep, null);
            return false;
        }

        _depth++;
        WriteStartCollection(name);
        return true;
    }

    /// <summary>Ends a collection started by <see cref="TryStartCollection"/>.</summary>
    public void EndCollection()
    {
        _depth--;
        WriteEndCollection();
    }

    /// <summary>
    /// Starts a nested object that may be null: a null <paramref name="value"/> writes a null (<see cref="WriteNull"/>) and
    /// returns false; any other value is <see cref="TryStartObject"/> with the value as its reference. For reference-typed
    /// members, so that a generated exporter needs no null check of its own.
    /// </summary>
    public bool TryStartObjectOrNull(string? name, string? category, [NotNullWhen(true)] object? value)
    {
        if (value is null)
        {
            WriteNull(name, category);
            return false;
        }

        return TryStartObject(name, category, value);
    }

    /// <summary>
    /// Starts a collection that may be null: a null <paramref name="collection"/> writes a null (<see cref="WriteNull"/>)
    /// and returns false; any other is <see cref="TryStartCollection"/>. Every true must be matched by
    /// <see cref="EndCollection"/>.
    /// </summary>
    public bool TryStartCollectionOrNull(string? name, string? category, [NotNullWhen(true)] object? collection)
    {
        if (collection is null)
        {
            WriteNull(name, category);
            return false;
        }

        return TryStartCollection(name, category);
    }

    /// <summary>Writes an integer, or a null when <paramref name="value"/> has none.</summary>
    public void WriteNumber(string? name, string? category, long? value)
    {
        if (value.HasValue)
        {
            WriteNumber(name, category, value.GetValueOrDefault());
        }
        else
        {
            WriteNull(name, category);
        }
    }

    /// <summary>Writes an unsigned integer, or a null when <paramref name="value"/> has none.</summary>
    public void WriteNumber(string? name, string? category, ulong? value)
    {
        if (value.HasValue)
        {
            WriteNumber(name, category, value.GetValueOrDefault());
        }
        else
        {
            WriteNull(name, category);
        }
    }

    /// <summary>Writes a single-precision number, or a null when <paramref name="value"/> has none.</summary>
    public void WriteNumber(string? name, string? category, float? value)
    {
        if (value.HasValue)
        {
            WriteNumber(name, category, value.GetValueOrDefault());
        }
        else
        {
            WriteNull(name, category);
        }
    }

    /// <summary>Writes a double-precision number, or a null when <paramref name="value"/> has none.</summary>
    public void WriteNumber(string? name, string? category, double? value)
    {
        if (value.HasValue)
        {
            WriteNumber(name, category, value.GetValueOrDefault());
        }
        else
        {
            WriteNull(name, category);
        }
    }

    /// <summary>Writes a decimal number, or a null when <paramref name="value"/> has none.</summary>
    public void WriteNumber(string? name, string? category, decimal? value)
    {
        if (value.HasValue)
        {
            WriteNumber(name, category, value.GetValueOrDefault());
        }
        else
        {
            WriteNull(name, category);
        }
    }

    /// <summary>Writes a boolean, or a null when <paramref name="value"/> has none.</summary>
    public void WriteBoolean(string? name, string? category, bool? value)
    {
        if (value.HasValue)
        {
            WriteBoolean(name, category, value.GetValueOrDefault());
        }
        else
        {
            WriteNull(name, category);
        }
    }

    /// <summary>Writes bytes as base64 text (<see cref="PersonalDataFormat.FromBytes"/>), or a null when <paramref name="value"/> is null.</summary>
    public void WriteBytes(string? name, string? category, byte[]? value)
    {
        if (value is null)
        {
            WriteNull(name, category);
        }
        else
        {
            WriteString(name, category, PersonalDataFormat.FromBytes(value));
        }
    }

    /// <summary>
    /// Writes a link to an object of a <c>[DataSubject]</c> type without its data: null as null, the exported subject
    /// as <see cref="OmissionReason.DataSubject"/>, anyone else as <see cref="OmissionReason.OtherDataSubject"/>
    /// naming the kind of subject (<paramref name="subject"/>, such as <c>"Customer"</c>).
    /// </summary>
    public void WriteDataSubjectLink(string? name, string? category, object? value, string subject)
    {
        if (value is null)
        {
            WriteNull(name, category);
            return;
        }

        WriteOmitted(name, category, ReferenceEquals(value, _subject) ? OmissionReason.DataSubject : OmissionReason.OtherDataSubject, subject);
    }

    /// <summary>
    /// Writes that a value exists but is not part of the export, and why. The formats of this package write a marker
    /// no data value can be mistaken for (JSON <c>{"$omitted": "…"}</c>, XML an <c>omitted</c> attribute, CSV a value in
    /// parentheses); a custom writer that does not override it gets the text of <see cref="Describe"/> as a string.
    /// </summary>
    public virtual void WriteOmitted(string? name, string? category, OmissionReason reason, string? detail) =>
        WriteString(name, category, "(" + Describe(reason, detail) + ")");

    /// <summary>The English sentence an export writes for an omission (<c>another data subject (Customer): not part of this export</c>).</summary>
    public static string Describe(OmissionReason reason, string? detail) => reason switch
    {
        OmissionReason.WrittenAbove => "written above: the same object appears earlier in this export",
        OmissionReason.DataSubject => "the data subject of this export",
        OmissionReason.OtherDataSubject => "another data subject" + (string.IsNullOrEmpty(detail) ? string.Empty : " (" + detail + ")") + ": not part of this export",
        OmissionReason.Credential => "withheld: a credential or secret is held but not exported, for security",
        OmissionReason.TooDeep => "left out: nested deeper than " + MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels",
        _ => "left out",
    };

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
