using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.CodeFixes.Validation;

/// <summary>
/// PRIV014: replaces an unknown category literal with the suggested id. Offered only when the analyzer found a
/// suggestion and the category is written as a string literal (a constant may be used elsewhere: fix it by hand).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownCategoryCodeFixProvider)), Shared]
public sealed class UnknownCategoryCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "PRIV014.UseSuggestedCategory";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnknownCategory);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && Find(root, diagnostic) is { } literal && Suggestion(diagnostic) is { } suggestion)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use category '{suggestion}'", c => FixAsync(context.Document, literal, suggestion, c), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static string? Suggestion(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(CategoryRules.SuggestionProperty, out var suggestion) && !string.IsNullOrEmpty(suggestion) ? suggestion : null;

    private static LiteralExpressionSyntax? Find(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
        && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal
            : null;

    private static LiteralExpressionSyntax Replacement(LiteralExpressionSyntax literal, string suggestion) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion)).WithTriviaFrom(literal);

    private static async Task<Document> FixAsync(Document document, LiteralExpressionSyntax literal, string suggestion, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(literal, Replacement(literal, suggestion)));
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
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
