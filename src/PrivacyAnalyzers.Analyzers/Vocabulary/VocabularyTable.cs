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
    // One slot per word that begins an entry, ends a phrase or has a word class: one probe tells all three.
    private readonly Slot[] _slots;
    private readonly int _mask;

    // Length (up to 31), first and last letter of every word in the slots: most words of a member name are in none, and
    // are ruled out here, before hashing.
    private readonly bool[] _shapes = new bool[32 * 27 * 27];

    // The same for every phrase-ending word.
    private readonly bool[] _tailShapes = new bool[32 * 27 * 27];

    // The first and the last three letters of every word in the slots of three letters or more: where a piece of a one-word
    // compound may begin and end (CompoundWords), asked before any piece is probed.
    private readonly bool[] _starts = new bool[27 * 27 * 27];
    private readonly bool[] _ends = new bool[27 * 27 * 27];

    public VocabularyTable(IEnumerable<VocabularyEntry> entries)
    {
        // A later entry with the same words replaces an earlier one (options override the built-in vocabulary): each text
        // keeps its last entry, and the entries kept stay in the order of those last ones. One pass to find them, one to
        // keep them (the table is built once per process for the built-in vocabulary, so this is on every build's path).
        var given = new List<VocabularyEntry>(entries);
        var lastOf = new Dictionary<string, int>(given.Count, StringComparer.Ordinal);
        for (var i = 0; i < given.Count; i++)
        {
            if (given[i].Words.Length > 0)
            {
                lastOf[given[i].Text] = i;
            }
        }

        var all = new List<VocabularyEntry>(lastOf.Count);
        for (var i = 0; i < given.Count; i++)
        {
            if (given[i].Words.Length > 0 && lastOf[given[i].Text] == i)
            {
                all.Add(given[i]);
            }
        }

        var groups = new Dictionary<string, SlotBuilder>(StringComparer.Ordinal);
        SlotBuilder For(string word)
        {
            if (!groups.TryGetValue(word, out var slot))
            {
                groups.Add(word, slot = new SlotBuilder());
            }

            return slot;
        }

        foreach (var entry in all)
        {
            (For(entry.Words[0]).Entries ??= new List<VocabularyEntry>()).Add(entry);
        }

        // The last words of phrases ("identifier" of "device identifier"): a one-word member can complete a phrase begun
        // by its type's name only with one of them.
        foreach (var entry in all)
        {
            if (entry.Words.Length > 1)
            {
                var last = entry.Words[entry.Words.Length - 1];
                (For(last).Tails ??= new List<VocabularyEntry>()).Add(entry);
                _tailShapes[Shape(last.Length, last[0], last[last.Length - 1])] = true;
            }
        }

        foreach (var (word, wordClass) in BuiltInVocabulary.WordClasses)
        {
            For(word).Classes |= wordClass;
        }

        foreach (var key in groups.Keys)
        {
            _shapes[Shape(key.Length, key[0], key[key.Length - 1])] = true;
            if (key.Length >= 3)
            {
                _starts[Trigram(key[0], key[1], key[2])] = true;
                _ends[Trigram(key[key.Length - 3], key[key.Length - 2], key[key.Length - 1])] = true;
            }
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
            _slots[index] = new Slot(
                group.Key,
                group.Value.Entries?.OrderByDescending(e => e.Words.Length).ToArray(),
                group.Value.Tails?.OrderByDescending(e => e.Words.Length).ToArray(),
                group.Value.Classes);
        }

        Entries = all;
    }

    /// <summary>
    /// The phrases of two or more words whose last word is the word (or its English singular); null when none.
    /// <paramref name="ending"/> holds those ending with the word itself, already found by
    /// <see cref="Match(string, ReadOnlySpan{WordSpan}, int, out int, out WordFacts)"/>: only its singular is probed here.
    /// </summary>
    public VocabularyEntry[]? PhrasesEndingWith(string identifier, WordSpan word, VocabularyEntry[]? ending)
    {
        var found = ending;
        if (found is null && word.Length >= 3 && TextFolding.Fold(identifier[word.Start + word.Length - 1]) == 's')
        {
            if (MayEndAPhrase(identifier, word.Start, word.Length - 1))
            {
                found = Tails(identifier, word.Start, word.Length - 1);
            }

            if (found is null && word.Length > 4 && MayEndAPhrase(identifier, word.Start, word.Length - 2))
            {
                found = Tails(identifier, word.Start, word.Length - 2);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether some word of <paramref name="identifier"/>, split as a type or member name (its first 24 words), belongs to
    /// <paramref name="wordClass"/>: a card type (<c>DadosCartao</c>), a failure event (<c>PagamentoRecusadoEvent</c>), a
    /// visitor's record (<c>TopVisitorModel</c>). Allocates nothing.
    /// </summary>
    public bool HasWordOf(string identifier, WordClass wordClass)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[24];
        var count = IdentifierSplitter.Split(identifier, buffer);
        for (var i = 0; i < count; i++)
        {
            if ((Classes(identifier, buffer[i]) & wordClass) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <see cref="WordClass"/>es of a word of an identifier (one probe); <see cref="WordClass.None"/> when none.</summary>
    public WordClass Classes(string identifier, WordSpan word)
    {
        var index = FindSlot(identifier, word.Start, word.Length);
        return index < 0 ? WordClass.None : _slots[index].Classes;
    }

    /// <summary>
    /// The longest of <paramref name="candidates"/> (the entries that begin with a member word, <see cref="WordFacts.Beginning"/>)
    /// that goes on with the first words of the type name <paramref name="typeName"/> (<c>Resultado</c> + <c>ExameOutputDto</c>
    /// is "resultado exame"): the order of languages that put the head first. Null when none does. Allocation-free.
    /// </summary>
    public static VocabularyEntry? MatchForward(VocabularyEntry[]? candidates, string typeName, ReadOnlySpan<WordSpan> typeWords)
    {
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

    /// <summary>
    /// Whether the first word of a type name can go on one of <paramref name="candidates"/> (the entries that begin with a
    /// member word): what <see cref="MatchForward"/> asks of that word
    /// first. When it cannot, that match fails whatever the rest of the type name is, and the name need not be split.
    /// </summary>
    public static bool MayGoOnWith(VocabularyEntry[]? candidates, string typeName, WordSpan firstTypeWord)
    {
        if (candidates is null)
        {
            return false;
        }

        foreach (var entry in candidates)
        {
            var rest = entry.Words.Length - 1;
            if (rest >= 1 && (TextFolding.EqualsFolded(typeName, firstTypeWord.Start, firstTypeWord.Length, entry.Words[1])
                || (rest == 1 && !entry.OnePerPerson && IsPluralOf(typeName, firstTypeWord, entry.Words[1]))))
            {
                return true;
            }
        }

        return false;
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
    public VocabularyEntry? Match(string identifier, ReadOnlySpan<WordSpan> words, int index, out int consumed) =>
        Match(identifier, words, index, out consumed, out _);

    /// <summary>
    /// <see cref="Match(string, ReadOnlySpan{WordSpan}, int, out int)"/>, and what the same probe tells of <c>words[index]</c>
    /// itself (<paramref name="facts"/>): the entries that begin with it, the phrases it ends, its word classes.
    /// </summary>
    public VocabularyEntry? Match(string identifier, ReadOnlySpan<WordSpan> words, int index, out int consumed, out WordFacts facts)
    {
        var word = words[index];
        var slot = FindSlot(identifier, word.Start, word.Length);
        facts = slot < 0 ? default : new WordFacts(_slots[slot].Entries, _slots[slot].Tails, _slots[slot].Classes);
        var candidates = facts.Beginning;
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

    /// <summary>
    /// Whether the already folded <paramref name="folded"/> (lower case, no diacritics: <see cref="TextFolding.Fold"/>) is a
    /// vocabulary word: the first word of an entry, the last word of a phrase or a word of a <see cref="WordClass"/> (one
    /// probe, most ruled out by their shape). For the pieces of a one-word compound (<see cref="CompoundWords"/>), folded once.
    /// </summary>
    public bool KnowsFolded(ReadOnlySpan<char> folded)
    {
        var length = folded.Length;
        if (length == 0 || !_shapes[Shape(length, folded[0], folded[length - 1])])
        {
            return false;
        }

        var index = TextFolding.HashFolded(folded) & _mask;
        while (true)
        {
            var key = _slots[index].Key;
            if (key is null)
            {
                return false;
            }

            if (key.AsSpan().SequenceEqual(folded))
            {
                return true;
            }

            index = (index + 1) & _mask;
        }
    }

    /// <summary>Whether some vocabulary word has this length and these folded first and last letters (no probe).</summary>
    public bool MayBeWord(int length, char first, char last) => _shapes[Shape(length, first, last)];

    /// <summary>Whether some vocabulary word of three letters or more begins with these three folded letters (no probe).</summary>
    public bool MayBeginWord(char first, char second, char third) => _starts[Trigram(first, second, third)];

    /// <summary>Whether some vocabulary word of three letters or more ends with these three folded letters (no probe).</summary>
    public bool MayEndWord(char first, char second, char third) => _ends[Trigram(first, second, third)];

    private static int Trigram(char first, char second, char third) => (Letter(first) * 27 + Letter(second)) * 27 + Letter(third);

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
        var index = FindSlot(text, start, length);
        return index < 0 ? null : _slots[index].Entries;
    }

    private VocabularyEntry[]? Tails(string text, int start, int length)
    {
        var index = FindSlot(text, start, length);
        return index < 0 ? null : _slots[index].Tails;
    }

    /// <summary>The slot of the folded <c>text[start..start+length)</c>, or -1 (most words: by their shape, without hashing).</summary>
    private int FindSlot(string text, int start, int length)
    {
        if (!_shapes[Shape(length, TextFolding.Fold(text[start]), TextFolding.Fold(text[start + length - 1]))])
        {
            return -1;
        }

        var index = TextFolding.Hash(text, start, length) & _mask;
        while (true)
        {
            var key = _slots[index].Key;
            if (key is null)
            {
                return -1;
            }

            if (TextFolding.EqualsFolded(text, start, length, key))
            {
                return index;
            }

            index = (index + 1) & _mask;
        }
    }

    /// <summary>What one probe of a word tells: the entries that begin with it, the phrases it ends, its word classes.</summary>
    internal readonly struct WordFacts
    {
        public WordFacts(VocabularyEntry[]? beginning, VocabularyEntry[]? ending, WordClass classes)
        {
            Beginning = beginning;
            Ending = ending;
            Classes = classes;
        }

        /// <summary>The entries whose first word it is, longest first; null when none.</summary>
        public VocabularyEntry[]? Beginning { get; }

        /// <summary>The phrases of two or more words whose last word it is (not its singular); null when none.</summary>
        public VocabularyEntry[]? Ending { get; }

        public WordClass Classes { get; }

        /// <summary>Whether some phrase of two or more words begins with it.</summary>
        public bool BeginsAPhrase => Beginning is not null && Beginning[0].Words.Length > 1;
    }

    private sealed class SlotBuilder
    {
        public List<VocabularyEntry>? Entries { get; set; }

        public List<VocabularyEntry>? Tails { get; set; }

        public WordClass Classes { get; set; }
    }

    private readonly struct Slot
    {
        public Slot(string key, VocabularyEntry[]? entries, VocabularyEntry[]? tails, WordClass classes)
        {
            Key = key;
            Entries = entries;
            Tails = tails;
            Classes = classes;
        }

        public string? Key { get; }

        /// <summary>The entries whose first word is the key, longest first; null when none.</summary>
        public VocabularyEntry[]? Entries { get; }

        /// <summary>The phrases of two or more words whose last word is the key, longest first; null when none.</summary>
        public VocabularyEntry[]? Tails { get; }

        public WordClass Classes { get; }
    }
}
