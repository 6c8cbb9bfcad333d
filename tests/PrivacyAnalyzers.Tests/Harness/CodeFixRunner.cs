using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>Applies code fixes the way the IDE and <c>dotnet format</c> do: register, pick an action, apply its operations.</summary>
internal static class CodeFixRunner
{
    private const int MaxIterations = 100;

    public static async Task<Project> FixOneByOneAsync(
        Project project,
        CodeFixProvider provider,
        string? equivalenceKey,
        int? actionIndex,
        Func<Project, Task<ImmutableArray<Diagnostic>>> getDiagnostics)
    {
        var fixableIds = provider.FixableDiagnosticIds.ToHashSet(StringComparer.Ordinal);
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var diagnostics = (await getDiagnostics(project).ConfigureAwait(false))
                .Where(d => fixableIds.Contains(d.Id) && !skipped.Contains(Key(d)))
                .ToList();
            if (diagnostics.Count == 0)
            {
                return project;
            }

            var diagnostic = diagnostics[0];
            var document = project.GetDocument(diagnostic.Location.SourceTree)
                ?? throw new InvalidOperationException($"No document for {diagnostic}.");
            var actions = await RegisterAsync(provider, document, diagnostic).ConfigureAwait(false);
            var action = Pick(actions, equivalenceKey, actionIndex);
            if (action is null)
            {
                // The provider offers nothing here (by design, for this diagnostic); leave it.
                skipped.Add(Key(diagnostic));
                continue;
            }

            project = await ApplyAsync(project, action).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"The code fix did not converge after {MaxIterations} iterations.");
    }

    public static async Task<Project> FixAllAsync(
        Project project,
        CodeFixProvider provider,
        string? equivalenceKey,
        FixAllScope scope,
        Func<Project, Task<ImmutableArray<Diagnostic>>> getDiagnostics)
    {
        var fixAll = provider.GetFixAllProvider() ?? throw new InvalidOperationException($"{provider.GetType().Name} has no FixAllProvider.");
        Assert.Contains(scope, fixAll.GetSupportedFixAllScopes());

        var diagnostics = (await getDiagnostics(project).ConfigureAwait(false))
            .Where(d => provider.FixableDiagnosticIds.Contains(d.Id))
            .ToList();
        if (diagnostics.Count == 0)
        {
            return project;
        }

        var first = diagnostics[0];
        var document = project.GetDocument(first.Location.SourceTree)!;
        var key = equivalenceKey;
        if (key is null)
        {
            var actions = await RegisterAsync(provider, document, first).ConfigureAwait(false);
            key = Flatten(actions).FirstOrDefault()?.EquivalenceKey
                ?? throw new InvalidOperationException("The first code action has no equivalence key, so Fix All cannot group it.");
        }

        var diagnosticProvider = new ProjectDiagnosticProvider(getDiagnostics);
        var context = new FixAllContext(document, provider, scope, key, provider.FixableDiagnosticIds, diagnosticProvider, CancellationToken.None);
        var action = await fixAll.GetFixAsync(context).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Fix All produced no action.");
        return await ApplyAsync(project, action).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<CodeAction>> RegisterAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions;
    }

    /// <summary>The actions a user can apply: a menu of choices (nested actions) stands for its choices, in order.</summary>
    public static IEnumerable<CodeAction> Flatten(IEnumerable<CodeAction> actions) =>
        actions.SelectMany(a => a.NestedActions.IsDefaultOrEmpty ? new[] { a } : Flatten(a.NestedActions));

    private static CodeAction? Pick(IReadOnlyList<CodeAction> actions, string? equivalenceKey, int? index)
    {
        if (equivalenceKey is not null)
        {
            return Flatten(actions).FirstOrDefault(a => a.EquivalenceKey == equivalenceKey);
        }

        var i = index ?? 0;
        var leaves = Flatten(actions).ToList();
        return i < leaves.Count ? leaves[i] : null;
    }

    private static async Task<Project> ApplyAsync(Project project, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetProject(project.Id)!;
    }

    private static string Key(Diagnostic diagnostic) => $"{diagnostic.Id}@{diagnostic.Location.SourceTree?.FilePath}:{diagnostic.Location.SourceSpan}";

    private sealed class ProjectDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly Func<Project, Task<ImmutableArray<Diagnostic>>> _getDiagnostics;

        public ProjectDiagnosticProvider(Func<Project, Task<ImmutableArray<Diagnostic>>> getDiagnostics) => _getDiagnostics = getDiagnostics;

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await _getDiagnostics(project).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return (await _getDiagnostics(document.Project).ConfigureAwait(false)).Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
