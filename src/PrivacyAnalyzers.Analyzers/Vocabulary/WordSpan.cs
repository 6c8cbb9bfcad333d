namespace PrivacyAnalyzers.Vocabulary;

/// <summary>One word of an identifier, as a range of the identifier's characters (no substring is made).</summary>
internal readonly struct WordSpan
{
    public WordSpan(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }
}
