namespace PrivacyAnalyzers.Vocabulary.Literals;

/// <summary>
/// Looks for personal data in the text of one string literal. Cheap first: one pass counts digits and finds '@'
/// (most literals stop there: fewer than 8 digits and no '@'); only then are e-mail addresses, IBANs and digit groups
/// (CNP, card, phone) read and validated. No regular expressions, no allocation for literals that are rejected early.
/// </summary>
internal static class LiteralScanner
{
    private const int MinimumDigits = 8;
    private const int MaxGroupDigits = 19;

    public static LiteralFinding? Scan(string text, LiteralKinds kinds)
    {
        if (text.Length < 6 || kinds == LiteralKinds.None)
        {
            return null;
        }

        var digits = 0;
        var hasAt = false;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c == '@')
            {
                hasAt = true;
            }
        }

        if (hasAt && (kinds & LiteralKinds.Email) != 0 && FindEmail(text))
        {
            return new LiteralFinding(LiteralKinds.Email, "an e-mail address");
        }

        if (digits < MinimumDigits)
        {
            return null;
        }

        if ((kinds & LiteralKinds.Iban) != 0 && FindIban(text) is { } country)
        {
            return new LiteralFinding(LiteralKinds.Iban, $"an IBAN ({country})");
        }

        return (kinds & (LiteralKinds.Cnp | LiteralKinds.PaymentCard | LiteralKinds.Phone)) != 0 ? FindNumber(text, kinds) : null;
    }

    private static bool FindEmail(string text)
    {
        for (var at = text.IndexOf('@'); at >= 0; at = text.IndexOf('@', at + 1))
        {
            if (EmailAddressValidator.IsPersonalAddressAt(text, at))
            {
                return true;
            }
        }

        return false;
    }

    private static string? FindIban(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (text[i] is >= 'A' and <= 'Z' && text[i + 1] is >= 'A' and <= 'Z' && text[i + 2] is >= '0' and <= '9' && text[i + 3] is >= '0' and <= '9'
                && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
                && IbanValidator.TryRead(text, i, out _))
            {
                return text.Substring(i, 2);
            }
        }

        return null;
    }

    /// <summary>Reads each group of digits (single spaces, hyphens, dots or slashes between them; an optional leading '+').</summary>
    private static LiteralFinding? FindNumber(string text, LiteralKinds kinds)
    {
        char[]? buffer = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var plus = c == '+' && i + 1 < text.Length && text[i + 1] is >= '0' and <= '9';
            if (!(plus || c is >= '0' and <= '9') || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            buffer ??= new char[MaxGroupDigits + 1];
            var count = 0;
            var separators = false;
            var cardSeparatorsOnly = true;
            var j = plus ? i + 1 : i;
            while (j < text.Length)
            {
                var d = text[j];
                if (d is >= '0' and <= '9')
                {
                    if (count <= MaxGroupDigits)
                    {
                        buffer[count] = d;
                    }

                    count++;
                    j++;
                }
                else if (d is ' ' or '-' or '.' or '/' && j + 1 < text.Length && text[j + 1] is >= '0' and <= '9' && count > 0)
                {
                    separators = true;
                    cardSeparatorsOnly &= d is ' ' or '-';
                    j++;
                }
                else
                {
                    break;
                }
            }

            var bounded = j >= text.Length || !char.IsLetter(text[j]);
            if (bounded && count <= MaxGroupDigits && Classify(buffer, count, plus, separators, cardSeparatorsOnly, kinds) is { } finding)
            {
                return finding;
            }

            i = j + 1;
        }

        return null;
    }

    private static LiteralFinding? Classify(char[] digits, int count, bool plus, bool separators, bool cardSeparators, LiteralKinds kinds)
    {
        if (!plus && !separators && count == 13 && (kinds & LiteralKinds.Cnp) != 0 && CnpValidator.IsValid(digits))
        {
            return new LiteralFinding(LiteralKinds.Cnp, "a Romanian CNP (personal numeric code)");
        }

        if (!plus && cardSeparators && (kinds & LiteralKinds.PaymentCard) != 0 && PaymentCardValidator.IsValid(digits, count, out var issuer))
        {
            return new LiteralFinding(LiteralKinds.PaymentCard, $"a payment card number ({issuer})");
        }

        if ((kinds & LiteralKinds.Phone) != 0 && PhoneNumberValidator.IsPhoneNumber(digits, count, plus))
        {
            return new LiteralFinding(LiteralKinds.Phone, "a phone number");
        }

        return null;
    }
}
