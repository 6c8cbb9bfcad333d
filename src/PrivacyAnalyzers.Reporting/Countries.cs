using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Reporting;

/// <summary>Country names (English, Romanian) for ISO 3166-1 alpha-2 codes, and whether a country is in the EEA.</summary>
public static class Countries
{
    // code, English, Romanian, in the EEA (EU 27 + Iceland, Liechtenstein, Norway)
    private static readonly (string Code, string English, string Romanian, bool Eea)[] Table =
    {
        ("AT", "Austria", "Austria", true),
        ("BE", "Belgium", "Belgia", true),
        ("BG", "Bulgaria", "Bulgaria", true),
        ("HR", "Croatia", "Croația", true),
        ("CY", "Cyprus", "Cipru", true),
        ("CZ", "Czechia", "Cehia", true),
        ("DK", "Denmark", "Danemarca", true),
        ("EE", "Estonia", "Estonia", true),
        ("FI", "Finland", "Finlanda", true),
        ("FR", "France", "Franța", true),
        ("DE", "Germany", "Germania", true),
        ("GR", "Greece", "Grecia", true),
        ("HU", "Hungary", "Ungaria", true),
        ("IE", "Ireland", "Irlanda", true),
        ("IT", "Italy", "Italia", true),
        ("LV", "Latvia", "Letonia", true),
        ("LT", "Lithuania", "Lituania", true),
        ("LU", "Luxembourg", "Luxemburg", true),
        ("MT", "Malta", "Malta", true),
        ("NL", "the Netherlands", "Țările de Jos", true),
        ("PL", "Poland", "Polonia", true),
        ("PT", "Portugal", "Portugalia", true),
        ("RO", "Romania", "România", true),
        ("SK", "Slovakia", "Slovacia", true),
        ("SI", "Slovenia", "Slovenia", true),
        ("ES", "Spain", "Spania", true),
        ("SE", "Sweden", "Suedia", true),
        ("IS", "Iceland", "Islanda", true),
        ("LI", "Liechtenstein", "Liechtenstein", true),
        ("NO", "Norway", "Norvegia", true),
        ("AE", "the United Arab Emirates", "Emiratele Arabe Unite", false),
        ("AR", "Argentina", "Argentina", false),
        ("AU", "Australia", "Australia", false),
        ("BR", "Brazil", "Brazilia", false),
        ("CA", "Canada", "Canada", false),
        ("CH", "Switzerland", "Elveția", false),
        ("CN", "China", "China", false),
        ("GB", "the United Kingdom", "Regatul Unit", false),
        ("IL", "Israel", "Israel", false),
        ("IN", "India", "India", false),
        ("JP", "Japan", "Japonia", false),
        ("KR", "South Korea", "Coreea de Sud", false),
        ("MD", "the Republic of Moldova", "Republica Moldova", false),
        ("NZ", "New Zealand", "Noua Zeelandă", false),
        ("RS", "Serbia", "Serbia", false),
        ("RU", "Russia", "Rusia", false),
        ("SG", "Singapore", "Singapore", false),
        ("TR", "Türkiye", "Turcia", false),
        ("UA", "Ukraine", "Ucraina", false),
        ("US", "the United States", "Statele Unite ale Americii", false),
        ("UY", "Uruguay", "Uruguay", false),
    };

    private static readonly Dictionary<string, (string English, string Romanian, bool Eea)> ByCode = CreateIndex();

    /// <summary>The country's name ("France", "Franța"); an unknown code is returned as written.</summary>
    public static string Name(string code, ReportLanguage language) =>
        ByCode.TryGetValue(Normalize(code), out var country) ? language.Pick(country.English, country.Romanian) : code;

