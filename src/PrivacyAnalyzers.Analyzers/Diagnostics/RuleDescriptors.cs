using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Diagnostics;

/// <summary>
/// Every descriptor, made by one factory that fixes the help link and enables the rule by default.
/// Message arguments are documented next to each descriptor.
/// </summary>
internal static class RuleDescriptors
{
    /// <summary>
    /// {0} member name, {1} inferred category id, {2} the evidence: the word(s) matched ("the word 'email'", "the words
    /// 'date of birth'"), with the containing type when its name decided ("the word 'name' in type Customer"), or the member's
    /// type when that decided ("its type Address", "its type System.Net.IPAddress"). Also in the Evidence property.
    /// </summary>
    public static readonly DiagnosticDescriptor PRIV001 = Create(
        RuleIdentifiers.UnannotatedPersonalData,
        DiagnosticCategories.Detection,
        DiagnosticSeverity.Warning,
        "Personal data is not annotated",
        "'{0}' looks like personal data ({1}, from {2}); annotate it with [PersonalData] or mark it [NotPersonalData]",
        "A member whose name, type and containing type say it holds personal data carries neither [PersonalData] nor [NotPersonalData]. Unannotated personal data is missing from the inventory, the privacy policy, the record of processing and the access exports.");

    /// <summary>{0} what the literal looks like ("a Romanian CNP", "an IBAN").</summary>
    public static readonly DiagnosticDescriptor PRIV002 = Create(
        RuleIdentifiers.PersonalDataLiteral,
        DiagnosticCategories.Detection,
        DiagnosticSeverity.Warning,
        "String literal holds real-looking personal data",
        "This string literal looks like real personal data: {0}",
        "A string literal in code holds a value that passes the checks of real personal data (a CNP check digit, an IBAN mod-97, a card Luhn check, an e-mail address, a phone number). Real data in source code is copied to every clone, build log and backup.");

    /// <summary>{0} the retention text, {1} member, {2} what is wrong.</summary>
    public static readonly DiagnosticDescriptor PRIV010 = Create(
        RuleIdentifiers.InvalidRetention,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        "Retention is not a valid ISO 8601 duration",
        "Retention '{0}' on '{1}' is not a valid ISO 8601 duration: {2}",
        "Retention must be an ISO 8601 duration such as P1Y, P6M, P3Y6M, P30D, P1W or PT24H (upper case, whole numbers, no sign), so that the inventory, the policy and erasure jobs read the same period. Personal data is never kept indefinitely: anonymised data is not personal data ([NotPersonalData]), and an archive obligation has a duration.");

    /// <summary>{0} member.</summary>
    public static readonly DiagnosticDescriptor PRIV011 = Create(
        RuleIdentifiers.MissingLegalBasis,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Warning,
        "Personal data has no legal basis",
        "Personal data '{0}' has no legal basis: set LegalBasis on the member, on its [DataSubject] type or in [assembly: PersonalDataDefaults]",
        "Every processing of personal data needs one of the six legal bases of GDPR Art. 6(1); the privacy policy must state it (Art. 13(1)(c)).");

    /// <summary>{0} member, {1} "special-category" or "criminal-offence", {2} category id, {3} the article, {4} the property to set.</summary>
    public static readonly DiagnosticDescriptor PRIV012 = Create(
        RuleIdentifiers.MissingSpecialCategoryCondition,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        "Special-category or criminal data without its condition",
        "'{0}' holds {1} data ({2}), which may only be processed under a condition of GDPR {3}: set {4}",
        "Special-category data (GDPR Art. 9) is prohibited unless one of the conditions of Art. 9(2) applies; criminal data (Art. 10) needs official authority or a law.");

    /// <summary>{0} member.</summary>
    public static readonly DiagnosticDescriptor PRIV013 = Create(
        RuleIdentifiers.ConsentWithoutPurpose,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Warning,
        "Consent without a purpose",
        "'{0}' is processed on consent but states no purpose: set Purpose on the member, on its [DataSubject] type or in [assembly: PersonalDataDefaults], or name the member in a [ProcessingPurpose] of its type",
        "Consent is given for one or more specific purposes (GDPR Art. 6(1)(a), 7); without a purpose the consent request and the policy cannot say what the subject agreed to.");

