using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Benchmarks.RealModels;

namespace PrivacyAnalyzers.Benchmarks.LeakQuality;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- leaks [--annotations FILE] [--labels FILE]
/// [--repo-name OWNER/NAME]… FOLDER…</c>: the leak rules (PRIV020–PRIV023) over real code bases. Each FOLDER (an extracted
/// repository) is compiled as one library the way <c>realmodels</c> compiles it (test folders skipped, the .NET and ASP.NET
/// Core shared frameworks, PrivacyAnalyzers.Annotations/.Runtime; third-party packages are missing and their errors are
/// counted, not fatal), the pinned annotation list is applied (<see cref="AnnotationList"/>), every analyzer of
/// PrivacyAnalyzers.Analyzers that reports one of the four rules runs through <see cref="CompilationWithAnalyzers"/>, and every
/// report is printed. With <c>--labels</c> the reports are scored against the labelled flows (<see cref="FlowLabels"/>).
/// <c>leaks --propose-annotations OUT FOLDER…</c> writes the first version of an annotation list: PRIV001's Fix All as
/// <c>realmodels</c> applies it, read back. <c>leaks --self-check</c> checks the parser and the matching rule.
/// </summary>
public static class LeaksCommand
{
    private static readonly string[] Rules = { "PRIV020", "PRIV021", "PRIV022", "PRIV023" };

    public static int Run(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        if (args.Contains("--self-check"))
        {
            var failures = FlowLabels.SelfCheck().Concat(ProjectContext.SelfCheck()).ToList();
            foreach (var failure in failures)
            {
                Console.WriteLine("FAILED: " + failure);
            }

            Console.WriteLine(failures.Count == 0 ? "self-check passed" : $"{failures.Count} self-check failure(s)");
            return failures.Count == 0 ? 0 : 1;
        }

        string? annotations = null, labelsPath = null, propose = null, save = null, packagesPath = null;
        var folders = new List<string>();
        var saved = new List<string>();
        var repoNames = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--annotations" when i + 1 < args.Length:
                    annotations = args[++i];
                    break;
                case "--labels" when i + 1 < args.Length:
                    labelsPath = args[++i];
                    break;
                case "--propose-annotations" when i + 1 < args.Length:
                    propose = args[++i];
                    break;
                case "--save-reports" when i + 1 < args.Length:
                    save = args[++i];
                    break;
                case "--saved" when i + 1 < args.Length:
                    saved.Add(args[++i]);
                    break;
                case "--packages" when i + 1 < args.Length:
                    packagesPath = args[++i];
                    break;
                case "--repo-name" when i + 1 < args.Length:
                    repoNames.Add(args[++i]);
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || !Directory.Exists(args[i]))
                    {
                        return Usage($"unknown option or missing folder '{args[i]}'");
                    }

