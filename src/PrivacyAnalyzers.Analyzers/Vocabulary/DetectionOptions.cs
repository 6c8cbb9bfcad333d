using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Detection settings from .editorconfig (<see cref="DetectionOptionNames"/>), parsed once per options instance and cached:
/// Roslyn hands the same <see cref="AnalyzerConfigOptions"/> object to every file that shares its sections, so a project
/// parses its options once, and a project without vocabulary options shares the built-in table.
/// Malformed items are skipped (a term without a category gets <c>Other</c>; an unknown strength is <c>strong</c>).
/// </summary>
internal sealed class DetectionOptions
{
    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, DetectionOptions> Cache = new();
    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, DetectionOptions>.CreateValueCallback Factory = Parse;

    public static readonly DetectionOptions Default = new(BuiltInVocabulary.Default, ImmutableArray<string>.Empty, Confidence.Medium);

    public DetectionOptions(VocabularyTable vocabulary, ImmutableArray<string> ignoredCategories, Confidence minimumConfidence)
    {
        Vocabulary = vocabulary;
        IgnoredCategories = ignoredCategories;
        MinimumConfidence = minimumConfidence;
    }

    public VocabularyTable Vocabulary { get; }

    public ImmutableArray<string> IgnoredCategories { get; }

    public Confidence MinimumConfidence { get; }

    public static DetectionOptions For(AnalyzerConfigOptions options) => Cache.GetValue(options, Factory);

    /// <summary>Whether a category (or its top level) is ignored.</summary>
    public bool IsIgnored(string category)
    {
        foreach (var ignored in IgnoredCategories)
        {
            if (string.Equals(category, ignored, StringComparison.Ordinal)
                || (category.Length > ignored.Length && category[ignored.Length] == '.' && category.StartsWith(ignored, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds options from raw values (null when the key is absent).</summary>
    public static DetectionOptions Create(string? extraTerms, string? ignoredTerms, string? subjectWords, string? nonSubjectWords, string? ignoredCategories, string? minimumConfidence)
    {
        var confidence = ParseConfidence(minimumConfidence);
        var categories = Items(ignoredCategories).ToImmutableArray();
        if (IsBlank(extraTerms) && IsBlank(ignoredTerms) && IsBlank(subjectWords) && IsBlank(nonSubjectWords))
        {
            return categories.IsEmpty && confidence == Confidence.Medium
                ? Default
                : new DetectionOptions(BuiltInVocabulary.Default, categories, confidence);
        }

        var builder = BuiltInVocabulary.CreateBuilder();
        foreach (var item in Items(ignoredTerms))
        {
            builder.Remove(item);
        }

        foreach (var item in Items(subjectWords))
        {
            builder.Remove(item).Words(WordRole.Subject, item);
        }

        foreach (var item in Items(nonSubjectWords))
        {
            builder.Remove(item).Words(WordRole.Owner, item);
        }

        foreach (var item in Items(extraTerms))
        {
            var parts = item.Split(':');
            var phrase = parts[0].Trim();
            if (phrase.Length == 0)
            {
                continue;
            }

            var category = parts.Length > 1 && parts[1].Trim().Length > 0 ? parts[1].Trim() : "Other";
            var strength = parts.Length > 2 ? ParseStrength(parts[2]) : TermStrength.Strong;
            builder.Remove(phrase).Terms(category, strength, TypeAffinity.Number | TypeAffinity.Guid, phrase);
        }

        return new DetectionOptions(builder.Build(), categories, confidence);
    }

    private static DetectionOptions Parse(AnalyzerConfigOptions options) => Create(
        Get(options, DetectionOptionNames.ExtraTerms),
        Get(options, DetectionOptionNames.IgnoredTerms),
        Get(options, DetectionOptionNames.SubjectWords),
        Get(options, DetectionOptionNames.NonSubjectWords),
        Get(options, DetectionOptionNames.IgnoredCategories),
        Get(options, DetectionOptionNames.MinimumConfidence));

    private static string? Get(AnalyzerConfigOptions options, string key) => options.TryGetValue(key, out var value) ? value : null;

    private static bool IsBlank(string? value) => value is null || value.Trim().Length == 0;

    private static IEnumerable<string> Items(string? value)
    {
        if (value is null)
        {
            yield break;
        }

        foreach (var part in value.Split(','))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }

    private static Confidence ParseConfidence(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "low" => Confidence.Low,
        "high" => Confidence.High,
        _ => Confidence.Medium,
    };

    private static TermStrength ParseStrength(string value) => value.Trim().ToLowerInvariant() switch
    {
        "weak" => TermStrength.Weak,
        "always" => TermStrength.Always,
        _ => TermStrength.Strong,
    };
}
