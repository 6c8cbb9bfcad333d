using System.Collections.Immutable;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>The .editorconfig keys detection reads (documented in docs/rules/PRIV001.md; a test keeps the two in step).</summary>
internal static class DetectionOptionNames
{
    public const string Prefix = "privacy_analyzers.";

    /// <summary><c>loyaltyNumber:Other, matricol:Identity.NationalId:always</c> — phrase, category, optional strength.</summary>
    public const string ExtraTerms = Prefix + "extra_terms";

    /// <summary><c>name, address</c> — built-in words or phrases to forget (any role).</summary>
    public const string IgnoredTerms = Prefix + "ignored_terms";

    /// <summary><c>Beneficiar, Abonat</c> — more words that name a person (in type and member names).</summary>
    public const string SubjectWords = Prefix + "subject_words";

    /// <summary><c>Tenant, Workspace</c> — more words that name something that is not a person.</summary>
    public const string NonSubjectWords = Prefix + "non_subject_words";

    /// <summary><c>Location.Coarse, Usage</c> — inferred categories (or their top level) never reported.</summary>
    public const string IgnoredCategories = Prefix + "ignored_categories";

    /// <summary><c>low</c>, <c>medium</c> (default) or <c>high</c>.</summary>
    public const string MinimumConfidence = Prefix + "minimum_confidence";

    public static readonly ImmutableArray<string> All = ImmutableArray.Create(
        ExtraTerms, IgnoredTerms, SubjectWords, NonSubjectWords, IgnoredCategories, MinimumConfidence);
}
