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
    private readonly List<(string Word, string Twin)> _misspellings = new();

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

    /// <summary>
    /// Reads a common misspelling as the word it misspells: every entry so far (any role) with <paramref name="word"/> among
    /// its words gets a twin with each misspelling in its place ("email address" gives "email adress"). Built once; the
    /// matcher does no extra work. Call it after the entries that hold the word.
    /// </summary>
    public VocabularyBuilder Misspelt(string word, params string[] misspellings)
    {
        var folded = TextFolding.FoldAll(word);
        var count = _entries.Count;
        foreach (var misspelling in misspellings)
        {
            var twin = TextFolding.FoldAll(misspelling);
            _misspellings.Add((folded, twin));
            for (var i = 0; i < count; i++)
            {
                var entry = _entries[i];
                var at = Array.IndexOf(entry.Words, folded);
                if (at < 0)
                {
                    continue;
                }

                var words = (string[])entry.Words.Clone();
                for (var k = at; k < words.Length; k++)
                {
                    if (string.Equals(words[k], folded, StringComparison.Ordinal))
                    {
                        words[k] = twin;
                    }
                }

                _entries.Add(new VocabularyEntry(words, entry.Role, entry.Category, entry.Strength, entry.Affinity, entry.OnePerPerson));
            }
        }

        return this;
    }

    /// <summary>Removes every entry whose words equal the phrase's (any role), and the twins of its misspelt words.</summary>
    public VocabularyBuilder Remove(string phrase)
    {
        var words = ToWords(phrase);
        if (words.Length > 0)
        {
            _entries.RemoveAll(e => SameWords(e.Words, words));
            foreach (var (word, twin) in _misspellings)
            {
                var at = Array.IndexOf(words, word);
                if (at >= 0)
                {
                    var twinWords = (string[])words.Clone();
                    twinWords[at] = twin;
                    _entries.RemoveAll(e => SameWords(e.Words, twinWords));
                }
            }
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