    /// <summary>{0} category, {1} member, {2} suggestion text (may be empty).</summary>
    public static readonly DiagnosticDescriptor PRIV014 = Create(
        RuleIdentifiers.UnknownCategory,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Warning,
        "Unknown personal-data category",
        "Category '{0}' on '{1}' is neither built in nor declared with [assembly: PersonalDataCategory]{2}",
        "Categories group personal data in the inventory, the policy and the record of processing; a misspelt category silently creates a new group.");

    /// <summary>{0} member, {1} what contradicts what.</summary>
    public static readonly DiagnosticDescriptor PRIV015 = Create(
        RuleIdentifiers.ContradictoryAnnotations,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        "Contradictory annotations",
        "Contradictory annotations on '{0}': {1}",
        "A member cannot be personal data and not personal data at once, nor be processed under two contradictory declarations.");

    /// <summary>{0} member, {1} the member it overrides or implements.</summary>
    public static readonly DiagnosticDescriptor PRIV016 = Create(
        RuleIdentifiers.DroppedAnnotation,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Warning,
        "Override or implementation drops the personal-data annotation",
        "'{0}' drops the [PersonalData] annotation of '{1}'",
        "An override or interface implementation holds the same data as the member it implements; without the annotation the data disappears from the inventory and the exports of the derived type.");

    /// <summary>{0} member, {1} the interop attribute, {2} what is missing.</summary>
    public static readonly DiagnosticDescriptor PRIV017 = Create(
        RuleIdentifiers.IncompleteInteropAnnotation,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Info,
        "Personal data marked by another library lacks details",
        "'{0}' is marked personal data by {1} but the inventory does not know its {2}; add [PersonalData] with them",
        "Members marked with ASP.NET Core Identity's [PersonalData] or a Microsoft.Extensions.Compliance data classification count as annotated, but the policy and the record of processing need a category, a legal basis and a retention.");

    /// <summary>{0} the purpose as written, {1} the type, {2} what is wrong ("names 'Usename', which 'AccountUser' does not declare").</summary>
    public static readonly DiagnosticDescriptor PRIV018 = Create(
        RuleIdentifiers.ProcessingPurposeNamesNoPersonalData,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Warning,
        "Processing purpose that names no personal-data member",
        "[ProcessingPurpose(\"{0}\")] on '{1}' {2}: the privacy notice and the record of processing do not list that data under this purpose",
        "[ProcessingPurpose] links a purpose to the members of its type that serve it; the privacy notice (Art. 13(1)(c)) and the Art. 30(1)(b)-(c) record list under each purpose the categories of those members only. A name that is not a personal-data member declared by the type links nothing: a typo, a renamed member, a member declared by a base type, or one not marked [PersonalData].");

    /// <summary>{0} the personal data, {1} the logging call, {2} empty or " through 'Service.Method'" (reported at a call site).</summary>
    public static readonly DiagnosticDescriptor PRIV020 = Create(
        RuleIdentifiers.PersonalDataLogged,
        DiagnosticCategories.Leaks,
        DiagnosticSeverity.Warning,
        "Personal data written to a log",
        "Personal data '{0}' is written to a log by '{1}'{2}",
        "Logs are copied to log servers, kept longer than the data and read by many people; personal data in them escapes its retention and access control (GDPR Art. 5(1)(c), (e), (f), Art. 32).");

    /// <summary>{0} the personal data, {1} where it goes ("the message of 'InvalidOperationException'", "'Exception.Data'"), {2} empty or " through 'Service.Method'".</summary>
    public static readonly DiagnosticDescriptor PRIV021 = Create(
        RuleIdentifiers.PersonalDataInExceptionMessage,
        DiagnosticCategories.Leaks,
        DiagnosticSeverity.Warning,
        "Personal data in an exception message",
        "Personal data '{0}' is put in {1}{2}",
        "Exception messages and Exception.Data end up in logs, error-tracking services and HTTP error pages, outside the retention and access control of the data (GDPR Art. 5(1)(f), Art. 32).");

