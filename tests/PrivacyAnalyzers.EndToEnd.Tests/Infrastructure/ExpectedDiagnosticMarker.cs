using System.IO;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A line of a consumer source that must get a diagnostic: it ends with <c>// PRIV001 Category.Id</c>
/// (see Consumer/README.md).
/// </summary>
internal sealed record ExpectedDiagnosticMarker(string FileName, int Line, string Id, string? Category)
{
    private static readonly Regex Pattern = new(
        @"//\s*(?<id>PRIV\d{3})(?:\s+(?<category>[A-Za-z][A-Za-z.]*))?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public override string ToString() => $"{FileName}({Line}): {Id}{(Category is null ? "" : " " + Category)}";

    public static IReadOnlyList<ExpectedDiagnosticMarker> Read(string directory)
    {
        var markers = new List<ExpectedDiagnosticMarker>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var match = Pattern.Match(lines[i]);
                if (match.Success)
                {
                    var category = match.Groups["category"];
                    markers.Add(new ExpectedDiagnosticMarker(
                        Path.GetFileName(file), i + 1, match.Groups["id"].Value, category.Success ? category.Value : null));
                }
            }
        }

        return markers;
    }
}
