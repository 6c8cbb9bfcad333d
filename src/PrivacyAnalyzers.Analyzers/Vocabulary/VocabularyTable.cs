using System;
using System.Collections.Generic;
using System.Linq;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// The vocabulary indexed by first word: an open-addressing table looked up with a range of an identifier's characters,
/// folded on the fly, so that matching a member name allocates nothing. Immutable and thread-safe once built.
/// </summary>
internal sealed class VocabularyTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    public VocabularyTable(IEnumerable<VocabularyEntry> entries)
    {
        var groups = new Dictionary<string, List<VocabularyEntry>>(StringComparer.Ordinal);
        var all = new List<VocabularyEntry>();
        foreach (var entry in entries)
        {
            if (entry.Words.Length == 0)
            {
                continue;
            }

            // A later entry with the same words replaces an earlier one (options override the built-in vocabulary).
            var key = entry.Text;
            all.RemoveAll(e => e.Text == key);
            all.Add(entry);
        }

        foreach (var entry in all)
        {
            if (!groups.TryGetValue(entry.Words[0], out var list))
            {
                groups.Add(entry.Words[0], list = new List<VocabularyEntry>());
            }

            list.Add(entry);
        }

        var size = 16;
        while (size < groups.Count * 2)
        {
            size <<= 1;
        }

        _slots = new Slot[size];
        _mask = size - 1;
        foreach (var group in groups)
        {
            var index = TextFolding.Hash(group.Key, 0, group.Key.Length) & _mask;
            while (_slots[index].Key is not null)
            {
                index = (index + 1) & _mask;
            }

            // Longest phrases first, so that "user name" wins over "user".
            _slots[index] = new Slot(group.Key, group.Value.OrderByDescending(e => e.Words.Length).ToArray());
        }

        Entries = all;
    }

    /// <summary>Every entry, in the order added (later duplicates replaced earlier ones).</summary>
    public IReadOnlyList<VocabularyEntry> Entries { get; }

    /// <summary>
    /// The longest entry whose words start at <c>words[index]</c> of <paramref name="identifier"/> (stop words inside the
    /// identifier are skipped; an English plural "s"/"es" is accepted on the last word, except for entries a person has
    /// one of: <c>Genres</c> is not a gender). Returns null when none does.
    /// </summary>
    public VocabularyEntry? Match(string identifier, ReadOnlySpan<WordSpan> words, int index, out int consumed)
    {
        var word = words[index];
        var candidates = Find(identifier, word.Start, word.Length);
        if (candidates is not null)
        {
            foreach (var entry in candidates)
            {
                if (MatchesRest(identifier, words, index, entry, out consumed))
                {
                    return entry;
                }
            }
        }

        // Plural of a single word: "Emails", "Addresses", "IPs".
        if (TryFindPlural(identifier, word, out var singular))
        {
            foreach (var entry in singular!)
            {
                if (entry.Words.Length == 1 && !entry.OnePerPerson)
                {
                    consumed = 1;
                    return entry;
                }
            }
        }

        consumed = 1;
        return null;
    }

    /// <summary>
    /// The entry whose words are <c>first[index..]</c> followed by every word of <paramref name="second"/>: the tail of a
    /// type name and a member name read together (<c>Device</c> + <c>Identifier</c>, <c>GiftCard</c> + <c>Message</c>).
    /// Null when none is. Allocation-free.
    /// </summary>
    public VocabularyEntry? MatchAcross(string first, ReadOnlySpan<WordSpan> firstWords, int index, string second, ReadOnlySpan<WordSpan> secondWords)
    {
        var word = firstWords[index];
        var candidates = Find(first, word.Start, word.Length);
        if (candidates is null)
        {
            return null;
        }

        var fromFirst = firstWords.Length - index;
        var needed = fromFirst + secondWords.Length;
        foreach (var entry in candidates)
        {
            if (entry.Words.Length != needed)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < needed && matches; k++)
            {
                matches = k < fromFirst
                    ? TextFolding.EqualsFolded(first, firstWords[index + k].Start, firstWords[index + k].Length, entry.Words[k])
                    : TextFolding.EqualsFolded(second, secondWords[k - fromFirst].Start, secondWords[k - fromFirst].Length, entry.Words[k]);
            }

            if (matches)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Whether the word is a stop word (skipped inside phrases).</summary>
    public bool IsStopWord(string identifier, WordSpan word)
    {
        var candidates = Find(identifier, word.Start, word.Length);
        if (candidates is null)
        {
            return false;
        }

        foreach (var entry in candidates)
        {
            if (entry.Words.Length == 1 && entry.Role == WordRole.StopWord)
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesRest(string identifier, ReadOnlySpan<WordSpan> words, int index, VocabularyEntry entry, out int consumed)
    {
        var next = index + 1;
        for (var k = 1; k < entry.Words.Length; k++)
        {
            while (next < words.Length && IsStopWord(identifier, words[next]))
            {
                next++;
            }

            if (next >= words.Length)
            {
                consumed = 0;
                return false;
            }

            var w = words[next];
            var expected = entry.Words[k];
            var last = k == entry.Words.Length - 1;
            if (!TextFolding.EqualsFolded(identifier, w.Start, w.Length, expected)
                && !(last && !entry.OnePerPerson && IsPluralOf(identifier, w, expected)))
            {
                consumed = 0;
                return false;
            }

            next++;
        }

        consumed = next - index;
        return true;
    }

    private bool TryFindPlural(string identifier, WordSpan word, out VocabularyEntry[]? entries)
    {
        entries = null;
        if (word.Length < 3 || TextFolding.Fold(identifier[word.Start + word.Length - 1]) != 's')
        {
            return false;
        }

        entries = Find(identifier, word.Start, word.Length - 1);
        if (entries is null && word.Length > 4 && TextFolding.Fold(identifier[word.Start + word.Length - 2]) == 'e')
        {
            entries = Find(identifier, word.Start, word.Length - 2);
        }

        return entries is not null;
    }

    private static bool IsPluralOf(string identifier, WordSpan word, string singular)
    {
        if (word.Length < 3 || TextFolding.Fold(identifier[word.Start + word.Length - 1]) != 's')
        {
            return false;
        }

        return TextFolding.EqualsFolded(identifier, word.Start, word.Length - 1, singular)
            || (word.Length > 4 && TextFolding.EqualsFolded(identifier, word.Start, word.Length - 2, singular));
    }

    private VocabularyEntry[]? Find(string text, int start, int length)
    {
        var index = TextFolding.Hash(text, start, length) & _mask;
        while (true)
        {
            var slot = _slots[index];
            if (slot.Key is null)
            {
                return null;
            }

            if (TextFolding.EqualsFolded(text, start, length, slot.Key))
            {
                return slot.Entries;
            }

            index = (index + 1) & _mask;
        }
    }

    private readonly struct Slot
    {
        public Slot(string key, VocabularyEntry[] entries)
        {
            Key = key;
            Entries = entries;
        }

        public string? Key { get; }

        public VocabularyEntry[] Entries { get; }
    }
}