    /// <summary>{0} type, {1} member.</summary>
    public static readonly DiagnosticDescriptor PRIV022 = Create(
        RuleIdentifiers.PersonalDataInToString,
        DiagnosticCategories.Leaks,
        DiagnosticSeverity.Warning,
        "ToString prints personal data",
        "ToString() of '{0}' prints personal data '{1}'",
        "ToString() output lands in logs, debugger dumps and string interpolations nobody reviews; a record's compiler-generated ToString prints every property.");

    /// <summary>{0} source member, {1} target member, {2} empty or " through 'Mapper.Map'".</summary>
    public static readonly DiagnosticDescriptor PRIV023 = Create(
        RuleIdentifiers.PersonalDataCopiedToUnannotatedMember,
        DiagnosticCategories.Leaks,
        DiagnosticSeverity.Warning,
        "Personal data copied into an unannotated member",
        "Personal data '{0}' is copied into '{1}'{2}, which is not annotated",
        "A copy of personal data (a DTO, a message, a cache entry) is personal data too; unannotated, it is missing from the inventory and the exports.");

    /// <summary>{0} member, {1} "is personal data" or "leads to personal data ('Type')", {2} why it cannot be read.</summary>
    public static readonly DiagnosticDescriptor PRIV030 = Create(
        RuleIdentifiers.ExportMemberNotAccessible,
        DiagnosticCategories.Generator,
        DiagnosticSeverity.Info,
        "Personal data the generated exporter cannot read",
        "'{0}' {1}, but the generated exporters cannot read it ({2}); it is left out of access and portability exports",
        "The generated exporter is a separate class in the same assembly: it reads public and internal members only. A private or protected member (or one whose type is private) holding personal data is left out of the exports of GDPR Art. 15 and 20.");

    /// <summary>{0} data subject type, {1} why no exporter can be generated.</summary>
    public static readonly DiagnosticDescriptor PRIV031 = Create(
        RuleIdentifiers.NoExporterForSubject,
        DiagnosticCategories.Generator,
        DiagnosticSeverity.Warning,
        "No exporter for a data subject type",
        "No exporter is generated for data subject type '{0}': {1}",
        "Every [DataSubject] type gets a generated exporter that answers access (GDPR Art. 15) and portability (Art. 20) requests; a type the generated code cannot name (private, protected or file-local) gets none.");

    /// <summary>{0} assembly name.</summary>
    public static readonly DiagnosticDescriptor PRIV032 = Create(
        RuleIdentifiers.RuntimeNotReferenced,
        DiagnosticCategories.Generator,
        DiagnosticSeverity.Warning,
        "PrivacyAnalyzers.Runtime is not referenced",
        "Assembly '{0}' holds annotated personal data but does not reference PrivacyAnalyzers.Runtime: its inventory and exporters are not generated",
        "The generated inventory and exporters use the types of PrivacyAnalyzers.Runtime, which the PrivacyAnalyzers package references; a project that references only the annotations gets no inventory and no exporters.");

    /// <summary>{0} data subject type, {1} navigations followed, {2} links to data subjects written without data, {3} credentials withheld, {4} navigations refused (each "Type.Member (reason)", or "none").</summary>
    public static readonly DiagnosticDescriptor PRIV033 = Create(
        RuleIdentifiers.ExportBoundary,
        DiagnosticCategories.Generator,
        DiagnosticSeverity.Info,
        "What a generated exporter follows and refuses",
        "The exporter of '{0}' follows: {1}. Links written without data: {2}. Withheld credentials: {3}. Not followed: {4}.",
        "An access or portability export holds the subject's own data and the data of the objects that belong to it. It never walks into another data subject (written as a link without data), nor into database contexts, queries, disposable resources, self-enumerating trees or framework types unless the member itself is annotated, and it withholds credentials unless [DataSubject(ExportCredentials = true)]. This message lists the boundary for review.");

