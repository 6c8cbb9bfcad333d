using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Vocabulary.Literals;

namespace PrivacyAnalyzers.Detection;

/// <summary>
/// PRIV002: a string literal (regular, verbatim, raw, UTF-8, or a text part of an interpolated string) that holds
/// real-looking personal data — a valid CNP, an IBAN passing mod-97, a card number passing Luhn with a known issuer, a
/// person's e-mail address, a phone number (see <see cref="LiteralScanner"/>). Runs whether or not the annotations are
/// referenced. Not reported: literals in arguments of PrivacyAnalyzers' own attributes (the controller's contact
/// details) and literals inside a member or type marked [NotPersonalData] (synthetic test data, said so).
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
            start.RegisterSyntaxNodeAction(
                node => Analyze(node, reader, option),
                SyntaxKind.StringLiteralExpression,
                SyntaxKind.Utf8StringLiteralExpression,
                SyntaxKind.InterpolatedStringText);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, AnnotationReader reader, LiteralKindsOption option)
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
        if (LiteralScanner.Scan(value, kinds) is not { } finding || IsExempt(context, reader))
        {
            return;
        }

        if (CompilationDiagnostics.Create(context.SemanticModel.Compilation, RuleDescriptors.PRIV002, context.Node.GetLocation(), finding.Description) is { } diagnostic)
        {
            context.ReportDiagnostic(diagnostic);
        }
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
