using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.CodeFixes.Validation;

/// <summary>
/// PRIV014: replaces an unknown category literal with the nearest id the analyzer suggested (Fix All included).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownCategoryCodeFixProvider)), Shared]
public sealed class UnknownCategoryCodeFixProvider : ReplaceLiteralCodeFixProvider
{
    public const string Key = "PRIV014.UseSuggestedCategory";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnknownCategory);

    protected override string EquivalenceKey => Key;

    protected override string SuggestionProperty => CategoryRules.SuggestionProperty;

    protected override string Title(string suggestion) => $"Use category '{suggestion}'";
}
