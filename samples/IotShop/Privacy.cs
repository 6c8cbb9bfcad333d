using PrivacyAnalyzers;

// Seed 004 (IoT Smart Solutions). §13 "Our details"; the DPO is mentioned (§5) without contact details.
[assembly: DataController(
    "IoT Smart Solutions",
    Address = "Unit 8 Framlingham, Woodbridge, Suffolk, IP13 9HS",
    Country = "GB",
    Website = "https://www.iotsmartsolutions.com",
    DpoName = "Data Protection Officer",
    SupervisoryAuthority = "Information Commissioner's Office (ICO)")]

// §4.1 "Necessary for Performance of Contract: 12 months after the ceasing of our contract with the customer", and
// §4.5 "we may retain your personal data where such retention is necessary for compliance with a legal obligation".
// Types processed on consent or legitimate interests state their own §4.2 / §4.3 rules.
[assembly: PersonalDataDefaults(
    LegalBasis = LegalBasis.Contract,
    Retention = "P12M",
    RetentionFrom = RetentionStart.EndOfContract,
    AlternativeRetention = "P0D",
    AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd,
    RetentionCombination = RetentionCombination.WhicheverIsLater,
    RetentionNote = "The lifespan of the products or service contracts plus 12 months, to contact customers in an emergency such as a product recall; longer where a legal obligation requires it (§4.1, §4.5). Reviewed every 12 months.",
    Source = DataSource.ProvidedBySubject)]

// §3.1–§3.3, §3.5: disclosures that apply to any personal data in the policy.
[assembly: Recipient(
    "Members of our group of companies (subsidiaries, ultimate holding company and its subsidiaries)",
    Kind = RecipientKind.ThirdParty,
    Purpose = "Insofar as reasonably necessary for the purposes, and on the legal bases, set out in the policy")]
[assembly: Recipient(
    "Our insurers and professional advisers",
    Kind = RecipientKind.ThirdParty,
    Purpose = "Obtaining or maintaining insurance coverage, managing risks, obtaining professional advice, and the establishment, exercise or defence of legal claims")]
[assembly: Recipient(
    "Our subcontractors",
    Kind = RecipientKind.Processor,
    Purpose = "Insofar as reasonably necessary for the supply of goods/services requested by you")]
[assembly: Recipient(
    "Public authorities and courts",
    Kind = RecipientKind.PublicAuthority,
    Purpose = "Compliance with a legal obligation, protection of vital interests, and the establishment, exercise or defence of legal claims")]
