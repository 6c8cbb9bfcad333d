using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Reporting;

/// <content>Expresiile juridice fixe în limba română, în terminologia textului oficial al RGPD („persoană împuternicită de operator”, „a prelucra”, „dumneavoastră”). Fiecare cheie există și în <see cref="English"/> (LegalPhrasesTests).</content>
public static partial class LegalPhrases
{
    /// <summary>Expresiile juridice fixe în limba română, în terminologia textului oficial al RGPD („persoană împuternicită de operator”, „a prelucra”, „dumneavoastră”). Fiecare cheie există și în <see cref="English"/> (LegalPhrasesTests).</summary>
    public static readonly IReadOnlyDictionary<string, string> Romanian = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["basis.consent"] = "consimțământ",
        ["basis.contract"] = "executarea unui contract",
        ["basis.legalObligation"] = "obligație legală",
        ["basis.vitalInterests"] = "interese vitale",
        ["basis.publicTask"] = "interes public sau autoritate publică",
        ["basis.legitimateInterests"] = "interes legitim",
        ["basis.unspecified"] = "nestabilit",
        ["explanation.consent"] = "Ne-ați dat consimțământul pentru unul sau mai multe scopuri specifice. Îl puteți retrage oricând, la fel de ușor cum l-ați acordat; retragerea nu afectează legalitatea prelucrării efectuate înainte de aceasta (art. 7 alin. (3) din RGPD).",
        ["explanation.contract"] = "Prelucrarea este necesară pentru executarea unui contract la care sunteți parte sau pentru a face demersuri, la cererea dumneavoastră, înainte de încheierea unui contract. Fără aceste date nu putem încheia sau executa contractul.",
        ["explanation.legalObligation"] = "Prelucrarea este necesară pentru îndeplinirea unei obligații legale care ne revine (de exemplu, legislația fiscală și contabilă).",
        ["explanation.vitalInterests"] = "Prelucrarea este necesară pentru a proteja interesele vitale ale dumneavoastră sau ale altei persoane fizice.",
        ["explanation.publicTask"] = "Prelucrarea este necesară pentru îndeplinirea unei sarcini care servește unui interes public sau care rezultă din exercitarea autorității publice cu care suntem învestiți.",
        ["explanation.legitimateInterests"] = "Prelucrarea este necesară în scopul intereselor noastre legitime sau ale unei terțe părți, cu excepția cazului în care prevalează interesele sau drepturile și libertățile dumneavoastră fundamentale. Vă puteți opune oricând acestei prelucrări (art. 21 din RGPD).",
        ["explanation.unspecified"] = "Pentru această prelucrare nu a fost încă înregistrat un temei juridic; acesta trebuie stabilit înainte de prelucrarea datelor.",
        ["criminal.officialAuthority"] = "sub controlul unei autorități oficiale (art. 10 din RGPD)",
        ["criminal.authorisedByLaw"] = "în condițiile autorizate de dreptul Uniunii sau de dreptul intern (art. 10 din RGPD)",
        ["recipientKind.processor"] = "persoană împuternicită de operator",
        ["recipientKind.jointController"] = "operator asociat",
        ["recipientKind.thirdParty"] = "terț",
        ["recipientKind.publicAuthority"] = "autoritate publică",
        ["recipientKind.unspecified"] = "destinatar",
        ["recipientCategory.processor"] = "persoane împuternicite de operator",
        ["recipientCategory.jointController"] = "operatori asociați",
        ["recipientCategory.thirdParty"] = "terți",
        ["recipientCategory.publicAuthority"] = "autorități publice",
        ["recipientCategory.unspecified"] = "alți destinatari",
        ["safeguard.adequacyDecision"] = "o decizie a Comisiei Europene privind caracterul adecvat al nivelului de protecție (art. 45 din RGPD)",
        ["safeguard.standardContractualClauses"] = "clauze contractuale standard adoptate de Comisia Europeană (art. 46 alin. (2) lit. (c) din RGPD)",
        ["safeguard.bindingCorporateRules"] = "reguli corporatiste obligatorii (art. 47 din RGPD)",
        ["safeguard.derogation"] = "o derogare pentru o situație specifică, precum consimțământul dumneavoastră explicit (art. 49 din RGPD)",
        ["source.providedBySubject"] = "furnizate de persoana vizată",
        ["source.observed"] = "observate (colectate automat)",
        ["source.derived"] = "deduse din alte date",
        ["source.thirdParty"] = "obținute de la terți",
        ["source.unspecified"] = "neprecizată",
        ["category.uncategorised"] = "date cu caracter personal neclasificate",
        ["special.explicitConsent"] = "consimțământul dumneavoastră explicit",
        ["special.employmentAndSocialSecurity"] = "obligații și drepturi în domeniul ocupării forței de muncă și al securității sociale",
        ["special.vitalInterests"] = "interesele vitale ale unei persoane care nu își poate da consimțământul",
        ["special.notForProfitBody"] = "activitățile legitime ale unui organism fără scop lucrativ, pentru membrii săi",
        ["special.manifestlyMadePublic"] = "date făcute publice în mod manifest de dumneavoastră",
        ["special.legalClaims"] = "constatarea, exercitarea sau apărarea unui drept în instanță",
        ["special.substantialPublicInterest"] = "motive de interes public major",
        ["special.healthOrSocialCare"] = "asistență medicală sau socială",
        ["special.publicHealth"] = "sănătate publică",
        ["special.archivingResearchOrStatistics"] = "arhivare în interes public, cercetare științifică sau istorică ori scopuri statistice",
        ["special.explicitConsent.thirdPerson"] = "consimțământul explicit al persoanei vizate",
        ["special.manifestlyMadePublic.thirdPerson"] = "date făcute publice în mod manifest de persoana vizată",
        ["safeguard.derogation.thirdPerson"] = "o derogare pentru o situație specifică, precum consimțământul explicit al persoanei vizate (art. 49 din RGPD)",
        ["article.6.1"] = "art. 6 alin. (1) lit. ({0}) din RGPD",
        ["article.9.2"] = "(art. 9 alin. (2) lit. ({0}) din RGPD)",
        ["safeguard.adequacyDecision.uk"] = "regulamente ale Regatului Unit privind caracterul adecvat, adoptate în temeiul secțiunii 17A din Legea privind protecția datelor din 2018 (Data Protection Act 2018) (art. 45 din RGPD al Regatului Unit)",
        ["safeguard.standardContractualClauses.uk"] = "Acordul internațional privind transferul de date (IDTA) sau Actul adițional privind transferul internațional de date la clauzele contractuale standard ale Comisiei Europene, emise de Comisarul pentru Informații (Information Commissioner) în temeiul secțiunii 119A din Legea privind protecția datelor din 2018 (art. 46 alin. (2) lit. (d) din RGPD al Regatului Unit)",
        ["criminal.authorisedByLaw.uk"] = "în condițiile autorizate de dreptul intern (art. 10 din RGPD al Regatului Unit și secțiunea 10 din Legea privind protecția datelor din 2018)",
    };
}