    /// <summary>{0} member path, {1} why the eraser cannot write it.</summary>
    public static readonly DiagnosticDescriptor PRIV040 = Create(
        RuleIdentifiers.EraseMemberNotWritable,
        DiagnosticCategories.Generator,
        DiagnosticSeverity.Info,
        "Personal data the generated eraser cannot write",
        "'{0}' is personal data the generated eraser cannot erase: {1}; an erasure reports it as 'not erased: cannot write'",
        "The generated eraser answers erasure requests (GDPR Art. 17) and retention purges by assigning each annotated member its erased value in place. A member it cannot assign (get-only, init-only, a positional record member, a private setter, a readonly field, a struct walked as a copy) is not erased; the report says so and this warning says it at build time.");

    /// <summary>{0} member path, {1} its effective legal basis in words.</summary>
    public static readonly DiagnosticDescriptor PRIV041 = Create(
        RuleIdentifiers.RetainWithoutBasis,
        DiagnosticCategories.Generator,
        DiagnosticSeverity.Warning,
        "Retained on erasure without a legal basis that permits it",
        "'{0}' says OnErasure = ErasureAction.Retain, but its legal basis ({1}) does not let the controller keep it against an erasure request; the eraser deletes it. Use RetainForLegalClaims when it is kept for legal claims, or declare the legal obligation or public task.",
        "GDPR Art. 17(3) lets a controller keep personal data after an erasure request only for a legal obligation or a public task (b), for legal claims (e), and a few other exceptions. ErasureAction.Retain is accepted when the member's effective legal basis is LegalObligation or PublicTask; for legal claims use ErasureAction.RetainForLegalClaims.");

    /// <summary>{0} member path, {1} the retention start in words, {2} the RetentionStart name.</summary>
    public static readonly DiagnosticDescriptor PRIV042 = Create(
        RuleIdentifiers.RetentionStartNotHeld,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Info,
        "No member holds the start of a retention",
        "The retention of '{0}' runs from {1}, but neither its type nor the data subject type has a member marked [RetentionStartDate(RetentionStart.{2})]; the generated retention schedule cannot tell when it runs out",
        "A retention purge erases exactly the members whose retention has run out, which it computes from the date of the start event. Mark the member holding that date (a DateTimeOffset or DateTime, nullable or not) with [RetentionStartDate(...)] on the member's own type or on the data subject type.");

    /// <summary>{0} member path, {1} member type.</summary>
    public static readonly DiagnosticDescriptor PRIV043 = Create(
        RuleIdentifiers.NoAnonymisedValue,
        DiagnosticCategories.Generator,
        DiagnosticSeverity.Info,
        "No erased value for personal data that cannot be null",
        "'{0}' cannot be null and PrivacyAnalyzers knows no anonymised value for '{1}'; the generated eraser cannot erase it",
        "The eraser leaves the object graph valid: a member that cannot be null gets a documented anonymised value (a token for text, the default for value types, an empty array). For any other non-nullable reference type there is none; make the member nullable, or keep it with a legal basis that permits retention.");

    /// <summary>{0} member, {1} where the consent was stated (may be empty), {2} the purpose, {3} the words that matched.</summary>
    public static readonly DiagnosticDescriptor PRIV050 = Create(
        RuleIdentifiers.SecurityPurposeOnConsent,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Warning,
        "Authentication, security or fraud prevention on consent",
        "'{0}' is processed on consent{1} for '{2}', a security purpose ('{3}'): authentication, account security and fraud prevention cannot depend on a consent the subject may refuse or withdraw; use LegitimateInterests (GDPR Recitals 47, 49) or Contract (Art. 6(1)(b)).",
        "Consent is valid only where the subject has a genuine choice and can withdraw without detriment (GDPR Art. 4(11), 7(3), 7(4)). A service cannot stop authenticating a user, securing its systems or preventing fraud because one person withdrew consent: fraud prevention and network and information security are legitimate interests (Recitals 47, 49), and logging a customer into the service they signed up for is necessary for the contract (Art. 6(1)(b)).");

