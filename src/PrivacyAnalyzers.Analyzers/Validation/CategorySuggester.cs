using System;
using System.Collections.Generic;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// Finds the category id a misspelt or unknown one most likely meant (PRIV014 and its code fix), in this order:
/// the same id in another case (<c>Contact.EMail</c> → <c>Contact.Email</c>); a well-known alias or a leaf name
/// (<c>IBAN</c> → <c>Financial.BankAccount</c>, <c>Email</c> → <c>Contact.Email</c>); the nearest id by edit distance,
/// when it is near enough to be a typo (<c>Contact.Emial</c> → <c>Contact.Email</c>). Declared project categories are
/// candidates too. Returns null rather than a far-fetched guess.
/// </summary>
internal static class CategorySuggester
{
    // Names people write for a category, compared case-insensitively without dots, dashes, underscores or spaces.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iban"] = "Financial.BankAccount",
        ["bankaccount"] = "Financial.BankAccount",
        ["accountnumber"] = "Financial.BankAccount",
        ["contbancar"] = "Financial.BankAccount",
        ["creditcard"] = "Financial.PaymentCard",
        ["card"] = "Financial.PaymentCard",
        ["cardnumber"] = "Financial.PaymentCard",
        ["vat"] = "Financial.TaxId",
        ["vatnumber"] = "Financial.TaxId",
        ["cif"] = "Financial.TaxId",
        ["cui"] = "Financial.TaxId",
        ["fiscalcode"] = "Financial.TaxId",
        ["payment"] = "Financial.Transaction",
        ["cnp"] = "Identity.NationalId",
        ["ssn"] = "Identity.NationalId",
        ["nationalidnumber"] = "Identity.NationalId",
        ["personalnumericcode"] = "Identity.NationalId",
        ["passport"] = "Identity.Document",
        ["idcard"] = "Identity.Document",
        ["identitycard"] = "Identity.Document",
        ["drivinglicence"] = "Identity.Document",
        ["driverslicense"] = "Identity.Document",
        ["dob"] = "Identity.DateOfBirth",
        ["birthdate"] = "Identity.DateOfBirth",
        ["birthday"] = "Identity.DateOfBirth",
        ["fullname"] = "Identity.Name",
        ["firstname"] = "Identity.Name",
        ["lastname"] = "Identity.Name",
        ["surname"] = "Identity.Name",
        ["sex"] = "Identity.Gender",
        ["mail"] = "Contact.Email",
        ["emailaddress"] = "Contact.Email",
        ["telephone"] = "Contact.Phone",
        ["phonenumber"] = "Contact.Phone",
        ["mobile"] = "Contact.Phone",
        ["postaladdress"] = "Contact.Address",
        ["ip"] = "Online.IpAddress",
        ["cookie"] = "Online.CookieId",
        ["login"] = "Online.Username",
        ["browser"] = "Online.UserAgent",
        ["gps"] = "Location.Precise",
        ["geolocation"] = "Location.Precise",
        ["medical"] = "Special.Health",
        ["religion"] = "Special.ReligiousBelief",
        ["ethnicity"] = "Special.RacialOrEthnicOrigin",
        ["sexualorientation"] = "Special.SexLife",
        ["fingerprint"] = "Special.Biometric",
        ["criminalrecord"] = "Criminal",
        ["convictions"] = "Criminal",
    };

    /// <summary>The suggested id for <paramref name="unknown"/>, or null when nothing is near enough.</summary>
    public static string? Suggest(string unknown, DeclaredCategories declared)
    {
        if (string.IsNullOrWhiteSpace(unknown))
        {
            return null;
        }

        var trimmed = unknown.Trim();
        var candidates = Candidates(declared);

        // 1. The same id in another case, or with stray spaces.
        foreach (var id in candidates)
        {
            if (string.Equals(id, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        // 2. An alias, or the leaf name of exactly one id ("Email", "Health", "NationalId"), compared without punctuation.
        var leaf = Normalise(LeafOf(trimmed));
        var whole = Normalise(trimmed);
        if (Aliases.TryGetValue(whole, out var aliased) || Aliases.TryGetValue(leaf, out aliased))
        {
            return aliased;
        }

        string? byLeaf = null;
        var leafMatches = 0;
        foreach (var id in candidates)
        {
            var candidateLeaf = Normalise(LeafOf(id));
            if (id.IndexOf('.') > 0 && (string.Equals(candidateLeaf, leaf, StringComparison.OrdinalIgnoreCase) || string.Equals(candidateLeaf, whole, StringComparison.OrdinalIgnoreCase)))
            {
                byLeaf = id;
                leafMatches++;
            }
        }

        if (leafMatches == 1)
        {
            return byLeaf;
        }

        // 3. The nearest id by edit distance (case-insensitive), if the distance looks like a typo; ties give nothing.
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        var lower = trimmed.ToLowerInvariant();
        foreach (var id in candidates)
        {
            var distance = Distance(lower, id.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = id;
                bestDistance = distance;
                tie = false;
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        var allowed = trimmed.Length <= 6 ? 1 : trimmed.Length <= 12 ? 2 : 3;
        return best is not null && !tie && bestDistance <= allowed ? best : null;
    }

    private static List<string> Candidates(DeclaredCategories declared)
    {
        var list = new List<string>(CategoryTaxonomy.All.Count + declared.Count);
        foreach (var info in CategoryTaxonomy.All)
        {
            list.Add(info.Id);
        }

        foreach (var category in declared.All)
        {
            list.Add(category.Id);
        }

        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static string LeafOf(string id)
    {
        var dot = id.LastIndexOf('.');
        return dot < 0 ? id : id.Substring(dot + 1);
    }

    private static string Normalise(string text)
    {
        var chars = new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c is not ('.' or '-' or '_' or ' '))
            {
                chars[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, length);
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions counting one).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
