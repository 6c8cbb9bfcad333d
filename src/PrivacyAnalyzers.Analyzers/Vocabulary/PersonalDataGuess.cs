namespace PrivacyAnalyzers.Vocabulary;

/// <summary>The result of <see cref="PersonalDataInference.Infer"/>: whether to report, the category to write, and why.</summary>
internal readonly struct PersonalDataGuess
{
    public static readonly PersonalDataGuess None = default;

    public PersonalDataGuess(bool isPersonalData, string? category, Confidence confidence, string? evidence)
    {
        IsPersonalData = isPersonalData;
        Category = category;
        Confidence = confidence;
        Evidence = evidence;
    }

    /// <summary>Whether the confidence reaches the configured minimum (what PRIV001 reports).</summary>
    public bool IsPersonalData { get; }

    /// <summary>The inferred taxonomy category id (<c>Contact.Email</c>), also when below the minimum confidence.</summary>
    public string? Category { get; }

    public Confidence Confidence { get; }

    /// <summary>What decided it: the vocabulary phrase ("date birth") or the type ("System.Net.IPAddress").</summary>
    public string? Evidence { get; }
}
