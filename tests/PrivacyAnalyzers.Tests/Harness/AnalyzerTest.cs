using System.Collections.Immutable;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>
/// Builds a project from markup in an AdhocWorkspace, runs analyzers on it, compares the reported diagnostics with
/// the markup, and optionally applies a code fix (one at a time until clean, or Fix All) and compares the result.
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

    private readonly List<DiagnosticAnalyzer> _analyzers = new();
    private readonly List<TestDocument> _sources = new();
    private readonly List<MetadataReference> _references = new();
    private readonly List<string> _referencedSources = new();
    private readonly List<TestDocument> _referencedProjectSources = new();
    private readonly List<KeyValuePair<string, string>> _editorConfig = new();
    private readonly List<string> _editorConfigSections = new();
    private readonly List<ExpectedDiagnostic> _expected = new();
    private bool _referenceAnnotations = true;
    private bool _allowCompilerErrors;
    private LanguageVersion _languageVersion = LanguageVersion.Latest;
    private NullableContextOptions _nullable = NullableContextOptions.Enable;
    private OutputKind _outputKind = OutputKind.DynamicallyLinkedLibrary;
    private CodeFixProvider? _codeFix;
    private string? _codeActionKey;
    private int? _codeActionIndex;
    private FixAllScope? _fixAllScope;
    private readonly List<string> _fixedSources = new();
    private HashSet<string>? _reportedIds;

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
    /// what the test project references (framework, annotations, <see cref="WithReference(MetadataReference)"/>); it is
    /// not analysed, and a diagnostic located in it fails the test.
    /// </summary>
    public AnalyzerTest WithReferencedProject(string source)
    {
        _referencedProjectSources.Add(new TestDocument($"/ReferencedProject/Source{_referencedProjectSources.Count}.cs", source));
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

    /// <summary>Lets the test source contain compiler errors (broken-code tests).</summary>
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
    /// Applies the fix repeatedly (one diagnostic at a time) until no fixable diagnostic is left, then compares every
    /// document with <paramref name="fixedSources"/> (in the order the sources were added; markup allowed for what remains).
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

    /// <summary>Uses the provider's Fix All in the given scope instead of fixing one diagnostic at a time.</summary>
    public AnalyzerTest WithFixAll(FixAllScope scope)
    {
        _fixAllScope = scope;
        return this;
    }

    public AnalyzerTest ExpectFixed(params string[] fixedSources)
    {
        _fixedSources.AddRange(fixedSources);
        return this;
    }

    /// <summary>Runs the test and returns the diagnostics compared (for tests that want to look further).</summary>
    public async Task<ImmutableArray<Diagnostic>> RunAsync()
    {
        if (_analyzers.Count == 0)
        {
            throw new InvalidOperationException("No analyzer: call WithAnalyzer first.");
        }

        var parsed = _sources.Select(s => (s.Path, Parsed: TestMarkup.Parse(s.Markup))).ToList();
        using var workspace = new AdhocWorkspace();
        var project = CreateProject(workspace, parsed.Select(p => (p.Path, p.Parsed.Source)).ToList());

        await AssertCompilesAsync(project).ConfigureAwait(false);

        var diagnostics = await GetDiagnosticsAsync(project).ConfigureAwait(false);
        AssertDiagnosticsMatch(project, parsed.Select(p => (p.Path, p.Parsed.Spans)).ToList(), diagnostics);

        if (_codeFix is not null)
        {
            var fixedProject = _fixAllScope is { } scope
                ? await CodeFixRunner.FixAllAsync(project, _codeFix, _codeActionKey, scope, GetDiagnosticsAsync).ConfigureAwait(false)
                : await CodeFixRunner.FixOneByOneAsync(project, _codeFix, _codeActionKey, _codeActionIndex, GetDiagnosticsAsync).ConfigureAwait(false);
            await AssertFixedAsync(fixedProject).ConfigureAwait(false);
        }

        return diagnostics;
    }

    internal Project CreateProject(AdhocWorkspace workspace, IReadOnlyList<(string Path, string Source)> sources)
    {
        var references = new List<MetadataReference>(TestReferences.Framework);
        if (_referenceAnnotations)
        {
            references.Add(TestReferences.Annotations);
        }

        references.AddRange(_references);
        for (var i = 0; i < _referencedSources.Count; i++)
        {
            references.Add(CompileReferencedSource(_referencedSources[i], $"Referenced{i}", references));
        }

        var parseOptions = new CSharpParseOptions(_languageVersion);
        var compilationOptions = new CSharpCompilationOptions(_outputKind, nullableContextOptions: _nullable);
        var solution = workspace.CurrentSolution;
        var projectReferences = new List<ProjectReference>();
        if (_referencedProjectSources.Count > 0)
        {
            var referencedInfo = ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Default,
                "ReferencedProject",
                "ReferencedProject",
                LanguageNames.CSharp,
                filePath: "/ReferencedProject/ReferencedProject.csproj",
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
            compilationOptions: compilationOptions,
            parseOptions: parseOptions,
            metadataReferences: references,
            projectReferences: projectReferences);
        solution = solution.AddProject(projectInfo);
        var project = solution.GetProject(projectInfo.Id)!;

        foreach (var (path, source) in sources)
        {
            project = project.AddDocument(Path.GetFileName(path), SourceText.From(source, Encoding.UTF8), filePath: path).Project;
        }

        var editorConfig = BuildEditorConfig();
        project = project.AddAnalyzerConfigDocument(".editorconfig", SourceText.From(editorConfig, Encoding.UTF8), filePath: ProjectFolder + ".editorconfig").Project;
        project = project.AddAnalyzerReferences(Array.Empty<AnalyzerReference>());

        if (!workspace.TryApplyChanges(project.Solution))
        {
            throw new InvalidOperationException("Could not apply the test project to the workspace.");
        }

        return workspace.CurrentSolution.GetProject(project.Id)!;
    }

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
        var thrown = all.Where(d => d.Id is "AD0001" or "CS8785").ToList();
        Assert.True(thrown.Count == 0, "An analyzer or generator failed:\n" + string.Join("\n", thrown));

        var ids = _reportedIds ?? new HashSet<string>(_analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id), StringComparer.Ordinal);
        return all.Where(d => ids.Contains(d.Id))
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
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

    private async Task AssertCompilesAsync(Project project)
    {
        if (_allowCompilerErrors)
        {
            return;
        }

        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var referenced in project.ProjectReferences)
        {
            var other = (await project.Solution.GetProject(referenced.ProjectId)!.GetCompilationAsync().ConfigureAwait(false))!;
            errors.AddRange(other.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        Assert.True(errors.Count == 0, "The test source does not compile (use AllowCompilerErrors for broken-code tests):\n" + string.Join("\n", errors));
    }

    private void AssertDiagnosticsMatch(Project project, IReadOnlyList<(string Path, IReadOnlyList<MarkedSpan> Spans)> expected, ImmutableArray<Diagnostic> actual)
    {
        var defaultId = _analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Count() == 1
            ? _analyzers[0].SupportedDiagnostics[0].Id
            : _reportedIds is { Count: 1 } ? _reportedIds.First() : null;

        var expectedList = expected
            .SelectMany(e => e.Spans.Select(s => (e.Path, Id: s.Id ?? defaultId, s.Span)))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Span.Start)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();

        string Describe(Diagnostic d) =>
            $"{d.Id} {d.Severity} {d.Location.SourceTree?.FilePath}{d.Location.GetLineSpan().Span.Start} '{d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan)}': {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";

        var report = "Expected:\n" + string.Join("\n", expectedList.Select(e => $"  {e.Id ?? "(any)"} {e.Path} {e.Span}"))
            + "\nActual:\n" + string.Join("\n", actual.Select(d => "  " + Describe(d)));

        Assert.True(expectedList.Count == actual.Length, $"Expected {expectedList.Count} diagnostic(s), got {actual.Length}.\n{report}");
        for (var i = 0; i < actual.Length; i++)
        {
            var (path, id, span) = expectedList[i];
            var diagnostic = actual[i];
            Assert.True(
                diagnostic.Location.SourceTree?.FilePath == path && diagnostic.Location.SourceSpan == span && (id is null || diagnostic.Id == id),
                $"Diagnostic {i} differs.\n{report}");

            if (i < _expected.Count)
            {
                if (_expected[i].Message is { } message)
                {
                    Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                }

                if (_expected[i].Severity is { } severity)
                {
                    Assert.Equal(severity, diagnostic.Severity);
                }
            }
        }

        Assert.True(_expected.Count <= actual.Length, $"{_expected.Count} expectations given for {actual.Length} diagnostics.");
    }

    private async Task AssertFixedAsync(Project fixedProject)
    {
        Assert.True(_fixedSources.Count == _sources.Count, "ExpectFixed needs one fixed source per source document.");
        for (var i = 0; i < _sources.Count; i++)
        {
            var document = fixedProject.Documents.Single(d => d.FilePath == _sources[i].Path);
            var actual = (await document.GetTextAsync().ConfigureAwait(false)).ToString();
            var (expected, _) = TestMarkup.Parse(_fixedSources[i]);
            AssertText.Equal(expected, actual, $"fixed {_sources[i].Path}");
        }

        // What remains after fixing must compile and must match the markup of the fixed sources.
        await AssertCompilesAsync(fixedProject).ConfigureAwait(false);
        var remaining = await GetDiagnosticsAsync(fixedProject).ConfigureAwait(false);
        var expectedRemaining = _fixedSources.Select((s, i) => (_sources[i].Path, TestMarkup.Parse(s).Spans)).ToList();
        var saved = _expected.ToList();
        _expected.Clear();
        try
        {
            AssertDiagnosticsMatch(fixedProject, expectedRemaining, remaining);
        }
        finally
        {
            _expected.AddRange(saved);
        }
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
}
