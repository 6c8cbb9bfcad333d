using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PrivacyAnalyzers.Taxonomy;

// The one writer of the inventory format (docs/inventory-schema.md), compiled into the generator (which writes the
// compact form into the assembly) and the runtime (which writes the readable form: inventory.json, privacy render, and
// reads both). The generator runs inside the compiler, where System.Text.Json may not load, so this writes text itself.
//
// A new property is added in one place: a line in the field table of its object below (name, the value an absent
// property means, when the readable form writes it). Both forms write it from the table and the runtime reads it by
// the table; the generator's model and the runtime's types then only map their value to and from the record.
namespace PrivacyAnalyzers.InventoryFormat;

/// <summary>When the readable form writes a property.</summary>
internal enum ReadableRule
{
    /// <summary>Always, null as <c>null</c> (the properties of schema version 1 as first published).</summary>
    Always,

    /// <summary>Only when stated (not the absent value): properties added after version 1 was published.</summary>
    WhenStated,

    /// <summary>The alternative-retention group: its three properties are written together when any of them is stated.</summary>
    WithAlternativeRetention,
}

/// <summary>What a slot of an entry holds.</summary>
internal enum FieldKind
{
    /// <summary>A string (or an enum's name); in the compact form an index into the string table.</summary>
    Text,

    /// <summary>Computed from another property when written (<c>fidesCategory</c>); never read.</summary>
    Derived,

    /// <summary>The entry's purposes (array of strings).</summary>
    Purposes,

    /// <summary>The entry's recipients (array of recipient objects).</summary>
    Recipients,

    /// <summary>A declaration that is either made (<c>true</c>; the value <c>"true"</c>) or absent; never written as <c>false</c>.</summary>
    Flag,

    /// <summary>The entry's retentions on other legal bases (array of objects, <see cref="InventorySchema.RetainedUnder"/>); written only when there is one.</summary>
    RetainedUnder,
}

/// <summary>One property of an inventory object.</summary>
internal sealed class InventoryField
{
    public InventoryField(string name, string? absent = null, ReadableRule readable = ReadableRule.Always, bool required = false, FieldKind kind = FieldKind.Text)
    {
        Name = name;
        Absent = absent;
        Readable = readable;
        Required = required;
        Kind = kind;
    }

    /// <summary>The JSON property name.</summary>
    public string Name { get; }

    /// <summary>The value an absent property means (null, <c>Unspecified</c>, <c>PersonalData</c>); the compact form omits it.</summary>
    public string? Absent { get; }

    public ReadableRule Readable { get; }

    /// <summary>A reader rejects an object without it.</summary>
    public bool Required { get; }

    public FieldKind Kind { get; }
}

/// <summary>The properties of each inventory object, in the order the readable form writes them.</summary>
internal static class InventorySchema
{
    /// <summary>The readable form (indented, every property, strings inline): inventory.json, <c>privacy render</c>.</summary>
    public const int ReadableVersion = 1;

    /// <summary>The compact form the generator stores in the assembly (string table, absent values omitted).</summary>
    public const int CompactVersion = 2;

    private const string Unspecified = "Unspecified";

    public static readonly InventoryField[] Controller =
    {
        new("name", required: true),
        new("address"),
        new("country"),
        new("registrationNumber"),
        new("taxId"),
        new("email"),
        new("phone"),
        new("website"),
        new("dpoName"),
        new("dpoEmail"),
        new("supervisoryAuthority"),
        new("allRecipientsDeclared", readable: ReadableRule.WhenStated, kind: FieldKind.Flag),
        new("securityMeasures", readable: ReadableRule.WhenStated),
        new("representative", readable: ReadableRule.WhenStated),
        new("automatedDecisionMaking", readable: ReadableRule.WhenStated),
        new("noAutomatedDecisionMaking", readable: ReadableRule.WhenStated, kind: FieldKind.Flag),
        new("provisionRequirement", readable: ReadableRule.WhenStated),
        new("jurisdiction", Unspecified, ReadableRule.WhenStated),
    };

