using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Generator;

namespace PrivacyAnalyzers.Benchmarks.RealModels;

/// <summary>
/// The annotate-then-generate pass over one folder of C# sources, printed as a Markdown section: compile, PRIV001 and its
/// code fix on every flagged member, [DataSubject] on the types that got annotations, the generator on the result, and
/// what the generated code costs and breaks. Prints <c>SUMMARY|…</c> lines that <see cref="RealModelsCommand"/> collects.
/// </summary>
internal static partial class RealModelPass
{
    /// <summary>The generator's listing of the navigations an exporter follows and refuses (may not exist yet).</summary>
    private const string NavigationsDiagnosticId = "PRIV033";

    private static readonly string[] Cultures = { "tr-TR", "ro-RO", "de-DE" };

    public static void Run(string folder, bool skipTests, string? dump, TextWriter output)
    {
        var total = Stopwatch.StartNew();
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var summary = new Summary { Name = name };
        output.WriteLine($"## {name}");
        output.WriteLine();
        output.WriteLine($"Folder `{Path.GetFullPath(folder)}`{(skipTests ? ", test folders skipped" : string.Empty)}.");
        output.WriteLine();
        try
        {
            RunCore(folder, name, skipTests, dump, output, summary, total);
        }
        catch (Exception exception)
        {
            summary.Failure = exception.GetType().Name + ": " + exception.Message;
            output.WriteLine($"**The pass failed** after {total.Elapsed.TotalSeconds:F1} s:");
            output.WriteLine();
            output.WriteLine("```");
            output.WriteLine(exception.ToString());
            output.WriteLine("```");
            output.WriteLine();
        }

        output.WriteLine(summary.ToLine());
        output.Flush();
    }

    private static void RunCore(string folder, string name, bool skipTests, string? dump, TextWriter output, Summary summary, Stopwatch total)
    {
        // 1. Parse and compile.
        var watch = Stopwatch.StartNew();
        var files = RealModelSources.FindFiles(folder, skipTests);
        var sources = files.Select(f => (Path: f, Text: SourceText.From(File.ReadAllText(f), Encoding.UTF8)))
            .Append((Path: Path.Combine(Path.GetFullPath(folder), RealModelSources.ImplicitUsingsPath), Text: SourceText.From(RealModelSources.ImplicitUsings, Encoding.UTF8)))
            .ToImmutableArray();
        var readTime = watch.Elapsed;
        var assemblyName = Regex.Replace(name, "[^A-Za-z0-9_.]", "_");

        // 2. PRIV001, its code fix, [DataSubject].
        var annotation = RealModelAnnotator.RunAsync(assemblyName, sources, CancellationToken.None).GetAwaiter().GetResult();
        var annotated = CSharpCompilation.Create(assemblyName, annotation.AnnotatedTrees, RealModelSources.References, RealModelSources.CompilationOptions);
        var originalTrees = annotation.OriginalCompilation.SyntaxTrees.ToList();
        var types = originalTrees.Sum(t => t.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>().Count());
        var personalDataBefore = originalTrees.Sum(CountPersonalDataAttributes);
        var personalDataAfter = annotation.AnnotatedTrees.Sum(CountPersonalDataAttributes);

        // 3. The generator, cold, on the annotated compilation.
        watch.Restart();
        var driver = NewDriver().RunGeneratorsAndUpdateCompilation(annotated, out var withGenerated, out _);
        var generateTime = watch.Elapsed;
        var passTime = readTime + annotation.AnalyzeTime + annotation.FixTime + annotation.MarkTime + generateTime;
        var run = driver.GetRunResult();
        var result = run.Results.Single();
        var generated = result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToImmutableArray();

        if (dump is not null)
        {
            Dump(Path.Combine(dump, name), folder, annotation, generated);
        }

        // Diagnostics located in the generated trees, from compiling the output compilation.
        watch.Restart();
        var inGenerated = new List<(Diagnostic Diagnostic, string HintName)>();
        foreach (var source in generated)
        {
            var tree = withGenerated.ContainsSyntaxTree(source.SyntaxTree)
                ? source.SyntaxTree
                : withGenerated.SyntaxTrees.Single(t => string.Equals(t.FilePath, source.SyntaxTree.FilePath, StringComparison.Ordinal));
            inGenerated.AddRange(withGenerated.GetSemanticModel(tree).GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree == tree)
                .Select(d => (d, source.HintName)));
        }

