namespace PrivacyAnalyzers.Vocabulary.Literals;

/// <summary>
/// The Romanian personal numeric code (CNP): 13 digits S YY MM DD JJ NNN C.
/// S is the sex and century digit (1/2: 1900–1999, 3/4: 1800–1899, 5/6: 2000–2099, 7/8: foreign residents, 9: foreigners);
/// YYMMDD must be a real date; JJ is the county code (01–46 counties and Bucharest sectors 1–6, 47–48 the former
/// sectors 7–8, 51 Călărași, 52 Giurgiu; 49 and 50 were never assigned); C is the check digit: the sum of the first 12
/// digits weighted by 279146358279, modulo 11, with 10 written as 1.
/// </summary>
internal static class CnpValidator
{
    private const string Weights = "279146358279";

    /// <summary>Whether <paramref name="digits"/>[start..start+13) is a valid CNP (the caller has checked they are digits).</summary>
    public static bool IsValid(char[] digits, int start = 0)
    {
        int D(int i) => digits[start + i] - '0';

        var sex = D(0);
        if (sex == 0)
        {
            return false;
        }

        var year = D(1) * 10 + D(2);
        var month = D(3) * 10 + D(4);
        var day = D(5) * 10 + D(6);
        var fullYear = sex switch
        {
            1 or 2 => 1900 + year,
            3 or 4 => 1800 + year,
            5 or 6 => 2000 + year,
            // Residents and foreigners: the century is not encoded; 29 February is accepted in any year divisible by 4.
            _ => 2000 + year,
        };
        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(fullYear, month))
        {
            return false;
        }

        var county = D(7) * 10 + D(8);
        if (county is < 1 or > 52 or 49 or 50)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += D(i) * (Weights[i] - '0');
        }

        var check = sum % 11;
        if (check == 10)
        {
            check = 1;
        }

        return check == D(12);
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
