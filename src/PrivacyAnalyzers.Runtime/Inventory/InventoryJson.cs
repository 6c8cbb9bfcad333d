using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using PrivacyAnalyzers.InventoryFormat;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Inventory;

/// <summary>
/// Writes and reads an inventory as JSON, in the versioned schema documented in <c>docs/inventory-schema.md</c>: the
/// readable form (version 1) and the compact form the generator stores in assemblies (version 2). Both are written by the
/// one writer the generator shares (<c>src/Shared/InventoryText.cs</c>); reflection-free (JsonDocument), culture-invariant,
/// byte-identical for the same inventory.
/// </summary>
public static class InventoryJson
{
    /// <summary>Writes the inventory in the readable form (schema version 1, indented), UTF-8, to a stream.</summary>
    public static void Write(PrivacyInventory inventory, Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var bytes = new UTF8Encoding(false).GetBytes(ToJson(inventory));
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>
    /// The inventory in the readable form (schema version 1): indented by two spaces, LF line ends, every property
    /// written (null as <c>null</c>), text escaped as System.Text.Json's default encoder does.
    /// </summary>
    public static string ToJson(PrivacyInventory inventory) => InventoryText.Readable(ToRecord(inventory));

    /// <summary>
    /// The inventory in the compact form (schema version 2), the form the source generator stores in the assembly: no
    /// whitespace, absent values and empty lists omitted, the entries' strings written once in a table.
    /// </summary>
    public static string ToCompactJson(PrivacyInventory inventory) => InventoryText.Compact(ToRecord(inventory));

    /// <summary>Writes the inventory, in the readable form, to a writer (as one raw value).</summary>
    public static void Write(PrivacyInventory inventory, Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteRawValue(ToJson(inventory));
        writer.Flush();
    }

    /// <summary>
    /// The inventory JSON an assembly carries (the text of its <c>[PrivacyInventoryJson]</c> attribute): what the
    /// generated <c>AssemblyPrivacyInventory.Json</c> returns, given its own type.
    /// </summary>
    /// <exception cref="InventoryFormatException">The assembly carries no inventory.</exception>
    public static string OfAssembly(Type typeInAssembly)
    {
        if (typeInAssembly is null)
        {
            throw new ArgumentNullException(nameof(typeInAssembly));
        }

        foreach (var attribute in typeInAssembly.Assembly.GetCustomAttributes(typeof(PrivacyInventoryJsonAttribute), false))
        {
            return ((PrivacyInventoryJsonAttribute)attribute).Json;
        }

        throw new InventoryFormatException($"{typeInAssembly.Assembly.GetName().Name}: the assembly carries no [PrivacyInventoryJson] attribute.");
    }

    /// <summary>Reads an inventory from JSON text, either form (schema version 1 or 2). <paramref name="sourceName"/> (a file path) is named in error messages.</summary>
    /// <exception cref="InventoryFormatException">The text is not an inventory of a supported schema version.</exception>
    public static PrivacyInventory Parse(string json, string sourceName = "inventory")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new InventoryFormatException($"{sourceName}: not valid JSON ({exception.Message}).", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InventoryFormatException($"{sourceName}: an inventory is a JSON object.");
            }

            if (!root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var schemaVersion))
            {
                throw new InventoryFormatException($"{sourceName}: no 'schemaVersion'; this is not a PrivacyAnalyzers inventory.");
            }

            if (schemaVersion != InventorySchema.ReadableVersion && schemaVersion != InventorySchema.CompactVersion)
            {
                throw new InventoryFormatException(
                    $"{sourceName}: schema version {schemaVersion} is not supported; this version of PrivacyAnalyzers reads schema versions {InventorySchema.ReadableVersion} and {InventorySchema.CompactVersion}.");
            }

            var reader = new ElementReader(sourceName, schemaVersion == InventorySchema.CompactVersion ? StringTable(root, sourceName) : null);
            string?[]? controller = null;
            if (root.TryGetProperty("controller", out var c) && c.ValueKind == JsonValueKind.Object)
            {
                controller = reader.Fields(c, InventorySchema.Controller, "controller", indexed: false);
            }

            var subjects = new List<InventorySubject>();
            foreach (var s in reader.Array(root, "subjects"))
            {
                var values = reader.Fields(s, InventorySchema.Subject, "subject", indexed: false);
                subjects.Add(new InventorySubject(values[0]!, values[1]!, values[2], values[3], values[4]));
            }

            var categories = new List<InventoryCategory>();
            foreach (var k in reader.Array(root, "declaredCategories"))
            {
                categories.Add(new InventoryCategory(
                    reader.RequiredString(k, "id", "declared category"),
                    reader.OptionalString(k, "description"),
                    k.TryGetProperty("isSpecialCategory", out var special) && special.ValueKind == JsonValueKind.True));
            }

