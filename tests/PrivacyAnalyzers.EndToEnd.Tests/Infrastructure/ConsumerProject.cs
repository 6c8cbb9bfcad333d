using System.IO;
using System.Security;

namespace PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A throwaway project that consumes the packed package exactly as a user's would: a PackageReference, restored from
/// a nuget.config naming the local feed (for PrivacyAnalyzers only, by package source mapping) and the repository's
/// upstream sources (for everything else), into the run's isolated package folder. Written by hand — no
/// <c>dotnet new</c> — and shielded from whatever Directory.Build.*, Directory.Packages.props or .editorconfig lies
/// above the temporary folder.
/// <para>Layout: <c>{WorkRoot}/consumers/{name}/</c> holds nuget.config, .editorconfig and the Directory.* files;
/// <c>Consumer/</c> the project that references the package; <c>App/</c> (optional) a project that only references
/// <c>Consumer</c>.</para>
/// </summary>
internal sealed class ConsumerProject
{
    private readonly PackedPackage _package;

    private ConsumerProject(PackedPackage package, string root, string name)
    {
        _package = package;
        Root = root;
        Name = name;
    }

    /// <summary>The folder of the consumer's solution (nuget.config, .editorconfig).</summary>
    public string Root { get; }

    public string Name { get; }

    public string Directory => Path.Combine(Root, Name);

    public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    /// <summary>Writes a project (<c>Consumer</c> unless named) that references the package, with the given files of the tests' Consumer/ folder.</summary>
    public static ConsumerProject Create(
        PackedPackage package, string scenario, IEnumerable<string> sourceFiles, string editorConfigLines = "", string projectProperties = "", string extraItems = "", string projectName = "Consumer")
    {
        var root = Path.Combine(package.WorkRoot, "consumers", scenario);
        if (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(root, recursive: true);
        }

        System.IO.Directory.CreateDirectory(root);
        var consumer = new ConsumerProject(package, root, projectName);
        consumer.WriteSolutionFiles(editorConfigLines);
        consumer.WriteProject(
            $"""<PackageReference Include="{PackedPackage.Id}" Version="{package.Version}" />{extraItems}""",
            sourceFiles,
            projectProperties);
        return consumer;
    }

    /// <summary>Writes a project <c>App</c> beside this one that references it (ProjectReference) and not the package.</summary>
    public ConsumerProject CreateDependentApp(IEnumerable<string> sourceFiles)
    {
        var app = new ConsumerProject(_package, Root, "App");
        app.WriteProject($"""<ProjectReference Include="..\{Name}\{Name}.csproj" />""", sourceFiles);
        return app;
    }

    public string ReadSource(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    public IReadOnlyList<ExpectedDiagnosticMarker> ReadMarkers() => ExpectedDiagnosticMarker.Read(Directory);

    /// <summary><c>dotnet build</c> (restore included), quiet, one line per diagnostic, no summary.</summary>
    public Task<CommandResult> BuildAsync(params string[] extraArguments) =>
        DotNetCli.RunAsync(
            Directory,
            ["build", ProjectPath, "--nologo", "-v", "q", "-tl:off", "-nr:false", "-clp:NoSummary", .. extraArguments],
            _package.ConsumerEnvironment);

    /// <summary>Runs a documented <c>dotnet …</c> command line as written, in the project's folder (arguments split at spaces).</summary>
    public Task<CommandResult> RunDocumentedAsync(string commandLine)
    {
        var words = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0] != "dotnet")
        {
            throw new ArgumentException($"Not a dotnet command line: {commandLine}", nameof(commandLine));
        }

        return DotNetCli.RunAsync(Directory, words[1..], _package.ConsumerEnvironment, TimeSpan.FromMinutes(10));
    }

    /// <summary><c>dotnet format {subcommand} {project} {options}</c>.</summary>
    public Task<CommandResult> FormatAsync(string subcommand, params string[] options) =>
        DotNetCli.RunAsync(Directory, ["format", subcommand, ProjectPath, .. options], _package.ConsumerEnvironment);

    private void WriteProject(string reference, IEnumerable<string> sourceFiles, string projectProperties = "")
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(ProjectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                {projectProperties}
              </PropertyGroup>
              <ItemGroup>
                {reference}
              </ItemGroup>
            </Project>

            """);

        var sourceFolder = Path.Combine(AppContext.BaseDirectory, "Consumer");
        foreach (var file in sourceFiles)
        {
            File.Copy(Path.Combine(sourceFolder, file), Path.Combine(Directory, Path.GetFileName(file)));
        }
    }

    private void WriteSolutionFiles(string editorConfigLines)
    {
        var sources = string.Concat(_package.UpstreamSources.Select((url, i) =>
            $"""    <add key="upstream-{i}" value="{SecurityElement.Escape(url)}" />{"\n"}"""));
        var mappings = string.Concat(_package.UpstreamSources.Select((_, i) =>
            $"""    <packageSource key="upstream-{i}"><package pattern="*" /></packageSource>{"\n"}"""));
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(_package.PackagesDirectory)}" />
              </config>
              <packageSources>
                <clear />
                <add key="privacyanalyzers-local" value="{SecurityElement.Escape(_package.FeedDirectory)}" />
            {sources}  </packageSources>
              <packageSourceMapping>
                <packageSource key="privacyanalyzers-local"><package pattern="{PackedPackage.Id}" /></packageSource>
            {mappings}  </packageSourceMapping>
            </configuration>

            """);

        // Stop MSBuild's and the SDK's upward searches at the consumer's folder.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"),
            "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(Root, ".editorconfig"), "root = true\n\n[*.cs]\n" + editorConfigLines);
    }
}
