using System.Collections.Generic;

namespace PrivacyAnalyzers.Vocabulary.Literals;

/// <summary>
/// Payment card numbers: 13–19 digits passing the Luhn check, with an issuer prefix (IIN) and a length that issuer
/// uses — Visa, Mastercard, American Express, Discover, Diners Club, JCB, UnionPay, Maestro, Mir. Requiring a known
/// issuer keeps arbitrary long numbers (ids, timestamps) out. The public test numbers that payment providers publish
/// (4111 1111 1111 1111, 4242 4242 4242 4242, …) are not anyone's card and are not reported.
/// </summary>
internal static class PaymentCardValidator
{
    private static readonly HashSet<string> PublishedTestNumbers = new()
    {
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4222222222222",
        "4000000000000002", "4000000000000077", "4000000000003220", "4000002500003155", "4917610000000000",
        "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "5454545454545454",
        "378282246310005", "371449635398431", "378734493671000", "6011111111111117", "6011000990139424",
        "6011000400000000", "3530111333300000", "3566002020360505", "30569309025904", "38520000023237",
        "36227206271667", "6200000000000005", "6759649826438453",
    };

    public static bool IsValid(char[] digits, int count, out string issuer)
    {
        issuer = string.Empty;
        if (count < 13 || count > 19 || !Luhn(digits, count))
        {
            return false;
        }

        issuer = Issuer(digits, count);
        return issuer.Length > 0 && !PublishedTestNumbers.Contains(new string(digits, 0, count));
    }

    public static bool Luhn(char[] digits, int count)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = count - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    private static string Issuer(char[] d, int count)
    {
        int Prefix(int length)
        {
            var value = 0;
            for (var i = 0; i < length; i++)
            {
                value = value * 10 + (d[i] - '0');
            }

            return value;
        }

        var p2 = Prefix(2);
        var p3 = Prefix(3);
        var p4 = Prefix(4);
        var p6 = Prefix(6);

        if (d[0] == '4' && count is 13 or 16 or 19)
        {
            return "Visa";
        }

        if ((p2 is >= 51 and <= 55 || p4 is >= 2221 and <= 2720) && count == 16)
        {
            return "Mastercard";
        }

        if (p2 is 34 or 37 && count == 15)
        {
            return "American Express";
        }

        if (p4 is >= 2200 and <= 2204 && count is >= 16 and <= 19)
        {
            return "Mir";
        }

        if ((p4 == 6011 || p3 is >= 644 and <= 649 || p2 == 65 || p6 is >= 622126 and <= 622925) && count is >= 16 and <= 19)
        {
            return "Discover";
        }

        if (p4 is >= 3528 and <= 3589 && count is >= 16 and <= 19)
        {
            return "JCB";
        }

        if ((p3 is >= 300 and <= 305 || p2 is 36 or 38 or 39) && count is >= 14 and <= 19)
        {
            return "Diners Club";
        }

        if (p2 == 62 && count is >= 16 and <= 19)
        {
            return "UnionPay";
        }

        if ((p2 is 50 or (>= 56 and <= 58) || p4 is 6304 or 6759 || p3 == 639) && count is >= 13 and <= 19)
        {
            return "Maestro";
        }

        return string.Empty;
    }
}
