using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Reporting;

/// <summary>The plain-language names and explanations of the GDPR vocabularies, in English and Romanian.</summary>
public static class LegalText
{
    /// <summary>The article of a legal basis: "Art. 6(1)(a) GDPR" / "art. 6 alin. (1) lit. (a) din RGPD"; null when unspecified.</summary>
    public static string? Article(LegalBasis basis, ReportLanguage language)
    {
        var letter = basis switch
        {
            LegalBasis.Consent => "a",
            LegalBasis.Contract => "b",
            LegalBasis.LegalObligation => "c",
            LegalBasis.VitalInterests => "d",
            LegalBasis.PublicTask => "e",
            LegalBasis.LegitimateInterests => "f",
            _ => null,
        };
        return letter is null ? null : language.Pick($"Art. 6(1)({letter}) GDPR", $"art. 6 alin. (1) lit. ({letter}) din RGPD");
    }

    /// <summary>The short name of a legal basis: "consent", "performance of a contract".</summary>
    public static string BasisName(LegalBasis basis, ReportLanguage language) => basis switch
    {
        LegalBasis.Consent => language.Pick("consent", "consimțământ"),
        LegalBasis.Contract => language.Pick("performance of a contract", "executarea unui contract"),
        LegalBasis.LegalObligation => language.Pick("legal obligation", "obligație legală"),
        LegalBasis.VitalInterests => language.Pick("vital interests", "interese vitale"),
        LegalBasis.PublicTask => language.Pick("public interest or official authority", "interes public sau autoritate publică"),
        LegalBasis.LegitimateInterests => language.Pick("legitimate interests", "interes legitim"),
        _ => language.Pick("not yet determined", "nestabilit"),
    };

    /// <summary>"consent (Art. 6(1)(a) GDPR)".</summary>
    public static string BasisWithArticle(LegalBasis basis, ReportLanguage language)
    {
        var article = Article(basis, language);
        return article is null ? BasisName(basis, language) : $"{BasisName(basis, language)} ({article})";
    }

    /// <summary>What the legal basis means for the reader, in plain words.</summary>
    public static string Explanation(LegalBasis basis, ReportLanguage language) => basis switch
    {
        LegalBasis.Consent => language.Pick(
            "You have given us your consent for one or more specific purposes. You can withdraw it at any time, as easily as you gave it; withdrawal does not affect the processing carried out before it (Art. 7(3) GDPR).",
            "Ne-ați dat consimțământul pentru unul sau mai multe scopuri specifice. Îl puteți retrage oricând, la fel de ușor cum l-ați acordat; retragerea nu afectează legalitatea prelucrării efectuate înainte de aceasta (art. 7 alin. (3) din RGPD)."),
        LegalBasis.Contract => language.Pick(
            "The processing is necessary to perform a contract to which you are a party, or to take steps at your request before entering into a contract. Without this data we cannot conclude or perform the contract.",
            "Prelucrarea este necesară pentru executarea unui contract la care sunteți parte sau pentru a face demersuri, la cererea dumneavoastră, înainte de încheierea unui contract. Fără aceste date nu putem încheia sau executa contractul."),
        LegalBasis.LegalObligation => language.Pick(
            "The processing is necessary to comply with a legal obligation to which we are subject (for example, tax and accounting law).",
            "Prelucrarea este necesară pentru îndeplinirea unei obligații legale care ne revine (de exemplu, legislația fiscală și contabilă)."),
        LegalBasis.VitalInterests => language.Pick(
            "The processing is necessary to protect your vital interests or those of another natural person.",
            "Prelucrarea este necesară pentru a proteja interesele vitale ale dumneavoastră sau ale altei persoane fizice."),
        LegalBasis.PublicTask => language.Pick(
            "The processing is necessary to perform a task carried out in the public interest or in the exercise of official authority vested in us.",
            "Prelucrarea este necesară pentru îndeplinirea unei sarcini care servește unui interes public sau care rezultă din exercitarea autorității publice cu care suntem învestiți."),
        LegalBasis.LegitimateInterests => language.Pick(
            "The processing is necessary for our legitimate interests or those of a third party, except where your interests or fundamental rights and freedoms override them. You can object to it at any time (Art. 21 GDPR).",
            "Prelucrarea este necesară în scopul intereselor noastre legitime sau ale unei terțe părți, cu excepția cazului în care prevalează interesele sau drepturile și libertățile dumneavoastră fundamentale. Vă puteți opune oricând acestei prelucrări (art. 21 din RGPD)."),
        _ => language.Pick(
            "No legal basis has been recorded for this processing yet; it must be determined before the data is processed.",
            "Pentru această prelucrare nu a fost încă înregistrat un temei juridic; acesta trebuie stabilit înainte de prelucrarea datelor."),
    };

