using System;
using System.IO;
using System.Text.Json;

namespace PrivacyAnalyzers.Samples;

/// <summary>
/// The fictional people a sample stores are read from <c>seed-data.json</c> next to the program, not written as
/// literals: e-mail addresses, phone numbers, CNPs and IBANs in source code are what PRIV002 reports. The values in
/// those files are invented, and CNPs and IBANs carry wrong check digits on purpose.
/// </summary>
public sealed class SeedFile : IDisposable
{
    private readonly JsonDocument _document;

    private SeedFile(JsonDocument document) => _document = document;

    /// <summary>Reads <c>seed-data.json</c> from the program's directory.</summary>
    public static SeedFile Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seed-data.json");
        return new SeedFile(JsonDocument.Parse(File.ReadAllText(path)));
    }

    /// <summary>A top-level object of the file ("customer", "visitor").</summary>
    public SeedRecord this[string name] => new(_document.RootElement.GetProperty(name));

    /// <inheritdoc />
    public void Dispose() => _document.Dispose();
}

/// <summary>One object of the seed file.</summary>
public readonly struct SeedRecord
{
    private readonly JsonElement _element;

    internal SeedRecord(JsonElement element) => _element = element;

    /// <summary>A string property; throws naming the property when it is missing.</summary>
    public string Text(string name) =>
        _element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"seed-data.json: missing string '{name}'.");

    /// <summary>A nested object.</summary>
    public SeedRecord Child(string name) => new(_element.GetProperty(name));
}
