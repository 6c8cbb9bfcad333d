using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
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
public sealed class ProcessingPurposeMemberCodeFixProvider : ReplaceLiteralCodeFixProvider
{
    public const string Key = "PRIV018.UseNameofOfTheMeantMember";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ProcessingPurposeNamesNoPersonalData);

    protected override string EquivalenceKey => Key;

    protected override string SuggestionProperty => ProcessingPurposeRule.MemberProperty;

    protected override string Title(string suggestion) => $"Use nameof({suggestion})";

    protected override ExpressionSyntax Replacement(LiteralExpressionSyntax literal, string suggestion) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(SyntaxFactory.TriviaList(), SyntaxKind.NameOfKeyword, "nameof", "nameof", SyntaxFactory.TriviaList())),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(suggestion)))))
            .WithTriviaFrom(literal);
}
