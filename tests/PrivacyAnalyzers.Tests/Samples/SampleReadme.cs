using System.IO;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Tests.Samples;

/// <summary>
/// The mapping table of a sample's README: the section "## Policy items and the members that hold them", a Markdown
/// table whose columns are: policy item (quoted) | member(s) in backticks, comma-separated | category | legal basis |
/// retention.
/// </summary>
internal sealed class SampleReadme
{
    public const string MappingHeading = "## Policy items and the members that hold them";

    private static readonly Regex MemberPattern = new(@"`([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)`", RegexOptions.CultureInvariant);

    public SampleReadme(IReadOnlyList<MappingRow> rows) => Rows = rows;

    public IReadOnlyList<MappingRow> Rows { get; }

    public static SampleReadme Load(string sampleDirectory)
    {
        var path = Path.Combine(sampleDirectory, "README.md");
        Assert.True(File.Exists(path), $"{path} is missing.");
        var lines = File.ReadAllLines(path);
        var start = Array.IndexOf(lines, MappingHeading);
        Assert.True(start >= 0, $"{path}: no section '{MappingHeading}'.");
        var rows = new List<MappingRow>();
        var seenHeader = false;
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith('|'))
            {
                continue;
            }

            if (!seenHeader)
            {
                seenHeader = true; // the header row
                continue;
            }

            if (line.StartsWith("| ---", StringComparison.Ordinal) || line.StartsWith("|---", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length == 5, $"{path}:{i + 1}: a mapping row has 5 cells (item | members | category | legal basis | retention), found {cells.Length}.");
            var members = MemberPattern.Matches(cells[1]).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
            Assert.True(members.Count > 0, $"{path}:{i + 1}: no `Type.Member` in '{cells[1]}'.");
            rows.Add(new MappingRow(i + 1, cells[0], members, cells[2].Trim('`'), cells[3], cells[4]));
        }

        Assert.True(rows.Count > 0, $"{path}: the mapping table is empty.");
        return new SampleReadme(rows);
    }
}

/// <summary>One row of a README's mapping table.</summary>
internal sealed record MappingRow(int Line, string PolicyItem, IReadOnlyList<(string Type, string Member)> Members, string Category, string LegalBasis, string Retention);
