using System.IO;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary><c>dotnet format analyzers --diagnostics PRIV001</c> applies the package's code fix to a real project, in bulk.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class CodeFixFormatTests(PackedPackage package)
{
    private static readonly string[] Sources = ["Customer.cs", "Client.cs", "Product.cs"];

    [Fact]
    public async Task Dotnet_format_annotates_every_member_and_the_rebuild_is_clean()
    {
        var consumer = ConsumerProject.Create(package, "format", Sources);
        var markers = consumer.ReadMarkers().Where(m => m.Id == "PRIV001").ToList();
        var productBefore = consumer.ReadSource("Product.cs");

        var format = await consumer.FormatAsync("analyzers", "--diagnostics", "PRIV001", "--severity", "warn");
        Assert.True(format.Succeeded, format.Describe());

        foreach (var file in new[] { "Customer.cs", "Client.cs" })
        {
            var text = consumer.ReadSource(file);
            Assert.Contains("using PrivacyAnalyzers;", text, StringComparison.Ordinal);
            var annotations = Regex.Matches(text, @"\[PersonalData\(").Count;
            Assert.True(
                annotations == markers.Count(m => m.FileName == file),
                $"{file}: {annotations} [PersonalData(…)] for {markers.Count(m => m.FileName == file)} marked members after dotnet format:\n{text}\n{format.Describe()}");
        }

        Assert.Equal(productBefore, consumer.ReadSource("Product.cs"));

        var rebuild = await consumer.BuildAsync();
        Assert.True(rebuild.Succeeded, rebuild.Describe());
        Assert.DoesNotContain(BuildDiagnostic.Parse(rebuild.Output), d => d.Id == "PRIV001");
    }

    /// <summary>
    /// README's "A first example", run as written: its code in a project <c>Shop</c> whose folder also holds a solution
    /// (where an unnamed <c>dotnet format</c> refuses to choose), its <c>dotnet format</c> command, the code it shows
    /// afterwards compared with what the fix wrote, and its verification command — exit 2 while PRIV011 asks for the
    /// legal basis, 0 once the README's assembly defaults state it, 0 at once for <c>--diagnostics PRIV001</c>.
    /// </summary>
    [Fact]
    public async Task Readme_first_example_commands_work_as_written_and_show_what_the_fix_writes()
    {
        var section = ReadmeSection("## A first example");
        var csharp = CodeBlocks(section, "csharp");
        var bash = CodeBlocks(section, "bash");
        Assert.True(csharp.Count == 3 && bash.Count == 2, $"README's first example changed shape ({csharp.Count} csharp and {bash.Count} bash blocks); update this test:\n{section}");
        var (before, after, defaults) = (csharp[0], csharp[1], csharp[2]);
        var (format, verify) = (bash[0].Trim(), bash[1].Trim());
        Assert.Contains("Shop.csproj", format, StringComparison.Ordinal);

        var consumer = ConsumerProject.Create(package, "readme", [], projectName: "Shop");
        File.WriteAllText(Path.Combine(consumer.Directory, "Customer.cs"), before);
        WriteSolution(consumer);
        var build = await consumer.BuildAsync();
        Assert.True(build.Succeeded, build.Describe());
        Assert.Contains(BuildDiagnostic.Parse(build.Output), d => d.Id == "PRIV001" && d.Message.StartsWith("'Email' looks like personal data (Contact.Email", StringComparison.Ordinal));

        var formatted = await consumer.RunDocumentedAsync(format);
        Assert.True(formatted.Succeeded, formatted.Describe());
        Assert.Equal(after.ReplaceLineEndings("\n"), consumer.ReadSource("Customer.cs").ReplaceLineEndings("\n"));

        var onlyPriv001 = await consumer.RunDocumentedAsync(verify + " --diagnostics PRIV001");
        Assert.True(onlyPriv001.ExitCode == 0, "README: `--diagnostics PRIV001` exits 0 right after the fix. " + onlyPriv001.Describe());

        var missingBasis = await consumer.RunDocumentedAsync(verify);
        Assert.True(missingBasis.ExitCode == 2, "README: exits 2 before the legal basis is stated. " + missingBasis.Describe());
        Assert.Contains("PRIV011", missingBasis.Output, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(consumer.Directory, "Defaults.cs"), "using PrivacyAnalyzers;\n\n" + defaults);
        var complete = await consumer.RunDocumentedAsync(verify);
        Assert.True(complete.ExitCode == 0, "README: exits 0 once the assembly defaults state the legal basis. " + complete.Describe());
    }

    private static string ReadmeSection(string heading)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section {heading}");
        var end = readme.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    private static List<string> CodeBlocks(string markdown, string language) =>
        Regex.Matches(markdown, $@"(?m)^```{language}\n(?<code>.*?)^```$", RegexOptions.Singleline)
            .Select(m => m.Groups["code"].Value)
            .ToList();

    /// <summary>A solution beside the project, as <c>dotnet new sln</c> + <c>dotnet sln add</c> would leave it.</summary>
    private static void WriteSolution(ConsumerProject consumer)
    {
        const string projectType = "FAE04EC0-301F-11D3-BF4B-00C04F79EFBC";
        var id = Guid.NewGuid().ToString("B").ToUpperInvariant();
        File.WriteAllText(Path.Combine(consumer.Directory, consumer.Name + ".sln"), $$"""

            Microsoft Visual Studio Solution File, Format Version 12.00
            # Visual Studio Version 17
            VisualStudioVersion = 17.0.31903.59
            MinimumVisualStudioVersion = 10.0.40219.1
            Project("{{{projectType}}}") = "{{consumer.Name}}", "{{consumer.Name}}.csproj", "{{id}}"
            EndProject
            Global
            	GlobalSection(SolutionConfigurationPlatforms) = preSolution
            		Debug|Any CPU = Debug|Any CPU
            		Release|Any CPU = Release|Any CPU
            	EndGlobalSection
            	GlobalSection(ProjectConfigurationPlatforms) = postSolution
            		{{id}}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
            		{{id}}.Debug|Any CPU.Build.0 = Debug|Any CPU
            		{{id}}.Release|Any CPU.ActiveCfg = Release|Any CPU
            		{{id}}.Release|Any CPU.Build.0 = Release|Any CPU
            	EndGlobalSection
            EndGlobal

            """);
    }
}
