using System;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Splits an identifier into words without allocating: PascalCase and camelCase (<c>dataNasterii</c>), snake_case and
/// kebab-case (<c>nume_client</c>), digits (<c>Address2</c>) and acronyms (<c>CNP</c>, <c>IBANCode</c> → IBAN Code,
/// <c>userSSN</c> → user SSN, <c>IPAddress</c> → IP Address, <c>IPv4</c> → IPv 4).
/// </summary>
internal static class IdentifierSplitter
{
    /// <summary>Writes the words of <paramref name="identifier"/> into <paramref name="words"/>; returns how many (at most its length).</summary>
    public static int Split(string identifier, Span<WordSpan> words)
    {
        var count = 0;
        var position = 0;
        while (count < words.Length && TryNext(identifier, ref position, out var word))
        {
            words[count++] = word;
        }

        return count;
    }

    /// <summary>The word that starts at or after <paramref name="position"/>; advances past it.</summary>
    public static bool TryNext(string text, ref int position, out WordSpan word)
    {
        var length = text.Length;
        var i = position;
        while (i < length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i >= length)
        {
            position = length;
            word = default;
            return false;
        }

        var start = i;
        var first = text[i];
        if (char.IsDigit(first))
        {
            while (i < length && char.IsDigit(text[i]))
            {
                i++;
            }
        }
        else if (char.IsUpper(first))
        {
            var upperEnd = i + 1;
            while (upperEnd < length && char.IsUpper(text[upperEnd]))
            {
                upperEnd++;
            }

            var run = upperEnd - i;
            if (run == 1)
            {
                i = SkipLower(text, upperEnd);
            }
            else if (upperEnd < length && IsLowerLetter(text[upperEnd]))
            {
                // "IPv4": an acronym followed by one lower-case letter and a digit keeps the letter.
                if ((upperEnd + 1 >= length || !char.IsLetter(text[upperEnd + 1])) && run >= 2)
                {
                    i = upperEnd + 1;
                }
                else
                {
                    // "IBANCode": the last capital starts the next word.
                    i = upperEnd - 1;
                }
            }
            else
            {
                i = upperEnd;
            }
        }
        else
        {
            i = SkipLower(text, i + 1);
        }

        position = i;
        word = new WordSpan(start, i - start);
        return true;
    }

    private static int SkipLower(string text, int i)
    {
        while (i < text.Length && IsLowerLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    // Letters that are not capitals (lower-case, and scripts without case) continue a word.
    private static bool IsLowerLetter(char c) => char.IsLetter(c) && !char.IsUpper(c);
}