    public static readonly InventoryField[] Subject =
    {
        new("name", required: true),
        new("type", required: true),
        new("description"),
        new("processedOnBehalfOf", readable: ReadableRule.WhenStated),
        new("obtainedFrom", readable: ReadableRule.WhenStated),
    };

    public static readonly InventoryField[] Entry =
    {
        new("type", required: true),
        new("member", required: true),
        new("memberType", required: true),
        new("dataSubject"),
        new("category"),
        new("fidesCategory", kind: FieldKind.Derived),
        new("legalBasis", Unspecified),
        new("retention"),
        new("retentionFrom", Unspecified),
        new("retentionNote"),
        new("alternativeRetention", readable: ReadableRule.WithAlternativeRetention),
        new("alternativeRetentionFrom", Unspecified, ReadableRule.WithAlternativeRetention),
        new("retentionCombination", Unspecified, ReadableRule.WithAlternativeRetention),
        new("purposes", kind: FieldKind.Purposes),
        new("source", Unspecified),
        new("description"),
        new("specialCategoryCondition", Unspecified),
        new("criminalDataCondition", Unspecified),
        new("recipients", kind: FieldKind.Recipients),
        new("origin", "PersonalData"),
        new("erasure", "Delete", ReadableRule.WhenStated),
        new("legitimateInterest", readable: ReadableRule.WhenStated),
        new("retentionBound", Unspecified, ReadableRule.WhenStated),
        new("unansweredCommunications", readable: ReadableRule.WhenStated),
        new("retainedUnder", kind: FieldKind.RetainedUnder),
    };

    /// <summary>A retention of the same data on another legal basis (<c>[RetainedUnder]</c>).</summary>
    public static readonly InventoryField[] RetainedUnder =
    {
        new("legalBasis", Unspecified),
        new("retention"),
        new("retentionFrom", Unspecified),
        new("retentionNote"),
        new("purpose"),
    };

    public static readonly InventoryField[] Recipient =
    {
        new("name", required: true),
        new("kind", Unspecified),
        new("country"),
        new("safeguard", Unspecified),
        new("purpose"),
        new("transferDetails", readable: ReadableRule.WhenStated),
        new("note", readable: ReadableRule.WhenStated),
    };

    // Slots of Entry (its index in the table) that code reads by name.
    public const int EntryType = 0;
    public const int EntryMember = 1;
    public const int EntryMemberType = 2;
    public const int EntryDataSubject = 3;
    public const int EntryCategory = 4;
    public const int EntryLegalBasis = 6;
    public const int EntryRetention = 7;
    public const int EntryRetentionFrom = 8;
    public const int EntryRetentionNote = 9;
    public const int EntryAlternativeRetention = 10;
    public const int EntryAlternativeRetentionFrom = 11;
    public const int EntryRetentionCombination = 12;
    public const int EntrySource = 14;
    public const int EntryDescription = 15;
    public const int EntrySpecialCategoryCondition = 16;
    public const int EntryCriminalDataCondition = 17;
    public const int EntryOrigin = 19;
    public const int EntryErasure = 20;
    public const int EntryLegitimateInterest = 21;
    public const int EntryRetentionBound = 22;
    public const int EntryUnansweredCommunications = 23;

    // Slots of Controller that code reads by name.
    public const int ControllerJurisdiction = 17;

    /// <summary>The record value of a count (a whole number written as text, e.g. <c>"6"</c>); 0 (unstated) is absent.</summary>
    public static string? CountValue(int count) => count == 0 ? null : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>The record value of a <see cref="FieldKind.Flag"/> slot: <c>"true"</c> when the declaration is made, else absent.</summary>
    public static string? FlagValue(bool declared) => declared ? "true" : null;

    /// <summary>A value array for <paramref name="fields"/> with every slot at its absent value.</summary>
    public static string?[] NewValues(InventoryField[] fields)
    {
        var values = new string?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            values[i] = fields[i].Absent;
        }

        return values;
    }
}

/// <summary>A declared category (<c>[assembly: PersonalDataCategory]</c>).</summary>
internal sealed class CategoryRecord
{
    public CategoryRecord(string id, string? description, bool isSpecialCategory)
    {
        Id = id;
        Description = description;
        IsSpecialCategory = isSpecialCategory;
    }