        var generatedCompileTime = watch.Elapsed;

        // The repository's own errors in declarations (what the model sees; method bodies are not bound, it would take
        // minutes on a large repository), and every error of the files the pass changed, before and after it: the new
        // ones would be ours.
        watch.Restart();
        var declarationErrors = Errors(annotation.OriginalCompilation.GetDeclarationDiagnostics());
        var originalByPath = annotation.OriginalCompilation.SyntaxTrees.ToDictionary(t => t.FilePath, StringComparer.Ordinal);
        var changed = annotation.AnnotatedTrees
            .Where(t => !string.Equals(t.GetText().ToString(), originalByPath[t.FilePath].GetText().ToString(), StringComparison.Ordinal))
            .ToList();
        var errorsBefore = Errors(changed.SelectMany(t => annotation.OriginalCompilation.GetSemanticModel(originalByPath[t.FilePath]).GetDiagnostics()));
        var errorsAfter = Errors(changed.SelectMany(t => annotated.GetSemanticModel(t).GetDiagnostics()));
        var userErrorsTime = watch.Elapsed;

        // Sizes and walkers.
        var sizes = generated.Select(s => (s.HintName, Bytes: Encoding.UTF8.GetByteCount(s.SourceText.ToString()), Walkers: WalkerPattern().Matches(s.SourceText.ToString()).Count)).ToList();
        var inventory = sizes.Where(s => s.HintName.EndsWith("PrivacyInventory.g.cs", StringComparison.Ordinal)).ToList();
        var exporters = sizes.Except(inventory).OrderByDescending(s => s.Bytes).ThenBy(s => s.HintName, StringComparer.Ordinal).ToList();
        var generatorDiagnostics = run.Diagnostics.Concat(result.Diagnostics).Distinct().ToList();
        var crashes = generatorDiagnostics.Where(d => d.Id == "CS8785").ToList();
        var navigations = generatorDiagnostics.Where(d => d.Id == NavigationsDiagnosticId).ToList();

        // 4. Determinism: a second cold run, then one under each culture, each on a fresh compilation.
        watch.Restart();
        var reference = Texts(generated);
        var determinism = new List<(string Run, string Verdict)> { ("second run", Compare(reference, Texts(NewDriver().RunGenerators(annotated.Clone()).GetRunResult().Results.Single().GeneratedSources))) };
        foreach (var cultureName in Cultures)
        {
            determinism.Add((cultureName, RunUnderCulture(cultureName, () => Compare(reference, Texts(NewDriver().RunGenerators(annotated.Clone()).GetRunResult().Results.Single().GeneratedSources)))));
        }

        var determinismTime = watch.Elapsed;

