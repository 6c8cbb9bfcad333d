using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;
using PrivacyAnalyzers.Testing;

namespace PrivacyAnalyzers.EndToEnd.Tests;

/// <summary>
/// A corpus of the shapes real code bases have (Consumer/RealModels: a DbContext reachable from entities — a fake one
/// and Entity Framework Core's —, users and roles, referrers and spouses, self-enumerating trees and JSON documents,
/// obsolete members, colliding names, a diamond of interfaces, a hidden field, credentials, deep and cyclic graphs),
/// built through the packed package at C# 8 and at the latest language version with warnings as errors, then run: it
/// exports every root in JSON, CSV and XML in both scopes. Values the program puts in the objects are named so the
/// exports can be checked by bytes: <c>OWN-…</c> must appear in its subject's exports (the program's manifest.json lists
/// them per root), <c>SENTINEL-{family}-…</c> must appear in no export. One build per language version, one run (plus
/// four more for the byte-identity test), shared by the tests.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class RealModelCorpusTests(PackedPackage package)
{
    private static readonly string[] CSharp8Sources =
    [
        "RealModels/Assembly.cs", "RealModels/Contexts.cs", "RealModels/EfCore.cs", "RealModels/Identity.cs", "RealModels/Referrals.cs",
        "RealModels/Trees.cs", "RealModels/Legacy.cs", "RealModels/Names.cs", "RealModels/Inheritance.cs", "RealModels/Deep.cs",
        "RealModels/Program.cs",
    ];

    private static readonly string[] LatestSources = [.. CSharp8Sources, "RealModels/Latest/Records.cs"];

    private const string ThirdPartyPackages =
        """<PackageReference Include="Microsoft.EntityFrameworkCore.InMemory" Version="10.0.14" /><PackageReference Include="Newtonsoft.Json" Version="13.0.1" />""";

    /// <summary>Every root the program exports (at the latest language version), in the manifest's order.</summary>
    private static readonly string[] ExpectedRoots =
    [
        "context-fake", "context-efcore", "users-and-roles", "referrals", "trees-and-json", "obsolete-members",
        "nested-order-customer", "top-level-order-customer", "shop-customer", "shop-customer-lowercase", "event-attendee",
        "private-nested", "diamond-subject", "diamond-member", "hidden-field", "newline-subject-name", "record-subscriber",
        "order-10000-lines", "referrer-chain-999", "ring-2000", "comment-thread-5000",
    ];

    private static readonly string[] Formats = ["json", "csv", "xml"];
    private static readonly string[] Scopes = ["access", "portability"];

    /// <summary>What a one-person export of the ring or the chain may weigh: the root's own data is well under 1 KB.</summary>
    private const long ProportionalExportLimit = 256 * 1024;

    private static readonly Regex SentinelPattern = new("SENTINEL-[A-Z0-9-]*[A-Z0-9]", RegexOptions.CultureInvariant);
    private static readonly Regex OwnPattern = new("OWN-[A-Z0-9-]*[A-Z0-9]", RegexOptions.CultureInvariant);

    private sealed record Build(string LangVersion, ConsumerProject Consumer, CommandResult Result)
    {
        public string Dll => Path.Combine(Consumer.Directory, "bin", "Debug", "net10.0", "Consumer.dll");
    }

    private sealed record Builds(Build CSharp8, Build Latest);

    private sealed record RootManifest(string Id, string SubjectType, IReadOnlyList<string> MustAppear, IReadOnlyList<string> MustMention);

    /// <summary>One run of the corpus program: its exports, the manifest, and the OWN-/SENTINEL- values found in each export.</summary>
    private sealed record Run(CommandResult Execution, string Folder, IReadOnlyList<RootManifest> Roots, IReadOnlyDictionary<string, FileValues> Files)
    {
        public string PathOf(string file) => Path.Combine(Folder, file);

        public string? ErrorOf(string file) =>
            File.Exists(PathOf(file + ".error.txt")) ? File.ReadAllText(PathOf(file + ".error.txt")).Split('\n')[0] : null;

        /// <summary>Why <paramref name="file"/> cannot be checked (not written, or the export threw), or null.</summary>
        public string? Unusable(string file) =>
            ErrorOf(file) is { } error ? $"{file}: the export threw {error}"
            : !Files.ContainsKey(file) ? $"{file}: not written (the program stopped before it? exit code {Execution.ExitCode}; last lines of its output:\n{Tail(Execution.Output, 15)})"
            : null;
    }

    private sealed record FileValues(long Length, IReadOnlySet<string> Own, IReadOnlySet<string> Sentinels);

    private Task<Builds> BuildAsync() => package.SharedAsync(nameof(RealModelCorpusTests) + ".builds", async () =>
    {
        var csharp8 = BuildOneAsync("8", CSharp8Sources);
        var latest = BuildOneAsync("latest", LatestSources);
        return new Builds(await csharp8, await latest);
    });

    private async Task<Build> BuildOneAsync(string langVersion, string[] sources)
    {
        var defines = langVersion == "latest" ? "<DefineConstants>$(DefineConstants);REALMODELS_LATEST</DefineConstants>" : "";
        var consumer = ConsumerProject.Create(
            package,
            "realmodels-csharp" + langVersion,
            sources,
            projectProperties: $"<OutputType>Exe</OutputType><TreatWarningsAsErrors>true</TreatWarningsAsErrors><LangVersion>{langVersion}</LangVersion><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>{defines}",
            extraItems: ThirdPartyPackages);
        return new Build(langVersion, consumer, await consumer.BuildAsync());
    }

    private Task<Run> RunAsync(string key, string? culture) => package.SharedAsync(nameof(RealModelCorpusTests) + ".run." + key, async () =>
    {
        var builds = await BuildAsync();
        var build = builds.Latest;
        if (!build.Result.Succeeded)
        {
            Assert.Fail($"No exports: the corpus could not run because its build at LangVersion latest failed.\n{DescribeBuild(build)}");
        }

        var folder = Path.Combine(build.Consumer.Root, "exports-" + key);
        Directory.CreateDirectory(folder);
        string[] arguments = culture is null ? [build.Dll, folder] : [build.Dll, folder, culture];
        var execution = await DotNetCli.RunAsync(build.Consumer.Directory, arguments, package.ConsumerEnvironment, TimeSpan.FromMinutes(5));
        var manifestPath = Path.Combine(folder, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            Assert.Fail($"The corpus program wrote no manifest.json. {execution.Describe()}");
        }

        var files = new Dictionary<string, FileValues>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            if (name == "manifest.json" || name.EndsWith(".error.txt", StringComparison.Ordinal))
            {
                continue;
            }

            // The values are ASCII: Latin-1 decodes every byte to one char, whatever the encoding around them.
            var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
            files[name] = new FileValues(
                text.Length,
                OwnPattern.Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal),
                SentinelPattern.Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal));
        }

        return new Run(execution, folder, ReadManifest(manifestPath), files);
    });

    private Task<Run> FirstRunAsync() => RunAsync("first", null);

    [Theory]
    [InlineData("8")]
    [InlineData("latest")]
    public async Task Corpus_builds_through_the_package_with_warnings_as_errors_and_no_diagnostic(string langVersion)
    {
        var builds = await BuildAsync();
        var build = langVersion == "8" ? builds.CSharp8 : builds.Latest;
        var output = build.Result.Output;

        Assert.False(output.Contains("Stack overflow", StringComparison.Ordinal),
            $"The compiler crashed with a stack overflow building the corpus at LangVersion {langVersion}:\n{CrashSummary(output)}");
        var generatorFailures = output.Split('\n').Where(l => l.Contains("CS8785", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToList();
        Assert.True(generatorFailures.Count == 0,
            $"The generator failed (CS8785) building the corpus at LangVersion {langVersion}:\n{string.Join('\n', generatorFailures)}");

        var diagnostics = BuildDiagnostic.Parse(output).Where(d => d.Severity is "warning" or "error").ToList();
        var inGenerated = diagnostics.Where(IsGenerated).ToList();
        Assert.True(inGenerated.Count == 0,
            $"{inGenerated.Count} diagnostics in generated code at LangVersion {langVersion}:\n{string.Join('\n', inGenerated.Select(d => d.ToString()).Distinct())}");
        Assert.True(build.Result.Succeeded && diagnostics.Count == 0, $"The corpus build at LangVersion {langVersion} is not clean.\n{DescribeBuild(build)}");
    }

    [Fact]
    public async Task Every_export_is_written_and_parses_in_its_format()
    {
        var run = await FirstRunAsync();
        Assert.Equal(ExpectedRoots, run.Roots.Select(r => r.Id));

        var problems = new List<string>();
        foreach (var file in ExportFiles(run.Roots))
        {
            if (run.Unusable(file) is { } unusable)
            {
                problems.Add(unusable);
                continue;
            }

            if (ParseProblem(run.PathOf(file)) is { } problem)
            {
                problems.Add($"{file}: {problem}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} exports were not written or do not parse:\n{string.Join('\n', problems)}");
        Assert.True(run.Execution.Succeeded, run.Execution.Describe());
    }

    [Fact]
    public async Task Every_export_holds_every_value_of_its_own_subject()
    {
        var run = await FirstRunAsync();
        var problems = new List<string>();
        foreach (var root in run.Roots)
        {
            foreach (var file in ExportFiles(root.Id))
            {
                if (run.Unusable(file) is { } unusable)
                {
                    problems.Add(unusable);
                    continue;
                }

                var missing = root.MustAppear.Where(v => !run.Files[file].Own.Contains(v)).ToList();
                if (missing.Count > 0)
                {
                    problems.Add($"{file}: missing {string.Join(", ", missing)}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"Exports that lack their subject's own data ({problems.Count}):\n{string.Join('\n', problems)}");
    }

    /// <summary>
    /// OTHER-SUBJECT: a value of another data subject (referrer, spouse, the registry's customers, a role's other users,
    /// the ring's and the chain's customers); UNANNOTATED: a value of a member without annotation (a role's title, a plain
    /// tree, an unannotated JObject/JsonNode/JsonElement, a method that hides an annotated field); DBCONTEXT: anything
    /// reached through the DbContext-like object (the fake ShopContext, EF Core's DbSets); CREDENTIAL: a password hash,
    /// 2FA secret or recovery code of the subject.
    /// </summary>
    [Theory]
    [InlineData("OTHER-SUBJECT")]
    [InlineData("UNANNOTATED")]
    [InlineData("DBCONTEXT")]
    [InlineData("CREDENTIAL")]
    public async Task No_export_holds_a_value_it_must_not(string family)
    {
        var run = await FirstRunAsync();
        var prefix = "SENTINEL-" + family + "-";
        var leaks = new List<string>();
        foreach (var (file, values) in run.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var found = values.Sentinels.Where(s => s.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            if (found.Count > 0)
            {
                leaks.Add($"{file}: {string.Join(", ", found.Take(6))}{(found.Count > 6 ? $" and {found.Count - 6} more" : "")}");
            }
        }

        var uncheckable = ExportFiles(run.Roots).Select(run.Unusable).OfType<string>().ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} exports hold {prefix}… values:\n{string.Join('\n', leaks)}" +
            (uncheckable.Count == 0 ? "" : $"\n({uncheckable.Count} exports could not be checked: {string.Join("; ", uncheckable.Select(u => u.Split('\n')[0]))})"));
        Assert.True(uncheckable.Count == 0, $"{uncheckable.Count} exports could not be checked:\n{string.Join('\n', uncheckable)}");
    }

    [Fact]
    public async Task Credentials_are_withheld_by_default_and_the_access_export_says_they_exist()
    {
        var run = await FirstRunAsync();
        var root = run.Roots.Single(r => r.Id == "users-and-roles");
        var problems = new List<string>();
        foreach (var file in ExportFiles(root.Id))
        {
            if (run.Unusable(file) is { } unusable)
            {
                problems.Add(unusable);
                continue;
            }

            var credentials = run.Files[file].Sentinels.Where(s => s.StartsWith("SENTINEL-CREDENTIAL-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            if (credentials.Count > 0)
            {
                problems.Add($"{file}: writes the credential values {string.Join(", ", credentials)}");
            }

            if (file.Contains(".access.", StringComparison.Ordinal))
            {
                var text = File.ReadAllText(run.PathOf(file));
                var unmentioned = root.MustMention.Where(name => !text.Contains(name, StringComparison.Ordinal)).ToList();
                if (unmentioned.Count > 0)
                {
                    problems.Add($"{file}: does not say that {string.Join(", ", unmentioned)} exist and were withheld");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData("ring-2000")]
    [InlineData("referrer-chain-999")]
    public async Task Export_of_a_customer_in_a_large_graph_of_customers_stays_proportional_to_their_own_data(string rootId)
    {
        var run = await FirstRunAsync();
        var problems = new List<string>();
        foreach (var file in ExportFiles(rootId))
        {
            var length = File.Exists(run.PathOf(file)) ? new FileInfo(run.PathOf(file)).Length : (long?)null;
            if (run.ErrorOf(file) is { } error)
            {
                problems.Add($"{file}: the export threw {error} (after writing {length?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"} bytes)");
            }
            else if (length is null)
            {
                problems.Add(run.Unusable(file)!);
            }
            else if (length > ProportionalExportLimit)
            {
                problems.Add($"{file}: {length.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes (limit {ProportionalExportLimit:N0}), {run.Files[file].Sentinels.Count} distinct other customers' values in it");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Owned_chain_5000_deep_exports_and_says_that_deeper_data_was_left_out()
    {
        var run = await FirstRunAsync();
        var problems = new List<string>();
        foreach (var file in ExportFiles("comment-thread-5000"))
        {
            if (run.Unusable(file) is { } unusable)
            {
                problems.Add(unusable);
                continue;
            }

            if (ParseProblem(run.PathOf(file)) is { } problem)
            {
                problems.Add($"{file}: {problem}");
            }

            using (var reader = new StreamReader(run.PathOf(file)))
            {
                if (!ContainsIgnoringCase(reader, "deeper"))
                {
                    problems.Add($"{file}: does not say that data nested deeper than the limit was left out (no \"deeper\"; {new FileInfo(run.PathOf(file)).Length:N0} bytes)");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Order_with_10000_lines_exports_every_line()
    {
        var run = await FirstRunAsync();
        var problems = new List<string>();
        foreach (var file in ExportFiles("order-10000-lines"))
        {
            if (run.Unusable(file) is { } unusable)
            {
                problems.Add(unusable);
                continue;
            }

            var lines = run.Files[file].Own.Where(v => v.StartsWith("OWN-LINE-", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            var missing = Enumerable.Range(0, 10000).Select(i => $"OWN-LINE-{i:D5}").Where(v => !lines.Contains(v)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{file}: {missing.Count} of 10,000 lines missing, the first {missing[0]}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Exports_are_byte_identical_across_runs_and_under_tr_TR_ro_RO_and_de_DE()
    {
        var first = await FirstRunAsync();
        var others = new (string Name, Task<Run> Run)[]
        {
            ("second run", RunAsync("second", null)),
            ("tr-TR", RunAsync("tr-TR", "tr-TR")),
            ("ro-RO", RunAsync("ro-RO", "ro-RO")),
            ("de-DE", RunAsync("de-DE", "de-DE")),
        };
        var problems = new List<string>();
        var reference = Directory.GetFiles(first.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        foreach (var (name, task) in others)
        {
            var run = await task;
            var files = Directory.GetFiles(run.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            if (!files.SequenceEqual(reference))
            {
                problems.Add($"{name}: other files than the first run: only in the first run {string.Join(", ", reference.Except(files).Take(5))}; only in {name} {string.Join(", ", files.Except(reference).Take(5))}");
            }

            foreach (var file in reference.Intersect(files).OfType<string>())
            {
                if (Difference(first.PathOf(file), run.PathOf(file)) is { } difference)
                {
                    problems.Add($"{name}: {file} differs from the first run: {difference}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} differences:\n{string.Join('\n', problems.Take(40))}");
    }

    private static IEnumerable<string> ExportFiles(IEnumerable<RootManifest> roots) => roots.SelectMany(r => ExportFiles(r.Id));

    private static IEnumerable<string> ExportFiles(string rootId) =>
        from scope in Scopes from format in Formats select $"{rootId}.{scope}.{format}";

    private static bool IsGenerated(BuildDiagnostic diagnostic) =>
        diagnostic.File.EndsWith(".g.cs", StringComparison.Ordinal) || diagnostic.File.Contains("PrivacyAnalyzers.Generator", StringComparison.Ordinal);

    /// <summary>Why the file does not parse as its format says (JSON, XML, RFC 4180 CSV with header path,category,value), or null.</summary>
    private static string? ParseProblem(string path)
    {
        try
        {
            switch (Path.GetExtension(path))
            {
                case ".json":
                    var bytes = File.ReadAllBytes(path);
                    var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 1_000_000 });
                    while (reader.Read())
                    {
                    }

                    if (reader.BytesConsumed != bytes.Length || bytes.Length == 0)
                    {
                        return $"JSON: {bytes.Length - reader.BytesConsumed} bytes after the document";
                    }

                    if (bytes.Length < 16 * 1024 * 1024)
                    {
                        using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 1_000_000 });
                        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("data", out _))
                        {
                            return "JSON: the root is not an object with \"data\"";
                        }
                    }

                    return null;
                case ".xml":
                    if (new FileInfo(path).Length < 16 * 1024 * 1024)
                    {
                        var xml = XDocument.Load(path);
                        return xml.Root?.Name.LocalName == "personalData" ? null : $"XML: root element <{xml.Root?.Name}>";
                    }

                    using (var xmlReader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
                    {
                        while (xmlReader.Read())
                        {
                        }
                    }

                    return null;
                case ".csv":
                    var records = Rfc4180.Parse(File.ReadAllText(path).TrimStart('\uFEFF'));
                    if (records.Count == 0 || !records[0].SequenceEqual(["path", "category", "value"]))
                    {
                        return $"CSV: header is not path,category,value: {(records.Count == 0 ? "(empty)" : string.Join(",", records[0]))}";
                    }

                    var bad = records.FindIndex(r => r.Length != 3);
                    return bad < 0 ? null : $"CSV: record {bad + 1} has {records[bad].Length} fields";
                default:
                    return "unknown format";
            }
        }
        catch (Exception e) when (e is JsonException or XmlException or FormatException or InvalidOperationException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static bool ContainsIgnoringCase(StreamReader reader, string word)
    {
        var buffer = new char[1 << 16];
        var carry = "";
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var chunk = carry + new string(buffer, 0, read);
            if (chunk.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            carry = chunk[Math.Max(0, chunk.Length - word.Length)..];
        }

        return false;
    }

    private static string? Difference(string expectedPath, string actualPath)
    {
        var expected = File.ReadAllBytes(expectedPath);
        var actual = File.ReadAllBytes(actualPath);
        var length = Math.Min(expected.Length, actual.Length);
        var offset = 0;
        while (offset < length && expected[offset] == actual[offset])
        {
            offset++;
        }

        if (offset == length && expected.Length == actual.Length)
        {
            return null;
        }

        string Excerpt(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, offset - 40), Math.Min(bytes.Length, offset + 40) - Math.Max(0, offset - 40)).ReplaceLineEndings("⏎");
        return $"first difference at byte {offset} ({expected.Length} vs {actual.Length} bytes): «{Excerpt(expected)}» vs «{Excerpt(actual)}»";
    }

    private static IReadOnlyList<RootManifest> ReadManifest(string path)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(path));
        return manifest.RootElement.GetProperty("roots").EnumerateArray()
            .Select(r => new RootManifest(
                r.GetProperty("id").GetString()!,
                r.GetProperty("subjectType").GetString()!,
                r.GetProperty("mustAppear").EnumerateArray().Select(v => v.GetString()!).ToList(),
                r.GetProperty("mustMention").EnumerateArray().Select(v => v.GetString()!).ToList()))
            .ToList();
    }

    /// <summary>The build's errors and warnings (a compiler crash summarised), short enough to read in a test result.</summary>
    private static string DescribeBuild(Build build)
    {
        var output = build.Result.Output;
        var text = new StringBuilder();
        text.Append($"`{build.Result.CommandLine}` (LangVersion {build.LangVersion}) exited with {build.Result.ExitCode} after {build.Result.Duration.TotalSeconds:F0} s.\n");
        if (output.Contains("Stack overflow", StringComparison.Ordinal))
        {
            text.Append("The compiler crashed with a stack overflow:\n").Append(CrashSummary(output)).Append('\n');
        }

        var diagnostics = BuildDiagnostic.Parse(output).Where(d => d.Severity is "warning" or "error").ToList();
        var generatorFailures = output.Split('\n').Where(l => l.Contains("CS8785", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToList();
        foreach (var line in generatorFailures)
        {
            text.Append(line).Append('\n');
        }

        text.Append($"{diagnostics.Count} diagnostics ({diagnostics.Count(IsGenerated)} in generated code):\n");
        foreach (var diagnostic in diagnostics.Take(60))
        {
            text.Append(IsGenerated(diagnostic) ? "  [generated] " : "  ").Append(diagnostic).Append('\n');
        }

        if (diagnostics.Count == 0 && generatorFailures.Count == 0 && !output.Contains("Stack overflow", StringComparison.Ordinal))
        {
            text.Append("Output:\n").Append(Tail(output, 80));
        }

        return text.ToString();
    }

    /// <summary>The first lines of a compiler crash and the distinct frames of its stack.</summary>
    private static string CrashSummary(string output)
    {
        var lines = output.Split('\n')
            .Where(l => l.Contains("error :", StringComparison.Ordinal))
            .Select(l => Regex.Replace(l[(l.IndexOf("error :", StringComparison.Ordinal) + 7)..], @" \[[^\]]+\]\s*$", "").Trim())
            .Select(l => l.Length > 160 ? l[..160] + "…" : l)
            .ToList();
        var distinct = lines.Distinct().ToList();
        return $"{lines.Count} lines, {distinct.Count} distinct:\n  " + string.Join("\n  ", distinct.Take(25));
    }

    private static string Tail(string output, int lines)
    {
        var all = output.TrimEnd().Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }
}
