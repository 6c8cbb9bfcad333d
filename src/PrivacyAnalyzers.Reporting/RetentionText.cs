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
            return LegalPhrases.Phrase("retention.zeroDays", language);
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
            return LegalPhrases.Phrase("retention.noRetentionPeriodHasBeenSet", language);
        }

        if (!Iso8601Duration.TryParse(retention, out var duration, out _))
        {
            return LegalPhrases.Phrase("retention.notAValidIso8601DurationThe", language, retention);
        }

        if (duration.IsZero && from != RetentionStart.Unspecified)
        {
            // "At most zero days after the end of the contract" is "until the end of the contract".
            return Until(from, language, addressingTheSubject, unansweredCommunications);
        }

        var words = Duration(retention, language)!;
        if (bound == RetentionBound.AtMost && !duration.IsZero)
        {
            words = LegalPhrases.Phrase("retention.forAtMost", language) + words;
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
        var both = primary + LegalPhrases.Phrase("retention.or", language) + alternative;
        return period.Combination switch
        {
            RetentionCombination.WhicheverIsSooner => both + LegalPhrases.Phrase("retention.whicheverIsSooner", language),
            RetentionCombination.WhicheverIsLater => both + LegalPhrases.Phrase("retention.whicheverIsLater", language),
            _ => both + LegalPhrases.Phrase("retention.whichOfTheTwoAppliesHasNot", language),
        };
    }

    /// <summary>"after collection" / "de la colectare".</summary>
    public static string After(RetentionStart from, ReportLanguage language, bool addressingTheSubject = true) => After(from, language, addressingTheSubject, 0);

    /// <summary>"after collection"; for <see cref="RetentionStart.UnansweredCommunications"/> with a count, "after 6 consecutive communications from us have gone unanswered".</summary>
    public static string After(RetentionStart from, ReportLanguage language, bool addressingTheSubject, int unansweredCommunications) => from switch
    {
        RetentionStart.UnansweredCommunications when unansweredCommunications > 0 => LegalPhrases.Phrase("retention.afterUnansweredCount", language)
            + Unanswered(unansweredCommunications, language, addressingTheSubject)
            + (unansweredCommunications == 1 ? LegalPhrases.Phrase("retention.afterOneHasGoneUnanswered", language) : LegalPhrases.Phrase("retention.afterSeveralHaveGoneUnanswered", language)),
        RetentionStart.Collection => LegalPhrases.Phrase("retention.afterCollection", language),
        RetentionStart.LastActivity => addressingTheSubject
            ? LegalPhrases.Phrase("retention.afterYourLastActivity", language)
            : LegalPhrases.Phrase("retention.afterTheLastActivity", language),
        RetentionStart.EndOfContract => LegalPhrases.Phrase("retention.afterTheEndOfTheContract", language),
        RetentionStart.ConsentWithdrawal => addressingTheSubject
            ? LegalPhrases.Phrase("retention.afterYouWithdrawYourConsent", language)
            : LegalPhrases.Phrase("retention.afterConsentIsWithdrawn", language),
        RetentionStart.AccountClosure => addressingTheSubject
            ? LegalPhrases.Phrase("retention.afterYourAccountIsClosed", language)
            : LegalPhrases.Phrase("retention.afterTheAccountIsClosed", language),
        RetentionStart.UnansweredCommunications => addressingTheSubject
            ? LegalPhrases.Phrase("retention.afterYouStopRespondingToOurCommunications", language)
            : LegalPhrases.Phrase("retention.afterThePersonStopsRespondingToCommunications", language),
        RetentionStart.StatutoryPeriodEnd => LegalPhrases.Phrase("retention.afterTheEndOfThePeriodRequired", language),
        _ => string.Empty,
    };

    private static string Until(RetentionStart from, ReportLanguage language, bool addressingTheSubject, int unansweredCommunications = 0) => from switch
    {
        RetentionStart.UnansweredCommunications when unansweredCommunications > 0 => LegalPhrases.Phrase("retention.untilUnansweredCount", language)
            + Unanswered(unansweredCommunications, language, addressingTheSubject)
            + (unansweredCommunications == 1 ? LegalPhrases.Phrase("retention.untilOneHasGoneUnanswered", language) : LegalPhrases.Phrase("retention.untilSeveralHaveGoneUnanswered", language)),
        RetentionStart.Collection => LegalPhrases.Phrase("retention.notKeptAfterCollection", language),
        RetentionStart.LastActivity => addressingTheSubject
            ? LegalPhrases.Phrase("retention.untilYourLastActivity", language)
            : LegalPhrases.Phrase("retention.untilTheLastActivity", language),
        RetentionStart.EndOfContract => LegalPhrases.Phrase("retention.untilTheEndOfTheContract", language),
        RetentionStart.ConsentWithdrawal => addressingTheSubject
            ? LegalPhrases.Phrase("retention.untilYouWithdrawYourConsent", language)
            : LegalPhrases.Phrase("retention.untilConsentIsWithdrawn", language),
        RetentionStart.AccountClosure => addressingTheSubject
            ? LegalPhrases.Phrase("retention.untilYourAccountIsClosed", language)
            : LegalPhrases.Phrase("retention.untilTheAccountIsClosed", language),
        RetentionStart.UnansweredCommunications => addressingTheSubject
            ? LegalPhrases.Phrase("retention.untilYouStopRespondingToOurCommunications", language)
            : LegalPhrases.Phrase("retention.untilThePersonStopsRespondingToCommunications", language),
        RetentionStart.StatutoryPeriodEnd => LegalPhrases.Phrase("retention.untilTheEndOfThePeriodRequired", language),
        _ => string.Empty,
    };

    /// <summary>
    /// "6 consecutive communications from us" / "6 comunicări consecutive din partea noastră" (the record, in the third
    /// person: "6 consecutive communications" / "6 comunicări consecutive"); one is "1 communication".
    /// </summary>
    private static string Unanswered(int count, ReportLanguage language, bool addressingTheSubject) =>
        Quantity(count, "communication", "consecutive communications", "comunicare", "comunicări consecutive", language)
        + (addressingTheSubject ? LegalPhrases.Phrase("retention.unansweredFromUs", language) : string.Empty);

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
        var conjunction = LegalPhrases.Phrase("retention.and", language);
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
                builder.Append(i == items.Count - 1 ? LegalPhrases.Phrase("retention.and", language) : ", ");
            }

            builder.Append(items[i]);
        }

        return builder.ToString();
    }
}
