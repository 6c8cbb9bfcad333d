using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>
/// A readable builder for analyzer and code-fix tests, run on Roslyn's test framework (Microsoft.CodeAnalysis.Testing,
/// <see cref="DefaultVerifier"/>, reference assemblies of .NET from <see cref="TestReferences.ReferenceAssemblies"/>).
/// The framework compares the reported diagnostics with the markup (and compiler errors, which must not occur unless
/// <see cref="AllowCompilerErrors"/>), checks that a <c>#pragma warning disable</c> silences them, and for a code fix
/// applies it one diagnostic at a time and with Fix All in document, project and solution scope, each of which must
/// reach the fixed sources (<see cref="ExpectBatchFixed"/> when Fix All rightly differs) and converge.
/// <code>
/// await new AnalyzerTest()
///     .WithAnalyzer&lt;UnannotatedPersonalDataAnalyzer&gt;()
///     .WithSource("class Customer { public string [|Email|] { get; set; } }")
///     .RunAsync();
/// </code>
/// </summary>
public sealed class AnalyzerTest
{
    private const string ProjectFolder = "/src/";
    private const string ReferencedProjectName = "ReferencedProject";

    private readonly List<DiagnosticAnalyzer> _analyzers = new();
    private readonly List<TestDocument> _sources = new();
    private readonly List<MetadataReference> _references = new();
    private readonly List<string> _referencedSources = new();
    private readonly List<TestDocument> _referencedProjectSources = new();
    private readonly List<KeyValuePair<string, string>> _editorConfig = new();
    private readonly List<string> _editorConfigSections = new();
    private readonly List<ExpectedDiagnostic> _expected = new();
    private readonly List<DiagnosticResult> _explicitDiagnostics = new();
    private bool _referenceAnnotations = true;
    private bool _allowCompilerErrors;
    private LanguageVersion _languageVersion = LanguageVersion.Latest;
    private NullableContextOptions _nullable = NullableContextOptions.Enable;
    private OutputKind _outputKind = OutputKind.DynamicallyLinkedLibrary;
    private CodeFixProvider? _codeFix;
    private string? _codeActionKey;
    private int? _codeActionIndex;
    private FixAllScope? _fixAllScope;
    private string? _noFixAllReason;
    private readonly List<string> _fixedSources = new();
    private readonly List<string> _batchFixedSources = new();
    private int? _incrementalIterations;
    private int? _fixAllIterations;
    private int? _fixAllInDocumentIterations;
    private int? _fixAllInProjectIterations;
    private HashSet<string>? _reportedIds;
    private readonly List<Type> _sourceGenerators = new();

