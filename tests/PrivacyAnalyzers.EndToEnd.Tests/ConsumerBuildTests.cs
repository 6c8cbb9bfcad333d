using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary>
/// A fresh project references the packed package and builds with <c>dotnet build -p:ErrorLog=result.sarif,version=2.1</c>:
/// PRIV001 lands exactly on the lines marked <c>// PRIV001</c> (English and Romanian entities) and nowhere else,
/// the SARIF log holds the same results, and a project that only references the consumer (App) gets the attributes
/// and the analyzers too. One build, shared by the tests of this class.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ConsumerBuildTests(PackedPackage package)
{
    // The analyzers did not load or threw: the worst outcome, whatever else the build says.
    private static readonly Regex ComponentFailure = new(@"\b(AD0001|CS8032|CS8784|CS8785|CS9057)\b", RegexOptions.CultureInvariant);

    private sealed record Build(ConsumerProject Consumer, ConsumerProject App, CommandResult Result, IReadOnlyList<BuildDiagnostic> Diagnostics)
    {
        /// <summary>The marked lines of both projects (file names are unique across them).</summary>
        public IReadOnlyList<ExpectedDiagnosticMarker> Markers { get; } = [.. Consumer.ReadMarkers(), .. App.ReadMarkers()];
    }

    private Task<Build> BuildOnceAsync() => package.SharedAsync(nameof(ConsumerBuildTests), async () =>
    {
        var consumer = ConsumerProject.Create(package, "warnings", ConsumerSources.All);
        var app = consumer.CreateDependentApp(ConsumerSources.DependentApp);
        // Building App builds Consumer first; each compilation writes result.sarif in its own project folder.
        var result = await app.BuildAsync("-p:ErrorLog=result.sarif%2Cversion=2.1");
        return new Build(consumer, app, result, BuildDiagnostic.Parse(result.Output));
    });

    [Fact]
    public async Task Build_succeeds_with_PRIV001_exactly_on_the_personal_data()
    {
        var build = await BuildOnceAsync();
        Assert.True(build.Result.Succeeded, build.Result.Describe());

        var expected = build.Markers.Where(m => m.Id == "PRIV001")
            .Select(m => $"{m.FileName}({m.Line})").Order(StringComparer.Ordinal).ToList();
        var actual = build.Diagnostics.Where(d => d.Id == "PRIV001" && d.Severity == "warning")
            .Select(d => $"{d.FileName}({d.Line})").Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(expected.Count > 15, "the consumer sources lost their markers");
        Assert.True(
            expected.SequenceEqual(actual),
            $"PRIV001 expected on [{string.Join(", ", expected)}]\nbut reported on [{string.Join(", ", actual)}]\n" +
            $"missing: [{string.Join(", ", expected.Except(actual))}]\nunexpected: [{string.Join(", ", actual.Except(expected))}]\n{build.Result.Describe()}");
    }

    [Fact]
    public async Task Each_warning_names_the_inferred_category()
    {
        var build = await BuildOnceAsync();

        var failures = new List<string>();
        foreach (var marker in build.Markers.Where(m => m.Category is not null))
        {
            var warning = build.Diagnostics.FirstOrDefault(d => d.Id == marker.Id && d.FileName == marker.FileName && d.Line == marker.Line);
            if (warning is null || !warning.Message.Contains(marker.Category!, StringComparison.Ordinal))
            {
                failures.Add($"{marker}: {(warning is null ? "no diagnostic" : warning.Message)}");
            }
        }

        Assert.True(failures.Count == 0, "Messages without the expected category:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Product_settings_and_template_classes_get_no_diagnostic()
    {
        var build = await BuildOnceAsync();
        var markers = build.Markers;

        var noisy = build.Diagnostics
            .Where(d => ConsumerSources.Quiet.Contains(d.FileName, StringComparer.Ordinal)
                || (d.Id.StartsWith("PRIV", StringComparison.Ordinal) && !markers.Any(m => m.FileName == d.FileName && m.Line == d.Line)))
            .ToList();
        Assert.True(noisy.Count == 0, "Diagnostics on ordinary code:\n" + string.Join("\n", noisy));
        Assert.True(build.Result.Succeeded, build.Result.Describe());
    }

    [Fact]
    public async Task Analyzers_and_generator_load_and_do_not_fail()
    {
        var build = await BuildOnceAsync();

        Assert.False(ComponentFailure.IsMatch(build.Result.Output), build.Result.Describe());
    }

    [Fact]
    public async Task Projects_referencing_the_consumer_get_the_attributes_and_the_analyzers()
    {
        var build = await BuildOnceAsync();

        // App uses [PersonalData] from the package's lib/ without referencing the package: it compiles, and its
        // dependency manifest carries the annotations assembly as a run-time asset of the application.
        Assert.True(build.Result.Succeeded, build.Result.Describe());
        var depsJson = Path.Combine(build.App.Directory, "bin", "Debug", "net10.0", "App.deps.json");
        Assert.True(File.Exists(depsJson), $"no {depsJson}");
        Assert.Contains("lib/net8.0/PrivacyAnalyzers.Annotations.dll", File.ReadAllText(depsJson), StringComparison.Ordinal);

        // The analyzers run in App as well: its unannotated PhoneNumber is reported, its annotated Email is not.
        var inApp = build.Diagnostics
            .Where(d => d.File.StartsWith(build.App.Directory, StringComparison.Ordinal) && d.Id.StartsWith("PRIV", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.FileName}({d.Line})");
        var expected = build.App.ReadMarkers().Select(m => $"{m.Id} {m.FileName}({m.Line})");
        Assert.Equal(expected, inApp);
    }

    [Fact]
    public async Task Sarif_log_contains_the_PRIV001_results()
    {
        var build = await BuildOnceAsync();
        var path = Path.Combine(build.Consumer.Directory, "result.sarif");
        Assert.True(File.Exists(path), $"no SARIF log at {path}. {build.Result.Describe()}");

        using var sarif = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());

        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "PRIV001");
        Assert.EndsWith("docs/rules/PRIV001.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);

        var results = run.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "PRIV001")
            .Select(r =>
            {
                Assert.Equal("warning", r.GetProperty("level").GetString());
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                var file = Path.GetFileName(new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath);
                return $"{file}({location.GetProperty("region").GetProperty("startLine").GetInt32()})";
            })
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = build.Consumer.ReadMarkers().Where(m => m.Id == "PRIV001")
            .Select(m => $"{m.FileName}({m.Line})").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, results);
    }

    /// <summary>
    /// The SARIF multitool (<c>@microsoft/sarif-multitool</c> from npm, what code-scanning pipelines use) finds no error
    /// in the log with its default rule set. Its report is itself a SARIF log; every result at level "error" is listed.
    /// </summary>
    [Fact]
    public async Task Sarif_log_passes_the_SARIF_multitool_validation()
    {
        var build = await BuildOnceAsync();
        Assert.True(build.Result.Succeeded, build.Result.Describe());
        var multitool = await ExternalTools.SarifMultitoolAsync(package);

        foreach (var project in new[] { build.Consumer, build.App })
        {
            var log = Path.Combine(project.Directory, "result.sarif");
            var report = Path.Combine(project.Directory, "validation.sarif");
            File.Delete(report);
            var (exitCode, output) = await ExternalTools.RunAsync(multitool, ["validate", log, "--output", report], project.Directory, TimeSpan.FromMinutes(5));
            Assert.True(File.Exists(report), $"sarif-multitool validate wrote no report (exit {exitCode}):\n{output}");

            // A result's level is its own, else its rule's default, else "warning" (SARIF 2.1.0 §3.27.10).
            using var validation = JsonDocument.Parse(File.ReadAllText(report));
            var errors = new List<string>();
            foreach (var run in validation.RootElement.GetProperty("runs").EnumerateArray())
            {
                var defaults = run.GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var rules)
                    ? rules.EnumerateArray().ToDictionary(
                        r => r.GetProperty("id").GetString()!,
                        r => r.TryGetProperty("defaultConfiguration", out var c) && c.TryGetProperty("level", out var l) ? l.GetString() : null,
                        StringComparer.Ordinal)
                    : [];
                foreach (var result in run.TryGetProperty("results", out var results) ? results.EnumerateArray() : Enumerable.Empty<JsonElement>())
                {
                    var ruleId = result.GetProperty("ruleId").GetString()!;
                    var level = result.TryGetProperty("level", out var own) ? own.GetString() : defaults.GetValueOrDefault(ruleId) ?? "warning";
                    if (level == "error")
                    {
                        errors.Add($"{ruleId}: {result.GetProperty("message").GetRawText()}");
                    }
                }
            }

            errors.AddRange(output.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)));
            Assert.True(errors.Count == 0, $"{log}: {errors.Count} error(s) from sarif-multitool {ExternalTools.SarifMultitoolVersion}:\n{string.Join("\n", errors)}\n{output}");
            Assert.True(exitCode == 0, $"sarif-multitool validate {log} exited {exitCode}:\n{output}");
        }
    }
}
