using System;

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
        var length = word.Length;
        if (length < MinimumLength || length > MaximumLength || ends.Length < MaximumPieces)
        {
            return 0;
        }

        // Most words that match nothing are no compound: no vocabulary word begins with their first three letters or ends
        // with their last three. Asked before anything is probed.
        if (!vocabulary.MayBeginWord(text, word.Start) || !vocabulary.MayEndWord(text, word.Start + length))
        {
            return 0;
        }

        for (var k = word.Start; k < word.Start + length; k++)
        {
            if (!char.IsLetter(text[k]))
            {
                return 0;
            }
        }

        // pieces[i]: the fewest pieces covering the first i letters (0 = not reachable, except at 0); previous[i]: where the
        // last of them starts.
        Span<byte> pieces = stackalloc byte[MaximumLength + 1];
        Span<byte> previous = stackalloc byte[MaximumLength + 1];
        pieces.Clear();
        for (var i = 0; i < length; i++)
        {
            if ((i > 0 && pieces[i] == 0) || length - i < MinimumPiece || (i > 0 && !vocabulary.MayBeginWord(text, word.Start + i)))
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
                if ((pieces[end] == 0 || pieces[end] > count) && vocabulary.MayEndWord(text, word.Start + end)
                    && vocabulary.Knows(text, word.Start + i, piece))
                {
                    pieces[end] = (byte)count;
                    previous[end] = (byte)i;
                }
            }
        }

        var total = pieces[length];
        if (total < 2)
        {
            return 0;
        }

        for (int at = length, k = total - 1; k >= 0; at = previous[at], k--)
        {
            ends[k] = at;
        }

        return total;
    }
}
