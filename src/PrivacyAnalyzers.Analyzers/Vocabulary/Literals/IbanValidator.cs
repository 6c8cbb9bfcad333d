using System.Collections.Generic;

namespace PrivacyAnalyzers.Vocabulary.Literals;

/// <summary>
/// International bank account numbers (ISO 13616): a country code, two check digits and a country-specific BBAN, of
/// the length the country registered; valid when the number, rearranged (first four characters moved to the end,
/// letters as 10–35), is 1 modulo 97. Written with or without spaces between groups.
/// </summary>
internal static class IbanValidator
{
    /// <summary>IBAN lengths of the SEPA countries and the other common registry entries.</summary>
    private static readonly Dictionary<string, int> Lengths = new()
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22,
        ["BH"] = 22, ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22,
        ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18, ["FO"] = 18, ["FR"] = 27,
        ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HR"] = 21, ["HU"] = 28,
        ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26, ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20,
        ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MC"] = 27, ["MD"] = 24,
        ["ME"] = 22, ["MK"] = 19, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NL"] = 18, ["NO"] = 15, ["PK"] = 24,
        ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["SA"] = 24, ["SC"] = 31,
        ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["ST"] = 25, ["SV"] = 28, ["TL"] = 23, ["TN"] = 24,
        ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20,
    };

    /// <summary>The registered length of a country's IBANs, or 0 when the country is not in the table.</summary>
    public static int LengthOf(char first, char second)
    {
        var key = new string(new[] { first, second });
        return Lengths.TryGetValue(key, out var length) ? length : 0;
    }

    /// <summary>
    /// Reads an IBAN starting at <paramref name="start"/> (country letters and check digits already seen there): exactly
    /// the country's length of letters and digits, single spaces allowed between them, then the end of the word.
    /// Returns whether it passes mod-97.
    /// </summary>
    public static bool TryRead(string text, int start, out int end)
    {
        end = start;
        var length = LengthOf(text[start], text[start + 1]);
        if (length == 0)
        {
            return false;
        }

        var buffer = new char[length];
        var count = 0;
        var i = start;
        while (i < text.Length && count < length)
        {
            var c = text[i];
            if (c == ' ' && count > 0 && i + 1 < text.Length && IsAlphanumeric(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsAlphanumeric(c))
            {
                return false;
            }

            buffer[count++] = char.ToUpperInvariant(c);
            i++;
        }

        if (count < length || (i < text.Length && IsAlphanumeric(text[i])))
        {
            return false;
        }

        end = i;
        return Mod97(buffer) == 1;
    }

    /// <summary>The remainder modulo 97 of the rearranged IBAN, computed digit by digit (no big integers).</summary>
    public static int Mod97(char[] iban)
    {
        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            if (c >= '0' && c <= '9')
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else
            {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
        }

        return remainder;
    }

    private static bool IsAlphanumeric(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
}
