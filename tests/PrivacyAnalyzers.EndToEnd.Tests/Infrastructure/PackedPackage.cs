using System.Collections.Concurrent;
using System.IO;
using System.IO.Compression;
using System.Threading;
using System.Xml.Linq;

namespace PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs the PrivacyAnalyzers package once per test run, the way a release does (<c>dotnet pack -c Release</c> on the
/// pack project), with a unique prerelease version and every build output in a temporary artifacts folder (the
/// repository's bin/obj are never touched). Consumers restore it from a local folder feed into an isolated
/// NUGET_PACKAGES, so no cache can hide a change. Everything lives under one temporary folder, deleted at the end.
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
    public const string Id = "PrivacyAnalyzers";

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _shared = new(StringComparer.Ordinal);

    public PackedPackage()
    {
        WorkRoot = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"privacyanalyzers-e2e-{Guid.NewGuid():N}");
        Version = $"0.1.0-e2e.{DateTime.UtcNow.Ticks}";
    }

    /// <summary>The temporary folder that holds the feed, the package cache, the pack's artifacts and the consumers.</summary>
    public string WorkRoot { get; }

    public string Version { get; }

    public string FeedDirectory => System.IO.Path.Combine(WorkRoot, "feed");

    /// <summary>Where the pack built everything (<c>UseArtifactsOutput</c>), outside the repository.</summary>
    public string ArtifactsDirectory => System.IO.Path.Combine(WorkRoot, "artifacts");

    public string PackagesDirectory => System.IO.Path.Combine(WorkRoot, "packages");

    public string NupkgPath => System.IO.Path.Combine(FeedDirectory, $"{Id}.{Version}.nupkg");

    /// <summary>The package sources of the repository's nuget.config (the nuget.org mirror), for the consumers' dependencies.</summary>
    public IReadOnlyList<string> UpstreamSources { get; private set; } = [];

    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NUGET_PACKAGES"] = PackagesDirectory,
    };

    internal CommandResult? PackResult { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);
        UpstreamSources = ReadRepositorySources();

        var project = System.IO.Path.Combine(RepositoryRoot.Path, "src", "PrivacyAnalyzers.Package", "PrivacyAnalyzers.Package.csproj");
        PackResult = await DotNetCli.RunAsync(
            RepositoryRoot.Path,
            [
                "pack", project,
                "-c", "Release",
                "-o", FeedDirectory,
                $"-p:Version={Version}",
                "-p:UseArtifactsOutput=true",
                $"-p:ArtifactsPath={ArtifactsDirectory}",
                "--nologo", "-v", "q", "-tl:off", "-nr:false",
            ],
            timeout: TimeSpan.FromMinutes(10)).ConfigureAwait(false);

        if (!PackResult.Succeeded || !File.Exists(NupkgPath))
        {
            throw new InvalidOperationException($"Packing {Id} {Version} failed (expected {NupkgPath}). {PackResult.Describe()}");
        }
    }

    /// <summary>The names of every entry of the nupkg, '/'-separated as stored.</summary>
    public IReadOnlyList<string> ReadEntries()
    {
        using var archive = ZipFile.OpenRead(NupkgPath);
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    public XDocument ReadNuspec()
    {
        using var archive = ZipFile.OpenRead(NupkgPath);
        var entry = archive.GetEntry($"{Id}.nuspec") ?? throw new InvalidOperationException($"{NupkgPath} has no {Id}.nuspec");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public byte[] ReadEntry(string name)
    {
        using var archive = ZipFile.OpenRead(NupkgPath);
        var entry = archive.GetEntry(name) ?? throw new InvalidOperationException($"{NupkgPath} has no entry {name}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>One result per key for the whole run (a consumer built once and inspected by several tests).</summary>
    public async Task<T> SharedAsync<T>(string key, Func<Task<T>> factory)
        where T : class
    {
        var lazy = _shared.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await factory().ConfigureAwait(false)));
        return (T)await lazy.Value.ConfigureAwait(false);
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("PRIVACY_E2E_KEEP") == "1")
        {
            return Task.CompletedTask;
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (Directory.Exists(WorkRoot))
                {
                    Directory.Delete(WorkRoot, recursive: true);
                }

                return Task.CompletedTask;
            }
            catch (IOException) when (attempt < 3)
            {
                Thread.Sleep(500);
            }
            catch (UnauthorizedAccessException) when (attempt < 3)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static List<string> ReadRepositorySources()
    {
        var config = XDocument.Load(System.IO.Path.Combine(RepositoryRoot.Path, "nuget.config"));
        var sources = config.Root?.Element("packageSources")?.Elements("add")
            .Select(e => (string?)e.Attribute("value"))
            .OfType<string>()
            .ToList() ?? [];
        if (sources.Count == 0)
        {
            throw new InvalidOperationException("The repository's nuget.config lists no package source.");
        }

        return sources;
    }
}
