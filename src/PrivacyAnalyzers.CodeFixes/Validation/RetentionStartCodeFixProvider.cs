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
/// PRIV042: marks the likely holder of the missing retention start with <c>[RetentionStartDate(RetentionStart.X)]</c>
/// (adding the using): the one DateTime/DateTimeOffset member (nullable or not) of the reported member's type, declared
/// in the same file, whose name starts with a stem of <see cref="AnnotationReader.RetentionStartNameStems"/>. Nothing
/// is offered when no member or several members fit: that needs a decision.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RetentionStartCodeFixProvider)), Shared]
public sealed class RetentionStartCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "PRIV042.MarkRetentionStartDate";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.RetentionStartNotHeld);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken)!);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Target(root, model, diagnostic, context.CancellationToken) is { } target)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Mark '{target.Name}' as the {AnnotationReader.RetentionStartWords(target.Start)} date", c => FixAsync(context.Document, ImmutableArray.Create(diagnostic), c), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var additions = new Dictionary<SyntaxNode, List<RetentionStartValue>>();
        foreach (var diagnostic in diagnostics)
        {
            if (Target(root, model, diagnostic, cancellationToken) is not { } target)
            {
                continue;
            }

            if (!additions.TryGetValue(target.Declaration, out var starts))
            {
                additions[target.Declaration] = starts = new List<RetentionStartValue>();
            }

            if (!starts.Contains(target.Start))
            {
                starts.Add(target.Start);
            }
        }

        if (additions.Count == 0)
        {
            return document;
        }

        var generator = SyntaxGenerator.GetGenerator(document);
        var newRoot = root.ReplaceNodes(additions.Keys, (original, current) =>
        {
            var updated = current;
            foreach (var start in additions[original])
            {
                updated = generator.AddAttributes(updated, Attribute(start));
            }

            return updated;
        });
        var result = document.WithSyntaxRoot(newRoot);
        result = await ImportAdder.AddImportsAsync(result, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        result = await Simplifier.ReduceAsync(result, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(result, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static AttributeListSyntax Attribute(RetentionStartValue start) =>
        SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(
            SyntaxFactory.ParseName("global::PrivacyAnalyzers.RetentionStartDate"),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                SyntaxFactory.ParseExpression("global::PrivacyAnalyzers.RetentionStart." + start.ToString())))))))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);

    /// <summary>The declaration (in this document) of the one member that likely holds the missing start, or null.</summary>
    private static (SyntaxNode Declaration, string Name, RetentionStartValue Start)? Target(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(RetentionStartAnalyzer.StartProperty, out var name)
            || !Enum.TryParse<RetentionStartValue>(name, out var start)
            || start == RetentionStartValue.Unspecified
            || !diagnostic.Location.IsInSource
            || diagnostic.Location.SourceTree != root.SyntaxTree)
        {
            return null;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } typeDeclaration
            || model.GetDeclaredSymbol(typeDeclaration, cancellationToken) is not INamedTypeSymbol type)
        {
            return null;
        }

        var stems = AnnotationReader.RetentionStartNameStems(start);
        var candidates = new List<ISymbol>();
        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IPropertySymbol { IsStatic: false, IsIndexer: false } property => property.Type,
                IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } field => field.Type,
                _ => null,
            };
            if (memberType is not null && RetentionStartAnalyzer.IsDate(memberType) && stems.Any(stem => member.Name.StartsWith(stem, StringComparison.Ordinal)))
            {
                candidates.Add(member);
            }
        }

        if (candidates.Count != 1)
        {
            return null;
        }

        var reference = candidates[0].DeclaringSyntaxReferences.FirstOrDefault();
        if (reference is null || reference.SyntaxTree != root.SyntaxTree)
        {
            return null;
        }

        SyntaxNode? declaration = reference.GetSyntax(cancellationToken) switch
        {
            PropertyDeclarationSyntax property => property,
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } when field.Declaration.Variables.Count == 1 => field,
            _ => null,
        };
        return declaration is null ? null : (declaration, candidates[0].Name, start);
    }
}
