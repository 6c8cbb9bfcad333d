using PrivacyAnalyzers;

// Seed 001 (Smart Control Panel, "SmartCP"). The policy gives no postal address, only these contacts. "The User's personal
// data will never, under any circumstances, be transferred to third parties, except in cases related to the
// implementation of applicable law": the two recipients below are all there are (AllRecipientsDeclared).
[assembly: DataController(
    "Smart Control Panel (SmartCP)",
    Email = "info@smartcp.org",
    Website = "https://www.smartcp.org",
    AllRecipientsDeclared = true)]

// "By filling out the relevant forms and/or sending their personal data to SmartCP, the User expresses his consent";
// "The term for processing personal data is unlimited. The User may at any time withdraw his consent"; and "We retain
// personal information ... to comply with applicable legal, tax, or accounting requirements".
[assembly: PersonalDataDefaults(
    LegalBasis = LegalBasis.Consent,
    Source = DataSource.ProvidedBySubject,
    Retention = "P0D",
    RetentionFrom = RetentionStart.ConsentWithdrawal,
    AlternativeRetention = "P0D",
    AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd,
    RetentionCombination = RetentionCombination.WhicheverIsLater,
    RetentionNote = "Unlimited until the User withdraws consent (e-mail info@smartcp.org, \"Decline of consent to the processing of personal data\"), or longer where applicable legal, tax or accounting requirements need it; backups are kept for a limited period for disaster recovery only")]

// "Cross-border transfer of personal data": the recipients are not named. What the policy says of the safeguards is
// public text (TransferDetails); what the reviewer must know is in the Note, which only the record shows.
[assembly: Recipient(
    "Processors in other countries or regions",
    Kind = RecipientKind.Processor,
    Safeguard = TransferSafeguard.StandardContractualClauses,
    Purpose = "Processing and storage",
    TransferDetails = "Standard Contractual Clauses, obtaining the User's explicit consent, or other measures as required by law",
    Note = "The policy names neither these processors nor their countries, and names three alternative safeguards; the record keeps the first")]

// "The User's personal data will never ... be transferred to third parties, except in cases related to the
// implementation of applicable law."
[assembly: Recipient(
    "Public authorities, where applicable law requires it",
    Kind = RecipientKind.PublicAuthority,
    Purpose = "Implementation of applicable law")]