    /// <summary>{0} member, {1} where the consent was stated (may be empty), {2} the purpose, {3} the words that matched.</summary>
    public static readonly DiagnosticDescriptor PRIV051 = Create(
        RuleIdentifiers.StrictlyNecessaryStorageOnConsent,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Warning,
        "Strictly necessary cookie or storage on consent",
        "'{0}' is cookie data processed on consent{1} for '{2}' ('{3}'), which the service the user asked for cannot work without: such storage is exempt from consent (ePrivacy Directive Art. 5(3)) and a consent the user may refuse cannot be its basis; use Contract or LegitimateInterests.",
        "Storing or reading information on the user's device needs consent unless it is strictly necessary to provide the service the user explicitly requested (ePrivacy Directive 2002/58/EC Art. 5(3)): authentication, security, shopping-cart and load-balancing cookies are the Article 29 Working Party's examples (Opinion 04/2012). Their GDPR basis is the contract or a legitimate interest; declaring consent tells the user they may refuse what the site cannot work without.");

    /// <summary>{0} member, {1} where the consent was stated (may be empty), {2} why the service needs it.</summary>
    public static readonly DiagnosticDescriptor PRIV052 = Create(
        RuleIdentifiers.ServiceConditionalOnConsent,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Info,
        "The service itself on consent",
        "'{0}' is processed on consent{1}, but {2}: consent is not freely given where the service depends on it (GDPR Art. 7(4)); use Contract (Art. 6(1)(b)) for what the service needs and keep consent for what the subject may refuse.",
        "Consent is presumed not freely given where the performance of a contract, including the provision of a service, depends on it although the processing is not necessary for that performance (GDPR Art. 7(4), Recital 43; EDPB Guidelines 05/2020 on consent, section 3.1.2 'Conditionality'). Data that the service cannot be delivered without are processed on the contract (Art. 6(1)(b)); consent is for what the subject may refuse and still get the service.");

    /// <summary>{0} member, {1} where the statutory retention was stated, {2} its legal basis, {3} its category.</summary>
    public static readonly DiagnosticDescriptor PRIV053 = Create(
        RuleIdentifiers.StatutoryRetentionWithoutLegalObligation,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Info,
        "Retention required by law without a legal-obligation basis",
        "'{0}' is kept until the statutory retention period ends{1}, but its legal basis is {2} and nothing with its category ({3}) is declared on LegalObligation: declare the processing the law requires (Art. 6(1)(c)) so that the notice and the record state the basis of this retention.",
        "Keeping personal data because a law requires it (accounting, tax, archiving) is processing for compliance with a legal obligation, GDPR Art. 6(1)(c), on a basis laid down by law (Art. 6(3)); it is also what lets the controller refuse an erasure request (Art. 17(3)(b)). The privacy notice must state the legal basis of each purpose (Art. 13(1)(c)); with the data declared only on consent, contract or legitimate interests, the notice and the record show no basis for the years the law keeps them.");

    /// <summary>{0} what the detail is on ("Customer.Email", "Customer", "[assembly: PersonalDataDefaults]"), {1} the problem and what to do.</summary>
    public static readonly DiagnosticDescriptor PRIV054 = Create(
        RuleIdentifiers.RetentionDetailCannotApply,
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Warning,
        "Retention detail that cannot apply",
        "'{0}': {1}",
        "RetentionBound and UnansweredCommunications refine a retention: the first says the period is an upper bound (\"for at most 3 years\"), the second how many consecutive unanswered communications end it (\"after six unanswered communications\"). A bound with no retention to bound, a count below 1, a count with no retention that runs from RetentionStart.UnansweredCommunications, or a value that is not a member of RetentionBound would be silently dropped from the notice and the record.");

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string messageFormat, string description) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: RuleHelpUri.For(id));
}
