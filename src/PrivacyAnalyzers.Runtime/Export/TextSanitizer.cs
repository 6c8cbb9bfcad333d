using System.Text;

namespace PrivacyAnalyzers.Export;

/// <summary>Makes any .NET string writable: lone surrogates (not Unicode text) and, for XML, characters XML 1.0 forbids become U+FFFD.</summary>
internal static class TextSanitizer
{
    public const char Replacement = '\uFFFD';

    /// <summary>The string with every lone surrogate replaced by U+FFFD (the same instance when there is none).</summary>
    public static string ForUnicode(string value) => Sanitize(value, xml: false);

    /// <summary>The string with every character XML 1.0 does not allow (controls other than tab, LF, CR; U+FFFE, U+FFFF; lone surrogates) replaced by U+FFFD.</summary>
    public static string ForXml(string value) => Sanitize(value, xml: true);

    private static string Sanitize(string value, bool xml)
    {
        var first = FirstInvalid(value, xml);
        if (first < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        builder.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
            }
            else
            {
                builder.Append(IsValid(c, xml) ? c : Replacement);
            }
        }

        return builder.ToString();
    }

    private static int FirstInvalid(string value, bool xml)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x20 || c >= 0xD800)
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                if (!IsValid(c, xml))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    // Called for characters that are not part of a surrogate pair.
    private static bool IsValid(char c, bool xml)
    {
        if (char.IsSurrogate(c))
        {
            return false;
        }

        if (!xml)
        {
            return true;
        }

        return c >= 0x20 ? c != '\uFFFE' && c != '\uFFFF' : c is '\t' or '\n' or '\r';
    }
}