    /// <summary>The Art. 9(2) condition with its letter; null when unspecified.</summary>
    public static string? SpecialCondition(SpecialCategoryCondition condition, ReportLanguage language)
    {
        var (letter, english, romanian) = condition switch
        {
            SpecialCategoryCondition.ExplicitConsent => ("a", "your explicit consent", "consimțământul dumneavoastră explicit"),
            SpecialCategoryCondition.EmploymentAndSocialSecurity => ("b", "obligations and rights in employment and social security law", "obligații și drepturi în domeniul ocupării forței de muncă și al securității sociale"),
            SpecialCategoryCondition.VitalInterests => ("c", "the vital interests of a person unable to give consent", "interesele vitale ale unei persoane care nu își poate da consimțământul"),
            SpecialCategoryCondition.NotForProfitBody => ("d", "the legitimate activities of a not-for-profit body, for its members", "activitățile legitime ale unui organism fără scop lucrativ, pentru membrii săi"),
            SpecialCategoryCondition.ManifestlyMadePublic => ("e", "data you have manifestly made public", "date făcute publice în mod manifest de dumneavoastră"),
            SpecialCategoryCondition.LegalClaims => ("f", "the establishment, exercise or defence of legal claims", "constatarea, exercitarea sau apărarea unui drept în instanță"),
            SpecialCategoryCondition.SubstantialPublicInterest => ("g", "reasons of substantial public interest", "motive de interes public major"),
            SpecialCategoryCondition.HealthOrSocialCare => ("h", "health or social care", "asistență medicală sau socială"),
            SpecialCategoryCondition.PublicHealth => ("i", "public health", "sănătate publică"),
            SpecialCategoryCondition.ArchivingResearchOrStatistics => ("j", "archiving in the public interest, scientific or historical research or statistics", "arhivare în interes public, cercetare științifică sau istorică ori scopuri statistice"),
            _ => (null, null, null),
        };
        return letter is null ? null : language.Pick($"{english} (Art. 9(2)({letter}) GDPR)", $"{romanian} (art. 9 alin. (2) lit. ({letter}) din RGPD)");
    }

    /// <summary>The Art. 10 condition; null when unspecified.</summary>
    public static string? CriminalCondition(CriminalDataCondition condition, ReportLanguage language) => condition switch
    {
        CriminalDataCondition.OfficialAuthority => language.Pick("under the control of official authority (Art. 10 GDPR)", "sub controlul unei autorități oficiale (art. 10 din RGPD)"),
        CriminalDataCondition.AuthorisedByLaw => language.Pick("as authorised by Union or Member State law (Art. 10 GDPR)", "în condițiile autorizate de dreptul Uniunii sau de dreptul intern (art. 10 din RGPD)"),
        _ => null,
    };

    /// <summary>The recipient's role: "processor", "persoană împuternicită de operator".</summary>
    public static string RecipientKindName(RecipientKind kind, ReportLanguage language) => kind switch
    {
        RecipientKind.Processor => language.Pick("processor acting on our behalf", "persoană împuternicită de operator"),
        RecipientKind.JointController => language.Pick("joint controller", "operator asociat"),
        RecipientKind.ThirdParty => language.Pick("third party", "terț"),
        RecipientKind.PublicAuthority => language.Pick("public authority", "autoritate publică"),
        _ => language.Pick("recipient", "destinatar"),
    };

