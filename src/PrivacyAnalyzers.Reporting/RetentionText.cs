using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PrivacyAnalyzers.Durations;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// Puts a retention (ISO 8601 duration and the event that starts it) into words: "1 year after collection",
/// "3 years after the end of the contract"; in Romanian "1 an de la colectare", "3 ani de la încetarea contractului",
/// with the Romanian plural rules (1 an, 2 ani, 20 de ani; 1 lună, 6 luni, 24 de luni).
/// </summary>
public static class RetentionText
{
    /// <summary>The duration in words ("1 year and 6 months", "1 an și 6 luni"), or null when it is not a valid duration.</summary>
    public static string? Duration(string? iso, ReportLanguage language)
    {
        if (!Iso8601Duration.TryParse(iso, out var duration, out _))
        {
            return null;
        }

        var parts = new List<string>();
        void Add(long count, string enOne, string enMany, string roOne, string roMany)
        {
            if (count > 0)
            {
                parts.Add(Quantity(count, enOne, enMany, roOne, roMany, language));
            }
        }

        Add(duration.Years, "year", "years", "an", "ani");
        Add(duration.Months, "month", "months", "lună", "luni");
        Add(duration.Weeks, "week", "weeks", "săptămână", "săptămâni");
        Add(duration.Days, "day", "days", "zi", "zile");
        Add(duration.Hours, "hour", "hours", "oră", "ore");
        Add(duration.Minutes, "minute", "minutes", "minut", "minute");
        Add(duration.Seconds, "second", "seconds", "secundă", "secunde");
        if (parts.Count == 0)
        {
            return language.Pick("0 days", "0 zile");
        }

        return JoinList(parts, language);
    }

    /// <summary>
    /// The whole retention as a policy states it: "1 year after collection", "until the end of the contract" (for a zero
    /// duration), "1 an de la colectare". A missing or invalid duration says so plainly. <paramref name="addressingTheSubject"/>
    /// false gives the third-person wording of a record ("after the last activity" instead of "after your last activity").
    /// </summary>
    public static string Describe(string? retention, RetentionStart from, ReportLanguage language, bool addressingTheSubject = true) =>
        Describe(retention, from, language, addressingTheSubject, RetentionBound.Exactly, 0);

    /// <summary>
    /// The retention as a policy states it, with its bound ("for at most 3 years after the end of the contract", "cel
    /// mult 3 ani de la încetarea contractului") and, for a start of <see cref="RetentionStart.UnansweredCommunications"/>,
    /// the number of communications ("until 6 consecutive communications from us have gone unanswered").
    /// </summary>
    public static string Describe(string? retention, RetentionStart from, ReportLanguage language, bool addressingTheSubject, RetentionBound bound, int unansweredCommunications)
    {
        if (retention is null)
        {
            return language.Pick("no retention period has been set", "nu a fost stabilită o perioadă de păstrare");
        }

        if (!Iso8601Duration.TryParse(retention, out var duration, out _))
        {
            return language.Pick(
                $"\"{retention}\" (not a valid ISO 8601 duration; the period cannot be stated)",
                $"„{retention}” (nu este o durată ISO 8601 validă; perioada nu poate fi precizată)");
        }

        if (duration.IsZero && from != RetentionStart.Unspecified)
        {
            // "At most zero days after the end of the contract" is "until the end of the contract".
            return Until(from, language, addressingTheSubject, unansweredCommunications);
        }

        var words = Duration(retention, language)!;
        if (bound == RetentionBound.AtMost && !duration.IsZero)
        {
            words = language.Pick("for at most ", "cel mult ") + words;
        }

        return from == RetentionStart.Unspecified ? words : words + " " + After(from, language, addressingTheSubject, unansweredCommunications);
    }

    /// <summary>
    /// A whole retention period: the retention, and when a second end is stated, "…, or …, whichever is sooner" /
    /// "…, whichever is later" ("…, oricare dintre acestea intervine mai devreme / mai târziu"). Two ends with no
    /// combination declared are both stated, and the text says that which one applies has not been declared — a policy
    /// must not pick one for the controller.
    /// </summary>
    public static string Describe(RetentionPeriod period, ReportLanguage language, bool addressingTheSubject = true)
    {
        var primary = Describe(period.Retention, period.From, language, addressingTheSubject, period.Bound, period.UnansweredCommunications);
        if (!period.HasAlternative)
        {
            return primary;
        }

        var alternative = period.Alternative is null && period.AlternativeFrom != RetentionStart.Unspecified
            ? Until(period.AlternativeFrom, language, addressingTheSubject, period.UnansweredCommunications)
            : Describe(period.Alternative, period.AlternativeFrom, language, addressingTheSubject, RetentionBound.Exactly, period.UnansweredCommunications);
        var both = primary + language.Pick(", or ", " sau ") + alternative;
        return period.Combination switch
        {
            RetentionCombination.WhicheverIsSooner => both + language.Pick(", whichever is sooner", ", oricare dintre acestea intervine mai devreme"),
            RetentionCombination.WhicheverIsLater => both + language.Pick(", whichever is later", ", oricare dintre acestea intervine mai târziu"),
            _ => both + language.Pick(" (which of the two applies has not been declared)", " (nu s-a precizat care dintre cele două se aplică)"),
        };
    }

    /// <summary>"after collection" / "de la colectare".</summary>
    public static string After(RetentionStart from, ReportLanguage language, bool addressingTheSubject = true) => After(from, language, addressingTheSubject, 0);

