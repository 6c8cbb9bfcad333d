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
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.CodeFixes.Validation;

/// <summary>
/// PRIV016: copies the annotation of the overridden or implemented member (in source or metadata) onto the override or
/// implementation, with its arguments, adding the using it needs. On a record's positional parameter an attribute
/// that cannot target parameters is written with the <c>property:</c> target.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DroppedAnnotationCodeFixProvider)), Shared]
public sealed class DroppedAnnotationCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "PRIV016.CopyAnnotation";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.DroppedAnnotation);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken)!);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Copy the personal-data annotation of the base member", c => FixAsync(context.Document, ImmutableArray.Create(diagnostic), c), EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var reader = new AnnotationReader(model.Compilation);
        var generator = SyntaxGenerator.GetGenerator(document);
        var additions = new Dictionary<SyntaxNode, AttributeListSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            SyntaxNode? declaration = node.FirstAncestorOrSelf<PropertyDeclarationSyntax>() as SyntaxNode ?? node.FirstAncestorOrSelf<ParameterSyntax>();
            if (declaration is null || additions.ContainsKey(declaration))
            {
                continue;
            }

            var property = declaration is ParameterSyntax parameter
                ? FindPositionalProperty(model, parameter, cancellationToken)
                : model.GetDeclaredSymbol(declaration, cancellationToken) as IPropertySymbol;
            if (property is null || ImplementedMembers.FindAnnotatedBase(property, reader, out var marker) is null || marker is null)
            {
                continue;
            }

            if (generator.Attribute(marker) is not AttributeListSyntax list)
            {
                continue;
            }

            if (declaration is ParameterSyntax && !reader.Types.IsPersonalData(marker))
            {
                list = list.WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.PropertyKeyword)));
            }

            additions[declaration] = list.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);
        }

        if (additions.Count == 0)
        {
            return document;
        }

        var newRoot = root.ReplaceNodes(additions.Keys, (original, current) => generator.AddAttributes(current, additions[original]));
        var updated = document.WithSyntaxRoot(newRoot);
        updated = await ImportAdder.AddImportsAsync(updated, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        updated = await Simplifier.ReduceAsync(updated, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(updated, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static IPropertySymbol? FindPositionalProperty(SemanticModel model, ParameterSyntax parameter, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(parameter, cancellationToken) is not IParameterSymbol symbol || symbol.ContainingType is not { } type)
        {
            return null;
        }

        foreach (var member in type.GetMembers(symbol.Name))
        {
            if (member is IPropertySymbol property)
            {
                return property;
            }
        }

        return null;
    }
}