    /// <summary>The category of recipients for the Art. 30 record: "processors", "third parties".</summary>
    public static string RecipientCategory(RecipientKind kind, ReportLanguage language) => kind switch
    {
        RecipientKind.Processor => language.Pick("processors", "persoane împuternicite de operator"),
        RecipientKind.JointController => language.Pick("joint controllers", "operatori asociați"),
        RecipientKind.ThirdParty => language.Pick("third parties", "terți"),
        RecipientKind.PublicAuthority => language.Pick("public authorities", "autorități publice"),
        _ => language.Pick("other recipients", "alți destinatari"),
    };

    /// <summary>The Chapter V safeguard with its article; null when unspecified.</summary>
    public static string? Safeguard(TransferSafeguard safeguard, ReportLanguage language) => safeguard switch
    {
        TransferSafeguard.AdequacyDecision => language.Pick("an adequacy decision of the European Commission (Art. 45 GDPR)", "o decizie a Comisiei Europene privind caracterul adecvat al nivelului de protecție (art. 45 din RGPD)"),
        TransferSafeguard.StandardContractualClauses => language.Pick("standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)", "clauze contractuale standard adoptate de Comisia Europeană (art. 46 alin. (2) lit. (c) din RGPD)"),
        TransferSafeguard.BindingCorporateRules => language.Pick("binding corporate rules (Art. 47 GDPR)", "reguli corporatiste obligatorii (art. 47 din RGPD)"),
        TransferSafeguard.Derogation => language.Pick("a derogation for a specific situation, such as your explicit consent (Art. 49 GDPR)", "o derogare pentru o situație specifică, precum consimțământul dumneavoastră explicit (art. 49 din RGPD)"),
        _ => null,
    };

    /// <summary>Where the data comes from.</summary>
    public static string Source(DataSource source, ReportLanguage language) => source switch
    {
        DataSource.ProvidedBySubject => language.Pick("provided by the data subject", "furnizate de persoana vizată"),
        DataSource.Observed => language.Pick("observed (collected automatically)", "observate (colectate automat)"),
        DataSource.Derived => language.Pick("derived from other data", "deduse din alte date"),
        DataSource.ThirdParty => language.Pick("obtained from a third party", "obținute de la terți"),
        _ => language.Pick("not stated", "neprecizată"),
    };

    /// <summary>The plain name of a category: the taxonomy's, the project's description of a declared category, or the id.</summary>
    public static string CategoryName(string? category, System.Collections.Generic.IReadOnlyList<Inventory.InventoryCategory> declared, ReportLanguage language)
    {
        if (category is null)
        {
            return language.Pick("uncategorised personal data", "date cu caracter personal neclasificate");
        }

        if (CategoryTaxonomy.TryGet(category, out var info))
        {
            return language.Pick(info.English, info.Romanian);
        }

        foreach (var item in declared)
        {
            if (string.Equals(item.Id, category, System.StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(item.Description))
            {
                return item.Description!;
            }
        }

        return category;
    }

    /// <summary>A sort key that keeps the taxonomy's documented order, then project categories by id.</summary>
    internal static string CategorySortKey(string? category)
    {
        if (category is null)
        {
            return "~";
        }

        for (var i = 0; i < CategoryTaxonomy.All.Count; i++)
        {
            if (string.Equals(CategoryTaxonomy.All[i].Id, category, System.StringComparison.Ordinal))
            {
                return i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return "z" + category;
    }

    /// <summary>Whether the category is special-category (Art. 9) or criminal (Art. 10) data (<see cref="CategoryTaxonomy.KindOf"/>).</summary>
    internal static bool IsSensitive(string? category, System.Collections.Generic.IReadOnlyList<Inventory.InventoryCategory> declared)
    {
        var declaredSpecial = false;
        foreach (var item in declared)
        {
            if (string.Equals(item.Id, category, System.StringComparison.Ordinal))
            {
                declaredSpecial = item.IsSpecialCategory;
                break;
            }
        }

        return CategoryTaxonomy.KindOf(category, declaredSpecial) != CategoryKind.Ordinary;
    }
}
