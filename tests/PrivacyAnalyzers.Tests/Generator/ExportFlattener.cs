using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using PrivacyAnalyzers.Testing;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>
/// Reads an export back (JsonDocument, a small RFC 4180 parser, XDocument) into one dictionary per format:
/// path (<c>Orders[0].Total</c>) → value text, null as "". The three must agree with each other and with what the test expects.
/// A value the export names without writing it (JSON <c>{"$omitted": "…"}</c>, XML <c>omitted="…"</c>, CSV <c>(…)</c>)
/// reads as its reason in parentheses in all three.
/// </summary>
internal static class ExportFlattener
{
    public static Dictionary<string, string> Json(byte[] bytes)
    {
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "JSON must not start with a byte-order mark.");
        using var document = JsonDocument.Parse(bytes);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(document.RootElement.GetProperty("data"), string.Empty, result);
        return result;

        static void Walk(JsonElement element, string path, Dictionary<string, string> result)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object when element.TryGetProperty("$omitted", out var omitted):
                    Assert.Single(element.EnumerateObject());
                    result.Add(path, "(" + omitted.GetString() + ")");
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, result);
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, path + "[" + i++ + "]", result);
                    }

                    break;
                case JsonValueKind.String: result.Add(path, element.GetString()!); break;
                case JsonValueKind.Number: result.Add(path, element.GetRawText()); break;
                case JsonValueKind.True: result.Add(path, "true"); break;
                case JsonValueKind.False: result.Add(path, "false"); break;
                case JsonValueKind.Null: result.Add(path, string.Empty); break;
            }
        }
    }

    /// <summary>The CSV records after the header, as (path, category, value) with the value exactly as written.</summary>
    public static List<string[]> CsvRecords(byte[] bytes)
    {
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "CSV starts with a UTF-8 byte-order mark.");
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        var records = Rfc4180.Parse(text);
        Assert.Equal(new[] { "path", "category", "value" }, records[0]);
        Assert.All(records, r => Assert.Equal(3, r.Length));
        return records.Skip(1).ToList();
    }

    /// <summary>CSV as path → value, with the formula-neutralising apostrophe removed from text cells that carry it.</summary>
    public static Dictionary<string, string> Csv(byte[] bytes) =>
        CsvRecords(bytes).ToDictionary(
            r => r[0],
            r => r[2].Length > 1 && r[2][0] == '\'' && r[2][1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? r[2].Substring(1) : r[2],
            StringComparer.Ordinal);

    public static Dictionary<string, string> Xml(byte[] bytes)
    {
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF, "XML is written without a byte-order mark.");
        var document = XDocument.Parse(Encoding.UTF8.GetString(bytes), LoadOptions.None);
        Assert.Equal("personalData", document.Root!.Name.LocalName);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(document.Root, string.Empty, result);
        return result;

        static void Walk(XElement element, string path, Dictionary<string, string> result)
        {
            var index = 0;
            foreach (var child in element.Elements())
            {
                var name = child.Name.LocalName == "item" ? path + "[" + index++ + "]" : (path.Length == 0 ? child.Name.LocalName : path + "." + child.Name.LocalName);
                if (child.Attribute("null") is not null)
                {
                    result.Add(name, string.Empty);
                }
                else if (child.Attribute("omitted") is { } omitted)
                {
                    Assert.False(child.HasElements || child.Value.Length > 0, "An omitted value has no content.");
                    result.Add(name, "(" + omitted.Value + ")");
                }
                else if (child.Attribute("category") is not null)
                {
                    result.Add(name, child.Value);
                }
                else
                {
                    Walk(child, name, result);
                }
            }
        }
    }
}
