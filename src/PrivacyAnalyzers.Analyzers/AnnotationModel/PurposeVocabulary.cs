using System.Collections.Generic;
using System.Collections.Immutable;
using PrivacyAnalyzers.Vocabulary;

namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>What a purpose text says the processing is for, as far as the legal-basis rules (PRIV050–PRIV052) care.</summary>
internal enum PurposeKind
{
    /// <summary>Authentication, log-in, account or network and information security (Recital 49), fraud prevention (Recital 47).</summary>
    Security = 0,

    /// <summary>Storage the service cannot work without besides security: a shopping cart, load balancing (ePrivacy Art. 5(3)).</summary>
    StrictlyNecessaryStorage = 1,

    /// <summary>Delivering the service or performing the contract itself: providing the service, the account, delivery, payment, invoicing.</summary>
    ServiceDelivery = 2,
}

/// <summary>One purpose that matched: the purpose as written, its kind, and the words that decided.</summary>
internal readonly struct PurposeMatch
{
    public PurposeMatch(string purpose, PurposeKind kind, string words)
    {
        Purpose = purpose;
        Kind = kind;
        Words = words;
    }

    /// <summary>One purpose of the list, trimmed, as written.</summary>
    public string Purpose { get; }

    public PurposeKind Kind { get; }

    /// <summary>The vocabulary entry that matched, as the message quotes it: "authentication", "log in", "provide … service".</summary>
    public string Words { get; }
}

/// <summary>
/// The one home of the purpose words the legal-basis rules recognise, in English and Romanian (diacritics optional:
/// "securitate", "securității", "fraudelor", "coșul de cumpărături"). Matching is deliberately conservative: a word
/// must start with a listed stem, a two-part entry needs its second word within a few words of the first ("provide the
/// User with access to the Service"), and some words are excluded where they mean something else ("social security").
/// A purpose such as "marketing e-mails", "newsletter" or "advertising" matches nothing.
/// </summary>
internal static class PurposeVocabulary
{
    /// <summary>How many words may stand between the two parts of a two-part entry.</summary>
    private const int Window = 6;

    private static readonly Entry[] Entries =
    {
        // Security (Recital 49), authentication and log-in, fraud prevention (Recital 47).
        new(PurposeKind.Security, "authentication", new[] { "authenticat", "autentific" }),
        new(PurposeKind.Security, "log in", new[] { "login", "logon", "logare", "logarea" }, exact: true),
        new(PurposeKind.Security, "log in", new[] { "log", "logs", "logging", "logged" }, new[] { "in", "into", "on" }, exact: true, window: 0),
        new(PurposeKind.Security, "sign in", new[] { "sign", "signing", "signed" }, new[] { "in", "into", "on" }, exact: true, window: 0),
        new(PurposeKind.Security, "security", new[] { "securit" }, notBefore: new[] { "social" }, notAfter: new[] { "social", "sociala", "sociale" }, except: new[] { "securities" }),
        new(PurposeKind.Security, "fraud", new[] { "fraud" }),

        // Strictly necessary storage other than security (Article 29 Working Party, Opinion 04/2012).
        new(PurposeKind.StrictlyNecessaryStorage, "shopping cart", new[] { "cart", "carts", "basket", "baskets" }, exact: true),
        new(PurposeKind.StrictlyNecessaryStorage, "shopping cart", new[] { "cos", "cosul", "cosului" }, new[] { "cumparaturi" }, exact: true, window: 1),
        new(PurposeKind.StrictlyNecessaryStorage, "load balancing", new[] { "load" }, new[] { "balanc" }, window: 0),
        new(PurposeKind.StrictlyNecessaryStorage, "load balancing", new[] { "echilibrar" }, new[] { "incarcar", "sarcin" }, window: 1),

        // The service or the contract itself.
        new(PurposeKind.ServiceDelivery, "contract", new[] { "contract" }),
        new(PurposeKind.ServiceDelivery, "provide … service", new[] { "provid", "provision", "deliver", "operat", "perform", "supply", "supplying", "furniza", "furnizar", "furnizam", "presta", "prestar" }, new[] { "service", "servici" }),
        new(PurposeKind.ServiceDelivery, "access … account", new[] { "access", "acces" }, new[] { "account", "accounts", "cont", "contul", "contului", "service", "servici" }, secondExact: new[] { true, true, true, true, true, false, false }),
        new(PurposeKind.ServiceDelivery, "deliver … order", new[] { "deliver", "livr", "expedi" }, new[] { "order", "goods", "product", "purchase", "comand", "comenz", "produs", "bunur" }),
        new(PurposeKind.ServiceDelivery, "payment", new[] { "process", "prelucr", "procesar", "efectu", "refund" }, new[] { "payment", "plata", "platii", "plati", "platilor" }, secondExact: new[] { false, true, true, true, true }),
        new(PurposeKind.ServiceDelivery, "invoicing", new[] { "invoic", "billing", "factur" }),
    };