                    folders.Add(args[i]);
                    break;
            }
        }

        if (folders.Count == 0 && saved.Count == 0)
        {
            return Usage("no folder");
        }

        if (propose is not null)
        {
            return Propose(folders, propose);
        }

        var list = annotations is null ? AnnotationList.Empty : AnnotationList.Read(annotations);
        var labels = labelsPath is null ? null : FlowLabels.Read(labelsPath);
        var packages = packagesPath is null ? ImmutableArray<(string Repo, string Package, string Version)>.Empty : ProjectContext.ReadPackages(packagesPath);
        Console.WriteLine("# Leak rules over real code bases");
        Console.WriteLine();
        Console.WriteLine($"`leaks {string.Join(' ', args)}` — {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, "
            + $"analyzers {typeof(PrivacyAnalyzers.Leaks.PersonalDataLogAnalyzer).Assembly.GetName().Version}, compiler {typeof(Compilation).Assembly.GetName().Version}; "
            + $"annotation list: {annotations ?? "none"} ({list.Members.Count} members, {list.Subjects.Count} data subjects); "
            + $"package list: {packagesPath ?? "none"}.");
        Console.WriteLine();

        var analyzers = LeakAnalyzers();
        Console.WriteLine($"Analyzers: {string.Join(", ", analyzers.Select(a => $"{a.GetType().Name} ({string.Join("/", a.SupportedDiagnostics.Select(d => d.Id))})"))}.");
        Console.WriteLine();
        var all = new List<LeakReport>();
        var repos = new List<string>();
        for (var index = 0; index < folders.Count; index++)
        {
            var repo = index < repoNames.Count ? repoNames[index] : RepoOf(folders[index], labels);
            repos.Add(repo);
            List<LeakReport>? reports = null;

            // A thread with room for deep syntax (a generated file's long expression), as a build's would have.
            var thread = new Thread(() => reports = RunFolder(folders[index], repo, list, analyzers, labels, packages), 64 * 1024 * 1024);
            thread.Start();
            thread.Join();
            all.AddRange(reports!);
        }

        if (save is not null)
        {
            File.WriteAllLines(save, all.Select(Format));
        }

        foreach (var path in saved)
        {
            // Reports saved by an earlier run (--save-reports), scored together with this run's.
            var loaded = File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => Parse(l, path)).ToList();
            Console.WriteLine($"Loaded {loaded.Count} reports of {string.Join(", ", loaded.Select(r => r.Repo).Distinct())} from {path}.");
            Console.WriteLine();
            all.AddRange(loaded);
            repos.AddRange(loaded.Select(r => r.Repo).Distinct().Where(r => !repos.Contains(r)));
        }

        if (labels is not null)
        {
            Console.WriteLine("## Scores");
            Console.WriteLine();
            Console.WriteLine($"Labels: {labelsPath} ({labels.Labels.Count(l => l.IsFlow)} flows, {labels.Labels.Count(l => !l.IsFlow)} safe lines, "
                + $"{labels.Scope.Values.Sum(s => s.Count)} scope files). Matching: same rule, primary location on the flow's call-site line or its sink line "
                + "(same file); a report in a scope file matching no flow is false; reports outside the scope are ignored.");
            Console.WriteLine();
            var score = labels.ScoreReports(all, repos);
            FlowLabels.Print(score, repos, labels.Labels.Where(l => !l.IsFlow).ToList(), Console.Out);
        }

        return 0;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine("usage: leaks [--annotations FILE] [--labels FILE] [--packages FILE] [--repo-name OWNER/NAME]... [--save-reports FILE] [--saved FILE]... FOLDER...");
        Console.Error.WriteLine("       leaks --propose-annotations OUT FOLDER...   (PRIV001's Fix All, read back as a list)");
        Console.Error.WriteLine("       leaks --self-check");
        return 2;
    }

    /// <summary>The label repository whose name's last part is the folder's name; else the folder's name.</summary>
    private static string RepoOf(string folder, FlowLabels? labels)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        return labels?.Scope.Keys.FirstOrDefault(r => string.Equals(r.Split('/').Last(), name, StringComparison.OrdinalIgnoreCase)) ?? name;
    }

    /// <summary>Every analyzer of PrivacyAnalyzers.Analyzers that reports a leak rule (so that new ones are picked up).</summary>
    private static ImmutableArray<DiagnosticAnalyzer> LeakAnalyzers() =>
        typeof(PrivacyAnalyzers.Leaks.PersonalDataLogAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .Where(a => a.SupportedDiagnostics.Any(d => Rules.Contains(d.Id)))
            .ToImmutableArray();

    private static ImmutableArray<(string Path, SourceText Text)> Sources(string folder)
    {
        var files = RealModelSources.FindFiles(folder, skipTests: true);
        return files.Select(f => (f, SourceText.From(File.ReadAllText(f), System.Text.Encoding.UTF8)))
            .Append((Path.Combine(folder, RealModelSources.ImplicitUsingsPath), SourceText.From(RealModelSources.ImplicitUsings, System.Text.Encoding.UTF8)))
            .ToImmutableArray();
    }

    private static List<LeakReport> RunFolder(string folder, string repo, AnnotationList list, ImmutableArray<DiagnosticAnalyzer> analyzers, FlowLabels? labels,
        ImmutableArray<(string Repo, string Package, string Version)> packages)
    {
        var root = Path.GetFullPath(folder);
        Console.WriteLine($"## {repo}");
        Console.WriteLine();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var typesMarked = new HashSet<string>(StringComparer.Ordinal);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        var trees = new List<SyntaxTree>();
        var usingsFor = ProjectContext.UsingsFor(folder);
        var withProjectUsings = 0;
        foreach (var (path, original) in Sources(folder))
        {
            // The usings the file's own project adds (the Web SDK's implicit ones, <Using> items), on the first line of code.
            var extra = path.EndsWith(RealModelSources.ImplicitUsingsPath, StringComparison.Ordinal) ? Array.Empty<string>() : usingsFor(path);
            var text = ProjectContext.AddUsings(original, extra, RealModelSources.ParseOptions);
            withProjectUsings += extra.Count > 0 ? 1 : 0;
            var (tree, names) = list.Apply(CSharpSyntaxTree.ParseText(text, RealModelSources.ParseOptions, path), typesMarked);
            applied.UnionWith(names);
            trees.Add(tree);
        }

        // The packages listed for this repository, from the NuGet global packages folder (an assembly the shared frameworks
        // already provide is not added twice).
        var references = RealModelSources.References.ToList();
        var referenced = new HashSet<string>(references.Select(r => Path.GetFileNameWithoutExtension(r.Display ?? string.Empty)), StringComparer.OrdinalIgnoreCase);
        var packageNotes = new List<string>();
        foreach (var (_, package, version) in packages.Where(p => string.Equals(p.Repo, repo, StringComparison.OrdinalIgnoreCase)))
        {
            var assemblies = ProjectContext.PackageAssemblies(package, version);
            packageNotes.Add(assemblies.IsEmpty ? $"{package} {version} (NOT in the NuGet cache: restore it first)" : $"{package} {version}");
            foreach (var assembly in assemblies.Where(a => referenced.Add(Path.GetFileNameWithoutExtension(a))))
            {
                references.Add(MetadataReference.CreateFromFile(assembly));
            }
        }

        var compilation = CSharpCompilation.Create(repo.Replace('/', '.'), trees, references, RealModelSources.CompilationOptions);
        var parseTime = watch.Elapsed;
        var failures = new List<Diagnostic>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, diagnostic) => { lock (failures) { failures.Add(diagnostic); } },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: true));
        watch.Restart();

        // The analyzers' diagnostics first, then the compiler's: Roslyn records the analyzers' execution time (the
        // telemetry printed below) for GetAnalyzerDiagnosticsAsync, not for GetAllDiagnosticsAsync, where it reads 0.
        var all = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
            .AddRange(compilation.GetDiagnostics(CancellationToken.None));
        var analyzeTime = watch.Elapsed;
        var errors = all.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("AD", StringComparison.Ordinal)).ToList();
        var diagnostics = all.Where(d => d.Id.StartsWith("PRIV", StringComparison.Ordinal) || d.Id == "AD0001").ToImmutableArray();
        failures.AddRange(diagnostics.Where(d => d.Id == "AD0001"));
        var listed = list.Members.Count + list.Subjects.Count;
        Console.WriteLine($"Folder `{root}`: {trees.Count - 1} files (test folders skipped), {errors.Count} compile errors "
            + $"({errors.Count(e => e.Id is "CS0246" or "CS0234")} unresolved type or namespace names: missing package references; "
            + "calls through them are not analysed), "
            + $"{AnnotationList.Describe(applied.Count, listed)} (the others belong to other repositories or are absent); "
            + $"{withProjectUsings} files given their project's usings (Web/Worker SDK, <Using> items); "
            + $"packages: {(packageNotes.Count == 0 ? "none" : string.Join(", ", packageNotes))}; "
            + $"parse and annotate {parseTime.TotalSeconds:F1} s, compile and analyse {analyzeTime.TotalSeconds:F1} s (loaded machine).");
        Console.WriteLine();

        var reports = new List<LeakReport>();
        foreach (var diagnostic in diagnostics.Where(d => Rules.Contains(d.Id) && d.Location.IsInSource))
        {
            reports.Add(new LeakReport(diagnostic.Id, repo, Position(diagnostic.Location, root), diagnostic.GetMessage(CultureInfo.InvariantCulture),
                diagnostic.AdditionalLocations.Where(l => l.IsInSource).Select(l => Position(l, root)).ToImmutableArray()));
        }

        reports.Sort((a, b) => (a.Rule, a.At.Path, a.At.Line).CompareTo((b.Rule, b.At.Path, b.At.Line)));
        Console.WriteLine("| rule | reports | in scope |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var rule in Rules)
        {
            Console.WriteLine($"| {rule} | {reports.Count(r => r.Rule == rule)} | {(labels is null ? "—" : reports.Count(r => r.Rule == rule && labels.InScope(r)).ToString(CultureInfo.InvariantCulture))} |");
        }

        Console.WriteLine();
        Console.WriteLine("Analyzer time (Roslyn's telemetry, `logAnalyzerExecutionTime: true`; loaded machine):");
        Console.WriteLine();
        foreach (var analyzer in analyzers)
        {
            var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine($"- {analyzer.GetType().Name}: {telemetry.ExecutionTime.TotalMilliseconds:F0} ms");
        }

        Console.WriteLine();
        if (failures.Count > 0)
        {
            Console.WriteLine($"**{failures.Count} analyzer failure(s)** (AD0001):");
            Console.WriteLine();
            foreach (var failure in failures.Take(20))
            {
                Console.WriteLine($"- {Position(failure.Location, root)}: {failure.GetMessage(CultureInfo.InvariantCulture).Split('\n')[0]}");
            }

            Console.WriteLine();
        }

        Console.WriteLine("### Reports");
        Console.WriteLine();
        foreach (var report in reports)
        {
            var scope = labels is null ? string.Empty : labels.InScope(report) ? " [scope]" : string.Empty;
            var also = report.Additional.IsEmpty ? string.Empty : " (also " + string.Join(", ", report.Additional) + ")";
            Console.WriteLine($"- {report.Rule} {report.At}{scope}: {report.Message}{also}");
        }

        Console.WriteLine();
        return reports;
    }

    /// <summary>One report as a tab-separated line (<c>--save-reports</c>): rule, repository, position, message, additional positions.</summary>
    internal static string Format(LeakReport report) =>
        string.Join('\t', report.Rule, report.Repo, report.At.ToString(), report.Message.Replace('\t', ' ').Replace('\n', ' '), string.Join(' ', report.Additional));

    internal static LeakReport Parse(string line, string source)
    {
        var cells = line.Split('\t');
        if (cells.Length != 5)
        {
            throw new FormatException($"{source}: expected 5 tab-separated cells in a saved report, got {cells.Length}");
        }

        return new LeakReport(cells[0], cells[1], FilePosition.Parse(cells[2], source), cells[3],
            cells[4].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => FilePosition.Parse(p, source)).ToImmutableArray());
    }

    private static FilePosition Position(Location location, string root)
    {
        if (!location.IsInSource)
        {
            return new FilePosition("(no source)", 1);
        }

        var span = location.GetLineSpan();
        return new FilePosition(Path.GetRelativePath(root, span.Path).Replace('\\', '/'), span.StartLinePosition.Line + 1);
    }

    private static int Propose(List<string> folders, string output)
    {
        var text = new System.Text.StringBuilder(FlowLabels.Header(new[]
        {
            "Pinned annotation list of the leak benchmark (benchmarks/leaks/README.md).",
            "First version: PRIV001's Fix All (\"Annotate as personal data\", project scope) as `realmodels` applies it, read back;",
            "then read and corrected by hand. Format: Namespace.Type.Member -> Category ('-' for none); Namespace.Type -> @DataSubject.",
        }));
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            string? section = null;
            var thread = new Thread(
                () =>
                {
                    var result = RealModelAnnotator.RunAsync(name, Sources(folder), CancellationToken.None).GetAwaiter().GetResult();
                    var annotated = result.OriginalCompilation.RemoveAllSyntaxTrees().AddSyntaxTrees(result.AnnotatedTrees);
                    section = AnnotationList.Write(annotated, $"\n# {name}: {result.Flagged.Length} members flagged by PRIV001\n");
                },
                64 * 1024 * 1024);
            thread.Start();
            thread.Join();
            text.Append(section);
            Console.Error.WriteLine($"{name}: done");
        }

        File.WriteAllText(output, text.ToString());
        return 0;
    }
}
