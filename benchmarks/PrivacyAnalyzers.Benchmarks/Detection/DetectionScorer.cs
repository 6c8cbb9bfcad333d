using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Detection;

namespace PrivacyAnalyzers.Benchmarks.DetectionQuality;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- detection --repos /tmp/repos [--split tuning|heldout|heldout-half|heldout-fresh|seen-fresh|all] [--list]</c>:
/// compiles each labelled repository's labelled files (read from <c>&lt;repos&gt;/&lt;last part of the label's repo&gt;</c>)
/// against the framework and PrivacyAnalyzers.Annotations, runs PRIV001 and PRIV002 through
/// <see cref="CompilationWithAnalyzers"/> and prints precision and recall on the <c>sure</c> labels, overall, per language
/// and per repository, with the misses, the false hits and the hits on unlabelled members. The held-out split prints
/// only figures unless <c>--list</c> is given (nobody reads held-out misses while tuning). <c>--dump FILE</c> writes every
/// PRIV001 and PRIV002 diagnostic of the compiled files (place, id, message, properties), sorted, to compare two builds.
/// </summary>
public static class DetectionScorer
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static int Run(string[] args)
    {
        var roots = new List<string>();
        var split = "tuning";
        var list = false;
        string? labelsDirectory = null;
        string? dumpFile = null;
        var withFrameworks = false;
        string? minimumConfidence = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--repos" when i + 1 < args.Length:
                    roots.AddRange(args[++i].Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "--split" when i + 1 < args.Length:
                    split = args[++i];
                    break;
                case "--labels" when i + 1 < args.Length:
                    labelsDirectory = args[++i];
                    break;
                case "--list":
                    list = true;
                    break;
                case "--dump" when i + 1 < args.Length:
                    dumpFile = args[++i];
                    break;
                case "--frameworks":
                    withFrameworks = true;
                    break;
                case "--minimum-confidence" when i + 1 < args.Length && args[i + 1] is "low" or "medium" or "high":
                    minimumConfidence = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'");
                    return Usage();
            }
        }

        if (roots.Count == 0 || !DetectionLabels.IsSplit(split))
        {
            return Usage();
        }

        labelsDirectory ??= Path.Combine(FindRepositoryRoot(), "benchmarks", "detection");
        var members = DetectionLabels.ReadMembers(Path.Combine(labelsDirectory, "labels"));
        var literals = DetectionLabels.ReadLiterals(Path.Combine(labelsDirectory, "literals"));
        var showLists = list || !split.StartsWith("heldout", StringComparison.Ordinal);

        // Each repository is read from the folder named by the last part of its name: two repositories with the same last
        // part, or one labelled at two commits, would be read from one folder and scored on each other's files.
        var clashes = members.Select(m => (m.Repo, m.Commit)).Concat(literals.Select(l => (l.Repo, l.Commit))).Distinct()
            .GroupBy(r => r.Repo.Split('/').Last(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        foreach (var clash in clashes)
        {
            Console.Error.WriteLine($"clash: folder '{clash.Key}' would hold {string.Join(", ", clash.Select(r => r.Repo + "@" + r.Commit))}: leave one of them out, or label one commit");
        }

        if (clashes.Count > 0)
        {
            return 2;
        }

        var memberOutcomes = new List<MemberOutcome>();
        var literalOutcomes = new List<LiteralOutcome>();
        var unlabelled = new List<string>();
        var skipped = new List<string>();
        // --frameworks: the whole .NET and ASP.NET Core shared frameworks, as a user's web project references them (the
        // realmodels command's set), and the SDK's implicit global usings, so that List<SelectListItem>, IdentityUser or
        // IFormFile resolve; the default stays the System.* assemblies alone and no implicit usings, as every figure
        // before the nineteenth round was measured.
        var references = withFrameworks ? RealModels.RealModelSources.References : LoadReferences();
        var dump = new List<string>();

        foreach (var repo in members.Select(m => m.Repo).Concat(literals.Select(l => l.Repo)).Distinct().OrderBy(r => r, StringComparer.Ordinal))
        {
            var folder = roots.Select(r => Path.Combine(r, repo.Split('/').Last())).FirstOrDefault(Directory.Exists);
            var repoMembers = members.Where(m => m.Repo == repo).ToList();
            var repoLiterals = literals.Where(l => l.Repo == repo).ToList();
            if (folder is null)
            {
                skipped.Add($"{repo}: no folder '{repo.Split('/').Last()}' under {string.Join(", ", roots)}");
                continue;
            }

            if (!repoMembers.Any(m => DetectionLabels.InSplit(split, m.Repo, m.Path, m.Type)) && !repoLiterals.Any(l => DetectionLabels.InSplit(split, l.Repo, l.Path, string.Empty)))
            {
                continue;
            }

            var paths = repoMembers.Select(m => m.Path).Concat(repoLiterals.Select(l => l.Path)).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
            var trees = new List<SyntaxTree>();
            foreach (var path in paths)
            {
                var file = Path.Combine(folder, path);
                if (!File.Exists(file))
                {
                    skipped.Add($"{repo}: missing file {path}");
                    continue;
                }

                trees.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions, path));
            }

            if (withFrameworks)
            {
                // The SDK's implicit global usings (System, System.Collections.Generic, System.Linq…), which most of these
                // projects rely on: without them List<T> in a file with no using of its own does not resolve.
                trees.Add(CSharpSyntaxTree.ParseText(RealModels.RealModelSources.ImplicitUsings, ParseOptions, "ImplicitUsings.g.cs"));
            }

            var compilation = CSharpCompilation.Create(
                "Corpus_" + repo.Replace('/', '_').Replace('-', '_').Replace('.', '_'),
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new UnannotatedPersonalDataAnalyzer(), new PersonalDataLiteralAnalyzer());
            // --minimum-confidence: what a user sets as privacy_analyzers.minimum_confidence (PRIV001.md, "How to configure"),
            // given to every file as an .editorconfig section would; without it the analyzers read no option (medium).
            var analyzerOptions = minimumConfidence is null
                ? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)
                : new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new SameOptionsForEveryFile("privacy_analyzers.minimum_confidence", minimumConfidence));
            var diagnostics = compilation.WithAnalyzers(analyzers, analyzerOptions)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

            if (dumpFile is not null)
            {
                // Only the diagnostics of the split (a held-out set is never listed while tuning).
                dump.AddRange(diagnostics
                    .Where(d => d.Location.SourceTree is { } tree
                        && DetectionLabels.InSplit(split, repo, tree.FilePath, d.Id == "PRIV001" ? MemberOf(tree.GetRoot().FindToken(d.Location.SourceSpan.Start))?.Type ?? string.Empty : string.Empty))
                    .Select(d => repo + " " + Profile.DiagnosticDump.Line(d)));
            }

            var flagged = new Dictionary<MemberKey, string>();
            var evidence = new Dictionary<MemberKey, string>();
            var flaggedLiterals = new HashSet<(string Path, int Line, string Hash)>();
            foreach (var diagnostic in diagnostics)
            {
                var tree = diagnostic.Location.SourceTree;
                if (tree is null)
                {
                    continue;
                }

                var token = tree.GetRoot().FindToken(diagnostic.Location.SourceSpan.Start);
                if (diagnostic.Id == "PRIV001" && MemberOf(token) is { } member)
                {
                    var key = new MemberKey(repo, tree.FilePath, member.Type, member.Name);
                    flagged[key] = diagnostic.Properties.TryGetValue(UnannotatedPersonalDataAnalyzer.CategoryProperty, out var category) ? category ?? "?" : "?";
                    evidence[key] = diagnostic.Properties.TryGetValue(UnannotatedPersonalDataAnalyzer.EvidenceProperty, out var because) ? because ?? "" : "";
                }
                else if (diagnostic.Id == "PRIV002")
                {
                    var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
                    flaggedLiterals.Add((tree.FilePath, line, DetectionLabels.HashValue(token.ValueText)));
                }
            }

            // A member its author already annotated as personal data with an attribute the product reads (ours, ASP.NET Core
            // Identity's [PersonalData] / [ProtectedPersonalData], a DataClassification) needs no PRIV001 warning: it is in
            // the inventory. It counts as found, as it does for a user, with that evidence. Such attributes resolve only when
            // their assembly is referenced (--frameworks for ASP.NET Core Identity's), so without it PRIV001 reads the
            // member by its name like any other.
            AddAnnotated(compilation, repo, flagged, evidence);

            var labelled = repoMembers.Select(m => m.Key).ToHashSet();
            foreach (var label in repoMembers.Where(m => DetectionLabels.InSplit(split, m.Repo, m.Path, m.Type)))
            {
                memberOutcomes.Add(new MemberOutcome(label, flagged.TryGetValue(label.Key, out var category), category, evidence.TryGetValue(label.Key, out var because) ? because : null));
            }

            foreach (var hit in flagged.Where(f => !labelled.Contains(f.Key) && DetectionLabels.InSplit(split, repo, f.Key.Path, f.Key.Type)).OrderBy(f => f.Key.Path + "|" + f.Key.Type + "|" + f.Key.Member, StringComparer.Ordinal))
            {
                unlabelled.Add($"{repo} {hit.Key.Path} {hit.Key.Type}.{hit.Key.Member} -> {hit.Value}");
            }

            foreach (var label in repoLiterals.Where(l => DetectionLabels.InSplit(split, l.Repo, l.Path, string.Empty)))
            {
                literalOutcomes.Add(new LiteralOutcome(label, flaggedLiterals.Contains((label.Path, label.Line, label.ValueSha256))));
            }
        }

        Print(split, minimumConfidence, memberOutcomes, literalOutcomes, unlabelled, skipped, showLists);
        if (dumpFile is not null)
        {
            dump.Sort(StringComparer.Ordinal);
            File.WriteAllLines(dumpFile, dump);
            Console.WriteLine();
            Console.WriteLine($"{dump.Count} diagnostics written to {dumpFile}");
        }

        return 0;
    }

    private static void Print(string split, string? minimumConfidence, List<MemberOutcome> members, List<LiteralOutcome> literals, List<string> unlabelled, List<string> skipped, bool showLists)
    {
        Console.WriteLine($"# PRIV001 detection, split '{split}' (sure labels; borderline rows are reported, not scored)"
            + (minimumConfidence is null ? string.Empty : $", minimum_confidence = {minimumConfidence}"));
        Console.WriteLine();
        Console.WriteLine("| slice | labelled (sure) | personal | flagged | TP | FP | FN | precision | recall | borderline flagged |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        Row("all", members);
        foreach (var language in members.Select(m => m.Label.Language).Distinct().OrderBy(l => l, StringComparer.Ordinal))
        {
            Row("language: " + language, members.Where(m => m.Label.Language == language).ToList());
        }

        foreach (var repo in members.Select(m => m.Label.Repo).Distinct().OrderBy(r => r, StringComparer.Ordinal))
        {
            Row(repo, members.Where(m => m.Label.Repo == repo).ToList());
        }

        if (showLists)
        {
            List("Misses (sure personal, not flagged)", members.Where(m => m.Label.IsSure && m.Label.Personal && !m.Flagged)
                .Select(m => $"{m.Label.Repo} {m.Label.Path} {m.Label.Type}.{m.Label.Member} [{m.Label.Category}]"));
            List("False hits (flagged, sure not personal)", members.Where(m => m.Label.IsSure && !m.Label.Personal && m.Flagged)
                .Select(m => $"{m.Label.Repo} {m.Label.Path} {m.Label.Type}.{m.Label.Member} -> {m.Category}"));
            List("Unlabelled hits (flagged, no label; not counted)", unlabelled);
        }
        else
        {
            Console.WriteLine();
            Console.WriteLine("(held-out lists not printed; pass --list once the tuning is finished)");
        }

        BeyondTheName(members, showLists);

        if (literals.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"# PRIV002 literals, split '{split}' (sure labels)");
            Console.WriteLine();
            var tp = literals.Count(l => l.Label.IsSure && l.Label.Personal && l.Flagged);
            var fp = literals.Count(l => l.Label.IsSure && !l.Label.Personal && l.Flagged);
            var fn = literals.Count(l => l.Label.IsSure && l.Label.Personal && !l.Flagged);
            var sure = literals.Count(l => l.Label.IsSure);
            Console.WriteLine($"labelled (sure) {sure}, personal {tp + fn}, TP {tp}, FP {fp}, FN {fn}, precision {Ratio(tp, tp + fp)}, recall {Ratio(tp, tp + fn)}");
            if (showLists)
            {
                List("PRIV002 misses", literals.Where(l => l.Label.IsSure && l.Label.Personal && !l.Flagged).Select(l => $"{l.Label.Repo} {l.Label.Path}:{l.Label.Line} [{l.Label.Kind}]"));
                List("PRIV002 false hits", literals.Where(l => l.Label.IsSure && !l.Label.Personal && l.Flagged).Select(l => $"{l.Label.Repo} {l.Label.Path}:{l.Label.Line} [{l.Label.Kind}]"));
            }
        }

        if (skipped.Count > 0)
        {
            List("Skipped", skipped);
        }
    }

    /// <summary>
    /// The labelled members decided by evidence beyond the name (PRIV001's ninth round), per path: a declared text (display,
    /// column or wire name, description, validation message), a typed DataAnnotation, a one-word compound; and a weak term on
    /// a type that belongs to a person's type (issue 12, tenth round: "…, which belongs to Candidate through Resume").
    /// </summary>
    private static void BeyondTheName(List<MemberOutcome> members, bool showLists)
    {
        static string? PathOf(string? evidence) => evidence switch
        {
            null => null,
            _ when evidence.StartsWith("its name '", StringComparison.Ordinal) => "one-word compound",
            _ when evidence.StartsWith("its [", StringComparison.Ordinal) && evidence.EndsWith("] attribute", StringComparison.Ordinal) => "typed annotation",
            _ when evidence.StartsWith("its [", StringComparison.Ordinal) => "declared text",
            _ when evidence.Contains(", which belongs to ", StringComparison.Ordinal) => "owned by a person's type",
            _ => null,
        };

        var decided = members.Where(m => m.Flagged && PathOf(m.Evidence) is not null).ToList();
        Console.WriteLine();
        Console.WriteLine($"## Decided beyond the name: {decided.Count}");
        Console.WriteLine();
        Console.WriteLine("| path | TP | FP | borderline |");
        Console.WriteLine("| --- | --- | --- | --- |");
        foreach (var path in new[] { "declared text", "typed annotation", "one-word compound", "owned by a person's type" })
        {
            var these = decided.Where(m => PathOf(m.Evidence) == path).ToList();
            Console.WriteLine($"| {path} | {these.Count(m => m.Label.IsSure && m.Label.Personal)} | {these.Count(m => m.Label.IsSure && !m.Label.Personal)} | {these.Count(m => !m.Label.IsSure)} |");
        }

        if (showLists)
        {
            foreach (var member in decided)
            {
                var outcome = !member.Label.IsSure ? "borderline" : member.Label.Personal ? "TP" : "FP";
                Console.WriteLine($"- {outcome} {member.Label.Repo} {member.Label.Type}.{member.Label.Member} -> {member.Category}: {member.Evidence}");
            }
        }
    }

    private static void Row(string name, List<MemberOutcome> outcomes)
    {
        var sure = outcomes.Where(o => o.Label.IsSure).ToList();
        var tp = sure.Count(o => o.Label.Personal && o.Flagged);
        var fp = sure.Count(o => !o.Label.Personal && o.Flagged);
        var fn = sure.Count(o => o.Label.Personal && !o.Flagged);
        var borderline = outcomes.Where(o => !o.Label.IsSure).ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {sure.Count} | {tp + fn} | {tp + fp} | {tp} | {fp} | {fn} | {Ratio(tp, tp + fp)} | {Ratio(tp, tp + fn)} | {borderline.Count(o => o.Flagged)}/{borderline.Count} |"));
    }

    private static string Ratio(int numerator, int denominator) =>
        denominator == 0 ? "n/a" : ((double)numerator / denominator).ToString("0.000", CultureInfo.InvariantCulture);

    private static void List(string title, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        Console.WriteLine();
        Console.WriteLine($"## {title}: {items.Count}");
        foreach (var line in items)
        {
            Console.WriteLine("- " + line);
        }
    }

    /// <summary>
    /// Records as found (category "annotated") every member of <paramref name="compilation"/>'s trees that already carries a
    /// personal-data marker <see cref="AnnotationReader"/> reads and that PRIV001 therefore does not report.
    /// </summary>
    private static void AddAnnotated(CSharpCompilation compilation, string repo, Dictionary<MemberKey, string> flagged, Dictionary<MemberKey, string> evidence)
    {
        var reader = new AnnotationReader(compilation);
        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                SyntaxToken identifier;
                if (node is PropertyDeclarationSyntax { AttributeLists.Count: > 0 } property)
                {
                    identifier = property.Identifier;
                }
                else if (node is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax { AttributeLists.Count: > 0 } } variable)
                {
                    identifier = variable.Identifier;
                }
                else
                {
                    continue;
                }

                if (MemberOf(identifier) is not { } member)
                {
                    continue;
                }

                var key = new MemberKey(repo, tree.FilePath, member.Type, member.Name);
                model ??= compilation.GetSemanticModel(tree);
                if (!flagged.ContainsKey(key) && model.GetDeclaredSymbol(node) is { } symbol
                    && reader.FindPersonalDataMarker(symbol, out var origin) is not null)
                {
                    flagged[key] = "annotated";
                    evidence[key] = "already annotated (" + origin + ")";
                }
            }
        }
    }

    /// <summary>The (type, member) a PRIV001 location names: a property, a field's variable, or a record positional parameter.</summary>
    private static (string Type, string Name)? MemberOf(SyntaxToken token)
    {
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            string? name = node switch
            {
                PropertyDeclarationSyntax property => property.Identifier.Text,
                VariableDeclaratorSyntax variable => variable.Identifier.Text,
                ParameterSyntax parameter => parameter.Identifier.Text,
                _ => null,
            };
            if (name is not null)
            {
                var type = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
                return type is null ? null : (type.Identifier.Text, name);
            }
        }

        return null;
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // As tests/PrivacyAnalyzers.Tests/Harness/TestReferences.cs: the running runtime's System.* assemblies, plus the annotations.
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib" or "Microsoft.CSharp" or "Microsoft.Win32.Primitives")
            {
                builder.Add(MetadataReference.CreateFromFile(path));
            }
        }

        builder.Add(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location));
        return builder.ToImmutable();
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PrivacyAnalyzers.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("PrivacyAnalyzers.sln not found above the current directory; pass --labels <benchmarks/detection>.");
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: detection --repos <folder>[" + Path.PathSeparator + "<folder>...] [--split tuning|heldout|heldout-half|heldout-fresh|seen-fresh|all] [--list] [--labels <benchmarks/detection>] [--dump FILE] [--frameworks] [--minimum-confidence low|medium|high]");
        return 2;
    }

    /// <summary>One option, the same for every file and for the compilation: a global .editorconfig of one line.</summary>
    private sealed class SameOptionsForEveryFile(string key, string value) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(key, value);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(string key, string value) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string name, out string value1)
            {
                var found = string.Equals(name, key, StringComparison.Ordinal);
                value1 = found ? value : null!;
                return found;
            }
        }
    }

    private sealed record MemberOutcome(MemberLabel Label, bool Flagged, string? Category, string? Evidence = null);

    private sealed record LiteralOutcome(LiteralLabel Label, bool Flagged);
}