    public AnalyzerTest WithAnalyzer<TAnalyzer>()
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        _analyzers.Add(new TAnalyzer());
        return this;
    }

    public AnalyzerTest WithAnalyzer(DiagnosticAnalyzer analyzer)
    {
        _analyzers.Add(analyzer);
        return this;
    }

    /// <summary>Adds a source file with markup, at <c>/src/Test{n}.cs</c> unless a path is given.</summary>
    public AnalyzerTest WithSource(string markup, string? path = null)
    {
        _sources.Add(new TestDocument(path ?? $"{ProjectFolder}Test{_sources.Count}.cs", markup));
        return this;
    }

    /// <summary>Compiles <paramref name="source"/> into a separate assembly the project references (annotations from metadata).</summary>
    public AnalyzerTest WithReferencedSource(string source)
    {
        _referencedSources.Add(source);
        return this;
    }

    /// <summary>
    /// Adds <paramref name="source"/> to a second project, <c>ReferencedProject</c> (files under <c>/ReferencedProject/</c>),
    /// that the test project references as a project: its compilation is a <c>CompilationReference</c>, as the IDE sees
    /// a project reference, so its symbols have syntax in trees the analysed compilation does not contain. It references
    /// what the test project references (framework, annotations, <see cref="WithReference(MetadataReference)"/>). The
    /// framework analyses it too: a diagnostic in it must be expected with <see cref="WithDiagnostics"/>.
    /// </summary>
    public AnalyzerTest WithReferencedProject(string source)
    {
        _referencedProjectSources.Add(new TestDocument($"/{ReferencedProjectName}/Source{_referencedProjectSources.Count}.cs", source));
        return this;
    }

    public AnalyzerTest WithReference(MetadataReference reference)
    {
        _references.Add(reference);
        return this;
    }

    public AnalyzerTest WithReference(Type typeInAssembly) => WithReference(TestReferences.Of(typeInAssembly));

    /// <summary>The project does not reference PrivacyAnalyzers.Annotations (analyzers must still not throw).</summary>
    public AnalyzerTest WithoutAnnotationsReference()
    {
        _referenceAnnotations = false;
        return this;
    }

    /// <summary>Adds <c>key = value</c> to the <c>[*.cs]</c> section of the project's .editorconfig.</summary>
    public AnalyzerTest WithEditorConfig(string key, string value)
    {
        _editorConfig.Add(new(key, value));
        return this;
    }

    /// <summary>Adds a raw section, e.g. <c>"[tests/**.cs]\ndotnet_diagnostic.PRIV002.severity = none"</c> (paths relative to /src/).</summary>
    public AnalyzerTest WithEditorConfigSection(string section)
    {
        _editorConfigSections.Add(section);
        return this;
    }

    /// <summary>Lets the test source contain compiler errors (broken-code tests): compiler diagnostics are not compared.</summary>
    public AnalyzerTest AllowCompilerErrors()
    {
        _allowCompilerErrors = true;
        return this;
    }

    public AnalyzerTest WithLanguageVersion(LanguageVersion version)
    {
        _languageVersion = version;
        return this;
    }

    public AnalyzerTest WithNullable(NullableContextOptions nullable)
    {
        _nullable = nullable;
        return this;
    }

    public AnalyzerTest AsExecutable()
    {
        _outputKind = OutputKind.ConsoleApplication;
        return this;
    }

    /// <summary>Only diagnostics with these ids are compared (default: every id the analyzers support).</summary>
    public AnalyzerTest OnlyIds(params string[] ids)
    {
        _reportedIds = new HashSet<string>(ids, StringComparer.Ordinal);
        return this;
    }

    /// <summary>Expectations (message, severity) for the marked spans, in order.</summary>
    public AnalyzerTest WithExpected(params ExpectedDiagnostic[] expected)
    {
        _expected.AddRange(expected);
        return this;
    }

    /// <summary>Expects the messages of the marked spans, in order.</summary>
    public AnalyzerTest WithMessages(params string[] messages)
    {
        _expected.AddRange(messages.Select(m => new ExpectedDiagnostic(m)));
        return this;
    }

    /// <summary>
    /// Expects diagnostics stated in the framework's own terms, besides those marked in the sources: e.g.
    /// <c>Diagnostic("PRIV020").WithLocation(0).WithLocation(1)</c> for a diagnostic at <c>{|#0:…|}</c> with the
    /// additional location <c>{|#1:…|}</c> (additional locations are compared only for diagnostics stated this way).
    /// </summary>
    public AnalyzerTest WithDiagnostics(params DiagnosticResult[] diagnostics)
    {
        _explicitDiagnostics.AddRange(diagnostics);
        return this;
    }

    /// <summary>
    /// Runs a source generator (a type with a parameterless constructor) on every compilation the framework makes, so
    /// the diagnostics and the fixed code are those of a build with it; what it generates is not compared.
    /// </summary>
    public AnalyzerTest WithSourceGenerator(Type generator)
    {
        _sourceGenerators.Add(generator);
        return this;
    }

    /// <summary>Applies <paramref name="step"/> to this test (for a step a helper decides), keeping the chain readable.</summary>
    public AnalyzerTest Also(Func<AnalyzerTest, AnalyzerTest> step) => step(this);

    /// <summary>A diagnostic of <paramref name="id"/> whose severity is not compared (add <c>WithSeverity</c> to compare it).</summary>
    public static DiagnosticResult Diagnostic(string id) =>
        new DiagnosticResult(id, DiagnosticSeverity.Warning).WithOptions(DiagnosticOptions.IgnoreSeverity);

    /// <summary>
    /// Tests <paramref name="provider"/>: it is applied one diagnostic at a time until no fixable diagnostic is left,
    /// and through its Fix All in document, project and solution scope; every run must end at the sources given to
    /// <see cref="ExpectFixed"/> (in the order the sources were added; markup for the diagnostics that remain).
    /// </summary>
    public AnalyzerTest WithCodeFix(CodeFixProvider provider, string? equivalenceKey = null, int? actionIndex = null)
    {
        _codeFix = provider;
        _codeActionKey = equivalenceKey;
        _codeActionIndex = actionIndex;
        return this;
    }

    public AnalyzerTest WithCodeFix<TProvider>(string? equivalenceKey = null, int? actionIndex = null)
        where TProvider : CodeFixProvider, new() => WithCodeFix(new TProvider(), equivalenceKey, actionIndex);

    /// <summary>
    /// States that the case is about Fix All in <paramref name="scope"/> (the provider must offer that scope). Every
    /// code-fix test checks all three scopes anyway; this documents the intent and fails if the scope is not offered.
    /// </summary>
    public AnalyzerTest WithFixAll(FixAllScope scope)
    {
        _fixAllScope = scope;
        return this;
    }

    /// <summary>The provider offers no Fix All by design (the reason is stated); the test checks that none is offered.</summary>
    public AnalyzerTest WithoutFixAll(string reason)
    {
        _noFixAllReason = reason;
        return this;
    }

    public AnalyzerTest ExpectFixed(params string[] fixedSources)
    {
        _fixedSources.AddRange(fixedSources);
        return this;
    }

    /// <summary>What Fix All (every scope) produces, when it rightly differs from fixing one diagnostic at a time.</summary>
    public AnalyzerTest ExpectBatchFixed(params string[] fixedSources)
    {
        _batchFixedSources.AddRange(fixedSources);
        return this;
    }

    /// <summary>
    /// The exact number of fix iterations: one diagnostic at a time (default: at most one per fixable diagnostic), Fix
    /// All in solution (and, unless given, in project and document; default: one), Fix All in project (default: at most
    /// one per project) and in document (default: at most one per document with a fixable diagnostic). A negative
    /// number is an upper bound (the framework's convention).
    /// </summary>
    public AnalyzerTest WithIterations(int? incremental = null, int? fixAll = null, int? fixAllInDocument = null, int? fixAllInProject = null)
    {
        _incrementalIterations = incremental;
        _fixAllIterations = fixAll;
        _fixAllInDocumentIterations = fixAllInDocument;
        _fixAllInProjectIterations = fixAllInProject;
        return this;
    }

    /// <summary>Runs the test and returns the diagnostics compared (for tests that want to look further).</summary>
    public async Task<ImmutableArray<Diagnostic>> RunAsync()
    {
        if (_analyzers.Count == 0)
        {
            throw new InvalidOperationException("No analyzer: call WithAnalyzer first.");
        }

        var test = _codeFix is null ? (IFrameworkTest)new FrameworkAnalyzerTest(this) : new FrameworkCodeFixTest(this, _codeFix);
        var state = test.State;
        var parsed = _sources.Select(s => (s.Path, Parsed: TestMarkup.ParseAll(s.Markup))).ToList();
        var locations = parsed.SelectMany(p => p.Parsed.Locations.Select(l => (l.Key, Location: (p.Path, p.Parsed.Source, l.Value)))).ToDictionary(l => l.Key, l => l.Location);

        ConfigureState(state.TestState, parsed.Select(p => (p.Path, p.Parsed.Source)).ToList());
        state.TestState.ExpectedDiagnostics.AddRange(ExpectedFromMarkup(parsed.Select(p => (p.Path, p.Parsed.Source, p.Parsed.Spans)).ToList(), withMessages: true));
        state.TestState.ExpectedDiagnostics.AddRange(_explicitDiagnostics.Select(d => ResolveLocations(d, locations)));

        if (test is FrameworkCodeFixTest fixTest)
        {
            ConfigureFix(fixTest);
        }
        else
        {
            HarnessStatistics.CountAnalyzerTest();
        }

        try
        {
            await state.RunAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (InvalidOperationException failure)
        {
            // DefaultVerifier reports a mismatch as InvalidOperationException; xunit shows it as a test failure.
            throw new XunitException("Microsoft.CodeAnalysis.Testing: " + failure.Message);
        }

        return test.Reported;
    }

    private void ConfigureFix(FrameworkCodeFixTest test)
    {
        var provider = _codeFix!;
        Assert.True(_fixedSources.Count == _sources.Count, "ExpectFixed needs one fixed source per source document.");
        var fixAll = provider.GetFixAllProvider();
        if (_noFixAllReason is not null)
        {
            Assert.True(fixAll is null, $"{provider.GetType().Name} offers Fix All, but the test says it has none ({_noFixAllReason}).");
            Assert.True(_fixAllScope is null && _batchFixedSources.Count == 0, "A test without Fix All cannot state a Fix All scope or result.");
        }
        else
        {
            Assert.True(fixAll is not null, $"{provider.GetType().Name} has no FixAllProvider: say why with WithoutFixAll(reason).");
            var scopes = fixAll!.GetSupportedFixAllScopes();
            foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
            {
                Assert.True(scopes.Contains(scope), $"{provider.GetType().Name}'s Fix All does not offer {scope} scope.");
            }

            if (_fixAllScope is { } stated)
            {
                Assert.Contains(stated, scopes);
            }
        }

        test.CodeActionEquivalenceKey = _codeActionKey;
        test.CodeActionIndex = _codeActionIndex;
        test.NumberOfIncrementalIterations = _incrementalIterations;
        test.NumberOfFixAllIterations = _fixAllIterations;
        test.NumberOfFixAllInDocumentIterations = _fixAllInDocumentIterations;
        test.NumberOfFixAllInProjectIterations = _fixAllInProjectIterations;

        var fixedParsed = _fixedSources.Select((s, i) => (_sources[i].Path, Parsed: TestMarkup.ParseAll(s))).ToList();
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        ConfigureState(test.FixedState, fixedParsed.Select(p => (p.Path, p.Parsed.Source)).ToList());
        test.FixedState.ExpectedDiagnostics.AddRange(ExpectedFromMarkup(fixedParsed.Select(p => (p.Path, p.Parsed.Source, p.Parsed.Spans)).ToList(), withMessages: false));

        if (_batchFixedSources.Count > 0)
        {
            Assert.True(_batchFixedSources.Count == _sources.Count, "ExpectBatchFixed needs one fixed source per source document.");
            var batchParsed = _batchFixedSources.Select((s, i) => (_sources[i].Path, Parsed: TestMarkup.ParseAll(s))).ToList();
            test.BatchFixedState.InheritanceMode = StateInheritanceMode.Explicit;
            ConfigureState(test.BatchFixedState, batchParsed.Select(p => (p.Path, p.Parsed.Source)).ToList());
            test.BatchFixedState.ExpectedDiagnostics.AddRange(ExpectedFromMarkup(batchParsed.Select(p => (p.Path, p.Parsed.Source, p.Parsed.Spans)).ToList(), withMessages: false));
        }

        HarnessStatistics.CountFixTest(_noFixAllReason is null);
    }

    private void ConfigureState(SolutionState state, IReadOnlyList<(string Path, string Source)> sources)
    {
        state.MarkupHandling = MarkupMode.None;
        state.OutputKind = _outputKind;
        foreach (var (path, source) in sources)
        {
            state.Sources.Add((path, SourceText.From(source, Encoding.UTF8)));
        }

        state.AnalyzerConfigFiles.Add((ProjectFolder + ".editorconfig", SourceText.From(BuildEditorConfig(), Encoding.UTF8)));
        var references = AdditionalReferences();
        state.AdditionalReferences.AddRange(references);
        if (_referencedProjectSources.Count > 0)
        {
            var project = new ProjectState(ReferencedProjectName, LanguageNames.CSharp, $"/{ReferencedProjectName}/Source", "cs");
            foreach (var document in _referencedProjectSources)
            {
                project.Sources.Add((document.Path, SourceText.From(document.Markup, Encoding.UTF8)));
            }

            project.AdditionalReferences.AddRange(references);
            state.AdditionalProjects.Add(ReferencedProjectName, project);
            state.AdditionalProjectReferences.Add(ReferencedProjectName);
        }
    }

    private List<MetadataReference>? _additionalReferences;

    /// <summary>Annotations, <see cref="WithReference(MetadataReference)"/> and the compiled referenced sources (compiled once per test).</summary>
    private List<MetadataReference> AdditionalReferences()
    {
        if (_additionalReferences is not null)
        {
            return _additionalReferences;
        }

        var references = new List<MetadataReference>();
        if (_referenceAnnotations)
        {
            references.Add(TestReferences.Annotations);
        }

        references.AddRange(_references);
        for (var i = 0; i < _referencedSources.Count; i++)
        {
            references.Add(CompileReferencedSource(_referencedSources[i], $"Referenced{i}", TestReferences.ReferenceAssembliesResolved.Concat(references)));
        }

        return _additionalReferences = references;
    }

    private string? DefaultId()
    {
        var ids = _analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 1 ? ids[0] : _reportedIds is { Count: 1 } ? _reportedIds.First() : null;
    }

    /// <summary>The marked spans as framework expectations, in the order of <see cref="WithExpected"/> (path, position, id).</summary>
    private List<DiagnosticResult> ExpectedFromMarkup(IReadOnlyList<(string Path, string Source, IReadOnlyList<MarkedSpan> Spans)> documents, bool withMessages)
    {
        var defaultId = DefaultId();
        var marked = documents
            .SelectMany(d => d.Spans.Select(s => (d.Path, d.Source, Id: s.Id ?? defaultId, s.Span)))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Span.Start)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        if (withMessages)
        {
            Assert.True(_expected.Count <= marked.Count, $"{_expected.Count} expectations given for {marked.Count} marked spans.");
        }

        var results = new List<DiagnosticResult>();
        for (var i = 0; i < marked.Count; i++)
        {
            var (path, source, id, span) = marked[i];
            if (id is null)
            {
                throw new InvalidOperationException($"'[|…|]' at {path}:{span} is ambiguous: the analyzers report several rules. Name the rule: '{{|PRIVnnn:…|}}'.");
            }

            var expectation = withMessages && i < _expected.Count ? _expected[i] : null;
            var options = DiagnosticOptions.IgnoreAdditionalLocations;
            var result = new DiagnosticResult(id, expectation?.Severity ?? DiagnosticSeverity.Warning);
            if (expectation?.Severity is null)
            {
                options |= DiagnosticOptions.IgnoreSeverity;
            }

            result = result.WithOptions(options).WithSpan(LineSpan(path, source, span));
            if (expectation?.Message is { } message)
            {
                result = result.WithMessage(message);
            }

            results.Add(result);
        }

        return results;
    }

    private static FileLinePositionSpan LineSpan(string path, string source, TextSpan span) =>
        new(path, SourceText.From(source).Lines.GetLinePositionSpan(span));

    /// <summary>Replaces the markup keys of an explicit expectation (<c>WithLocation(0)</c>) with the spans marked <c>{|#0:…|}</c>.</summary>
    private static DiagnosticResult ResolveLocations(DiagnosticResult expected, IReadOnlyDictionary<int, (string Path, string Source, TextSpan Span)> locations)
    {
        var result = new DiagnosticResult(expected.Id, expected.Severity).WithOptions(expected.Options);
        if (expected.Message is { } message)
        {
            result = result.WithMessage(message);
        }

        if (expected.IsSuppressed is { } suppressed)
        {
            result = result.WithIsSuppressed(suppressed);
        }

        if (!expected.HasLocation)
        {
            return result.WithNoLocation();
        }

        foreach (var location in expected.Spans)
        {
            if (location.Options.HasFlag(DiagnosticLocationOptions.InterpretAsMarkupKey))
            {
                var key = location.Span.StartLinePosition.Character;
                if (!locations.TryGetValue(key, out var marked))
                {
                    throw new InvalidOperationException($"The location '{{|#{key}:…|}}' is not marked in the sources.");
                }

                result = result.WithSpan(LineSpan(marked.Path, marked.Source, marked.Span), location.Options & ~DiagnosticLocationOptions.InterpretAsMarkupKey);
            }
            else
            {
                result = result.WithSpan(location.Span, location.Options);
            }
        }

        return result;
    }

    /// <summary>
    /// Builds the test project in <paramref name="workspace"/> the way the framework does (for the few tests that drive
    /// a code fix or the analyzers by hand): same references, options and editorconfig.
    /// </summary>
    internal Project CreateProject(AdhocWorkspace workspace, IReadOnlyList<(string Path, string Source)> sources)
    {
        var references = new List<MetadataReference>(TestReferences.ReferenceAssembliesResolved);
        references.AddRange(AdditionalReferences());

        var parseOptions = new CSharpParseOptions(_languageVersion);
        var solution = workspace.CurrentSolution;
        var projectReferences = new List<ProjectReference>();
        if (_referencedProjectSources.Count > 0)
        {
            var referencedInfo = ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Default,
                ReferencedProjectName,
                ReferencedProjectName,
                LanguageNames.CSharp,
                filePath: $"/{ReferencedProjectName}/{ReferencedProjectName}.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: _nullable),
                parseOptions: parseOptions,
                metadataReferences: references);
            solution = solution.AddProject(referencedInfo);
            foreach (var document in _referencedProjectSources)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(referencedInfo.Id), Path.GetFileName(document.Path), SourceText.From(document.Markup, Encoding.UTF8), filePath: document.Path);
            }

            projectReferences.Add(new ProjectReference(referencedInfo.Id));
        }

        var projectInfo = ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "TestProject",
            "TestProject",
            LanguageNames.CSharp,
            filePath: ProjectFolder + "TestProject.csproj",
            compilationOptions: new CSharpCompilationOptions(_outputKind, nullableContextOptions: _nullable),
            parseOptions: parseOptions,
            metadataReferences: references,
            projectReferences: projectReferences);
        solution = solution.AddProject(projectInfo);
        var project = solution.GetProject(projectInfo.Id)!;

        foreach (var (path, source) in sources)
        {
            project = project.AddDocument(Path.GetFileName(path), SourceText.From(source, Encoding.UTF8), filePath: path).Project;
        }

        project = project.AddAnalyzerConfigDocument(".editorconfig", SourceText.From(BuildEditorConfig(), Encoding.UTF8), filePath: ProjectFolder + ".editorconfig").Project;

        if (!workspace.TryApplyChanges(project.Solution))
        {
            throw new InvalidOperationException("Could not apply the test project to the workspace.");
        }

        return workspace.CurrentSolution.GetProject(project.Id)!;
    }

    /// <summary>The analyzers' diagnostics on <paramref name="project"/> (ids as <see cref="OnlyIds"/>), failing if an analyzer threw.</summary>
    internal async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: (exception, analyzer, diagnostic) => { lock (exceptions) { exceptions.Add($"{analyzer.GetType().Name}: {exception}"); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(_analyzers.ToImmutableArray(), options);
        var all = await withAnalyzers.GetAllDiagnosticsAsync().ConfigureAwait(false);

        Assert.True(exceptions.Count == 0, "An analyzer threw:\n" + string.Join("\n", exceptions));
        AssertNoAnalyzerFailure(all);
        return Sorted(all.Where(IsCompared));
    }

    private bool IsCompared(Diagnostic diagnostic) =>
        (_reportedIds ?? SupportedIds).Contains(diagnostic.Id);

    private HashSet<string> SupportedIds => new(_analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id), StringComparer.Ordinal);

    private static ImmutableArray<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();

    private static void AssertNoAnalyzerFailure(IEnumerable<Diagnostic> diagnostics)
    {
        var thrown = diagnostics.Where(d => d.Id is "AD0001" or "CS8785").ToList();
        Assert.True(thrown.Count == 0, "An analyzer threw or a generator failed:\n" + string.Join("\n", thrown));
    }

    private string BuildEditorConfig()
    {
        var text = new StringBuilder();
        text.Append("root = true\n\n[*.cs]\n");
        foreach (var (key, value) in _editorConfig)
        {
            text.Append(key).Append(" = ").Append(value).Append('\n');
        }

        foreach (var section in _editorConfigSections)
        {
            text.Append('\n').Append(section).Append('\n');
        }

        return text.ToString();
    }

    private MetadataReference CompileReferencedSource(string source, string assemblyName, IEnumerable<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(_languageVersion), path: $"/{assemblyName}/Source.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: _nullable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, "The referenced source does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    /// <summary>What the two framework test classes share: the state to fill, the run, the diagnostics reported on the test state.</summary>
    private interface IFrameworkTest
    {
        AnalyzerTest<DefaultVerifier> State { get; }

        ImmutableArray<Diagnostic> Reported { get; }
    }

    /// <summary>The settings both framework test classes apply, so analyzer-only and code-fix tests see the same project.</summary>
    private static class Shared
    {
        public static void Configure(AnalyzerTest<DefaultVerifier> test, AnalyzerTest owner)
        {
            test.ReferenceAssemblies = TestReferences.ReferenceAssemblies;
            test.CompilerDiagnostics = owner._allowCompilerErrors ? CompilerDiagnostics.None : CompilerDiagnostics.Errors;
            if (owner._sourceGenerators.Count > 0)
            {
                test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            }
            test.SolutionTransforms.Add((solution, _) =>
            {
                foreach (var project in solution.Projects)
                {
                    solution = solution
                        .WithProjectParseOptions(project.Id, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(owner._languageVersion))
                        .WithProjectCompilationOptions(project.Id, ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(owner._nullable).WithAllowUnsafe(false));
                }

                return solution;
            });
        }

        /// <summary>
        /// The rules are left as a user's build sees them (a rule disabled by default stays off unless the editorconfig
        /// enables it), where the framework would switch every supported rule on; an analyzer exception is an error.
        /// </summary>
        public static Project ApplyCompilationOptions(Project project)
        {
            var options = project.CompilationOptions!;
            var specific = options.SpecificDiagnosticOptions.SetItem("AD0001", ReportDiagnostic.Error);
            return project.Solution.WithProjectCompilationOptions(project.Id, options.WithSpecificDiagnosticOptions(specific)).GetProject(project.Id)!;
        }

        public static ImmutableArray<(Project Project, Diagnostic Diagnostic)> Filter(
            AnalyzerTest owner,
            ImmutableArray<(Project Project, Diagnostic Diagnostic)> diagnostics,
            ref ImmutableArray<Diagnostic> reported)
        {
            AssertNoAnalyzerFailure(diagnostics.Select(d => d.Diagnostic));
            var supported = owner.SupportedIds;
            var kept = diagnostics
                .Where(d => !supported.Contains(d.Diagnostic.Id) || owner.IsCompared(d.Diagnostic))
                .ToImmutableArray();
            if (reported.IsDefault)
            {
                // The first analysis is the test state's: what RunAsync returns.
                reported = Sorted(kept.Where(d => d.Project.Name == "TestProject" && owner.IsCompared(d.Diagnostic)).Select(d => d.Diagnostic));
            }

            return kept;
        }
    }

    private sealed class FrameworkAnalyzerTest : Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<EmptyDiagnosticAnalyzer, DefaultVerifier>, IFrameworkTest
    {
        private readonly AnalyzerTest _owner;
        private ImmutableArray<Diagnostic> _reported;

        public FrameworkAnalyzerTest(AnalyzerTest owner)
        {
            _owner = owner;
            Shared.Configure(this, owner);
        }

        public AnalyzerTest<DefaultVerifier> State => this;

        public ImmutableArray<Diagnostic> Reported => _reported.IsDefault ? ImmutableArray<Diagnostic>.Empty : _reported;

        protected override string DefaultFilePathPrefix => ProjectFolder + "Test";

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => _owner._analyzers;

        protected override IEnumerable<Type> GetSourceGenerators() => _owner._sourceGenerators;

        protected override Project ApplyCompilationOptions(Project project) => Shared.ApplyCompilationOptions(project);

        protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics)
        {
            lock (_owner)
            {
                return Shared.Filter(_owner, base.FilterDiagnostics(diagnostics), ref _reported);
            }
        }
    }

    private sealed class FrameworkCodeFixTest : Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>, IFrameworkTest
    {
        private readonly AnalyzerTest _owner;
        private readonly CodeFixProvider _provider;
        private ImmutableArray<Diagnostic> _reported;

        public FrameworkCodeFixTest(AnalyzerTest owner, CodeFixProvider provider)
        {
            _owner = owner;
            _provider = provider;
            Shared.Configure(this, owner);
        }

        public AnalyzerTest<DefaultVerifier> State => this;

        public ImmutableArray<Diagnostic> Reported => _reported.IsDefault ? ImmutableArray<Diagnostic>.Empty : _reported;

        protected override string DefaultFilePathPrefix => ProjectFolder + "Test";

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => _owner._analyzers;

        protected override IEnumerable<Type> GetSourceGenerators() => _owner._sourceGenerators;

        protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => new[] { _provider };

        protected override Project ApplyCompilationOptions(Project project) => Shared.ApplyCompilationOptions(project);

        protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics)
        {
            lock (_owner)
            {
                return Shared.Filter(_owner, base.FilterDiagnostics(diagnostics), ref _reported);
            }
        }
    }
}
