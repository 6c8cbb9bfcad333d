using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.CodeFixes.Validation;

/// <summary>
/// PRIV050, PRIV051, PRIV052: sets the member's own legal basis — <c>LegalBasis = LegalBasis.Contract</c> or
/// <c>LegalBasis.LegitimateInterests</c> on its [PersonalData], replacing a <c>LegalBasis</c> it states or adding one
/// that overrides the consent inherited from its type or the assembly. Offered only when the analyzer found every purpose
/// of the member to be one the rule recognises (the <see cref="ImplausibleConsentRules.BasesProperty"/> property lists
/// the bases, best first); a member that also has a purpose the subject may refuse (advertising next to authentication)
/// needs a decision, so nothing is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ImplausibleConsentCodeFixProvider)), Shared]
public sealed class ImplausibleConsentCodeFixProvider : CodeFixProvider
{
    /// <summary>The Fix All equivalence key prefix; the basis name follows ("ImplausibleConsent.Use.Contract").</summary>
    public const string KeyPrefix = "ImplausibleConsent.Use.";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIdentifiers.SecurityPurposeOnConsent,
        RuleIdentifiers.StrictlyNecessaryStorageOnConsent,
        RuleIdentifiers.ServiceConditionalOnConsent);

    internal static string Key(LegalBasisValue basis) => KeyPrefix + basis;

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
    {
        if (context.CodeActionEquivalenceKey is not { } key || !key.StartsWith(KeyPrefix, StringComparison.Ordinal)
            || !Enum.TryParse<LegalBasisValue>(key.Substring(KeyPrefix.Length), out var basis))
        {
            return document;
        }

        return await FixAsync(document, diagnostics.Where(d => Bases(d).Contains(basis)).ToImmutableArray(), basis, context.CancellationToken).ConfigureAwait(false);
    });

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Find(root, diagnostic) is null)
            {
                continue;
            }

            foreach (var basis in Bases(diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use LegalBasis.{basis} instead of consent", c => FixAsync(context.Document, ImmutableArray.Create(diagnostic), basis, c), Key(basis)),
                    diagnostic);
            }
        }
    }

    private static IReadOnlyList<LegalBasisValue> Bases(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(ImplausibleConsentRules.BasesProperty, out var text) || string.IsNullOrEmpty(text))
        {
            return Array.Empty<LegalBasisValue>();
        }

        var bases = new List<LegalBasisValue>();
        foreach (var name in text!.Split(','))
        {
            if (Enum.TryParse<LegalBasisValue>(name, out var basis) && basis is LegalBasisValue.Contract or LegalBasisValue.LegitimateInterests)
            {
                bases.Add(basis);
            }
        }

        return bases;
    }

    private static AttributeSyntax? Find(SyntaxNode root, Diagnostic diagnostic) =>
        diagnostic.Location.IsInSource && diagnostic.Location.SourceTree == root.SyntaxTree
            ? root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeSyntax>()
            : null;

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, LegalBasisValue basis, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var attributes = diagnostics.Select(d => Find(root, d)).OfType<AttributeSyntax>().Distinct().ToList();
        if (attributes.Count == 0)
        {
            return document;
        }

        var newRoot = root.ReplaceNodes(attributes, (_, current) => WithBasis(current, basis));
        var result = document.WithSyntaxRoot(newRoot);
        result = await ImportAdder.AddImportsAsync(result, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        result = await Simplifier.ReduceAsync(result, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(result, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static AttributeSyntax WithBasis(AttributeSyntax attribute, LegalBasisValue basis)
    {
        var value = SyntaxFactory.ParseExpression("global::PrivacyAnalyzers.LegalBasis." + basis)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        foreach (var argument in arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == AttributeArgumentNames.LegalBasis)
            {
                return attribute.ReplaceNode(argument.Expression, value.WithTriviaFrom(argument.Expression));
            }
        }

        var added = SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(
                SyntaxFactory.IdentifierName(AttributeArgumentNames.LegalBasis),
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)),
            nameColon: null,
            value);
        if (attribute.ArgumentList is not { } list)
        {
            return attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(added)));
        }

        var items = list.Arguments.GetWithSeparators();
        if (list.Arguments.Count > 0)
        {
            items = items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        return attribute.WithArgumentList(list.WithArguments(SyntaxFactory.SeparatedList<AttributeArgumentSyntax>(items.Add(added))));
    }
}
