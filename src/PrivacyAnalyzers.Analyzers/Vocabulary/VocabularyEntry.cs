namespace PrivacyAnalyzers.Vocabulary;

/// <summary>A word or phrase of the vocabulary, with its words already folded (lower case, no diacritics).</summary>
internal sealed class VocabularyEntry
{
    public VocabularyEntry(string[] words, WordRole role, string? category, TermStrength strength, TypeAffinity affinity, bool onePerPerson = false)
    {
        Words = words;
        Role = role;
        Category = category;
        Strength = strength;
        Affinity = affinity;
        OnePerPerson = onePerPerson;
        Text = string.Join(" ", words);
    }

    /// <summary>The folded words: <c>{ "date", "birth" }</c> for "date of birth" (stop words are not stored).</summary>
    public string[] Words { get; }

    public WordRole Role { get; }

    /// <summary>The taxonomy category id of a <see cref="WordRole.Term"/>; null for other roles.</summary>
    public string? Category { get; }

    public TermStrength Strength { get; }

    public TypeAffinity Affinity { get; }

    /// <summary>
    /// A person has one of it (a gender): a plural name (<c>Genres</c>, <c>Genders</c>) or a collection type names
    /// something else — kinds of music or film, the options of a form — and a type named with it (<c>Genre</c>,
    /// <c>Gender</c>) is that value or a list of its options, not a holder of a person's details.
    /// </summary>
    public bool OnePerPerson { get; }

    /// <summary>The phrase as written in .editorconfig and messages: words joined by spaces.</summary>
    public string Text { get; }
}
