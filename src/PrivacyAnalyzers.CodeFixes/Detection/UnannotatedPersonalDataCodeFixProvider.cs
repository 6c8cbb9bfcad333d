using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Detection;

namespace PrivacyAnalyzers.CodeFixes;

/// <summary>
/// Fixes PRIV001 two ways: "Annotate as personal data (Contact.Email)" writes [PersonalData(Category = "Contact.Email")]
/// with the inferred category; "Mark as not personal data" writes [NotPersonalData("TODO: …")] for a reviewer to explain.
/// Offered only when the attribute type is referenced. Equivalence keys are per action kind, not per category, so Fix All
/// annotates every member with its own category.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnannotatedPersonalDataCodeFixProvider)), Shared]
public sealed class UnannotatedPersonalDataCodeFixProvider : CodeFixProvider
{
    public const string AnnotateKey = "PRIV001.AnnotateAsPersonalData";
    public const string NotPersonalDataKey = "PRIV001.MarkAsNotPersonalData";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnannotatedPersonalData);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await PersonalDataAnnotator.FixAsync(
            document, diagnostics, context.CodeActionEquivalenceKey != NotPersonalDataKey, context.CancellationToken).ConfigureAwait(false));

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
            if (PersonalDataAnnotator.FindTarget(root, diagnostic.Location.SourceSpan) is null)
            {
                continue;
            }

            if (model.Compilation.GetTypeByMetadataName(PersonalDataAnnotator.PersonalDataAttributeName) is not null)
            {
                var category = diagnostic.Properties.TryGetValue(UnannotatedPersonalDataAnalyzer.CategoryProperty, out var c) ? c : null;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        category is null ? "Annotate as personal data" : $"Annotate as personal data ({category})",
                        ct => PersonalDataAnnotator.FixAsync(context.Document, new[] { diagnostic }, personalData: true, ct),
                        AnnotateKey),
                    diagnostic);
            }

            if (model.Compilation.GetTypeByMetadataName(PersonalDataAnnotator.NotPersonalDataAttributeName) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Mark as not personal data",
                        ct => PersonalDataAnnotator.FixAsync(context.Document, new[] { diagnostic }, personalData: false, ct),
                        NotPersonalDataKey),
                    diagnostic);
            }
        }
    }
}
