using System;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Case- and diacritic-insensitive comparison of identifier words with vocabulary words, without allocating:
/// <c>Adresă</c>, <c>ADRESA</c> and <c>adresa</c> compare equal; Romanian ș/ş and ț/ţ (comma and cedilla forms) fold to s
/// and t; French, Spanish and German accents fold to the base letter (ß stays ß; the vocabulary lists "ss" forms too).
/// </summary>
internal static class TextFolding
{
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        c = char.ToLowerInvariant(c);
        switch (c)
        {
            case 'à': case 'á': case 'â': case 'ã': case 'ä': case 'å': case 'ă': case 'ą':
                return 'a';
            case 'ç': case 'ć': case 'č':
                return 'c';
            case 'è': case 'é': case 'ê': case 'ë': case 'ę': case 'ě':
                return 'e';
            case 'ì': case 'í': case 'î': case 'ï':
                return 'i';
            case 'ñ': case 'ń':
                return 'n';
            case 'ò': case 'ó': case 'ô': case 'õ': case 'ö': case 'ő':
                return 'o';
            case 'ù': case 'ú': case 'û': case 'ü': case 'ű': case 'ů':
                return 'u';
            case 'ý': case 'ÿ':
                return 'y';
            case 'ș': case 'ş': case 'š': case 'ś':
                return 's';
            case 'ț': case 'ţ': case 'ť':
                return 't';
            case 'ž': case 'ź': case 'ż':
                return 'z';
            case 'ł':
                return 'l';
            default:
                return c;
        }
    }

    /// <summary>Hash of the folded characters <c>text[start..start+length)</c>.</summary>
    public static int Hash(string text, int start, int length)
    {
        var hash = HashStart;
        for (var i = start; i < start + length; i++)
        {
            hash = HashNext(hash, Fold(text[i]));
        }

        return hash;
    }

    /// <summary>
    /// Hash of already folded characters: the same value <see cref="Hash(string, int, int)"/> gives for any text that folds
    /// to them (a table built with one is probed with the other).
    /// </summary>
    public static int HashFolded(ReadOnlySpan<char> folded)
    {
        var hash = HashStart;
        foreach (var c in folded)
        {
            hash = HashNext(hash, c);
        }

        return hash;
    }

    // FNV-1a over the folded characters.
    private const int HashStart = unchecked((int)2166136261);

    private static int HashNext(int hash, char c) => unchecked((hash ^ c) * 16777619);

    /// <summary>Whether the word <paramref name="word"/> of <paramref name="text"/> folds to <paramref name="folded"/>.</summary>
    public static bool EqualsFolded(string text, WordSpan word, string folded) => EqualsFolded(text, word.Start, word.Length, folded);

    /// <summary>Whether the word <paramref name="word"/> of <paramref name="text"/> folds to one of <paramref name="folded"/>.</summary>
    public static bool EqualsAnyFolded(string text, WordSpan word, string[] folded)
    {
        foreach (var candidate in folded)
        {
            if (EqualsFolded(text, word.Start, word.Length, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the words <paramref name="words"/> of <paramref name="text"/> folds to one of <paramref name="folded"/>.</summary>
    public static bool AnyEqualsAnyFolded(string text, ReadOnlySpan<WordSpan> words, string[] folded)
    {
        foreach (var word in words)
        {
            if (EqualsAnyFolded(text, word, folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <c>text[start..start+length)</c> folds to <paramref name="folded"/> (already folded).</summary>
    public static bool EqualsFolded(string text, int start, int length, string folded)
    {
        if (length != folded.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (Fold(text[start + i]) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The folded form of a whole string (used when building tables, never per member).</summary>
    public static string FoldAll(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            chars[i] = Fold(text[i]);
        }

        return new string(chars);
    }
}
