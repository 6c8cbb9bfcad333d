using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.CodeFixes.Validation;

/// <summary>
/// Replaces the string literal a diagnostic is reported at with the value its analyzer suggested in a diagnostic
/// property (by default as a string literal; <see cref="Replacement"/> may write another expression of it). Offered only
/// when there is a suggestion and the value is written as a literal (a constant may be used elsewhere: that is fixed by
/// hand).
/// </summary>
public abstract class ReplaceLiteralCodeFixProvider : CodeFixProvider
{
    /// <summary>The Fix All equivalence key.</summary>
    protected abstract string EquivalenceKey { get; }

    /// <summary>The diagnostic property that holds the suggested value.</summary>
    protected abstract string SuggestionProperty { get; }

    /// <summary>The title of the code action for a suggestion.</summary>
    protected abstract string Title(string suggestion);

    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && Find(root, diagnostic) is { } literal && Suggestion(diagnostic) is { } suggestion)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title(suggestion), c => FixAsync(context.Document, literal, suggestion, c), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private string? Suggestion(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(SuggestionProperty, out var suggestion) && !string.IsNullOrEmpty(suggestion) ? suggestion : null;

    private static LiteralExpressionSyntax? Find(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
        && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal
            : null;

    /// <summary>What replaces <paramref name="literal"/>: the suggestion as a string literal, unless overridden.</summary>
    protected virtual ExpressionSyntax Replacement(LiteralExpressionSyntax literal, string suggestion) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion)).WithTriviaFrom(literal);

    private async Task<Document> FixAsync(Document document, LiteralExpressionSyntax literal, string suggestion, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(literal, Replacement(literal, suggestion)));
    }

    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacements = new System.Collections.Generic.Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Find(root, diagnostic) is { } literal && Suggestion(diagnostic) is { } suggestion)
            {
                replacements[literal] = Replacement(literal, suggestion);
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }
}