            // Compact form: the recipients every entry refers to by index, read once.
            var recipientTable = new List<InventoryRecipient>();
            if (reader.Indexed)
            {
                foreach (var r in reader.Array(root, "recipients"))
                {
                    recipientTable.Add(ReadRecipient(reader, r, "recipient"));
                }
            }

            var entries = new List<InventoryEntry>();
            foreach (var e in reader.Array(root, "entries"))
            {
                entries.Add(ReadEntry(reader, e, recipientTable));
            }

            return new PrivacyInventory(
                reader.RequiredString(root, "assembly", "inventory"),
                controller is null ? null : new InventoryController(controller[0]!, controller[1], controller[2], controller[3], controller[4], controller[5], controller[6], controller[7], controller[8], controller[9], controller[10], controller[11] is not null, controller[12], controller[13], controller[14], controller[15] is not null, controller[16], reader.Enum<Jurisdiction>(controller[InventorySchema.ControllerJurisdiction], "jurisdiction", "controller")),
                subjects,
                categories,
                entries,
                schemaVersion);
        }
    }

    private static string[] StringTable(JsonElement root, string sourceName)
    {
        var strings = new List<string>();
        if (root.TryGetProperty("strings", out var table))
        {
            if (table.ValueKind != JsonValueKind.Array)
            {
                throw new InventoryFormatException($"{sourceName}: 'strings' must be an array.");
            }

            foreach (var item in table.EnumerateArray())
            {
                strings.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw new InventoryFormatException($"{sourceName}: 'strings' holds a non-string value."));
            }
        }

        return strings.ToArray();
    }

    /// <summary>The inventory as the shared format's record, the input of both writers.</summary>
    private static InventoryRecord ToRecord(PrivacyInventory inventory)
    {
        if (inventory is null)
        {
            throw new ArgumentNullException(nameof(inventory));
        }

        string?[]? controller = null;
        if (inventory.Controller is { } c)
        {
            controller = new[] { c.Name, c.Address, c.Country, c.RegistrationNumber, c.TaxId, c.Email, c.Phone, c.Website, c.DpoName, c.DpoEmail, c.SupervisoryAuthority, InventorySchema.FlagValue(c.AllRecipientsDeclared), c.SecurityMeasures, c.Representative, c.AutomatedDecisionMaking, InventorySchema.FlagValue(c.NoAutomatedDecisionMaking), c.ProvisionRequirement, c.Jurisdiction.ToString() };
        }

        var subjects = new List<string?[]>(inventory.Subjects.Count);
        foreach (var subject in inventory.Subjects)
        {
            subjects.Add(new[] { subject.Name, subject.Type, subject.Description, subject.ProcessedOnBehalfOf, subject.ObtainedFrom });
        }

        var categories = new List<CategoryRecord>(inventory.DeclaredCategories.Count);
        foreach (var category in inventory.DeclaredCategories)
        {
            categories.Add(new CategoryRecord(category.Id, category.Description, category.IsSpecialCategory));
        }

        var entries = new List<EntryRecord>(inventory.Entries.Count);
        foreach (var entry in inventory.Entries)
        {
            var values = InventorySchema.NewValues(InventorySchema.Entry);
            values[InventorySchema.EntryType] = entry.Type;
            values[InventorySchema.EntryMember] = entry.Member;
            values[InventorySchema.EntryMemberType] = entry.MemberType;
            values[InventorySchema.EntryDataSubject] = entry.DataSubject;
            values[InventorySchema.EntryCategory] = entry.Category;
            values[InventorySchema.EntryLegalBasis] = entry.LegalBasis.ToString();
            values[InventorySchema.EntryRetention] = entry.Retention;
            values[InventorySchema.EntryRetentionFrom] = entry.RetentionFrom.ToString();
            values[InventorySchema.EntryRetentionNote] = entry.RetentionNote;
            values[InventorySchema.EntryAlternativeRetention] = entry.AlternativeRetention;
            values[InventorySchema.EntryAlternativeRetentionFrom] = entry.AlternativeRetentionFrom.ToString();
            values[InventorySchema.EntryRetentionCombination] = entry.RetentionCombination.ToString();
            values[InventorySchema.EntrySource] = entry.Source.ToString();
            values[InventorySchema.EntryDescription] = entry.Description;
            values[InventorySchema.EntrySpecialCategoryCondition] = entry.SpecialCategoryCondition.ToString();
            values[InventorySchema.EntryCriminalDataCondition] = entry.CriminalDataCondition.ToString();
            values[InventorySchema.EntryOrigin] = entry.Origin;
            values[InventorySchema.EntryErasure] = entry.Erasure.ToString();
            values[InventorySchema.EntryLegitimateInterest] = entry.LegitimateInterest;
            values[InventorySchema.EntryRetentionBound] = entry.RetentionBound.ToString();
            values[InventorySchema.EntryUnansweredCommunications] = InventorySchema.CountValue(entry.UnansweredCommunications);

            var recipients = new List<string?[]>(entry.Recipients.Count);
            foreach (var r in entry.Recipients)
            {
                recipients.Add(new[] { r.Name, r.Kind.ToString(), r.Country, r.Safeguard.ToString(), r.Purpose, r.TransferDetails, r.Note });
            }

            var retainedUnder = new List<string?[]>(entry.RetainedUnder.Count);
            foreach (var r in entry.RetainedUnder)
            {
                retainedUnder.Add(new[] { r.LegalBasis.ToString(), r.Retention, r.RetentionFrom.ToString(), r.RetentionNote, r.Purpose });
            }

            entries.Add(new EntryRecord(values, entry.Purposes, recipients, retainedUnder));
        }

        return new InventoryRecord(inventory.Assembly, controller, subjects, categories, entries);
    }

    private static InventoryRecipient ReadRecipient(ElementReader reader, JsonElement r, string what)
    {
        var values = reader.Fields(r, InventorySchema.Recipient, what, indexed: reader.Indexed);
        return new InventoryRecipient(
            values[0]!,
            reader.Enum<RecipientKind>(values[1], "kind", what),
            values[2],
            reader.Enum<TransferSafeguard>(values[3], "safeguard", what),
            values[4],
            values[5],
            values[6]);
    }

    private static InventoryEntry ReadEntry(ElementReader reader, JsonElement e, List<InventoryRecipient> recipientTable)
    {
        var values = reader.Fields(e, InventorySchema.Entry, "entry", indexed: reader.Indexed);
        var type = values[InventorySchema.EntryType]!;
        var member = values[InventorySchema.EntryMember]!;
        var what = $"entry {type}.{member}";
        var purposes = new List<string>();
        foreach (var p in reader.Array(e, "purposes"))
        {
            purposes.Add(reader.Indexed
                ? reader.TableString(p, what + ": 'purposes'")
                : p.ValueKind == JsonValueKind.String ? p.GetString()! : throw reader.Error($"{what}: 'purposes' holds a non-string value."));
        }

        var recipients = new List<InventoryRecipient>();
        foreach (var r in reader.Array(e, "recipients"))
        {
            if (!reader.Indexed)
            {
                recipients.Add(ReadRecipient(reader, r, what + " recipient"));
            }
            else if (r.ValueKind == JsonValueKind.Number && r.TryGetInt32(out var index) && index >= 0 && index < recipientTable.Count)
            {
                recipients.Add(recipientTable[index]);
            }
            else
            {
                throw reader.Error($"{what}: 'recipients' holds {r.GetRawText()}, which is not the index of a recipient.");
            }
        }

        var retainedUnder = new List<InventoryRetainedUnder>();
        foreach (var r in reader.Array(e, "retainedUnder"))
        {
            if (r.ValueKind != JsonValueKind.Object)
            {
                throw reader.Error($"{what}: 'retainedUnder' holds {r.GetRawText()}, which is not an object.");
            }

            var v = reader.Fields(r, InventorySchema.RetainedUnder, what + " retainedUnder", indexed: reader.Indexed);
            retainedUnder.Add(new InventoryRetainedUnder(
                reader.Enum<LegalBasis>(v[0], "legalBasis", what + " retainedUnder"),
                v[1],
                reader.Enum<RetentionStart>(v[2], "retentionFrom", what + " retainedUnder"),
                v[3],
                v[4]));
        }

        return new InventoryEntry(
            type,
            member,
            values[InventorySchema.EntryMemberType]!,
            values[InventorySchema.EntryDataSubject],
            values[InventorySchema.EntryCategory],
            reader.Enum<LegalBasis>(values[InventorySchema.EntryLegalBasis], "legalBasis", what),
            values[InventorySchema.EntryRetention],
            reader.Enum<RetentionStart>(values[InventorySchema.EntryRetentionFrom], "retentionFrom", what),
            values[InventorySchema.EntryRetentionNote],
            purposes,
            reader.Enum<DataSource>(values[InventorySchema.EntrySource], "source", what),
            values[InventorySchema.EntryDescription],
            reader.Enum<SpecialCategoryCondition>(values[InventorySchema.EntrySpecialCategoryCondition], "specialCategoryCondition", what),
            reader.Enum<CriminalDataCondition>(values[InventorySchema.EntryCriminalDataCondition], "criminalDataCondition", what),
            recipients,
            values[InventorySchema.EntryOrigin] ?? "PersonalData",
            values[InventorySchema.EntryAlternativeRetention],
            reader.Enum<RetentionStart>(values[InventorySchema.EntryAlternativeRetentionFrom], "alternativeRetentionFrom", what),
            reader.Enum<RetentionCombination>(values[InventorySchema.EntryRetentionCombination], "retentionCombination", what),
            reader.Enum<ErasureAction>(values[InventorySchema.EntryErasure], "erasure", what),
            values[InventorySchema.EntryLegitimateInterest],
            reader.Enum<RetentionBound>(values[InventorySchema.EntryRetentionBound], "retentionBound", what),
            reader.Count(values[InventorySchema.EntryUnansweredCommunications], "unansweredCommunications", what),
            retainedUnder);
    }

    /// <summary>The fideslang data category of a category id (its own, or its top level's), or null.</summary>
    public static string? FidesCategoryOf(string? category) => CategoryTaxonomy.FideslangOf(category);

    private sealed class ElementReader
    {
        private readonly string _sourceName;
        private readonly string[]? _strings;

        public ElementReader(string sourceName, string[]? strings)
        {
            _sourceName = sourceName;
            _strings = strings;
        }

        /// <summary>Whether entries and recipients hold indexes into the string table (the compact form).</summary>
        public bool Indexed => _strings is not null;

        public InventoryFormatException Error(string message) => new($"{_sourceName}: {message}");

        /// <summary>The values of <paramref name="fields"/> (absent ones at their absent value); required ones must be present.</summary>
        public string?[] Fields(JsonElement element, InventoryField[] fields, string what, bool indexed)
        {
            var values = InventorySchema.NewValues(fields);
            for (var i = 0; i < fields.Length; i++)
            {
                var field = fields[i];
                if (field.Kind == FieldKind.Flag)
                {
                    if (element.TryGetProperty(field.Name, out var flag) && flag.ValueKind != JsonValueKind.Null)
                    {
                        values[i] = flag.ValueKind switch
                        {
                            JsonValueKind.True => "true",
                            JsonValueKind.False => null,
                            _ => throw Error($"{what}: '{field.Name}' must be true, false or null."),
                        };
                    }

                    continue;
                }

                if (field.Kind != FieldKind.Text)
                {
                    continue;
                }

                if (field.Required)
                {
                    values[i] = indexed
                        ? element.TryGetProperty(field.Name, out var index) ? TableString(index, $"{what}: '{field.Name}'") : throw Error($"{what}: missing '{field.Name}'.")
                        : RequiredString(element, field.Name, what);
                    // Once type and member are known, errors name the entry ("entry Shop.Customer.Email: …").
                    if (i == InventorySchema.EntryMember && fields == InventorySchema.Entry)
                    {
                        what = $"entry {values[0]}.{values[1]}";
                    }

                    continue;
                }

                if (!element.TryGetProperty(field.Name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                values[i] = indexed
                    ? TableString(value, $"{what}: '{field.Name}'")
                    : value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error($"'{field.Name}' must be a string or null.");
            }

            return values;
        }

        /// <summary>The string a compact-form index refers to.</summary>
        public string TableString(JsonElement index, string what) =>
            index.ValueKind == JsonValueKind.Number && index.TryGetInt32(out var i) && i >= 0 && i < _strings!.Length
                ? _strings[i]
                : throw Error($"{what} holds {index.GetRawText()}, which is not the index of a string in 'strings'.");

        public string RequiredString(JsonElement element, string name, string what) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw Error($"{what}: missing or non-string '{name}'.");

        public string? OptionalString(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error($"'{name}' must be a string or null.");
        }

        public IEnumerable<JsonElement> Array(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return System.Array.Empty<JsonElement>();
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                throw Error($"'{name}' must be an array.");
            }

            var items = new List<JsonElement>();
            foreach (var item in value.EnumerateArray())
            {
                items.Add(item);
            }

            return items;
        }

        public TEnum Enum<TEnum>(string? text, string name, string what)
            where TEnum : struct
        {
            if (text is null)
            {
                return default;
            }

            return System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(typeof(TEnum), value)
                ? value
                : throw Error($"{what}: '{name}' has the unknown value '{text}'.");
        }

        /// <summary>A count written as text ("6"): a whole number of at least 1; absent is 0.</summary>
        public int Count(string? text, string name, string what)
        {
            if (text is null)
            {
                return 0;
            }

            return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1
                ? value
                : throw Error($"{what}: '{name}' is '{text}', not a whole number of at least 1.");
        }
    }
}
