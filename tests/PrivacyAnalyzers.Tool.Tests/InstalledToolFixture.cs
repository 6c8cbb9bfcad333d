using System.IO;

namespace PrivacyAnalyzers.Tool.Tests;

/// <summary>
/// Packs the <c>privacy</c> tool with a unique prerelease version into a local feed and installs it with
/// <c>dotnet tool install --tool-path</c>, restoring into an isolated NUGET_PACKAGES folder, as a user would.
/// </summary>
public sealed class InstalledToolFixture : IDisposable
{
    public InstalledToolFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "privacy-tool-e2e-" + Guid.NewGuid().ToString("N"));
        var feed = Path.Combine(Root, "feed");
        var tools = Path.Combine(Root, "tools");
        Directory.CreateDirectory(feed);
        Version = $"0.1.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.g{Guid.NewGuid():N}"[..40].TrimEnd('.');

        var pack = ProcessRunner.Dotnet(
            Repository.Root,
            "pack", Repository.Source("PrivacyAnalyzers.Tool", "PrivacyAnalyzers.Tool.csproj"),
            "-c", Repository.Configuration, "--no-build", "-o", feed, "-p:PackageVersion=" + Version);
        Assert.True(pack.ExitCode == 0, "pack failed: " + pack);
        Assert.True(File.Exists(Path.Combine(feed, $"PrivacyAnalyzers.Tool.{Version}.nupkg")), "no package in " + feed + ": " + pack);

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var install = ProcessRunner.Run(
            "dotnet",
            new[] { "tool", "install", "PrivacyAnalyzers.Tool", "--tool-path", tools, "--add-source", feed, "--version", Version, "--configfile", Path.Combine(Root, "nuget.config") },
            Root,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") });
        Assert.True(install.ExitCode == 0, "install failed: " + install);
        Command = Path.Combine(tools, OperatingSystem.IsWindows() ? "privacy.exe" : "privacy");
        Assert.True(File.Exists(Command), "no privacy command in " + tools);
        Work = Path.Combine(Root, "work");
        Directory.CreateDirectory(Work);
    }

    public string Root { get; }

    public string Version { get; }

    public string Command { get; }

    public string Work { get; }

    public ProcessResult Privacy(params string[] arguments) => ProcessRunner.Run(Command, arguments, Work);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
