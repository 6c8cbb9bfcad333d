using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Vocabulary;
using PrivacyAnalyzers.Vocabulary.Literals;

namespace PrivacyAnalyzers.Detection;

/// <summary>
/// PRIV002: a string literal (regular, verbatim, raw, UTF-8, or a text part of an interpolated string) that holds
/// real-looking personal data — a valid CNP, an IBAN passing mod-97, a card number passing Luhn with a known issuer, a
/// person's e-mail address, a phone number (see <see cref="LiteralScanner"/>). Runs whether or not the annotations are
/// referenced. Not reported: literals in arguments of PrivacyAnalyzers' own attributes (the controller's contact
/// details) and literals inside a member or type marked [NotPersonalData] (synthetic test data, said so).
/// <para>
/// Context works both ways (<see cref="LiteralTarget"/>): an IBAN stored in a member, or passed to a type, whose name
/// says it is an organisation's (<c>SupplierIban</c>, <c>new Furnizor(…)</c>, <see cref="OrganisationWords"/>) is a legal
/// entity's account, not personal data, and is not reported; an identity-document series and number (two letters, six
/// digits), which has no checksum to tell it from any code, is reported when it is stored in a member whose name says it
/// is one (<c>SerieCI</c>, <c>NumarBuletin</c>, <c>IdCardNumber</c>: the vocabulary infers <c>Identity.Document</c>).
/// </para>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataLiteralAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PRIV002);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = PrivacyTypes.Create(start.Compilation);
            var reader = new AnnotationReader(types, start.Compilation.Assembly);
            var option = new LiteralKindsOption();
            var inference = new PersonalDataInference(start.Compilation, reader);
            start.RegisterSyntaxNodeAction(
                node => Analyze(node, reader, option, inference),
                SyntaxKind.StringLiteralExpression,
                SyntaxKind.Utf8StringLiteralExpression,
                SyntaxKind.InterpolatedStringText);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, AnnotationReader reader, LiteralKindsOption option, PersonalDataInference inference)
    {
        var token = context.Node switch
        {
            LiteralExpressionSyntax literal => literal.Token,
            InterpolatedStringTextSyntax text => text.TextToken,
            _ => default,
        };

        var value = token.ValueText;
        if (value.Length < 6)
        {
            return;
        }

        var kinds = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Node.SyntaxTree).TryGetValue(LiteralKindsOption.Key, out var configured)
            ? option.Get(configured)
            : LiteralKinds.All;
        var finding = LiteralScanner.Scan(value, kinds);
        if (finding is null && (kinds & LiteralKinds.IdentityDocument) != 0 && IdentityDocumentNumber.Matches(value))
        {
            // No checksum: only where the code says what it is.
            var target = LiteralTarget.Of(context.Node, context.SemanticModel, context.CancellationToken);
            if (target.MemberName is { } name
                && inference.Infer(name, MemberTypeShape.Text, null, DetectionOptions.For(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Node.SyntaxTree))).Category == "Identity.Document")
            {
                finding = new LiteralFinding(LiteralKinds.IdentityDocument, "an identity-document series and number, stored in '" + name + "'");
            }
        }

        if (finding is not { } found || IsExempt(context, reader))
        {
            return;
        }

        if (found.Kind == LiteralKinds.Iban && IsOrganisations(LiteralTarget.Of(context.Node, context.SemanticModel, context.CancellationToken)))
        {
            return;
        }

        if (CompilationDiagnostics.Create(context.SemanticModel.Compilation, RuleDescriptors.PRIV002, context.Node.GetLocation(), found.Description) is { } diagnostic)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static bool IsOrganisations(LiteralTarget target)
    {
        if (target.MemberName is { } name && OrganisationWords.AnyIn(name))
        {
            return true;
        }

        foreach (var owner in target.OwnerNames)
        {
            if (OrganisationWords.AnyIn(owner))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only for literals that matched: our own attributes' arguments, and [NotPersonalData] members and types.</summary>
    private static bool IsExempt(SyntaxNodeAnalysisContext context, AnnotationReader reader)
    {
        for (var node = context.Node.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeSyntax attribute:
                    var type = context.SemanticModel.GetTypeInfo(attribute, context.CancellationToken).Type
                        ?? (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol as IMethodSymbol)?.ContainingType;
                    return type?.ContainingNamespace is { Name: "PrivacyAnalyzers", ContainingNamespace.IsGlobalNamespace: true };

                case VariableDeclaratorSyntax or PropertyDeclarationSyntax or MethodDeclarationSyntax or ConstructorDeclarationSyntax or BaseTypeDeclarationSyntax or ParameterSyntax:
                    var symbol = context.SemanticModel.GetDeclaredSymbol(node, context.CancellationToken);
                    if (symbol is null)
                    {
                        continue;
                    }

                    if (symbol is ILocalSymbol)
                    {
                        continue;
                    }

                    return reader.FindNotPersonalData(symbol) is not null;
            }
        }

        return false;
    }
}
