using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Detection;

namespace PrivacyAnalyzers.Benchmarks.RealModels;

/// <summary>
/// The procedure on a real code base: every member PRIV001 flags annotated by PRIV001's own code fix (its Fix All,
/// "Annotate as personal data", at project scope, as <c>dotnet format analyzers</c> applies it), then every type that
/// received an annotation marked <c>[DataSubject("TypeName")]</c> by a syntax rewrite, and the result re-parsed.
/// </summary>
internal static class RealModelAnnotator
{
    public const string DataSubjectAttribute = "global::PrivacyAnalyzers.DataSubject";

    public sealed record Result(
        Solution Original,
        ProjectId ProjectId,
        Compilation OriginalCompilation,
        ImmutableArray<Diagnostic> Flagged,
        ImmutableArray<Diagnostic> AnalyzerFailures,
        ImmutableArray<SyntaxTree> AnnotatedTrees,
        int Subjects,
        int SubjectsAlreadyMarked,
        TimeSpan AnalyzeTime,
        TimeSpan FixTime,
        TimeSpan MarkTime);

    public static async Task<Result> RunAsync(string assemblyName, ImmutableArray<(string Path, SourceText Text)> sources, CancellationToken cancellationToken)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId(assemblyName);
        var documents = sources.Select(s => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, s.Path),
            s.Path,
            loader: TextLoader.From(TextAndVersion.Create(s.Text, VersionStamp.Default, s.Path)),
            filePath: s.Path));
        var project = ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            assemblyName,
            assemblyName,
            LanguageNames.CSharp,
            compilationOptions: RealModelSources.CompilationOptions,
            parseOptions: RealModelSources.ParseOptions,
            documents: documents,
            metadataReferences: RealModelSources.References);
        var solution = workspace.AddSolution(SolutionInfo.Create(SolutionId.CreateNewId(), VersionStamp.Default, projects: new[] { project }));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var compilation = (await solution.GetProject(projectId)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var failures = new List<Diagnostic>();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new UnannotatedPersonalDataAnalyzer()),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, diagnostic) => { lock (failures) { failures.Add(diagnostic); } },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
        var all = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        var flagged = all.Where(d => d.Id == Diagnostics.RuleIdentifiers.UnannotatedPersonalData && d.Location.IsInSource)
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
        failures.AddRange(all.Where(d => d.Id == "AD0001"));
        var analyzeTime = watch.Elapsed;

        // The types that will receive an annotation, by declaration: (file, index among the file's type declarations).
        // The code fix adds attributes and splits fields; it neither adds nor removes a type declaration, so the index
        // still designates the same declaration after it.
        watch.Restart();
        var marks = new Dictionary<string, SortedDictionary<int, string>>(StringComparer.Ordinal);
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var dataSubject = compilation.GetTypeByMetadataName("PrivacyAnalyzers.DataSubjectAttribute");
        var alreadyMarked = 0;
        var declarationIndex = new Dictionary<SyntaxTree, Dictionary<SyntaxNode, int>>();
        foreach (var diagnostic in flagged)
        {
            var tree = diagnostic.Location.SourceTree!;
            var root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
            var declaration = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
            if (declaration is null)
            {
                continue;
            }

            var symbol = compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration, cancellationToken);
            if (symbol is null || !seen.Add(symbol))
            {
                continue;
            }

            if (symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, dataSubject)))
            {
                alreadyMarked++;
                continue;
            }

            if (!declarationIndex.TryGetValue(tree, out var indexes))
            {
                indexes = root.DescendantNodes().OfType<TypeDeclarationSyntax>().Select((d, i) => (d, i)).ToDictionary(p => (SyntaxNode)p.d, p => p.i);
                declarationIndex.Add(tree, indexes);
            }

            if (!marks.TryGetValue(tree.FilePath, out var inFile))
            {
                inFile = new SortedDictionary<int, string>();
                marks.Add(tree.FilePath, inFile);
            }

            inFile[indexes[declaration]] = declaration.Identifier.ValueText;
        }

        var markTime = watch.Elapsed;

        // PRIV001's Fix All, "Annotate as personal data", over the whole project.
        watch.Restart();
        var fixedSolution = solution;
        if (!flagged.IsEmpty)
        {
            var provider = new UnannotatedPersonalDataCodeFixProvider();
            var first = solution.GetDocument(flagged[0].Location.SourceTree)!;
            var context = new FixAllContext(
                first,
                provider,
                FixAllScope.Project,
                UnannotatedPersonalDataCodeFixProvider.AnnotateKey,
                provider.FixableDiagnosticIds,
                new FixedDiagnostics(flagged),
                cancellationToken);
            var action = await provider.GetFixAllProvider().GetFixAsync(context).ConfigureAwait(false)
                ?? throw new InvalidOperationException("PRIV001's Fix All produced no code action.");
            var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
            fixedSolution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        var fixTime = watch.Elapsed;

        // [DataSubject("TypeName")] on every type that received an annotation, then re-parse every file.
        watch.Restart();
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        foreach (var document in fixedSolution.GetProject(projectId)!.Documents)
        {
            var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            if (marks.TryGetValue(document.FilePath!, out var inFile))
            {
                var declarations = root.DescendantNodes().OfType<TypeDeclarationSyntax>().ToList();
                var targets = inFile.ToDictionary(p => (SyntaxNode)declarations[p.Key], p => p.Value);
                var endOfLine = root.ToFullString().Contains("\r\n", StringComparison.Ordinal) ? SyntaxFactory.CarriageReturnLineFeed : SyntaxFactory.LineFeed;
                root = root.ReplaceNodes(targets.Keys, (original, rewritten) => MarkDataSubject((TypeDeclarationSyntax)rewritten, targets[original], endOfLine));
            }

            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(root.ToFullString(), System.Text.Encoding.UTF8), RealModelSources.ParseOptions, document.FilePath!, cancellationToken));
        }

        markTime += watch.Elapsed;
        return new Result(solution, projectId, compilation, flagged, failures.ToImmutableArray(), trees.ToImmutable(), marks.Values.Sum(m => m.Count), alreadyMarked, analyzeTime, fixTime, markTime);
    }

    private static TypeDeclarationSyntax MarkDataSubject(TypeDeclarationSyntax declaration, string name, SyntaxTrivia endOfLine)
    {
        var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(
            SyntaxFactory.ParseName(DataSubjectAttribute),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))))))));

        // The declaration's leading trivia (comments, documentation, directives) moves in front of the new attribute, and
        // what followed it keeps its indentation.
        var leading = declaration.GetLeadingTrivia();
        var indentation = leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse();
        var indented = declaration.WithLeadingTrivia(indentation);
        return indented.WithAttributeLists(indented.AttributeLists.Insert(0, attribute.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine)));
    }

    /// <summary>Hands Fix All the diagnostics computed once, instead of running the analyzer again per document.</summary>
    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;
        private readonly ILookup<SyntaxTree, Diagnostic> _byTree;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics)
        {
            _diagnostics = diagnostics;
            _byTree = diagnostics.ToLookup(d => d.Location.SourceTree!);
        }

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return tree is null ? Enumerable.Empty<Diagnostic>() : _byTree[tree];
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
