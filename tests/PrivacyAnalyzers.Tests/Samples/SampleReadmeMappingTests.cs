using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Tests.Samples;

/// <summary>
/// Each seed sample's README maps the personal data its seed policy lists to the members that hold it. These tests
/// keep that map true: every mapped member exists and is annotated with the stated category, legal basis and retention
/// (defaults applied), and every annotated member of the sample appears in the map.
/// </summary>
public sealed class SampleReadmeMappingTests
{
    public static TheoryData<string> Samples => new() { "Crm", "CityManagement", "ERegistry", "ControlPanel", "IotShop" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_mapped_member_exists_and_is_annotated_as_the_readme_states(string sample)
    {
        var sources = SampleSources.Load(sample);
        var readme = SampleReadme.Load(sources.Directory);
        var problems = new List<string>();
        foreach (var row in readme.Rows)
        {
            foreach (var (typeName, memberName) in row.Members)
            {
                var where = $"samples/{sample}/README.md:{row.Line} `{typeName}.{memberName}`";
                var type = sources.FindType(typeName);
                var member = type?.GetMembers(memberName).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol);
                if (member is null)
                {
                    problems.Add($"{where}: no such member in the sample.");
                    continue;
                }

                var annotation = sources.Reader.GetEffectiveAnnotation(member);
                if (annotation is null)
                {
                    problems.Add($"{where}: not annotated [PersonalData].");
                    continue;
                }

                Check(problems, where, "category", row.Category, annotation.Category ?? "(none)");
                Check(problems, where, "legal basis", row.LegalBasis, annotation.LegalBasis.Value.ToString());
                Check(problems, where, "retention", row.Retention, SampleSources.RenderRetention(annotation));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void Check(List<string> problems, string where, string what, string stated, string actual)
    {
        if (!string.Equals(stated, actual, StringComparison.Ordinal))
        {
            problems.Add($"{where}: the README states {what} '{stated}', the code says '{actual}'.");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_annotated_member_is_in_the_readme_map(string sample)
    {
        var sources = SampleSources.Load(sample);
        var mapped = SampleReadme.Load(sources.Directory).Rows.SelectMany(r => r.Members).Select(m => $"{m.Type}.{m.Member}").ToHashSet(StringComparer.Ordinal);
        var missing = sources.PersonalDataMembers().Select(m => m.Name).Where(n => !mapped.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"samples/{sample}/README.md does not map: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_string_member_of_an_entity_decides_whether_it_is_personal_data(string sample)
    {
        // The samples are meant to build with PRIV001 on and no warning: a text member is either personal data or
        // deliberately not, never left to the heuristics.
        var sources = SampleSources.Load(sample);
        var undecided = new List<string>();
        foreach (var type in sources.Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>().Where(t => t.TypeKind == TypeKind.Class))
        {
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>().Where(p => p.Type.SpecialType == SpecialType.System_String))
            {
                if (!sources.Reader.IsAnnotated(property))
                {
                    undecided.Add($"{type.Name}.{property.Name}");
                }
            }
        }

        Assert.True(undecided.Count == 0, $"samples/{sample}: string members with neither [PersonalData] nor [NotPersonalData]: {string.Join(", ", undecided)}");
    }
}
