using System.IO;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Tests.Samples;

/// <summary>
/// A sample README's section "## Purposes and the members that serve them" (issue 15, point 3) lists each purpose of the
/// seed policy as modelled and the members that serve it (<c>`Type.Member`</c>, or <c>`Type.*`</c> for every
/// personal-data member of the type). The table must be what the code says: the members listed under a purpose are
/// exactly those whose effective purposes include it, and every personal-data member the table names serves a purpose.
/// </summary>
public sealed class SamplePurposeTableTests
{
    private const string Heading = "## Purposes and the members that serve them";

    private static readonly Regex MemberPattern = new(@"`([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*|\*)`", RegexOptions.CultureInvariant);

    public static TheoryData<string> Samples => new() { "Crm" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_purpose_lists_exactly_the_members_whose_purposes_include_it(string sample)
    {
        var sources = SampleSources.Load(sample);
        var members = sources.PersonalDataMembers().ToList();
        var purposesOf = members.ToDictionary(
            m => m.Name,
            m => AnnotationReader.SplitList(sources.Reader.GetEffectiveAnnotation(m.Member)!.Purpose.Value).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var problems = new List<string>();
        var rows = Rows(sources.Directory);
        Assert.NotEmpty(rows);
        foreach (var (line, purpose, listed) in rows)
        {
            var expanded = listed
                .SelectMany(m => m.Member == "*" ? members.Select(x => x.Name).Where(n => n.StartsWith(m.Type + ".", StringComparison.Ordinal)) : new[] { m.Type + "." + m.Member })
                .ToHashSet(StringComparer.Ordinal);
            var actual = purposesOf.Where(p => p.Value.Contains(purpose)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            if (actual.Count == 0)
            {
                problems.Add($"samples/{sample}/README.md:{line}: no member has the purpose '{purpose}'.");
            }

            foreach (var extra in expanded.Except(actual).OrderBy(n => n, StringComparer.Ordinal))
            {
                problems.Add($"samples/{sample}/README.md:{line}: lists `{extra}` under '{purpose}', which the code does not give it.");
            }

            foreach (var missing in actual.Except(expanded).OrderBy(n => n, StringComparer.Ordinal))
            {
                problems.Add($"samples/{sample}/README.md:{line}: does not list `{missing}`, which the code gives the purpose '{purpose}'.");
            }
        }

        var named = rows.SelectMany(r => r.Members).Select(m => m.Type).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, purposes) in purposesOf.Where(p => named.Contains(p.Key.Split('.')[0]) && p.Value.Count == 0))
        {
            problems.Add($"samples/{sample}: `{name}` serves no purpose (the notice would say 'To complete').");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static List<(int Line, string Purpose, List<(string Type, string Member)> Members)> Rows(string directory)
    {
        var path = Path.Combine(directory, "README.md");
        var lines = File.ReadAllLines(path);
        var start = Array.IndexOf(lines, Heading);
        Assert.True(start >= 0, $"{path}: no section '{Heading}'.");
        var rows = new List<(int, string, List<(string, string)>)>();
        var seenHeader = false;
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith('|') || line.StartsWith("| ---", StringComparison.Ordinal))
            {
                continue;
            }

            if (!seenHeader)
            {
                seenHeader = true;
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length == 3, $"{path}:{i + 1}: a purpose row has 3 cells (policy purpose | purpose as modelled | members), found {cells.Length}.");
            var members = MemberPattern.Matches(cells[2]).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
            Assert.True(members.Count > 0, $"{path}:{i + 1}: no `Type.Member` in '{cells[2]}'.");
            rows.Add((i + 1, cells[1], members));
        }

        return rows;
    }
}
