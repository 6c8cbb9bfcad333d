namespace PrivacyAnalyzers.Vocabulary.Literals;

/// <summary>
/// Phone numbers: Romanian numbers in national form (mobile <c>07xx xxx xxx</c>, landline <c>021 xxx xxxx</c>,
/// <c>02xx</c>/<c>03xx</c>), with <c>+40</c> or <c>0040</c>, and international numbers in E.164 form (<c>+</c>, a country
/// code not starting with 0, 8–15 digits in all). Not reported: placeholders whose subscriber part is one repeated digit
/// or a run (<c>0712 345 678</c>, <c>0700 000 000</c>), North American fictional numbers (<c>+1 NXX 555 01xx</c>) and the
/// UK's drama range (<c>+44 7700 900xxx</c>).
/// </summary>
internal static class PhoneNumberValidator
{
    /// <summary>Whether the digits (without separators) are a phone number; <paramref name="plus"/> when written with '+'.</summary>
    public static bool IsPhoneNumber(char[] d, int count, bool plus)
    {
        if (plus)
        {
            if (count >= 2 && d[0] == '4' && d[1] == '0')
            {
                return IsRomanianSubscriber(d, 2, count - 2);
            }

            return count is >= 8 and <= 15 && d[0] != '0' && !IsFictional(d, count) && !IsPlaceholder(d, count - 7, 7);
        }

        if (count == 13 && d[0] == '0' && d[1] == '0' && d[2] == '4' && d[3] == '0')
        {
            return IsRomanianSubscriber(d, 4, 9);
        }

        return count == 10 && d[0] == '0' && IsRomanianSubscriber(d, 1, 9);
    }

    /// <summary>The nine digits after the country code or the trunk 0: 7xx xxx xxx, 2x/3x landlines.</summary>
    private static bool IsRomanianSubscriber(char[] d, int start, int length) =>
        length == 9
        && d[start] is '2' or '3' or '7'
        && d[start + 1] != '0'
        && !IsPlaceholder(d, start + 1, 8);

    /// <summary>Digits that are one repeated digit, or an ascending or descending run (12345678, 98765432).</summary>
    private static bool IsPlaceholder(char[] d, int start, int length)
    {
        bool same = true, up = true, down = true;
        for (var i = start + 1; i < start + length; i++)
        {
            same &= d[i] == d[i - 1];
            up &= d[i] - d[i - 1] == 1 || (d[i] == '0' && d[i - 1] == '9');
            down &= d[i - 1] - d[i] == 1;
        }

        return same || up || down;
    }

    private static bool IsFictional(char[] d, int count)
    {
        // +1 NXX 555 01XX (North American numbering plan fiction range).
        if (count == 11 && d[0] == '1' && d[4] == '5' && d[5] == '5' && d[6] == '5' && d[7] == '0' && d[8] == '1')
        {
            return true;
        }

        // +44 7700 900XXX (Ofcom drama numbers).
        return count == 12 && new string(d, 0, 9) == "447700900";
    }
}
