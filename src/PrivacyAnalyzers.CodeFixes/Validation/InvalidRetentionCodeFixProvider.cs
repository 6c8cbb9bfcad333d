using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.CodeFixes.Validation;

/// <summary>
/// PRIV010: replaces an invalid retention literal with the duration it certainly meant ("12 months" → "P12M",
/// "p1y" → "P1Y", " P7D" → "P7D"); nothing is offered for "Indefinitely" or "P1.5Y", which need a decision.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InvalidRetentionCodeFixProvider)), Shared]
public sealed class InvalidRetentionCodeFixProvider : ReplaceLiteralCodeFixProvider
{
    public const string Key = "PRIV010.UseSuggestedDuration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.InvalidRetention);

    protected override string EquivalenceKey => Key;

    protected override string SuggestionProperty => RetentionRule.SuggestionProperty;

    protected override string Title(string suggestion) => $"Write the retention as '{suggestion}'";
}
