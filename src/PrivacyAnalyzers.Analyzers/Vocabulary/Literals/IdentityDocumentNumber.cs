namespace PrivacyAnalyzers.Vocabulary.Literals;

/// <summary>
/// The shape of an identity-card series and number as Romanian cards print them, two letters then six digits
/// (<c>RX123456</c>, <c>RX 123456</c>, <c>RX-123456</c>). It has no check digit, so PRIV002 reports it only where the
/// code names it. Placeholders stay quiet: the letters <c>XX</c>, and six equal or consecutive digits (<c>000000</c>,
/// <c>123456</c>, <c>654321</c>).
/// </summary>
internal static class IdentityDocumentNumber
{
    public static bool Matches(string text)
    {
        var value = text.Trim();
        if (value.Length is < 8 or > 9)
        {
            return false;
        }

        if (!(IsUpper(value[0]) && IsUpper(value[1])) || (value[0] == 'X' && value[1] == 'X'))
        {
            return false;
        }

        var start = value.Length == 9 ? 3 : 2;
        if (value.Length == 9 && value[2] is not (' ' or '-'))
        {
            return false;
        }

        for (var i = start; i < value.Length; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return !IsPlaceholder(value, start);
    }

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool IsPlaceholder(string value, int start)
    {
        bool same = true, up = true, down = true;
        for (var i = start + 1; i < value.Length; i++)
        {
            same &= value[i] == value[i - 1];
            up &= value[i] == value[i - 1] + 1;
            down &= value[i] == value[i - 1] - 1;
        }

        return same || up || down;
    }
}