    public string Id { get; }

    public string? Description { get; }

    public bool IsSpecialCategory { get; }
}

/// <summary>One entry: its string values by <see cref="InventorySchema.Entry"/> slot, its purposes and recipients (values by <see cref="InventorySchema.Recipient"/> slot).</summary>
internal sealed class EntryRecord
{
    public EntryRecord(string?[] values, IReadOnlyList<string> purposes, IReadOnlyList<string?[]> recipients, IReadOnlyList<string?[]>? retainedUnder = null)
    {
        Values = values;
        Purposes = purposes;
        Recipients = recipients;
        RetainedUnder = retainedUnder ?? Array.Empty<string?[]>();
    }

    /// <summary>Values by <see cref="InventorySchema.RetainedUnder"/> slot, one array per retention on another legal basis.</summary>
    public IReadOnlyList<string?[]> RetainedUnder { get; }

    public string?[] Values { get; }

    public IReadOnlyList<string> Purposes { get; }

    public IReadOnlyList<string?[]> Recipients { get; }
}

/// <summary>A whole inventory as strings, the input of both forms.</summary>
internal sealed class InventoryRecord
{
    public InventoryRecord(string assembly, string?[]? controller, IReadOnlyList<string?[]> subjects, IReadOnlyList<CategoryRecord> categories, IReadOnlyList<EntryRecord> entries)
    {
        Assembly = assembly;
        Controller = controller;
        Subjects = subjects;
        Categories = categories;
        Entries = entries;
    }

    public string Assembly { get; }

    /// <summary>Values by <see cref="InventorySchema.Controller"/> slot, or null when no controller is declared.</summary>
    public string?[]? Controller { get; }

    /// <summary>Values by <see cref="InventorySchema.Subject"/> slot.</summary>
    public IReadOnlyList<string?[]> Subjects { get; }

    public IReadOnlyList<CategoryRecord> Categories { get; }

    public IReadOnlyList<EntryRecord> Entries { get; }
}

/// <summary>
/// Writes an <see cref="InventoryRecord"/> as JSON text: the readable form (schema version 1, byte for byte what
/// System.Text.Json's Utf8JsonWriter writes indented with the default encoder, LF line ends) or the compact form
/// (schema version 2: no whitespace, absent values and empty arrays omitted, entry strings in one table).
/// </summary>
internal sealed class InventoryText
{
    private readonly StringBuilder _builder;
    private readonly bool _indented;
    private int _depth;
    private bool _first = true;

    private InventoryText(bool indented, int capacity)
    {
        _indented = indented;
        _builder = new StringBuilder(capacity);
    }