    /// <summary>"after collection"; for <see cref="RetentionStart.UnansweredCommunications"/> with a count, "after 6 consecutive communications from us have gone unanswered".</summary>
    public static string After(RetentionStart from, ReportLanguage language, bool addressingTheSubject, int unansweredCommunications) => from switch
    {
        RetentionStart.UnansweredCommunications when unansweredCommunications > 0 => language.Pick("after ", "de la momentul în care ")
            + Unanswered(unansweredCommunications, language, addressingTheSubject)
            + (unansweredCommunications == 1 ? language.Pick(" has gone unanswered", " a rămas fără răspuns") : language.Pick(" have gone unanswered", " au rămas fără răspuns")),
        RetentionStart.Collection => language.Pick("after collection", "de la colectare"),
        RetentionStart.LastActivity => addressingTheSubject
            ? language.Pick("after your last activity", "de la ultima dumneavoastră activitate")
            : language.Pick("after the last activity", "de la ultima activitate"),
        RetentionStart.EndOfContract => language.Pick("after the end of the contract", "de la încetarea contractului"),
        RetentionStart.ConsentWithdrawal => addressingTheSubject
            ? language.Pick("after you withdraw your consent", "de la retragerea consimțământului")
            : language.Pick("after consent is withdrawn", "de la retragerea consimțământului"),
        RetentionStart.AccountClosure => addressingTheSubject
            ? language.Pick("after your account is closed", "de la închiderea contului")
            : language.Pick("after the account is closed", "de la închiderea contului"),
        RetentionStart.UnansweredCommunications => addressingTheSubject
            ? language.Pick("after you stop responding to our communications", "de la momentul în care nu mai răspundeți comunicărilor noastre")
            : language.Pick("after the person stops responding to communications", "de la momentul în care persoana nu mai răspunde comunicărilor"),
        RetentionStart.StatutoryPeriodEnd => language.Pick("after the end of the period required by law", "de la expirarea termenului prevăzut de lege"),
        _ => string.Empty,
    };

    private static string Until(RetentionStart from, ReportLanguage language, bool addressingTheSubject, int unansweredCommunications = 0) => from switch
    {
        RetentionStart.UnansweredCommunications when unansweredCommunications > 0 => language.Pick("until ", "până când ")
            + Unanswered(unansweredCommunications, language, addressingTheSubject)
            + (unansweredCommunications == 1 ? language.Pick(" has gone unanswered", " rămâne fără răspuns") : language.Pick(" have gone unanswered", " rămân fără răspuns")),
        RetentionStart.Collection => language.Pick("not kept after collection", "nu sunt păstrate după colectare"),
        RetentionStart.LastActivity => addressingTheSubject
            ? language.Pick("until your last activity", "până la ultima dumneavoastră activitate")
            : language.Pick("until the last activity", "până la ultima activitate"),
        RetentionStart.EndOfContract => language.Pick("until the end of the contract", "până la încetarea contractului"),
        RetentionStart.ConsentWithdrawal => addressingTheSubject
            ? language.Pick("until you withdraw your consent", "până la retragerea consimțământului")
            : language.Pick("until consent is withdrawn", "până la retragerea consimțământului"),
        RetentionStart.AccountClosure => addressingTheSubject
            ? language.Pick("until your account is closed", "până la închiderea contului")
            : language.Pick("until the account is closed", "până la închiderea contului"),
        RetentionStart.UnansweredCommunications => addressingTheSubject
            ? language.Pick("until you stop responding to our communications", "până când nu mai răspundeți comunicărilor noastre")
            : language.Pick("until the person stops responding to communications", "până când persoana nu mai răspunde comunicărilor"),
        RetentionStart.StatutoryPeriodEnd => language.Pick("until the end of the period required by law", "până la expirarea termenului prevăzut de lege"),
        _ => string.Empty,
    };

    /// <summary>
    /// "6 consecutive communications from us" / "6 comunicări consecutive din partea noastră" (the record, in the third
    /// person: "6 consecutive communications" / "6 comunicări consecutive"); one is "1 communication".
    /// </summary>
    private static string Unanswered(int count, ReportLanguage language, bool addressingTheSubject) =>
        Quantity(count, "communication", "consecutive communications", "comunicare", "comunicări consecutive", language)
        + (addressingTheSubject ? language.Pick(" from us", " din partea noastră") : string.Empty);

    /// <summary>
    /// A count with its noun. Romanian puts "de" between the number and the noun when the number's last two digits are
    /// 00 or 20–99 (20 de ani, 100 de zile, 101 zile, 119 zile, 120 de zile).
    /// </summary>
    public static string Quantity(long count, string enOne, string enMany, string roOne, string roMany, ReportLanguage language)
    {
        var number = count.ToString(CultureInfo.InvariantCulture);
        if (language == ReportLanguage.English)
        {
            return number + " " + (count == 1 ? enOne : enMany);
        }

        if (count == 1)
        {
            return number + " " + roOne;
        }

        var lastTwo = count % 100;
        return lastTwo == 0 || lastTwo >= 20 ? number + " de " + roMany : number + " " + roMany;
    }

    /// <summary>"a, b and c" / "a, b și c".</summary>
    internal static string JoinList(IReadOnlyList<string> items, ReportLanguage language)
    {
        if (items.Count == 1)
        {
            return items[0];
        }

        // An item that holds the conjunction itself ("messages and correspondence") would make "a, b and c and d"
        // ambiguous: such lists are separated by semicolons instead.
        var conjunction = language.Pick(" and ", " și ");
        foreach (var item in items)
        {
            if (item.IndexOf(conjunction, System.StringComparison.Ordinal) >= 0)
            {
                return string.Join("; ", items);
            }
        }

        var builder = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(i == items.Count - 1 ? language.Pick(" and ", " și ") : ", ");
            }

            builder.Append(items[i]);
        }

        return builder.ToString();
    }
}
