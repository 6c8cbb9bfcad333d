using System;
using System.Runtime.CompilerServices;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Segments a one-word compound written with no case boundary (<c>Numartelefon</c>, <c>Chequeimage</c>,
/// <c>Dataangajarii</c>, <c>emailaddress</c>) into vocabulary words. Only a word of at least <see cref="MinimumLength"/>
/// letters that matched nothing is tried, and only a segmentation that covers the whole word with vocabulary words of at
/// least three letters each counts (the fewest pieces win). Bounded work (a word of at most <see cref="MaximumLength"/>
/// letters, one table probe per candidate piece, most ruled out by their shape without hashing); allocates nothing.
/// </summary>
internal static class CompoundWords
{
    /// <summary>Shorter words are not tried: a seven-letter word made of two known words is rarely meant as two.</summary>
    public const int MinimumLength = 8;

    /// <summary>Longer words are not tried (bounded work).</summary>
    public const int MaximumLength = 32;

    /// <summary>The shortest piece: two-letter pieces (de, nr, id) would segment almost anything.</summary>
    public const int MinimumPiece = 3;

    /// <summary>The most pieces a word is read as.</summary>
    public const int MaximumPieces = 4;

    /// <summary>
    /// Writes into <paramref name="ends"/> the end offsets (relative to the word's start) of the pieces of
    /// <c>text[word]</c> and returns how many pieces (two or more), or 0 when the word is not a compound of vocabulary words.
    /// </summary>
    public static int Segment(string text, WordSpan word, VocabularyTable vocabulary, Span<int> ends)
    {
        var pieces = SegmentWords(text, word, vocabulary, ends);
        return pieces > 0 ? pieces : SegmentAbbreviated(text, word, vocabulary, ends);
    }

    /// <summary>
    /// A two-letter abbreviation of the vocabulary glued to one vocabulary word (<c>Dtnascimento</c>: "dt" and "nascimento";
    /// <c>Nrtelefon</c>), tried only when the word does not segment into pieces of three letters or more. Not a stop word
    /// ("de", "da", "do": <c>Docliente</c> is no "do cliente"). Two shape checks rule out most words; at most three probes.
    /// </summary>
    private static int SegmentAbbreviated(string text, WordSpan word, VocabularyTable vocabulary, Span<int> ends)
    {
        var length = word.Length;
        if (length < MinimumLength || length > MaximumLength || ends.Length < 2)
        {
            return 0;
        }

        var start = word.Start;
        Span<char> folded = stackalloc char[MaximumLength];
        for (var k = 0; k < length; k++)
        {
            var c = text[start + k];
            if (c < 0x80 ? !(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') : !char.IsLetter(c))
            {
                return 0;
            }

            folded[k] = Fold(c);
        }

        if (!vocabulary.MayBeWord(2, folded[0], folded[1]) || !vocabulary.MayBeWord(length - 2, folded[2], folded[length - 1])
            || !vocabulary.KnowsFolded(folded.Slice(0, 2)) || !vocabulary.KnowsFolded(folded.Slice(2, length - 2))
            || vocabulary.IsStopWord(text, new WordSpan(start, 2)) || vocabulary.KnowsFolded(folded.Slice(0, length)))
        {
            return 0;
        }

        ends[0] = 2;
        ends[1] = length;
        return 2;
    }

    private static int SegmentWords(string text, WordSpan word, VocabularyTable vocabulary, Span<int> ends)
    {
        var length = word.Length;
        if (length < MinimumLength || length > MaximumLength || ends.Length < MaximumPieces)
        {
            return 0;
        }

        // First, without reserving anything: letters only, and a vocabulary word may begin at the start, end at the end, and
        // end where another begins (a cut). Most words that match nothing fail here, by table lookups alone.
        var start = word.Start;
        for (var k = start; k < start + length; k++)
        {
            var c = text[k];
            if (c < 0x80 ? !(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') : !char.IsLetter(c))
            {
                return 0;
            }
        }

        if (!vocabulary.MayBeginWord(Fold(text[start]), Fold(text[start + 1]), Fold(text[start + 2]))
            || !vocabulary.MayEndWord(Fold(text[start + length - 3]), Fold(text[start + length - 2]), Fold(text[start + length - 1])))
        {
            return 0;
        }

        // The first piece ends at a cut and the last begins at one, each of a length, first and last letter some vocabulary
        // word has.
        var first = Fold(text[start]);
        var last = Fold(text[start + length - 1]);
        var firstCut = false;
        var lastCut = false;
        for (var at = MinimumPiece; at <= length - MinimumPiece && !(firstCut && lastCut); at++)
        {
            if (vocabulary.MayEndWord(Fold(text[start + at - 3]), Fold(text[start + at - 2]), Fold(text[start + at - 1]))
                && vocabulary.MayBeginWord(Fold(text[start + at]), Fold(text[start + at + 1]), Fold(text[start + at + 2])))
            {
                firstCut |= vocabulary.MayBeWord(at, first, Fold(text[start + at - 1]));
                lastCut |= vocabulary.MayBeWord(length - at, Fold(text[start + at]), last);
            }
        }

        if (!firstCut || !lastCut)
        {
            return 0;
        }

        // The word folded once; every piece is probed on it without folding again.
        Span<char> folded = stackalloc char[MaximumLength];
        for (var k = 0; k < length; k++)
        {
            folded[k] = Fold(text[start + k]);
        }

        // pieces[i]: the fewest pieces covering the first i letters (0 = not reachable, except at 0); previous[i]: where the
        // last of them starts.
        Span<byte> pieces = stackalloc byte[MaximumLength + 1];
        Span<byte> previous = stackalloc byte[MaximumLength + 1];
        pieces.Clear();
        for (var i = 0; i < length; i++)
        {
            if ((i > 0 && pieces[i] == 0) || length - i < MinimumPiece || (i > 0 && !MayBegin(vocabulary, folded, i)))
            {
                continue;
            }

            var count = pieces[i] + 1;
            if (count > MaximumPieces)
            {
                continue;
            }

            for (var piece = MinimumPiece; i + piece <= length; piece++)
            {
                var end = i + piece;
                // A piece that is not the last ends at a cut: another vocabulary word may begin there.
                if (end < length && (length - end < MinimumPiece || !MayBegin(vocabulary, folded, end)))
                {
                    continue;
                }

                if ((pieces[end] == 0 || pieces[end] > count) && MayEnd(vocabulary, folded, end)
                    && vocabulary.KnowsFolded(folded.Slice(i, piece)))
                {
                    pieces[end] = (byte)count;
                    previous[end] = (byte)i;
                }
            }
        }

        // A word of the vocabulary itself is no compound (asked only of a word that segments).
        var total = pieces[length];
        if (total < 2 || vocabulary.KnowsFolded(folded.Slice(0, length)))
        {
            return 0;
        }

        for (int at = length, k = total - 1; k >= 0; at = previous[at], k--)
        {
            ends[k] = at;
        }

        return total;
    }

    private static bool MayBegin(VocabularyTable vocabulary, ReadOnlySpan<char> folded, int at) =>
        vocabulary.MayBeginWord(folded[at], folded[at + 1], folded[at + 2]);

    private static bool MayEnd(VocabularyTable vocabulary, ReadOnlySpan<char> folded, int at) =>
        vocabulary.MayEndWord(folded[at - 3], folded[at - 2], folded[at - 1]);

    /// <summary><see cref="TextFolding.Fold"/>, with ASCII inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c) => c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : TextFolding.Fold(c);
}