    /// <summary>The readable form (schema version 1), indented by two spaces.</summary>
    public static string Readable(InventoryRecord inventory)
    {
        var json = new InventoryText(indented: true, 1024 + (inventory.Entries.Count * 700));
        json.StartObject(null);
        json.Number("schemaVersion", InventorySchema.ReadableVersion);
        json.String("assembly", inventory.Assembly);
        if (inventory.Controller is { } controller)
        {
            json.StartObject("controller");
            json.ReadableFields(InventorySchema.Controller, controller);
            json.EndObject();
        }
        else
        {
            json.Null("controller");
        }

        json.StartArray("subjects");
        foreach (var subject in inventory.Subjects)
        {
            json.StartObject(null);
            json.ReadableFields(InventorySchema.Subject, subject);
            json.EndObject();
        }

        json.EndArray();
        json.StartArray("declaredCategories");
        foreach (var category in inventory.Categories)
        {
            json.StartObject(null);
            json.String("id", category.Id);
            json.String("description", category.Description);
            json.Boolean("isSpecialCategory", category.IsSpecialCategory);
            json.EndObject();
        }

        json.EndArray();
        json.StartArray("entries");
        foreach (var entry in inventory.Entries)
        {
            json.StartObject(null);
            json.ReadableFields(InventorySchema.Entry, entry.Values, entry);
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        return json._builder.ToString();
    }

    /// <summary>
    /// The compact form (schema version 2). Every string of an entry and of a recipient is written once in
    /// <c>strings</c> and referred to by index; each distinct recipient once in <c>recipients</c>, referred to by index.
    /// </summary>
    public static string Compact(InventoryRecord inventory)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var stringList = new List<string>();
        var recipients = new Dictionary<string, int>(StringComparer.Ordinal);
        var recipientList = new List<int[]>();
        var entries = new List<int[]>(inventory.Entries.Count);
        var entryPurposes = new List<int[]>(inventory.Entries.Count);
        var entryRecipients = new List<int[]>(inventory.Entries.Count);
        var entryRetainedUnder = new List<int[][]>(inventory.Entries.Count);

        int Intern(string? value)
        {
            if (value is null)
            {
                return -1;
            }

            if (!strings.TryGetValue(value, out var index))
            {
                index = stringList.Count;
                strings.Add(value, index);
                stringList.Add(value);
            }

            return index;
        }

        foreach (var entry in inventory.Entries)
        {
            var slots = new int[InventorySchema.Entry.Length];
            for (var i = 0; i < slots.Length; i++)
            {
                var field = InventorySchema.Entry[i];
                slots[i] = field.Kind == FieldKind.Text && (field.Required || !string.Equals(entry.Values[i], field.Absent, StringComparison.Ordinal)) ? Intern(entry.Values[i]) : -1;
            }

            var purposes = new int[entry.Purposes.Count];
            for (var i = 0; i < purposes.Length; i++)
            {
                purposes[i] = Intern(entry.Purposes[i]);
            }

            var references = new int[entry.Recipients.Count];
            for (var r = 0; r < references.Length; r++)
            {
                var values = entry.Recipients[r];
                var recipient = new int[InventorySchema.Recipient.Length];
                var key = new StringBuilder();
                for (var i = 0; i < recipient.Length; i++)
                {
                    var field = InventorySchema.Recipient[i];
                    recipient[i] = field.Required || !string.Equals(values[i], field.Absent, StringComparison.Ordinal) ? Intern(values[i]) : -1;
                    key.Append(recipient[i].ToString(CultureInfo.InvariantCulture)).Append(',');
                }

                var keyText = key.ToString();
                if (!recipients.TryGetValue(keyText, out var index))
                {
                    index = recipientList.Count;
                    recipients.Add(keyText, index);
                    recipientList.Add(recipient);
                }

                references[r] = index;
            }

            var retainedUnder = new int[entry.RetainedUnder.Count][];
            for (var r = 0; r < retainedUnder.Length; r++)
            {
                var values = entry.RetainedUnder[r];
                var indexes = new int[InventorySchema.RetainedUnder.Length];
                for (var i = 0; i < indexes.Length; i++)
                {
                    indexes[i] = string.Equals(values[i], InventorySchema.RetainedUnder[i].Absent, StringComparison.Ordinal) ? -1 : Intern(values[i]);
                }

                retainedUnder[r] = indexes;
            }

            entries.Add(slots);
            entryPurposes.Add(purposes);
            entryRecipients.Add(references);
            entryRetainedUnder.Add(retainedUnder);
        }

        var json = new InventoryText(indented: false, 1024 + (inventory.Entries.Count * 120));
        json.StartObject(null);
        json.Number("schemaVersion", InventorySchema.CompactVersion);
        json.String("assembly", inventory.Assembly);
        if (inventory.Controller is { } controller)
        {
            json.StartObject("controller");
            json.CompactFields(InventorySchema.Controller, controller);
            json.EndObject();
        }

        if (inventory.Subjects.Count > 0)
        {
            json.StartArray("subjects");
            foreach (var subject in inventory.Subjects)
            {
                json.StartObject(null);
                json.CompactFields(InventorySchema.Subject, subject);
                json.EndObject();
            }

            json.EndArray();
        }

        if (inventory.Categories.Count > 0)
        {
            json.StartArray("declaredCategories");
            foreach (var category in inventory.Categories)
            {
                json.StartObject(null);
                json.String("id", category.Id);
                if (category.Description is not null)
                {
                    json.String("description", category.Description);
                }

                if (category.IsSpecialCategory)
                {
                    json.Boolean("isSpecialCategory", true);
                }

                json.EndObject();
            }

            json.EndArray();
        }

        if (stringList.Count > 0)
        {
            json.StartArray("strings");
            foreach (var value in stringList)
            {
                json.StringValue(value);
            }

            json.EndArray();
        }

        if (recipientList.Count > 0)
        {
            json.StartArray("recipients");
            foreach (var recipient in recipientList)
            {
                json.StartObject(null);
                json.Indexes(InventorySchema.Recipient, recipient);
                json.EndObject();
            }

            json.EndArray();
        }

        if (entries.Count > 0)
        {
            json.StartArray("entries");
            for (var e = 0; e < entries.Count; e++)
            {
                json.StartObject(null);
                var fields = InventorySchema.Entry;
                for (var i = 0; i < fields.Length; i++)
                {
                    switch (fields[i].Kind)
                    {
                        case FieldKind.Text when entries[e][i] >= 0:
                            json.Number(fields[i].Name, entries[e][i]);
                            break;
                        case FieldKind.Purposes when entryPurposes[e].Length > 0:
                            json.NumberArray(fields[i].Name, entryPurposes[e]);
                            break;
                        case FieldKind.Recipients when entryRecipients[e].Length > 0:
                            json.NumberArray(fields[i].Name, entryRecipients[e]);
                            break;
                        case FieldKind.RetainedUnder when entryRetainedUnder[e].Length > 0:
                            json.StartArray(fields[i].Name);
                            foreach (var retained in entryRetainedUnder[e])
                            {
                                json.StartObject(null);
                                json.Indexes(InventorySchema.RetainedUnder, retained);
                                json.EndObject();
                            }

                            json.EndArray();
                            break;
                    }
                }

                json.EndObject();
            }

            json.EndArray();
        }

        json.EndObject();
        return json._builder.ToString();
    }

