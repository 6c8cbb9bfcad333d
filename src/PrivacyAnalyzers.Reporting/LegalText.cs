using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Reporting;

/// <summary>The plain-language names and explanations of the GDPR vocabularies, in English and Romanian.</summary>
public static class LegalText
{
    /// <summary>The article of a legal basis: "Art. 6(1)(a) GDPR" / "art. 6 alin. (1) lit. (a) din RGPD"; null when unspecified.</summary>
    public static string? Article(LegalBasis basis, ReportLanguage language) => Article(basis, language, Jurisdiction.EuGdpr);

    /// <summary>The article of a legal basis in the regulation of <paramref name="jurisdiction"/> ("Art. 6(1)(a) UK GDPR"); null when unspecified.</summary>
    public static string? Article(LegalBasis basis, ReportLanguage language, Jurisdiction jurisdiction)
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
        return letter is null ? null : Jurisdictions.Cite(LegalPhrases.Format("article.6.1", language, letter), jurisdiction);
    }

    /// <summary>The short name of a legal basis: "consent", "performance of a contract".</summary>
    public static string BasisName(LegalBasis basis, ReportLanguage language) => basis switch
    {
        LegalBasis.Consent => LegalPhrases.Get("basis.consent", language),
        LegalBasis.Contract => LegalPhrases.Get("basis.contract", language),
        LegalBasis.LegalObligation => LegalPhrases.Get("basis.legalObligation", language),
        LegalBasis.VitalInterests => LegalPhrases.Get("basis.vitalInterests", language),
        LegalBasis.PublicTask => LegalPhrases.Get("basis.publicTask", language),
        LegalBasis.LegitimateInterests => LegalPhrases.Get("basis.legitimateInterests", language),
        _ => LegalPhrases.Get("basis.unspecified", language),
    };

    /// <summary>"consent (Art. 6(1)(a) GDPR)".</summary>
    public static string BasisWithArticle(LegalBasis basis, ReportLanguage language, Jurisdiction jurisdiction = Jurisdiction.EuGdpr)
    {
        var article = Article(basis, language, jurisdiction);
        return article is null ? BasisName(basis, language) : $"{BasisName(basis, language)} ({article})";
    }

    /// <summary>What the legal basis means for the reader, in plain words.</summary>
    public static string Explanation(LegalBasis basis, ReportLanguage language, Jurisdiction jurisdiction) => Jurisdictions.Cite(Explanation(basis, language), jurisdiction);

    /// <summary>What the legal basis means for the reader, in plain words (citing the EU GDPR).</summary>
    public static string Explanation(LegalBasis basis, ReportLanguage language) => basis switch
    {
        LegalBasis.Consent => LegalPhrases.Get("explanation.consent", language),
        LegalBasis.Contract => LegalPhrases.Get("explanation.contract", language),
        LegalBasis.LegalObligation => LegalPhrases.Get("explanation.legalObligation", language),
        LegalBasis.VitalInterests => LegalPhrases.Get("explanation.vitalInterests", language),
        LegalBasis.PublicTask => LegalPhrases.Get("explanation.publicTask", language),
        LegalBasis.LegitimateInterests => LegalPhrases.Get("explanation.legitimateInterests", language),
        _ => LegalPhrases.Get("explanation.unspecified", language),
    };

    /// <summary>
    /// The Art. 9(2) condition with its letter; null when unspecified. The notice addresses the reader ("your explicit
    /// consent"); the record, with <paramref name="addressingTheSubject"/> false, speaks of "the data subject".
    /// </summary>
    public static string? SpecialCondition(SpecialCategoryCondition condition, ReportLanguage language, bool addressingTheSubject, Jurisdiction jurisdiction) =>
        SpecialCondition(condition, language, addressingTheSubject) is { } text ? Jurisdictions.Cite(text, jurisdiction) : null;

    /// <summary>The Art. 9(2) condition with its letter, citing the EU GDPR; null when unspecified.</summary>
    public static string? SpecialCondition(SpecialCategoryCondition condition, ReportLanguage language, bool addressingTheSubject = true)
    {
        var (letter, key) = condition switch
        {
            SpecialCategoryCondition.ExplicitConsent => ("a", "special.explicitConsent"),
            SpecialCategoryCondition.EmploymentAndSocialSecurity => ("b", "special.employmentAndSocialSecurity"),
            SpecialCategoryCondition.VitalInterests => ("c", "special.vitalInterests"),
            SpecialCategoryCondition.NotForProfitBody => ("d", "special.notForProfitBody"),
            SpecialCategoryCondition.ManifestlyMadePublic => ("e", "special.manifestlyMadePublic"),
            SpecialCategoryCondition.LegalClaims => ("f", "special.legalClaims"),
            SpecialCategoryCondition.SubstantialPublicInterest => ("g", "special.substantialPublicInterest"),
            SpecialCategoryCondition.HealthOrSocialCare => ("h", "special.healthOrSocialCare"),
            SpecialCategoryCondition.PublicHealth => ("i", "special.publicHealth"),
            SpecialCategoryCondition.ArchivingResearchOrStatistics => ("j", "special.archivingResearchOrStatistics"),
            _ => (null, null),
        };
        return letter is null ? null : ThirdPerson(key!, language, addressingTheSubject) + " " + LegalPhrases.Format("article.9.2", language, letter);
    }

    /// <summary>The Art. 10 condition; null when unspecified.</summary>
    public static string? CriminalCondition(CriminalDataCondition condition, ReportLanguage language, Jurisdiction jurisdiction) => condition switch
    {
        // The UK GDPR's Art. 10 speaks of "domestic law" (with s.10 DPA 2018), not of Union or Member State law.
        CriminalDataCondition.AuthorisedByLaw when jurisdiction == Jurisdiction.UkGdpr => LegalPhrases.Get("criminal.authorisedByLaw.uk", language),
        _ => CriminalCondition(condition, language) is { } text ? Jurisdictions.Cite(text, jurisdiction) : null,
    };

    /// <summary>The Art. 10 condition, citing the EU GDPR; null when unspecified.</summary>
    public static string? CriminalCondition(CriminalDataCondition condition, ReportLanguage language) => condition switch
    {
        CriminalDataCondition.OfficialAuthority => LegalPhrases.Get("criminal.officialAuthority", language),
        CriminalDataCondition.AuthorisedByLaw => LegalPhrases.Get("criminal.authorisedByLaw", language),
        _ => null,
    };

    /// <summary>The recipient's role: "processor", "persoană împuternicită de operator".</summary>
    public static string RecipientKindName(RecipientKind kind, ReportLanguage language) => kind switch
    {
        RecipientKind.Processor => LegalPhrases.Get("recipientKind.processor", language),
        RecipientKind.JointController => LegalPhrases.Get("recipientKind.jointController", language),
        RecipientKind.ThirdParty => LegalPhrases.Get("recipientKind.thirdParty", language),
        RecipientKind.PublicAuthority => LegalPhrases.Get("recipientKind.publicAuthority", language),
        _ => LegalPhrases.Get("recipientKind.unspecified", language),
    };

    /// <summary>The category of recipients for the Art. 30 record: "processors", "third parties".</summary>
    public static string RecipientCategory(RecipientKind kind, ReportLanguage language) => kind switch
    {
        RecipientKind.Processor => LegalPhrases.Get("recipientCategory.processor", language),
        RecipientKind.JointController => LegalPhrases.Get("recipientCategory.jointController", language),
        RecipientKind.ThirdParty => LegalPhrases.Get("recipientCategory.thirdParty", language),
        RecipientKind.PublicAuthority => LegalPhrases.Get("recipientCategory.publicAuthority", language),
        _ => LegalPhrases.Get("recipientCategory.unspecified", language),
    };

    /// <summary>The Chapter V safeguard with its article; null when unspecified.</summary>
    public static string? Safeguard(TransferSafeguard safeguard, ReportLanguage language, bool addressingTheSubject, Jurisdiction jurisdiction) => safeguard switch
    {
        // Under the UK GDPR a transfer rests on UK adequacy regulations (s.17A DPA 2018) and, for clauses, on the ICO's
        // IDTA or Addendum (Art. 46(2)(d) UK GDPR, s.119A DPA 2018), not on the Commission's decisions and clauses.
        TransferSafeguard.AdequacyDecision when jurisdiction == Jurisdiction.UkGdpr => LegalPhrases.Get("safeguard.adequacyDecision.uk", language),
        TransferSafeguard.StandardContractualClauses when jurisdiction == Jurisdiction.UkGdpr => LegalPhrases.Get("safeguard.standardContractualClauses.uk", language),
        _ => Safeguard(safeguard, language, addressingTheSubject) is { } text ? Jurisdictions.Cite(text, jurisdiction) : null,
    };

    /// <summary>The Chapter V safeguard with its article in the EU GDPR; null when unspecified.</summary>
    public static string? Safeguard(TransferSafeguard safeguard, ReportLanguage language, bool addressingTheSubject = true) => safeguard switch
    {
        TransferSafeguard.AdequacyDecision => LegalPhrases.Get("safeguard.adequacyDecision", language),
        TransferSafeguard.StandardContractualClauses => LegalPhrases.Get("safeguard.standardContractualClauses", language),
        TransferSafeguard.BindingCorporateRules => LegalPhrases.Get("safeguard.bindingCorporateRules", language),
        TransferSafeguard.Derogation => ThirdPerson("safeguard.derogation", language, addressingTheSubject),
        _ => null,
    };

    /// <summary>The phrase, or its third-person form (<c>key.thirdPerson</c>) for the record where the table has one.</summary>
    private static string ThirdPerson(string key, ReportLanguage language, bool addressingTheSubject) =>
        !addressingTheSubject && LegalPhrases.English.ContainsKey(key + ".thirdPerson") ? LegalPhrases.Get(key + ".thirdPerson", language) : LegalPhrases.Get(key, language);

    /// <summary>Where the data comes from.</summary>
    public static string Source(DataSource source, ReportLanguage language) => source switch
    {
        DataSource.ProvidedBySubject => LegalPhrases.Get("source.providedBySubject", language),
        DataSource.Observed => LegalPhrases.Get("source.observed", language),
        DataSource.Derived => LegalPhrases.Get("source.derived", language),
        DataSource.ThirdParty => LegalPhrases.Get("source.thirdParty", language),
        _ => LegalPhrases.Get("source.unspecified", language),
    };

    /// <summary>The plain name of a category: the taxonomy's, the project's description of a declared category, or the id.</summary>
    public static string CategoryName(string? category, System.Collections.Generic.IReadOnlyList<Inventory.InventoryCategory> declared, ReportLanguage language)
    {
        if (category is null)
        {
            return LegalPhrases.Get("category.uncategorised", language);
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
