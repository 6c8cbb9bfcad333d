using System.Collections.Generic;
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
/// PRIV018: replaces a misspelt member name in a <c>[ProcessingPurpose]</c> with <c>nameof</c> of the personal-data
/// member the analyzer found one typo away (<see cref="ProcessingPurposeRule.MemberProperty"/>), so that the compiler
/// checks the name from then on. Offered only for a name written as a string literal argument of its own; a name the
/// analyzer had no single candidate for is left to the user (Fix All included).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProcessingPurposeMemberCodeFixProvider)), Shared]
public sealed class ProcessingPurposeMemberCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "PRIV018.UseNameofOfTheMeantMember";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ProcessingPurposeNamesNoPersonalData);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && Find(root, diagnostic) is { } literal && Meant(diagnostic) is { } member)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use nameof({member})", c => FixAsync(context.Document, literal, member, c), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static string? Meant(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(ProcessingPurposeRule.MemberProperty, out var member) && !string.IsNullOrEmpty(member) ? member : null;

    /// <summary>The string literal the diagnostic's argument holds; null for a constant, an array or anything else.</summary>
    private static LiteralExpressionSyntax? Find(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var expression = node is AttributeArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
        return expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;
    }

    private static ExpressionSyntax Replacement(LiteralExpressionSyntax literal, string member) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(SyntaxFactory.TriviaList(), SyntaxKind.NameOfKeyword, "nameof", "nameof", SyntaxFactory.TriviaList())),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(member)))))
            .WithTriviaFrom(literal);

    private static async Task<Document> FixAsync(Document document, LiteralExpressionSyntax literal, string member, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(literal, Replacement(literal, member)));
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Find(root, diagnostic) is { } literal && Meant(diagnostic) is { } member)
            {
                replacements[literal] = Replacement(literal, member);
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }
}
