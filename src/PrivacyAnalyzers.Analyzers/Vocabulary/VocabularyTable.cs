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
    private readonly Slot[] _tails;
    private readonly int _tailMask;

    // Length (up to 31), first and last letter of every phrase-ending word: most words are ruled out here, before hashing.
    private readonly bool[] _tailShapes = new bool[32 * 27 * 27];

    // The same for the first words of phrases of two or more words (a one-word member can begin a phrase that its type's
    // name completes: Resultado + Exame).
    private readonly bool[] _headShapes = new bool[32 * 27 * 27];

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

        // Longest phrases first, so that "user name" wins over "user".
        _slots = BuildSlots(groups, out _mask);

        // The last words of phrases ("identifier" of "device identifier"): a one-word member can complete a phrase begun
        // by its type's name only with one of them.
        var tails = new Dictionary<string, List<VocabularyEntry>>(StringComparer.Ordinal);
        foreach (var entry in all)
        {
            if (entry.Words.Length > 1)
            {
                var last = entry.Words[entry.Words.Length - 1];
                if (!tails.TryGetValue(last, out var list))
                {
                    tails.Add(last, list = new List<VocabularyEntry>());
                }

                list.Add(entry);
            }
        }

        foreach (var entry in all)
        {
            if (entry.Words.Length > 1)
            {
                var head = entry.Words[0];
                _headShapes[Shape(head.Length, head[0], head[head.Length - 1])] = true;
            }
        }

        foreach (var last in tails.Keys)
        {
            _tailShapes[Shape(last.Length, last[0], last[last.Length - 1])] = true;
        }

        _tails = BuildSlots(tails, out _tailMask);
        Entries = all;
    }

    private static Slot[] BuildSlots(Dictionary<string, List<VocabularyEntry>> groups, out int mask)
    {
        var size = 16;
        while (size < groups.Count * 2)
        {
            size <<= 1;
        }

        var slots = new Slot[size];
        mask = size - 1;
        foreach (var group in groups)
        {
            var index = TextFolding.Hash(group.Key, 0, group.Key.Length) & mask;
            while (slots[index].Key is not null)
            {
                index = (index + 1) & mask;
            }

            slots[index] = new Slot(group.Key, group.Value.OrderByDescending(e => e.Words.Length).ToArray());
        }

        return slots;
    }

    /// <summary>The phrases of two or more words whose last word is the word (or its English singular); null when none.</summary>
    public VocabularyEntry[]? PhrasesEndingWith(string identifier, WordSpan word)
    {
        VocabularyEntry[]? found = null;
        if (MayEndAPhrase(identifier, word.Start, word.Length))
        {
            found = Find(_tails, _tailMask, identifier, word.Start, word.Length);
        }

        if (found is null && word.Length >= 3 && TextFolding.Fold(identifier[word.Start + word.Length - 1]) == 's')
        {
            if (MayEndAPhrase(identifier, word.Start, word.Length - 1))
            {
                found = Find(_tails, _tailMask, identifier, word.Start, word.Length - 1);
            }

            if (found is null && word.Length > 4 && MayEndAPhrase(identifier, word.Start, word.Length - 2))
            {
                found = Find(_tails, _tailMask, identifier, word.Start, word.Length - 2);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether some phrase of two or more words begins with the word (ruled out by its length and first and last letters
    /// first; then one probe). Allocation-free.
    /// </summary>
    public bool MayBeginAPhrase(string identifier, WordSpan word)
    {
        if (!_headShapes[Shape(word.Length, TextFolding.Fold(identifier[word.Start]), TextFolding.Fold(identifier[word.Start + word.Length - 1]))])
        {
            return false;
        }

        var candidates = Find(identifier, word.Start, word.Length);
        return candidates is not null && candidates[0].Words.Length > 1;
    }

    /// <summary>
    /// The longest phrase that begins with the member word <paramref name="member"/> and goes on with the first words of the
    /// type name <paramref name="typeName"/> (<c>Resultado</c> + <c>ExameOutputDto</c> is "resultado exame"): the order of
    /// languages that put the head first. Null when none does. Allocation-free.
    /// </summary>
    public VocabularyEntry? MatchForward(string member, WordSpan memberWord, string typeName, ReadOnlySpan<WordSpan> typeWords)
    {
        var candidates = Find(member, memberWord.Start, memberWord.Length);
        if (candidates is null)
        {
            return null;
        }

        foreach (var entry in candidates)
        {
            var rest = entry.Words.Length - 1;
            if (rest < 1 || rest > typeWords.Length)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < rest && matches; k++)
            {
                var word = typeWords[k];
                var last = k == rest - 1;
                matches = TextFolding.EqualsFolded(typeName, word.Start, word.Length, entry.Words[k + 1])
                    || (last && !entry.OnePerPerson && IsPluralOf(typeName, word, entry.Words[k + 1]));
            }

            if (matches)
            {
                return entry;
            }
        }

        return null;
    }

    private bool MayEndAPhrase(string identifier, int start, int length) =>
        _tailShapes[Shape(length, TextFolding.Fold(identifier[start]), TextFolding.Fold(identifier[start + length - 1]))];

    private static int Shape(int length, char first, char last) =>
        (Math.Min(length, 31) * 27 + Letter(first)) * 27 + Letter(last);

    private static int Letter(char c) => c is >= 'a' and <= 'z' ? c - 'a' : 26;

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
    /// Of <paramref name="phrases"/> (from <see cref="PhrasesEndingWith"/>), the longest whose words before the last are the
    /// last words of <paramref name="first"/>: the tail of a type name and a one-word member name read together
    /// (<c>Device</c> + <c>Identifier</c>, <c>GiftCard</c> + <c>Message</c>). <paramref name="start"/> is the index of the
    /// phrase's first word in <paramref name="firstWords"/>. Null when none is. Allocation-free.
    /// </summary>
    public static VocabularyEntry? MatchAcross(string first, ReadOnlySpan<WordSpan> firstWords, VocabularyEntry[] phrases, out int start)
    {
        foreach (var entry in phrases)
        {
            var fromFirst = entry.Words.Length - 1;
            start = firstWords.Length - fromFirst;
            if (start < 0)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < fromFirst && matches; k++)
            {
                matches = TextFolding.EqualsFolded(first, firstWords[start + k].Start, firstWords[start + k].Length, entry.Words[k]);
            }

            if (matches)
            {
                return entry;
            }
        }

        start = -1;
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

    private VocabularyEntry[]? Find(string text, int start, int length) => Find(_slots, _mask, text, start, length);

    private static VocabularyEntry[]? Find(Slot[] slots, int mask, string text, int start, int length)
    {
        var index = TextFolding.Hash(text, start, length) & mask;
        while (true)
        {
            var slot = slots[index];
            if (slot.Key is null)
            {
                return null;
            }

            if (TextFolding.EqualsFolded(text, start, length, slot.Key))
            {
                return slot.Entries;
            }

            index = (index + 1) & mask;
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
