using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// Translations of the free text the annotations hold (purposes, descriptions, retention notes, data-subject names,
/// recipients' names and purposes) into the language of one rendered document. The annotations are written in one
/// language; the fixed wording of the policy exists in English and Romanian, and this table supplies the rest, for
/// instance <c>privacy-texts.ro.json</c>:
/// <code>{ "To answer pre-sales queries": "Pentru a răspunde solicitărilor de ofertă" }</code>
/// A text with no entry is printed as written and listed, at the end of the document, in a comment for the translator.
/// </summary>
public sealed class TextTranslations
{
    private readonly Dictionary<string, string> _texts;

    private TextTranslations(Dictionary<string, string> texts, string sourceName)
    {
        _texts = texts;
        SourceName = sourceName;
    }

    /// <summary>Where the table came from (a file path), named in the comment that lists missing texts.</summary>
    public string SourceName { get; }

    /// <summary>How many texts the table translates.</summary>
    public int Count => _texts.Count;

    /// <summary>Reads a table: one JSON object whose properties map a text to its translation.</summary>
    /// <exception cref="InventoryLoadException">Not a JSON object of strings.</exception>
    public static TextTranslations Parse(string json, string sourceName)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InventoryLoadException(sourceName, "a translations file is one JSON object mapping each text to its translation.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    throw new InventoryLoadException(sourceName, $"the translation of \"{property.Name}\" must be a string.");
                }

                texts[property.Name.Trim()] = property.Value.GetString()!;
            }
        }
        catch (JsonException exception)
        {
            throw new InventoryLoadException(sourceName, $"not valid JSON ({exception.Message}).");
        }

        return new TextTranslations(texts, sourceName);
    }

    /// <summary>
    /// Reads a table from a UTF-8 file. Errors name the path; the comment listing missing texts names only the file
    /// name, so that the output does not depend on where the project lives.
    /// </summary>
    /// <exception cref="InventoryLoadException">Missing, unreadable or malformed.</exception>
    public static TextTranslations Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InventoryLoadException(path, "file not found.");
        }

        try
        {
            var table = Parse(File.ReadAllText(path, Encoding.UTF8), path);
            return new TextTranslations(table._texts, Path.GetFileName(path));
        }
        catch (IOException exception)
        {
            throw new InventoryLoadException(path, $"cannot be read ({exception.Message}).");
        }
    }

    internal bool TryTranslate(string text, out string translation) => _texts.TryGetValue(text.Trim(), out translation!);
}

/// <summary>Looks free text up in the table of one rendering and remembers what it could not find.</summary>
internal sealed class TextLookup
{
    private readonly TextTranslations? _table;
    private readonly SortedSet<string> _missing = new(StringComparer.Ordinal);

    public TextLookup(TextTranslations? table) => _table = table;

    public string T(string text)
    {
        if (_table is null || text.Trim().Length == 0)
        {
            return text;
        }

        if (_table.TryTranslate(text, out var translation))
        {
            return translation;
        }

        _missing.Add(text.Trim());
        return text;
    }

    /// <summary>A proper name (a recipient's): translated when the table has it, never listed as missing.</summary>
    public string Name(string text) => _table is not null && _table.TryTranslate(text, out var translation) ? translation : text;

    /// <summary>A comment listing the texts that had no translation, or null.</summary>
    public Comment? MissingComment(ReportLanguage language)
    {
        if (_table is null || _missing.Count == 0)
        {
            return null;
        }

        return new Comment(language.Pick(
            $"Not translated (add to {_table.SourceName}): ",
            $"Netraduse (adăugați în {_table.SourceName}): ") + string.Join(" | ", _missing));
    }
}
