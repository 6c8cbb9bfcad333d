namespace PrivacyAnalyzers.Leaks;

/// <summary>How the receiving end uses a value, which decides what counts as carrying personal data.</summary>
internal enum ValueContext
{
    /// <summary>
    /// The value is handed over as it is (a log argument, a scope state, an exception's Data entry): annotated members,
    /// whole objects whose type has annotated members and collections of them count.
    /// </summary>
    Structured,

    /// <summary>
    /// The value is turned into text (interpolation, concatenation, string.Format, a message parameter): annotated
    /// members count, and objects whose compiler-generated ToString prints annotated members.
    /// </summary>
    Text,

    /// <summary>
    /// The value is turned into text by a log formatter (a <c>{X}</c> or <c>{0}</c> placeholder, Console.WriteLine(object)):
    /// like <see cref="Text"/>, except that a collection is printed element by element.
    /// </summary>
    Formatted,

    /// <summary>The value is stored (PRIV023): only annotated members and values derived from them count.</summary>
    Direct,
}
