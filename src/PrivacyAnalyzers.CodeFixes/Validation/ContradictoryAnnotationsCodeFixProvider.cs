using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.CodeFixes.Validation;

/// <summary>
/// PRIV015 (personal data and not personal data at once): removes one of the two attributes — the user picks which.
/// Fix All removes the same side everywhere in the chosen scope.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ContradictoryAnnotationsCodeFixProvider)), Shared]
public sealed class ContradictoryAnnotationsCodeFixProvider : CodeFixProvider
{
    public const string RemoveNotPersonalDataKey = "PRIV015.RemoveNotPersonalData";
    public const string RemovePersonalDataKey = "PRIV015.RemovePersonalData";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ContradictoryAnnotations);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!IsFixable(diagnostic))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Remove [NotPersonalData]", c => RemoveAsync(context.Document.Project.Solution, diagnostic.AdditionalLocations[1], c), RemoveNotPersonalDataKey),
                diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create("Remove the personal-data attribute", c => RemoveAsync(context.Document.Project.Solution, diagnostic.AdditionalLocations[0], c), RemovePersonalDataKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static bool IsFixable(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(ContradictionRule.KindProperty, out var kind)
        && kind == ContradictionRule.KindNotPersonalData
        && diagnostic.AdditionalLocations.Count == 2;

    private static async Task<Solution> RemoveAsync(Solution solution, Location location, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(location.SourceTree);
        if (document is null || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return solution;
        }

        if (root.FindNode(location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
        {
            return solution;
        }

        return solution.WithDocumentSyntaxRoot(document.Id, AttributeRemoval.Remove(root, attribute));
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var index = context.CodeActionEquivalenceKey == RemovePersonalDataKey ? 0 : 1;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var attributes = new List<AttributeSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (!IsFixable(diagnostic))
            {
                continue;
            }

            var location = diagnostic.AdditionalLocations[index];
            if (location.SourceTree == root.SyntaxTree
                && root.FindNode(location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>() is { } attribute
                && !attributes.Contains(attribute))
            {
                attributes.Add(attribute);
            }
        }

        var tracked = root.TrackNodes(attributes);
        foreach (var attribute in attributes)
        {
            if (tracked.GetCurrentNode(attribute) is { } current)
            {
                tracked = AttributeRemoval.Remove(tracked, current);
            }
        }

        return document.WithSyntaxRoot(tracked);
    }
}
