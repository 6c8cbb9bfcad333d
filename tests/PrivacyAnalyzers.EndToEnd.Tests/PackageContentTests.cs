using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary>
/// The nupkg holds exactly what a user needs, and nothing else (no pdbs, no Roslyn assemblies, no test assets):
/// any entry that is not listed here fails the run, so a change to the layout is a deliberate change to this list.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PackageContentTests(PackedPackage package)
{
    private static readonly string[] ExpectedEntries =
    [
        "PrivacyAnalyzers.nuspec",
        "README.md",
        "analyzers/dotnet/cs/PrivacyAnalyzers.Analyzers.dll",
        "analyzers/dotnet/cs/PrivacyAnalyzers.CodeFixes.dll",
        "analyzers/dotnet/cs/PrivacyAnalyzers.Generator.dll",
        "buildTransitive/PrivacyAnalyzers.Build.targets",
        "buildTransitive/PrivacyAnalyzers.props",
        "buildTransitive/PrivacyAnalyzers.targets",
        "lib/net8.0/PrivacyAnalyzers.Annotations.dll",
        "lib/net8.0/PrivacyAnalyzers.Annotations.xml",
        "lib/net8.0/PrivacyAnalyzers.Runtime.dll",
        "lib/net8.0/PrivacyAnalyzers.Runtime.xml",
        "lib/netstandard2.0/PrivacyAnalyzers.Annotations.dll",
        "lib/netstandard2.0/PrivacyAnalyzers.Annotations.xml",
        "lib/netstandard2.0/PrivacyAnalyzers.Runtime.dll",
        "lib/netstandard2.0/PrivacyAnalyzers.Runtime.xml",
        "licenses/fideslang/LICENSE-Apache-2.0.txt",
        "licenses/fideslang/LICENSE-fideslang.txt",
        "licenses/fideslang/NOTICE.md",
        "tasks/net8.0/PrivacyAnalyzers.Annotations.dll",
        "tasks/net8.0/PrivacyAnalyzers.Build.dll",
        "tasks/net8.0/PrivacyAnalyzers.Reporting.dll",
        "tasks/net8.0/PrivacyAnalyzers.Runtime.dll",
    ];

    // The parts every nupkg has (Open Packaging Conventions); the .psmdcp name is not ours to choose.
    private static readonly Regex PackagingPart = new(
        @"^(_rels/\.rels|\[Content_Types\]\.xml|package/services/metadata/core-properties/[0-9a-zA-Z]+\.psmdcp)$",
        RegexOptions.CultureInvariant);

    private static readonly XNamespace NuspecNamespace = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    [Fact]
    public void Package_contains_exactly_the_expected_entries()
    {
        var entries = package.ReadEntries().Where(e => !PackagingPart.IsMatch(e)).Order(StringComparer.Ordinal).ToList();

        var unexpected = entries.Except(ExpectedEntries, StringComparer.Ordinal).ToList();
        var missing = ExpectedEntries.Except(entries, StringComparer.Ordinal).ToList();
        Assert.True(
            unexpected.Count == 0 && missing.Count == 0,
            $"Unexpected entries: [{string.Join(", ", unexpected)}]; missing entries: [{string.Join(", ", missing)}]. All entries:\n{string.Join("\n", package.ReadEntries())}");
    }

    [Fact]
    public void Nuspec_declares_System_Text_Json_for_netstandard2_0_only_and_no_project_of_ours()
    {
        var metadata = Metadata();
        var groups = metadata.Element(NuspecNamespace + "dependencies")!.Elements(NuspecNamespace + "group")
            .ToDictionary(g => (string)g.Attribute("targetFramework")!, g => g.Elements(NuspecNamespace + "dependency").ToList());

        Assert.Equal([".NETStandard2.0", "net8.0"], groups.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(groups["net8.0"]);

        var netstandard = Assert.Single(groups[".NETStandard2.0"]);
        Assert.Equal("System.Text.Json", (string?)netstandard.Attribute("id"));
        Assert.Equal(CentralPackageVersion("System.Text.Json"), (string?)netstandard.Attribute("version"));
        // A run-time dependency of the netstandard2.0 Runtime: its compile and runtime assets must flow.
        Assert.DoesNotContain("Compile", ((string?)netstandard.Attribute("exclude") ?? "").Split(','));
        Assert.DoesNotContain("Runtime", ((string?)netstandard.Attribute("exclude") ?? "").Split(','));
    }

    [Fact]
    public void Nuspec_describes_a_runtime_package_with_licence_readme_and_tags()
    {
        var metadata = Metadata();

        Assert.Equal(PackedPackage.Id, (string?)metadata.Element(NuspecNamespace + "id"));
        Assert.Equal(package.Version, (string?)metadata.Element(NuspecNamespace + "version"));
        var license = metadata.Element(NuspecNamespace + "license")!;
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", (string?)metadata.Element(NuspecNamespace + "readme"));
        Assert.Contains("gdpr", ((string?)metadata.Element(NuspecNamespace + "tags") ?? "").Split(' '));
        // The attributes are used at run time by the consumer's assembly: the package must not be a development
        // dependency (that would make it PrivateAssets=all and keep lib/ from flowing to the application).
        Assert.Null(metadata.Element(NuspecNamespace + "developmentDependency"));
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/PrivacyAnalyzers.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/PrivacyAnalyzers.CodeFixes.dll")]
    [InlineData("analyzers/dotnet/cs/PrivacyAnalyzers.Generator.dll")]
    public void Roslyn_components_target_netstandard2_0_and_Roslyn_4_14_at_most(string entry)
    {
        var references = AssemblyReferences(entry);

        // A component compiled against a newer Roslyn than the host's compiler does not load (CS9057). (A component
        // with no code yet references no Roslyn assembly at all.)
        var roslyn = references.Where(r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
        Assert.All(roslyn, r => Assert.True(r.Version <= new Version(4, 14, 0, 0), $"{entry} references {r.Name} {r.Version}"));
        Assert.Contains(references, r => r.Name == "netstandard");
    }

    [Theory]
    [InlineData("lib/netstandard2.0/PrivacyAnalyzers.Annotations.dll", "netstandard")]
    [InlineData("lib/netstandard2.0/PrivacyAnalyzers.Runtime.dll", "netstandard")]
    [InlineData("lib/net8.0/PrivacyAnalyzers.Annotations.dll", "netstandard")]
    [InlineData("lib/net8.0/PrivacyAnalyzers.Runtime.dll", "System.Runtime")]
    public void Each_lib_folder_holds_the_build_for_its_framework(string entry, string coreLibrary)
    {
        var references = AssemblyReferences(entry);

        Assert.Contains(references, r => r.Name == coreLibrary);
        Assert.DoesNotContain(references, r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    private XElement Metadata() => package.ReadNuspec().Root!.Element(NuspecNamespace + "metadata")!;

    private List<(string Name, Version Version)> AssemblyReferences(string entry)
    {
        using var stream = new MemoryStream(package.ReadEntry(entry));
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Select(reference => (reader.GetString(reference.Name), reference.Version))
            .ToList();
    }

    private static string CentralPackageVersion(string id)
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").Where(e => (string?)e.Attribute("Include") == id)
            .Select(e => (string)e.Attribute("Version")!)
            .Single();
    }
}
