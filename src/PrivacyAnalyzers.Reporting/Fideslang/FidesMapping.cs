using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PrivacyAnalyzers.Reporting.Fideslang;

/// <summary>
/// What the annotations do not say in fideslang's words: which fideslang data use each purpose is, and which fideslang
/// data subject each <c>[DataSubject]</c> is. Read from a JSON file:
/// <code>{ "dataUses": { "To fulfil our contract with you": "essential.service", "*": "essential" },
///   "dataSubjects": { "Website visitor": "visitor" } }</code>
/// A purpose that is itself a data-use key, and a subject whose name written in snake case is a data-subject key
/// (<c>Customer</c> → <c>customer</c>, <c>JobApplicant</c> → <c>job_applicant</c>), need no entry. <c>"*"</c> under
/// <c>dataUses</c> is the data use of every other purpose and of members that declare none. Every key is checked against
/// <see cref="FideslangTaxonomy"/>.
/// </summary>
public sealed class FidesMapping
{
    /// <summary>The <c>dataUses</c> entry that applies to every purpose not listed, and to members without a purpose.</summary>
    public const string AnyPurpose = "*";

    private readonly Dictionary<string, string> _uses;
    private readonly Dictionary<string, string> _subjects;

    private FidesMapping(Dictionary<string, string> uses, Dictionary<string, string> subjects, string? sourceName)
    {
        _uses = uses;
        _subjects = subjects;
        SourceName = sourceName;
    }

    /// <summary>No mapping: only purposes that are data-use keys and subjects named like data-subject keys are known.</summary>
    public static FidesMapping None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal), null);

    /// <summary>The file the mapping came from, or null.</summary>
    public string? SourceName { get; }

    /// <summary>The data use of a purpose (null: none declared), or null when nothing maps it.</summary>
    public string? DataUseOf(string? purpose)
    {
        var trimmed = purpose?.Trim();
        if (trimmed is { Length: > 0 })
        {
            if (_uses.TryGetValue(trimmed, out var mapped))
            {
                return mapped;
            }

            if (FideslangTaxonomy.DataUses.Contains(trimmed))
            {
                return trimmed;
            }
        }

        return _uses.TryGetValue(AnyPurpose, out var any) ? any : null;
    }

    /// <summary>The data subject key of a <c>[DataSubject]</c> name, or null when nothing maps it.</summary>
    public string? DataSubjectOf(string name)
    {
        var trimmed = name.Trim();
        if (_subjects.TryGetValue(trimmed, out var mapped))
        {
            return mapped;
        }

        var snake = SnakeCase(trimmed);
        return FideslangTaxonomy.DataSubjects.Contains(snake) ? snake : null;
    }

    /// <summary>Reads a mapping file (UTF-8 JSON).</summary>
    /// <exception cref="InventoryLoadException">Missing, unreadable, malformed, or a value that is not a fideslang key.</exception>
    public static FidesMapping Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InventoryLoadException(path, "file not found.");
        }

        string json;
        try
        {
            json = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            throw new InventoryLoadException(path, $"cannot be read ({exception.Message}).");
        }

        return Parse(json, path);
    }

    /// <summary>Parses a mapping; errors name <paramref name="sourceName"/>.</summary>
    /// <exception cref="InventoryLoadException">Malformed, or a value that is not a fideslang key.</exception>
    public static FidesMapping Parse(string json, string sourceName)
    {
        var uses = new Dictionary<string, string>(StringComparer.Ordinal);
        var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InventoryLoadException(sourceName, "a fides mapping is one JSON object with \"dataUses\" and \"dataSubjects\" objects.");
            }

            foreach (var section in document.RootElement.EnumerateObject())
            {
                var (target, keys, what) = section.Name switch
                {
                    "dataUses" => (uses, FideslangTaxonomy.DataUses, "data use"),
                    "dataSubjects" => (subjects, FideslangTaxonomy.DataSubjects, "data subject"),
                    _ => throw new InventoryLoadException(sourceName, $"unknown property \"{section.Name}\" (a fides mapping has \"dataUses\" and \"dataSubjects\")."),
                };
                if (section.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new InventoryLoadException(sourceName, $"\"{section.Name}\" must be an object mapping each text to a fideslang {what} key.");
                }

                foreach (var property in section.Value.EnumerateObject())
                {
                    var key = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!.Trim() : null;
                    if (key is null || !keys.Contains(key))
                    {
                        throw new InventoryLoadException(
                            sourceName,
                            $"\"{section.Name}\": \"{property.Name}\" maps to {(key is null ? "a value that is not a string" : "\"" + key + "\"")}, which is not a fideslang {what} of the default taxonomy.");
                    }

                    target[property.Name.Trim()] = key;
                }
            }
        }
        catch (JsonException exception)
        {
            throw new InventoryLoadException(sourceName, $"not valid JSON ({exception.Message}).");
        }

        return new FidesMapping(uses, subjects, sourceName);
    }

    /// <summary><c>Website visitor</c> → <c>website_visitor</c>, <c>JobApplicant</c> → <c>job_applicant</c>.</summary>
    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsLetterOrDigit(c))
            {
                if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '_')
            {
                builder.Append('_');
            }
        }

        return builder.ToString().Trim('_');
    }
}
