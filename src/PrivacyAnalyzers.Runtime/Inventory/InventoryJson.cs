using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Inventory;

/// <summary>
/// Writes and reads an inventory as JSON, in the versioned schema documented in <c>docs/inventory-schema.md</c>.
/// Reflection-free (Utf8JsonWriter / JsonDocument), culture-invariant, byte-identical for the same inventory.
/// </summary>
public static class InventoryJson
{
    private static readonly JsonWriterOptions IndentedOptions = new() { Indented = true };

    /// <summary>Writes the inventory, indented, to a UTF-8 stream.</summary>
    public static void Write(PrivacyInventory inventory, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, IndentedOptions);
        Write(inventory, writer);
    }

    /// <summary>The inventory as indented JSON text (LF line endings).</summary>
    public static string ToJson(PrivacyInventory inventory)
    {
        using var stream = new MemoryStream();
        Write(inventory, stream);
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n");
    }

    /// <summary>Writes the inventory to a writer.</summary>
    public static void Write(PrivacyInventory inventory, Utf8JsonWriter writer)
    {
        if (inventory is null)
        {
            throw new ArgumentNullException(nameof(inventory));
        }

        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", inventory.SchemaVersion);
        writer.WriteString("assembly", inventory.Assembly);
        if (inventory.Controller is { } controller)
        {
            writer.WriteStartObject("controller");
            writer.WriteString("name", controller.Name);
            WriteNullable(writer, "address", controller.Address);
            WriteNullable(writer, "country", controller.Country);
            WriteNullable(writer, "registrationNumber", controller.RegistrationNumber);
            WriteNullable(writer, "taxId", controller.TaxId);
            WriteNullable(writer, "email", controller.Email);
            WriteNullable(writer, "phone", controller.Phone);
            WriteNullable(writer, "website", controller.Website);
            WriteNullable(writer, "dpoName", controller.DpoName);
            WriteNullable(writer, "dpoEmail", controller.DpoEmail);
            WriteNullable(writer, "supervisoryAuthority", controller.SupervisoryAuthority);
            if (controller.AllRecipientsDeclared)
            {
                writer.WriteBoolean("allRecipientsDeclared", true);
            }

            if (controller.SecurityMeasures is not null)
            {
                writer.WriteString("securityMeasures", controller.SecurityMeasures);
            }

            if (controller.Representative is not null)
            {
                writer.WriteString("representative", controller.Representative);
            }

            if (controller.AutomatedDecisionMaking is not null)
            {
                writer.WriteString("automatedDecisionMaking", controller.AutomatedDecisionMaking);
            }

            if (controller.NoAutomatedDecisionMaking)
            {
                writer.WriteBoolean("noAutomatedDecisionMaking", true);
            }
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("controller");
        }

        writer.WriteStartArray("subjects");
        foreach (var subject in inventory.Subjects)
        {
            writer.WriteStartObject();
            writer.WriteString("name", subject.Name);
            writer.WriteString("type", subject.Type);
            WriteNullable(writer, "description", subject.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("declaredCategories");
        foreach (var category in inventory.DeclaredCategories)
        {
            writer.WriteStartObject();
            writer.WriteString("id", category.Id);
            WriteNullable(writer, "description", category.Description);
            writer.WriteBoolean("isSpecialCategory", category.IsSpecialCategory);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("entries");
        foreach (var entry in inventory.Entries)
        {
            WriteEntry(writer, entry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Reads an inventory from JSON text. <paramref name="sourceName"/> (a file path) is named in error messages.</summary>
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

            if (schemaVersion != PrivacyInventory.CurrentSchemaVersion)
            {
                throw new InventoryFormatException(
                    $"{sourceName}: schema version {schemaVersion} is not supported; this version of PrivacyAnalyzers reads schema version {PrivacyInventory.CurrentSchemaVersion}.");
            }

            var reader = new ElementReader(sourceName);
            var controller = root.TryGetProperty("controller", out var c) && c.ValueKind == JsonValueKind.Object
                ? new InventoryController(
                    reader.RequiredString(c, "name", "controller"),
                    reader.OptionalString(c, "address"),
                    reader.OptionalString(c, "country"),
                    reader.OptionalString(c, "registrationNumber"),
                    reader.OptionalString(c, "taxId"),
                    reader.OptionalString(c, "email"),
                    reader.OptionalString(c, "phone"),
                    reader.OptionalString(c, "website"),
                    reader.OptionalString(c, "dpoName"),
                    reader.OptionalString(c, "dpoEmail"),
                    reader.OptionalString(c, "supervisoryAuthority"),
                    reader.OptionalBoolean(c, "allRecipientsDeclared"),
                    reader.OptionalString(c, "securityMeasures"),
                    reader.OptionalString(c, "representative"),
                    reader.OptionalString(c, "automatedDecisionMaking"),
                    reader.OptionalBoolean(c, "noAutomatedDecisionMaking"))
                : null;

            var subjects = new List<InventorySubject>();
            foreach (var s in reader.Array(root, "subjects"))
            {
                subjects.Add(new InventorySubject(reader.RequiredString(s, "name", "subject"), reader.RequiredString(s, "type", "subject"), reader.OptionalString(s, "description")));
            }

            var categories = new List<InventoryCategory>();
            foreach (var k in reader.Array(root, "declaredCategories"))
            {
                categories.Add(new InventoryCategory(
                    reader.RequiredString(k, "id", "declared category"),
                    reader.OptionalString(k, "description"),
                    k.TryGetProperty("isSpecialCategory", out var special) && special.ValueKind == JsonValueKind.True));
            }

            var entries = new List<InventoryEntry>();
            foreach (var e in reader.Array(root, "entries"))
            {
                entries.Add(ReadEntry(reader, e));
            }

            return new PrivacyInventory(reader.RequiredString(root, "assembly", "inventory"), controller, subjects, categories, entries, schemaVersion);
        }
    }

    private static void WriteEntry(Utf8JsonWriter writer, InventoryEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("type", entry.Type);
        writer.WriteString("member", entry.Member);
        writer.WriteString("memberType", entry.MemberType);
        WriteNullable(writer, "dataSubject", entry.DataSubject);
        WriteNullable(writer, "category", entry.Category);
        WriteNullable(writer, "fidesCategory", FidesCategoryOf(entry.Category));
        writer.WriteString("legalBasis", entry.LegalBasis.ToString());
        WriteNullable(writer, "retention", entry.Retention);
        writer.WriteString("retentionFrom", entry.RetentionFrom.ToString());
        WriteNullable(writer, "retentionNote", entry.RetentionNote);
        // Optional since schema version 1 was published: written only when stated, so inventories without them are unchanged.
        if (entry.AlternativeRetention is not null || entry.AlternativeRetentionFrom != RetentionStart.Unspecified || entry.RetentionCombination != RetentionCombination.Unspecified)
        {
            WriteNullable(writer, "alternativeRetention", entry.AlternativeRetention);
            writer.WriteString("alternativeRetentionFrom", entry.AlternativeRetentionFrom.ToString());
            writer.WriteString("retentionCombination", entry.RetentionCombination.ToString());
        }

        writer.WriteStartArray("purposes");
        foreach (var purpose in entry.Purposes)
        {
            writer.WriteStringValue(purpose);
        }

        writer.WriteEndArray();
        writer.WriteString("source", entry.Source.ToString());
        WriteNullable(writer, "description", entry.Description);
        writer.WriteString("specialCategoryCondition", entry.SpecialCategoryCondition.ToString());
        writer.WriteString("criminalDataCondition", entry.CriminalDataCondition.ToString());
        writer.WriteStartArray("recipients");
        foreach (var recipient in entry.Recipients)
        {
            writer.WriteStartObject();
            writer.WriteString("name", recipient.Name);
            writer.WriteString("kind", recipient.Kind.ToString());
            WriteNullable(writer, "country", recipient.Country);
            writer.WriteString("safeguard", recipient.Safeguard.ToString());
            WriteNullable(writer, "purpose", recipient.Purpose);
            if (recipient.TransferDetails is not null)
            {
                writer.WriteString("transferDetails", recipient.TransferDetails);
            }

            if (recipient.Note is not null)
            {
                writer.WriteString("note", recipient.Note);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("origin", entry.Origin);
        writer.WriteEndObject();
    }

    private static InventoryEntry ReadEntry(ElementReader reader, JsonElement e)
    {
        var what = "entry";
        var type = reader.RequiredString(e, "type", what);
        var member = reader.RequiredString(e, "member", what);
        what = $"entry {type}.{member}";
        var purposes = new List<string>();
        foreach (var p in reader.Array(e, "purposes"))
        {
            purposes.Add(p.ValueKind == JsonValueKind.String ? p.GetString()! : throw reader.Error($"{what}: 'purposes' holds a non-string value."));
        }

        var recipients = new List<InventoryRecipient>();
        foreach (var r in reader.Array(e, "recipients"))
        {
            recipients.Add(new InventoryRecipient(
                reader.RequiredString(r, "name", what + " recipient"),
                reader.Enum<RecipientKind>(r, "kind", what),
                reader.OptionalString(r, "country"),
                reader.Enum<TransferSafeguard>(r, "safeguard", what),
                reader.OptionalString(r, "purpose"),
                reader.OptionalString(r, "transferDetails"),
                reader.OptionalString(r, "note")));
        }

        return new InventoryEntry(
            type,
            member,
            reader.RequiredString(e, "memberType", what),
            reader.OptionalString(e, "dataSubject"),
            reader.OptionalString(e, "category"),
            reader.Enum<LegalBasis>(e, "legalBasis", what),
            reader.OptionalString(e, "retention"),
            reader.Enum<RetentionStart>(e, "retentionFrom", what),
            reader.OptionalString(e, "retentionNote"),
            purposes,
            reader.Enum<DataSource>(e, "source", what),
            reader.OptionalString(e, "description"),
            reader.Enum<SpecialCategoryCondition>(e, "specialCategoryCondition", what),
            reader.Enum<CriminalDataCondition>(e, "criminalDataCondition", what),
            recipients,
            reader.OptionalString(e, "origin") ?? "PersonalData",
            reader.OptionalString(e, "alternativeRetention"),
            reader.Enum<RetentionStart>(e, "alternativeRetentionFrom", what),
            reader.Enum<RetentionCombination>(e, "retentionCombination", what));
    }

    /// <summary>The fideslang data category of a category id (its own, or its top level's), or null.</summary>
    public static string? FidesCategoryOf(string? category) => CategoryTaxonomy.FideslangOf(category);

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private sealed class ElementReader
    {
        private readonly string _sourceName;

        public ElementReader(string sourceName) => _sourceName = sourceName;

        public InventoryFormatException Error(string message) => new($"{_sourceName}: {message}");

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

        public bool OptionalBoolean(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return false;
            }

            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error($"'{name}' must be true, false or null."),
            };
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

        public TEnum Enum<TEnum>(JsonElement element, string name, string what)
            where TEnum : struct
        {
            var text = OptionalString(element, name);
            if (text is null)
            {
                return default;
            }

            return System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(typeof(TEnum), value)
                ? value
                : throw Error($"{what}: '{name}' has the unknown value '{text}'.");
        }
    }
}
