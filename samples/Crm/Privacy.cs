using PrivacyAnalyzers;

// Seed 003 (SoftManager CRM). The controller's details are those the public policy gives, as written there.
[assembly: DataController(
    "S.C. SOFTMANAGER S.R.L.",
    Address = "str. Zmeului, nr 21, Ploiesti, Prahova, Romania",
    Country = "RO",
    TaxId = "RO 40699588",
    RegistrationNumber = "J29/1098/2019",
    SupervisoryAuthority = "ANSPDCP",
    // §5.5: "The overall responsibility for data security rests with the Data Protection Officer (DPO)" — named, with
    // no contact details: the notice asks for them.
    DpoName = "Data Protection Officer",
    // §4.1: "To conclude a contract of adhesion to the service SoftManager CRM … you must provide us with the necessary
    // personal data" (Art. 13(2)(e)); §2 marks what is mandatory and what optional.
    ProvisionRequirement = "Providing the personal data marked as mandatory is a contractual requirement: to conclude the SoftManager CRM contract you must provide it, and without it we cannot conclude or perform the contract. Data marked as optional may be left out.",
    // §5 "How we protect your information?", for the record of processing (Art. 30(1)(g)).
    SecurityMeasures = "Cloud hosting in OVH's data centres in France with full redundancy, load balancing and continuous backup; all transmissions encrypted (SSL); access by authorised staff only, over encrypted connections; staff and subcontractors bound by confidentiality; security reports and an audit trail of administrative operations (policy §5)")]

// §4.1: "either on the basis of your consent, or if the processing is necessary to execute a contract" — the account,
// users, clients and contacts exist to run the CRM contract. §9.1: backups are kept 7 days; the policy states no
// retention period for the data itself (§11.3: deleted on request or when no longer needed).
[assembly: PersonalDataDefaults(
    LegalBasis = LegalBasis.Contract,
    Source = DataSource.ProvidedBySubject,
    RetentionNote = "No retention period is stated: kept while the CRM contract runs and deleted on request or when no longer needed (policy §11.3); database backups are kept 7 days (§9.1).")]

// §5.1, §7.1, §9.1: all data is stored in OVH's data centres in France.
[assembly: Recipient(
    "OVH SAS (RCS Lille Metropole 424 761 419 00045, 2 rue Kellermann, 59100 Roubaix)",
    Kind = RecipientKind.Processor,
    Country = "FR",
    Purpose = "Cloud and infrastructure services: storage and hosting of all data")]

// §7, §7.2: disclosure to law enforcement when the law requires it.
[assembly: Recipient(
    "Law enforcement bodies and competent state bodies",
    Kind = RecipientKind.PublicAuthority,
    Country = "RO",
    Purpose = "Disclosure when the law requires it or the competent bodies of the state request it")]

// Trade-register data and VAT status describe a company, and a person when the customer is a sole trader (PFA).
[assembly: PersonalDataCategory(
    "Business.Registration",
    Description = "Trade-register number, EUID and VAT status of a company or sole trader")]