    /// <summary>
    /// An address with the country's name after it ("Strada Paris Nr 35, Sibiu, Romania"), unless the address already ends
    /// with the country's name in English or Romanian or with the code ("…, Sibiu, România" stays as written). Null when
    /// neither is declared.
    /// </summary>
    public static string? AddressWithCountry(string? address, string? code, ReportLanguage language)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return string.IsNullOrWhiteSpace(address) ? null : address;
        }

        var country = Name(code!, language);
        if (string.IsNullOrWhiteSpace(address))
        {
            return country;
        }

        var trimmed = address!.TrimEnd().TrimEnd('.', ',').TrimEnd();
        var isKnown = ByCode.TryGetValue(Normalize(code!), out var known);
        var names = isKnown
            ? new[] { known.English, known.Romanian, Normalize(code!), known.English.StartsWith("the ", StringComparison.Ordinal) ? known.English.Substring(4) : known.English }
            : new[] { code!.Trim() };
        foreach (var name in names)
        {
            if (trimmed.EndsWith(name, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == name.Length || !char.IsLetterOrDigit(trimmed[trimmed.Length - name.Length - 1])))
            {
                // In Romanian, the country the address ends with is written in Romanian ("Sibiu, Romania" becomes
                // "Sibiu, România"); an address ending with the bare code is left as written.
                if (language == ReportLanguage.Romanian && isKnown && name.Length > 2 && trimmed.Length > name.Length)
                {
                    return trimmed.Substring(0, trimmed.Length - name.Length) + known.Romanian;
                }

                return address;
            }
        }

        return address + ", " + country;
    }

    /// <summary>Whether the code is a known EEA country.</summary>
    public static bool IsInEea(string code) => ByCode.TryGetValue(Normalize(code), out var country) && country.Eea;

    /// <summary>Whether the code is a known country (listed in this table).</summary>
    public static bool IsKnown(string code) => ByCode.ContainsKey(Normalize(code));

    /// <summary>
    /// Whether data sent there is a transfer to a third country (Chapter V) for a controller under
    /// <paramref name="jurisdiction"/>: under the EU GDPR any country not known to be in the EEA; under the UK GDPR any
    /// country other than the United Kingdom (an EEA country included: PayPal in Luxembourg is a transfer for a UK
    /// controller, one that UK adequacy regulations cover). The one home of this test.
    /// </summary>
    public static bool IsThirdCountry(string? code, Jurisdiction jurisdiction) =>
        code is not null && !IsWithin(code, jurisdiction);

    /// <summary>Whether the country is inside the area the jurisdiction's transfer rules protect: the EEA (EU GDPR) or the United Kingdom (UK GDPR).</summary>
    public static bool IsWithin(string code, Jurisdiction jurisdiction) =>
        jurisdiction == Jurisdiction.UkGdpr ? Normalize(code) == "GB" : IsInEea(code);

    private static string Normalize(string code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    private static Dictionary<string, (string, string, bool)> CreateIndex()
    {
        var index = new Dictionary<string, (string, string, bool)>(StringComparer.Ordinal);
        foreach (var (code, english, romanian, eea) in Table)
        {
            index.Add(code, (english, romanian, eea));
        }

        return index;
    }
}

/// <summary>
/// The data-protection law a controller falls under (<see cref="Jurisdiction"/>) and what it changes in the generated
/// texts: the regulation cited, the area a transfer leaves, the supervisory authority.
/// </summary>
public static class Jurisdictions
{
    /// <summary>
    /// The controller's jurisdiction: as declared, else UK GDPR for a controller whose country is <c>GB</c> (its processing
    /// in the context of a UK establishment falls under the UK GDPR), else EU GDPR.
    /// </summary>
    public static Jurisdiction Of(Inventory.InventoryController? controller) => controller?.Jurisdiction switch
    {
        Jurisdiction.EuGdpr => Jurisdiction.EuGdpr,
        Jurisdiction.UkGdpr => Jurisdiction.UkGdpr,
        _ => string.Equals(controller?.Country?.Trim(), "GB", StringComparison.OrdinalIgnoreCase) ? Jurisdiction.UkGdpr : Jurisdiction.EuGdpr,
    };

    /// <summary>"EU GDPR" / "UK GDPR" (for the diff and reviewer texts).</summary>
    public static string Name(Jurisdiction jurisdiction) => jurisdiction == Jurisdiction.UkGdpr ? "UK GDPR" : "EU GDPR";

    /// <summary>
    /// A fixed legal phrase that cites the GDPR, made to cite the regulation of <paramref name="jurisdiction"/>: under the
    /// UK GDPR "(Art. 15 GDPR)" becomes "(Art. 15 UK GDPR)" and "(art. 15 din RGPD)" "(art. 15 din RGPD al Regatului
    /// Unit)" — the UK GDPR keeps the articles' numbers. Only for the generator's own phrases, never for declared text.
    /// </summary>
    public static string Cite(string text, Jurisdiction jurisdiction)
    {
        if (jurisdiction != Jurisdiction.UkGdpr || text.Length == 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 32);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsWord(text, i, "GDPR") && !Preceded(text, i, "UK "))
            {
                builder.Append("UK GDPR");
                i += 3;
            }
            else if (IsWord(text, i, "RGPD") && !Followed(text, i + 4, " al Regatului Unit"))
            {
                builder.Append("RGPD al Regatului Unit");
                i += 3;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsWord(string text, int index, string word) =>
        string.CompareOrdinal(text, index, word, 0, word.Length) == 0
        && (index == 0 || !char.IsLetterOrDigit(text[index - 1]))
        && (index + word.Length == text.Length || !char.IsLetterOrDigit(text[index + word.Length]));

    private static bool Preceded(string text, int index, string prefix) =>
        index >= prefix.Length && string.CompareOrdinal(text, index - prefix.Length, prefix, 0, prefix.Length) == 0;

    private static bool Followed(string text, int index, string suffix) =>
        index + suffix.Length <= text.Length && string.CompareOrdinal(text, index, suffix, 0, suffix.Length) == 0;
}
