using PrivacyAnalyzers;

// Seed 004 (IoT Smart Solutions). §13 "Our details"; the DPO is mentioned (§5) without contact details.
[assembly: DataController(
    "IoT Smart Solutions",
    Address = "Unit 8 Framlingham, Woodbridge, Suffolk, IP13 9HS",
    Country = "GB",
    Website = "https://www.iotsmartsolutions.com",
    DpoName = "Data Protection Officer",
    SupervisoryAuthority = "Information Commissioner's Office (ICO)",
    // A controller in England under the UK GDPR and the Data Protection Act 2018 (the policy cites the ICO): the notice
    // cites the UK GDPR, a transfer is a recipient outside the United Kingdom, and the complaint goes to the ICO.
    Jurisdiction = Jurisdiction.UkGdpr)]

// Everything not stated otherwise is processed to perform a contract (§2.3, §2.4, §2.6) and provided by the subject.
// The §4.1 retention is stated on the contract-based types (CustomerAccount, Publication, Order), not here: a default
// retention would also fall on cookies, whose retention (§8.2) is a different rule.
[assembly: PersonalDataDefaults(
    LegalBasis = LegalBasis.Contract,
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
