using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Collects vocabulary entries written as phrases ("date of birth", "dataNasterii", "nume_client"): each phrase is split
/// with <see cref="IdentifierSplitter"/>, folded, and stripped of stop words, exactly as identifiers are when matched.
/// Stop words must be added before the phrases that contain them.
/// </summary>
internal sealed class VocabularyBuilder
{
    private readonly List<VocabularyEntry> _entries = new();
    private readonly HashSet<string> _stopWords = new(StringComparer.Ordinal);

    public IReadOnlyList<VocabularyEntry> Entries => _entries;

    public VocabularyBuilder StopWords(params string[] words)
    {
        foreach (var word in words)
        {
            var folded = TextFolding.FoldAll(word);
            _stopWords.Add(folded);
            _entries.Add(new VocabularyEntry(new[] { folded }, WordRole.StopWord, null, TermStrength.Weak, TypeAffinity.Text));
        }

        return this;
    }

    public VocabularyBuilder Terms(string category, TermStrength strength, TypeAffinity affinity, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            Add(phrase, WordRole.Term, category, strength, affinity);
        }

        return this;
    }

    /// <summary>Terms a person has one of (<see cref="VocabularyEntry.OnePerPerson"/>): never matched in plural or in a collection.</summary>
    public VocabularyBuilder TermsOnePerPerson(string category, TermStrength strength, TypeAffinity affinity, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            Add(phrase, WordRole.Term, category, strength, affinity, onePerPerson: true);
        }

        return this;
    }

    public VocabularyBuilder Words(WordRole role, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            Add(phrase, role, null, TermStrength.Weak, TypeAffinity.Text);
        }

        return this;
    }

    public VocabularyBuilder Add(VocabularyEntry entry)
    {
        _entries.Add(entry);
        return this;
    }

    /// <summary>Removes every entry whose words equal the phrase's (any role).</summary>
    public VocabularyBuilder Remove(string phrase)
    {
        var words = ToWords(phrase);
        if (words.Length > 0)
        {
            _entries.RemoveAll(e => SameWords(e.Words, words));
        }

        return this;
    }

    /// <summary>The folded words of a phrase, stop words removed (unless the phrase is only stop words).</summary>
    public string[] ToWords(string phrase)
    {
        var words = new List<string>();
        var all = new List<string>();
        var position = 0;
        while (IdentifierSplitter.TryNext(phrase, ref position, out var word))
        {
            var folded = TextFolding.FoldAll(phrase.Substring(word.Start, word.Length));
            all.Add(folded);
            if (!_stopWords.Contains(folded))
            {
                words.Add(folded);
            }
        }

        return (words.Count == 0 ? all : words).ToArray();
    }

    public VocabularyTable Build() => new(_entries);

    private void Add(string phrase, WordRole role, string? category, TermStrength strength, TypeAffinity affinity, bool onePerPerson = false)
    {
        var words = ToWords(phrase);
        if (words.Length > 0)
        {
            _entries.Add(new VocabularyEntry(words, role, category, strength, affinity, onePerPerson));
        }
    }

    private static bool SameWords(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
