using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Detection;

namespace PrivacyAnalyzers.CodeFixes;

/// <summary>
/// Fixes PRIV001 so that the member can leave the light bulb complete. "Annotate as personal data (Contact.Email)" is a
/// menu: one choice per legal basis of GDPR Art. 6(1), writing [PersonalData(Category = "Contact.Email", LegalBasis =
/// LegalBasis.Contract)]; and one that writes the category only — titled after the defaults it relies on when the
/// member's [DataSubject] type or the assembly's [PersonalDataDefaults] states a legal basis, "decide the legal basis
/// later" otherwise (PRIV011 then asks for it). "Mark as not personal data" writes [NotPersonalData("TODO: …")], the
/// reason a reviewer replaces. Offered only when the attribute type is referenced. Equivalence keys are per choice, not
/// per category, so Fix All writes the same choice on every member, each with its own category; a Fix All without a
/// key (<c>dotnet format</c>) writes the category only.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnannotatedPersonalDataCodeFixProvider)), Shared]
public sealed class UnannotatedPersonalDataCodeFixProvider : CodeFixProvider
{
    /// <summary>The category only (the legal basis from the defaults, or decided later).</summary>
    public const string AnnotateKey = "PRIV001.AnnotateAsPersonalData";
    public const string NotPersonalDataKey = "PRIV001.MarkAsNotPersonalData";

    /// <summary>The six legal bases of Art. 6(1), in the order of the article, with the point that states each.</summary>
    internal static readonly ImmutableArray<(LegalBasisValue Basis, string Article)> LegalBases = ImmutableArray.Create(
        (LegalBasisValue.Consent, "Art. 6(1)(a)"),
        (LegalBasisValue.Contract, "Art. 6(1)(b)"),
        (LegalBasisValue.LegalObligation, "Art. 6(1)(c)"),
        (LegalBasisValue.VitalInterests, "Art. 6(1)(d)"),
        (LegalBasisValue.PublicTask, "Art. 6(1)(e)"),
        (LegalBasisValue.LegitimateInterests, "Art. 6(1)(f)"));

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnannotatedPersonalData);

    /// <summary>The equivalence key of the choice that writes <paramref name="basis"/>.</summary>
    internal static string AnnotateWithKey(LegalBasisValue basis) => AnnotateKey + "." + basis;

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) =>
        {
            var key = context.CodeActionEquivalenceKey;
            var personalData = key != NotPersonalDataKey;
            var basis = LegalBasisValue.Unspecified;
            if (key is not null && key.StartsWith(AnnotateKey + ".", StringComparison.Ordinal))
            {
                Enum.TryParse(key.Substring(AnnotateKey.Length + 1), out basis);
            }

            return await PersonalDataAnnotator.FixAsync(document, diagnostics, personalData, basis, context.CancellationToken).ConfigureAwait(false);
        });

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
            var target = PersonalDataAnnotator.FindTarget(root, diagnostic.Location.SourceSpan);
            if (target is null)
            {
                continue;
            }

            if (model.Compilation.GetTypeByMetadataName(PersonalDataAnnotator.PersonalDataAttributeName) is not null)
            {
                var category = diagnostic.Properties.TryGetValue(UnannotatedPersonalDataAnalyzer.CategoryProperty, out var c) ? c : null;
                var what = category ?? "personal data";
                var choices = ImmutableArray.CreateBuilder<CodeAction>();
                choices.Add(CodeAction.Create(
                    DefaultsTitle(model, target, context.CancellationToken) is { } defaults
                        ? $"{what}, legal basis from {defaults}"
                        : $"{what}, decide the legal basis later",
                    ct => PersonalDataAnnotator.FixAsync(context.Document, new[] { diagnostic }, personalData: true, LegalBasisValue.Unspecified, ct),
                    AnnotateKey));
                foreach (var (basis, article) in LegalBases)
                {
                    choices.Add(CodeAction.Create(
                        $"{what}, legal basis {basis} ({article})",
                        ct => PersonalDataAnnotator.FixAsync(context.Document, new[] { diagnostic }, personalData: true, basis, ct),
                        AnnotateWithKey(basis)));
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        category is null ? "Annotate as personal data" : $"Annotate as personal data ({category})",
                        choices.ToImmutable(),
                        isInlinable: false),
                    diagnostic);
            }

            if (model.Compilation.GetTypeByMetadataName(PersonalDataAnnotator.NotPersonalDataAttributeName) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Mark as not personal data",
                        ct => PersonalDataAnnotator.FixAsync(context.Document, new[] { diagnostic }, personalData: false, LegalBasisValue.Unspecified, ct),
                        NotPersonalDataKey),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// Where the member's legal basis would come from if the fix wrote none — "Customer's [DataSubject] (Contract)" or
    /// "the assembly's [PersonalDataDefaults] (Contract)" — by the annotation model's precedence; null when nothing states one.
    /// </summary>
    private static string? DefaultsTitle(SemanticModel model, SyntaxNode target, System.Threading.CancellationToken cancellationToken)
    {
        var member = model.GetDeclaredSymbol(target, cancellationToken);
        if (member?.ContainingType is null)
        {
            return null;
        }

        var reader = new AnnotationReader(model.Compilation);
        if (reader.FindDataSubject(member.ContainingType) is { } subject
            && AnnotationReader.ReadValues(subject).LegalBasis is var typeBasis and not LegalBasisValue.Unspecified)
        {
            var carrier = subject.ApplicationSyntaxReference?.GetSyntax(cancellationToken).FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>()?.Identifier.ValueText
                ?? member.ContainingType.Name;
            return $"{carrier}'s [DataSubject] ({typeBasis})";
        }

        var assemblyBasis = reader.GetAssemblyDefaults(member.ContainingAssembly).LegalBasis;
        return assemblyBasis != LegalBasisValue.Unspecified ? $"the assembly's [PersonalDataDefaults] ({assemblyBasis})" : null;
    }
}