        summary.Files = files.Length;
        summary.Flagged = annotation.Flagged.Length;
        summary.Subjects = annotation.Subjects;
        summary.Exporters = exporters.Count;
        summary.GeneratedBytes = sizes.Sum(s => s.Bytes);
        summary.Largest = exporters.Count == 0 ? "—" : $"{exporters[0].HintName} ({Kb(exporters[0].Bytes)})";
        summary.Walkers = exporters.Sum(e => e.Walkers);
        summary.GeneratedErrors = inGenerated.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Error);
        summary.GeneratedWarnings = inGenerated.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Warning);
        summary.Crashes = crashes.Count + (result.Exception is null ? 0 : 1);
        summary.Deterministic = determinism.All(d => d.Verdict == "identical") ? "yes" : "**no**";
        summary.PassSeconds = passTime.TotalSeconds;

        var o = output;
        o.WriteLine("| figure | value |");
        o.WriteLine("| --- | --- |");
        o.WriteLine($"| C# files compiled | {files.Length:N0} (+ the SDK's implicit global usings) |");
        o.WriteLine($"| type declarations (class, struct, record, interface) | {types:N0} |");
        o.WriteLine($"| errors in the repository's declarations (missing packages) | {declarationErrors.Values.Sum():N0}; {TopIds(declarationErrors, 5)} |");
        o.WriteLine($"| errors the annotation pass added (in the {changed.Count:N0} files it changed: {errorsBefore.Values.Sum():N0} before, {errorsAfter.Values.Sum():N0} after) | {DescribeDelta(errorsBefore, errorsAfter)} |");
        o.WriteLine($"| members PRIV001 flagged (all annotated by its code fix) | {annotation.Flagged.Length:N0} |");
        o.WriteLine($"| `[PersonalData]` attributes in the source | {personalDataBefore:N0} before, {personalDataAfter:N0} after (ASP.NET Core Identity's count too) |");
        o.WriteLine($"| types marked `[DataSubject(\"TypeName\")]` | {annotation.Subjects:N0}{(annotation.SubjectsAlreadyMarked > 0 ? $" (+{annotation.SubjectsAlreadyMarked} already marked)" : string.Empty)} |");
        o.WriteLine($"| PRIV001 analyzer failures (AD0001) | {annotation.AnalyzerFailures.Length}{(annotation.AnalyzerFailures.IsEmpty ? string.Empty : ": " + Cell(annotation.AnalyzerFailures[0].GetMessage(CultureInfo.InvariantCulture)))} |");
        o.WriteLine($"| generated files | {generated.Length:N0}: {exporters.Count:N0} exporters{(inventory.Count > 0 ? " + the inventory" : ", no inventory")} |");
        o.WriteLine($"| generated size | {Kb(sizes.Sum(s => s.Bytes))} in all; inventory {(inventory.Count > 0 ? Kb(inventory[0].Bytes) : "—")}; exporters {Kb(exporters.Sum(e => e.Bytes))} |");
        o.WriteLine($"| walker methods (`WriteN`) in exporters | {exporters.Sum(e => e.Walkers):N0} in all; per exporter median {Median(exporters.Select(e => e.Walkers))}, max {(exporters.Count == 0 ? 0 : exporters.Max(e => e.Walkers))} |");
        o.WriteLine($"| generator exceptions | {(result.Exception is null ? "none" : Cell(result.Exception.GetType().Name + ": " + result.Exception.Message))}; CS8785: {crashes.Count} |");
        o.WriteLine($"| errors / warnings located in generated code | {summary.GeneratedErrors:N0} / {summary.GeneratedWarnings:N0} |");
        o.WriteLine($"| generator diagnostics by ID | {(generatorDiagnostics.Count == 0 ? "none" : string.Join(", ", generatorDiagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} × {g.Count()}")))} |");
        o.WriteLine($"| {NavigationsDiagnosticId} (navigations followed / refused) | {(navigations.Count == 0 ? "not reported" : $"{navigations.Count} diagnostics (below)")} |");
        o.WriteLine($"| determinism (byte-identical outputs) | {string.Join("; ", determinism.Select(d => $"{d.Run}: {d.Verdict}"))} |");
        o.WriteLine($"| wall time of the pass | {passTime.TotalSeconds:F1} s: read {readTime.TotalSeconds:F1} s, compile + PRIV001 {annotation.AnalyzeTime.TotalSeconds:F1} s, code fix {annotation.FixTime.TotalSeconds:F1} s, [DataSubject] + re-parse {annotation.MarkTime.TotalSeconds:F1} s, generator (cold) {generateTime.TotalSeconds:F1} s |");
        o.WriteLine($"| other measuring time | compiling the generated trees {generatedCompileTime.TotalSeconds:F1} s, the repository's errors {userErrorsTime.TotalSeconds:F1} s, determinism runs {determinismTime.TotalSeconds:F1} s; whole section {total.Elapsed.TotalSeconds:F1} s |");
        o.WriteLine();

        if (result.Exception is not null || crashes.Count > 0)
        {
            o.WriteLine("Generator exception:");
            o.WriteLine();
            o.WriteLine("```");
            o.WriteLine(result.Exception?.ToString() ?? crashes[0].GetMessage(CultureInfo.InvariantCulture));
            o.WriteLine("```");
            o.WriteLine();
        }

        if (inGenerated.Count > 0)
        {
            o.WriteLine("Errors and warnings in generated code, by ID:");
            o.WriteLine();
            o.WriteLine("| ID | severity | count | files | examples |");
            o.WriteLine("| --- | --- | --- | --- | --- |");
            foreach (var group in inGenerated.GroupBy(d => d.Diagnostic.Id).OrderByDescending(g => g.Max(d => d.Diagnostic.Severity)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var examples = group.GroupBy(d => d.HintName).Take(2).Select(g => g.First())
                    .Select(d => $"`{d.HintName}`:{d.Diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
                o.WriteLine($"| {group.Key} | {group.First().Diagnostic.Severity} | {group.Count():N0} | {group.Select(d => d.HintName).Distinct().Count()} | {Cell(string.Join(" — ", examples))} |");
            }

            o.WriteLine();
        }

        if (exporters.Count > 0)
        {
            o.WriteLine("Largest exporters:");
            o.WriteLine();
            o.WriteLine("| exporter (hint name) | bytes | walkers |");
            o.WriteLine("| --- | ---: | ---: |");
            foreach (var exporter in exporters.Take(10))
            {
                o.WriteLine($"| `{exporter.HintName}` | {exporter.Bytes:N0} | {exporter.Walkers} |");
            }

            o.WriteLine();
        }

        var otherGeneratorDiagnostics = generatorDiagnostics.Where(d => d.Id != "CS8785").GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (otherGeneratorDiagnostics.Count > 0)
        {
            o.WriteLine("Generator diagnostics (examples):");
            o.WriteLine();
            foreach (var group in otherGeneratorDiagnostics)
            {
                var shown = group.Key == NavigationsDiagnosticId ? group.OrderByDescending(d => d.GetMessage(CultureInfo.InvariantCulture).Length).Take(10) : group.Take(2);
                foreach (var diagnostic in shown)
                {
                    o.WriteLine($"- {group.Key} ({diagnostic.Severity}): {Shorten(diagnostic.GetMessage(CultureInfo.InvariantCulture), 400)}");
                }
            }

            o.WriteLine();
        }
    }

    /// <summary>Writes the files the pass changed (DUMP/annotated/…) and the generated ones (DUMP/generated/…) for reading.</summary>
    private static void Dump(string directory, string folder, RealModelAnnotator.Result annotation, ImmutableArray<GeneratedSourceResult> generated)
    {
        var originals = annotation.OriginalCompilation.SyntaxTrees.ToDictionary(t => t.FilePath, StringComparer.Ordinal);
        foreach (var tree in annotation.AnnotatedTrees)
        {
            var text = tree.GetText().ToString();
            if (originals.TryGetValue(tree.FilePath, out var original) && !string.Equals(original.GetText().ToString(), text, StringComparison.Ordinal))
            {
                var path = Path.Combine(directory, "annotated", Path.GetRelativePath(folder, tree.FilePath));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }
        }

        Directory.CreateDirectory(Path.Combine(directory, "generated"));
        foreach (var source in generated)
        {
            File.WriteAllText(Path.Combine(directory, "generated", source.HintName), source.SourceText.ToString());
        }
    }

    private static GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new PrivacyGenerator().AsSourceGenerator() },
        parseOptions: RealModelSources.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static int CountPersonalDataAttributes(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Count(a => (a.Name switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax a2 => a2.Name.Identifier.ValueText,
            SimpleNameSyntax s => s.Identifier.ValueText,
            _ => string.Empty,
        }) is "PersonalData" or "PersonalDataAttribute");

    private static Dictionary<string, int> Errors(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .GroupBy(d => d.Id)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string TopIds(Dictionary<string, int> errors, int count) =>
        errors.Count == 0 ? "none" : "most: " + string.Join(", ", errors.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(count).Select(e => $"{e.Key} × {e.Value:N0}"));

    private static string DescribeDelta(Dictionary<string, int> before, Dictionary<string, int> after)
    {
        var delta = after.Select(e => (e.Key, Count: e.Value - before.GetValueOrDefault(e.Key)))
            .Concat(before.Where(e => !after.ContainsKey(e.Key)).Select(e => (e.Key, Count: -e.Value)))
            .Where(e => e.Count != 0)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
        return delta.Count == 0 ? "none" : string.Join(", ", delta.Select(e => $"{e.Key} {e.Count:+#;-#}"));
    }

    private static Dictionary<string, string> Texts(IEnumerable<GeneratedSourceResult> sources) =>
        sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    private static string Compare(Dictionary<string, string> reference, Dictionary<string, string> other)
    {
        if (reference.Count != other.Count || reference.Keys.Any(k => !other.ContainsKey(k)))
        {
            return $"**different files** ({reference.Count} vs {other.Count})";
        }

        var different = reference.Where(p => !string.Equals(p.Value, other[p.Key], StringComparison.Ordinal)).Select(p => p.Key).ToList();
        return different.Count == 0 ? "identical" : $"**{different.Count} files differ** (first: `{different[0]}`)";
    }

    private static string RunUnderCulture(string cultureName, Func<string> run)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var (current, ui, defaultCurrent, defaultUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;

            // Without ICU every culture behaves as the invariant one, and this check would prove nothing.
            var active = cultureName switch
            {
                "tr-TR" => "i".ToUpper(culture) == "\u0130",
                "de-DE" => 1.5.ToString(culture) == "1,5",
                _ => 1.5.ToString(culture) == "1,5",
            };
            var verdict = run();
            return active ? verdict : verdict + " (culture data missing: behaves as invariant)";
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (defaultCurrent, defaultUi);
        }
    }

    private static string Median(IEnumerable<int> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? "—" : sorted[sorted.Count / 2].ToString(CultureInfo.InvariantCulture);
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " KiB";

    private static string Cell(string text) => Shorten(text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal), 600);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text.Substring(0, length) + "…";

    /// <summary>A walked type's method in a generated exporter: <c>private static void Write3(</c> or <c>Write3&lt;T&gt;(</c>.</summary>
    [GeneratedRegex(@"private static void Write\d+(<[^>]*>)?\(")]
    private static partial Regex WalkerPattern();

    /// <summary>One line per repository for the table at the end of the run.</summary>
    internal sealed class Summary
    {
        public const string Prefix = "SUMMARY|";

        public string Name { get; set; } = string.Empty;

        public int Files { get; set; }

        public int Flagged { get; set; }

        public int Subjects { get; set; }

        public int Exporters { get; set; }

        public long GeneratedBytes { get; set; }

        public string Largest { get; set; } = "—";

        public int Walkers { get; set; }

        public int GeneratedErrors { get; set; }

        public int GeneratedWarnings { get; set; }

        public int Crashes { get; set; }

        public string Deterministic { get; set; } = "—";

        public double PassSeconds { get; set; }

        public string? Failure { get; set; }

        public string ToLine() => Prefix + (Failure is not null
            ? $"| {Name} | **failed**: {Cell(Failure)} | | | | | | | | | | |"
            : $"| {Name} | {Files:N0} | {Flagged:N0} | {Subjects:N0} | {Exporters:N0} | {Kb(GeneratedBytes)} | {Largest} | {Walkers:N0} | {GeneratedErrors:N0} / {GeneratedWarnings:N0} | {Crashes} | {Deterministic} | {PassSeconds:F1} s |");

        public static string Header =>
            "| repository | files | flagged (PRIV001) | subjects | exporters | generated | largest exporter | walkers | errors / warnings in generated code | generator crashes | deterministic | pass |\n"
            + "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: |";
    }
}