    /// <summary>The purposes of <paramref name="purposeList"/> (semicolon-separated) that match, first match per purpose and kind.</summary>
    public static ImmutableArray<PurposeMatch> Match(string? purposeList)
    {
        var purposes = AnnotationReader.SplitList(purposeList);
        if (purposes.IsEmpty)
        {
            return ImmutableArray<PurposeMatch>.Empty;
        }

        ImmutableArray<PurposeMatch>.Builder? matches = null;
        foreach (var purpose in purposes)
        {
            var words = Words(purpose);
            var seen = 0;
            foreach (var entry in Entries)
            {
                var bit = 1 << (int)entry.Kind;
                if ((seen & bit) == 0 && entry.Matches(words))
                {
                    seen |= bit;
                    (matches ??= ImmutableArray.CreateBuilder<PurposeMatch>()).Add(new PurposeMatch(purpose, entry.Kind, entry.Words));
                }
            }
        }

        return matches?.ToImmutable() ?? ImmutableArray<PurposeMatch>.Empty;
    }

    /// <summary>Whether every purpose of the list matched one of <paramref name="kinds"/> (false for an empty list).</summary>
    public static bool EveryPurposeIs(string? purposeList, ImmutableArray<PurposeMatch> matches, params PurposeKind[] kinds)
    {
        var purposes = AnnotationReader.SplitList(purposeList);
        if (purposes.IsEmpty)
        {
            return false;
        }

        foreach (var purpose in purposes)
        {
            var found = false;
            foreach (var match in matches)
            {
                if (match.Purpose == purpose && System.Array.IndexOf(kinds, match.Kind) >= 0)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> names cookies ("cookie", "cookies", "modulele cookie").</summary>
    public static bool MentionsCookies(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var word in Words(text))
        {
            if (word.StartsWith("cookie", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folded words (letters and digits) of a text: "Log-in (Coșul)" → log, in, cosul.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(TextFolding.FoldAll(text.Substring(start, i - start)));
                start = -1;
            }
        }

        return words;
    }

    private sealed class Entry
    {
        private readonly string[] _first;
        private readonly string[]? _second;
        private readonly bool _exact;
        private readonly bool[]? _secondExact;
        private readonly int _window;
        private readonly string[]? _notBefore;
        private readonly string[]? _notAfter;
        private readonly string[]? _except;

        public Entry(PurposeKind kind, string words, string[] first, string[]? second = null, bool exact = false, int window = Window, bool[]? secondExact = null, string[]? notBefore = null, string[]? notAfter = null, string[]? except = null)
        {
            _except = except;
            Kind = kind;
            Words = words;
            _first = first;
            _second = second;
            _exact = exact;
            _secondExact = secondExact;
            _window = window;
            _notBefore = notBefore;
            _notAfter = notAfter;
        }

        public PurposeKind Kind { get; }

        public string Words { get; }

        public bool Matches(List<string> words)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (!Starts(words[i], _first, _exact, null)
                    || (_except is not null && Starts(words[i], _except, true, null))
                    || (_notBefore is not null && i > 0 && Starts(words[i - 1], _notBefore, true, null))
                    || (_notAfter is not null && i + 1 < words.Count && Starts(words[i + 1], _notAfter, true, null)))
                {
                    continue;
                }

                if (_second is null)
                {
                    return true;
                }

                for (var j = i + 1; j < words.Count && j <= i + 1 + _window; j++)
                {
                    if (Starts(words[j], _second, _exact, _secondExact))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Starts(string word, string[] stems, bool exact, bool[]? exactPerStem)
        {
            for (var k = 0; k < stems.Length; k++)
            {
                var whole = exactPerStem?[k] ?? exact;
                if (whole ? word == stems[k] : word.StartsWith(stems[k], System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
