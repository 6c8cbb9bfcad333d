namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>An effective value and the level it was taken from.</summary>
internal readonly struct Sourced<T>
{
    public Sourced(T value, AnnotationLevel from)
    {
        Value = value;
        From = from;
    }

    public T Value { get; }

    public AnnotationLevel From { get; }

    /// <summary>Whether some level stated the value.</summary>
    public bool IsStated => From != AnnotationLevel.None;

    public override string ToString() => $"{Value} (from {From})";
}