    private void ReadableFields(InventoryField[] fields, string?[] values, EntryRecord? entry = null)
    {
        var alternativeStated = false;
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Readable == ReadableRule.WithAlternativeRetention && !string.Equals(values[i], fields[i].Absent, StringComparison.Ordinal))
            {
                alternativeStated = true;
            }
        }

        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            switch (field.Kind)
            {
                case FieldKind.Derived:
                    String(field.Name, CategoryTaxonomy.FideslangOf(values[InventorySchema.EntryCategory]));
                    continue;
                case FieldKind.Purposes:
                    StartArray(field.Name);
                    foreach (var purpose in entry!.Purposes)
                    {
                        StringValue(purpose);
                    }

                    EndArray();
                    continue;
                case FieldKind.Recipients:
                    StartArray(field.Name);
                    foreach (var recipient in entry!.Recipients)
                    {
                        StartObject(null);
                        ReadableFields(InventorySchema.Recipient, recipient);
                        EndObject();
                    }

                    EndArray();
                    continue;
                case FieldKind.RetainedUnder:
                    // Added within version 1: written only when the entry has one.
                    if (entry!.RetainedUnder.Count > 0)
                    {
                        StartArray(field.Name);
                        foreach (var retained in entry.RetainedUnder)
                        {
                            StartObject(null);
                            ReadableFields(InventorySchema.RetainedUnder, retained);
                            EndObject();
                        }

                        EndArray();
                    }

                    continue;
            }

            var write = field.Readable switch
            {
                ReadableRule.WhenStated => !string.Equals(values[i], field.Absent, StringComparison.Ordinal),
                ReadableRule.WithAlternativeRetention => alternativeStated,
                _ => true,
            };

            if (write && field.Kind == FieldKind.Flag)
            {
                Boolean(field.Name, true);
            }
            else if (write)
            {
                String(field.Name, values[i]);
            }
        }
    }

    private void CompactFields(InventoryField[] fields, string?[] values)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Kind == FieldKind.Flag)
            {
                if (values[i] is not null)
                {
                    Boolean(fields[i].Name, true);
                }
            }
            else if (fields[i].Required || !string.Equals(values[i], fields[i].Absent, StringComparison.Ordinal))
            {
                String(fields[i].Name, values[i]);
            }
        }
    }

    private void Indexes(InventoryField[] fields, int[] indexes)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (indexes[i] >= 0)
            {
                Number(fields[i].Name, indexes[i]);
            }
        }
    }

    private void StartObject(string? name)
    {
        Property(name);
        _builder.Append('{');
        _depth++;
        _first = true;
    }

    private void EndObject() => End('}');

    private void StartArray(string name)
    {
        Property(name);
        _builder.Append('[');
        _depth++;
        _first = true;
    }

    private void EndArray() => End(']');

    private void End(char close)
    {
        _depth--;
        if (!_first)
        {
            NewLine();
        }

        _builder.Append(close);
        _first = false;
    }

    private void String(string name, string? value)
    {
        if (value is null)
        {
            Null(name);
            return;
        }

        Property(name);
        Escaped(value);
    }

    private void StringValue(string value)
    {
        Property(null);
        Escaped(value);
    }

    private void Null(string name)
    {
        Property(name);
        _builder.Append("null");
    }

    private void Number(string name, int value)
    {
        Property(name);
        AppendNumber(value);
    }

    // A non-negative number has the same digits in every culture, and StringBuilder.Append(int) writes them without a
    // string per number (the compact form writes tens of thousands of indexes); a negative one keeps the invariant sign.
    private void AppendNumber(int value)
    {
        if (value >= 0)
        {
            _builder.Append(value);
        }
        else
        {
            _builder.Append(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void NumberArray(string name, int[] values)
    {
        StartArray(name);
        foreach (var value in values)
        {
            Property(null);
            AppendNumber(value);
        }

        EndArray();
    }

    private void Boolean(string name, bool value)
    {
        Property(name);
        _builder.Append(value ? "true" : "false");
    }

    private void Property(string? name)
    {
        if (_depth > 0)
        {
            if (!_first)
            {
                _builder.Append(',');
            }

            NewLine();
        }

        _first = false;
        if (name is not null)
        {
            Escaped(name);
            _builder.Append(_indented ? ": " : ":");
        }
    }

    private void NewLine()
    {
        if (_indented)
        {
            _builder.Append('\n').Append(' ', _depth * 2);
        }
    }

    // The readable form escapes as Utf8JsonWriter's default encoder: everything outside printable ASCII and the
    // HTML-sensitive characters " & ' + < > ` as \uXXXX in upper case; \b \t \n \f \r \\ short; lone surrogates as
    // \uFFFD. The compact form escapes only what JSON requires (", \, control characters) and the characters C# or
    // some editors treat as line breaks (U+007F–U+009F, U+2028, U+2029); other text, non-ASCII included, is written as
    // it is (UTF-8 in the attribute blob). Lone surrogates become U+FFFD in both.
    private void Escaped(string value)
    {
        _builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            // Most text needs no escape: copy runs of safe characters at once.
            var run = i;
            while (run < value.Length && IsSafe(value[run]))
            {
                run++;
            }

            if (run > i)
            {
                _builder.Append(value, i, run - i);
                i = run - 1;
                continue;
            }

            var c = value[i];
            switch (c)
            {
                case '\b': _builder.Append("\\b"); continue;
                case '\t': _builder.Append("\\t"); continue;
                case '\n': _builder.Append("\\n"); continue;
                case '\f': _builder.Append("\\f"); continue;
                case '\r': _builder.Append("\\r"); continue;
                case '\\': _builder.Append("\\\\"); continue;
                case '"' when !_indented: _builder.Append("\\\""); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (_indented)
                {
                    Unicode(c);
                    Unicode(value[++i]);
                }
                else
                {
                    _builder.Append(c).Append(value[++i]);
                }
            }
            else
            {
                Unicode(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        _builder.Append('"');
    }

    private bool IsSafe(char c) => _indented
        ? c >= 0x20 && c < 0x7F && c is not ('"' or '&' or '\'' or '+' or '<' or '>' or '`' or '\\')
        : c >= 0x20 && c is not ('"' or '\\') && (c < 0x7F || c > 0x9F) && c is not ('\u2028' or '\u2029') && !char.IsSurrogate(c);

    private void Unicode(char c) => _builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
