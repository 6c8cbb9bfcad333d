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

    /// <summary>Whether data sent there leaves the EEA (a Chapter V transfer): any country not known to be in the EEA.</summary>
    public static bool IsThirdCountry(string? code) => code is not null && !IsInEea(code);

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
