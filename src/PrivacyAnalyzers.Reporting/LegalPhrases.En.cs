using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Reporting;

/// <content>The fixed legal phrases in English, in the words of the GDPR's English text. Every key is also in <see cref="Romanian"/> (LegalPhrasesTests).</content>
public static partial class LegalPhrases
{
    /// <summary>The fixed legal phrases in English, in the words of the GDPR's English text. Every key is also in <see cref="Romanian"/> (LegalPhrasesTests).</summary>
    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["basis.consent"] = "consent",
        ["basis.contract"] = "performance of a contract",
        ["basis.legalObligation"] = "legal obligation",
        ["basis.vitalInterests"] = "vital interests",
        ["basis.publicTask"] = "public interest or official authority",
        ["basis.legitimateInterests"] = "legitimate interests",
        ["basis.unspecified"] = "not yet determined",
        ["explanation.consent"] = "You have given us your consent for one or more specific purposes. You can withdraw it at any time, as easily as you gave it; withdrawal does not affect the processing carried out before it (Art. 7(3) GDPR).",
        ["explanation.contract"] = "The processing is necessary to perform a contract to which you are a party, or to take steps at your request before entering into a contract. Without this data we cannot conclude or perform the contract.",
        ["explanation.legalObligation"] = "The processing is necessary to comply with a legal obligation to which we are subject (for example, tax and accounting law).",
        ["explanation.vitalInterests"] = "The processing is necessary to protect your vital interests or those of another natural person.",
        ["explanation.publicTask"] = "The processing is necessary to perform a task carried out in the public interest or in the exercise of official authority vested in us.",
        ["explanation.legitimateInterests"] = "The processing is necessary for our legitimate interests or those of a third party, except where your interests or fundamental rights and freedoms override them. You can object to it at any time (Art. 21 GDPR).",
        ["explanation.unspecified"] = "No legal basis has been recorded for this processing yet; it must be determined before the data is processed.",
        ["criminal.officialAuthority"] = "under the control of official authority (Art. 10 GDPR)",
        ["criminal.authorisedByLaw"] = "as authorised by Union or Member State law (Art. 10 GDPR)",
        ["recipientKind.processor"] = "processor acting on our behalf",
        ["recipientKind.jointController"] = "joint controller",
        ["recipientKind.thirdParty"] = "third party",
        ["recipientKind.publicAuthority"] = "public authority",
        ["recipientKind.unspecified"] = "recipient",
        ["recipientCategory.processor"] = "processors",
        ["recipientCategory.jointController"] = "joint controllers",
        ["recipientCategory.thirdParty"] = "third parties",
        ["recipientCategory.publicAuthority"] = "public authorities",
        ["recipientCategory.unspecified"] = "other recipients",
        ["safeguard.adequacyDecision"] = "an adequacy decision of the European Commission (Art. 45 GDPR)",
        ["safeguard.standardContractualClauses"] = "standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)",
        ["safeguard.bindingCorporateRules"] = "binding corporate rules (Art. 47 GDPR)",
        ["safeguard.derogation"] = "a derogation for a specific situation, such as your explicit consent (Art. 49 GDPR)",
        ["source.providedBySubject"] = "provided by the data subject",
        ["source.observed"] = "observed (collected automatically)",
        ["source.derived"] = "derived from other data",
        ["source.thirdParty"] = "obtained from a third party",
        ["source.unspecified"] = "not stated",
        ["category.uncategorised"] = "uncategorised personal data",
        ["special.explicitConsent"] = "your explicit consent",
        ["special.employmentAndSocialSecurity"] = "obligations and rights in employment and social security law",
        ["special.vitalInterests"] = "the vital interests of a person unable to give consent",
        ["special.notForProfitBody"] = "the legitimate activities of a not-for-profit body, for its members",
        ["special.manifestlyMadePublic"] = "data you have manifestly made public",
        ["special.legalClaims"] = "the establishment, exercise or defence of legal claims",
        ["special.substantialPublicInterest"] = "reasons of substantial public interest",
        ["special.healthOrSocialCare"] = "health or social care",
        ["special.publicHealth"] = "public health",
        ["special.archivingResearchOrStatistics"] = "archiving in the public interest, scientific or historical research or statistics",
        ["special.explicitConsent.thirdPerson"] = "the data subject's explicit consent",
        ["special.manifestlyMadePublic.thirdPerson"] = "data manifestly made public by the data subject",
        ["safeguard.derogation.thirdPerson"] = "a derogation for a specific situation, such as the data subject's explicit consent (Art. 49 GDPR)",
        ["article.6.1"] = "Art. 6(1)({0}) GDPR",
        ["article.9.2"] = "(Art. 9(2)({0}) GDPR)",
        ["safeguard.adequacyDecision.uk"] = "UK adequacy regulations made under section 17A of the Data Protection Act 2018 (Art. 45 UK GDPR)",
        ["safeguard.standardContractualClauses.uk"] = "the International Data Transfer Agreement or the International Data Transfer Addendum to the European Commission's standard contractual clauses, issued by the Information Commissioner under section 119A of the Data Protection Act 2018 (Art. 46(2)(d) UK GDPR)",
        ["criminal.authorisedByLaw.uk"] = "as authorised by domestic law (Art. 10 UK GDPR and section 10 of the Data Protection Act 2018)",
    };
}
