using PrivacyAnalyzers;

// Seed 002 (Registratura electronică). The policy names no legal entity, only the product and a contact address on the
// citymanager.online domain (the domain of seed 000's controller); it is written here as the policy writes it.
[assembly: DataController(
    "Registratura electronică",
    Email = "registratură@citymanager.online",
    Country = "RO",
    SupervisoryAuthority = "ANSPDCP",
    // "caracteristici personalizate și recomandări"; "publicitate selectată pe baza datelor pe care le procesăm despre
    // dvs.": profiling, which the notice must mention (Art. 13(2)(f)).
    AutomatedDecisionMaking = "Creăm un profil al activităților, intereselor și preferințelor dumneavoastră pentru a vă oferi funcționalități personalizate și recomandări și pentru a afișa publicitate selectată pe baza acestuia.")]

// "Utilizarea site-urilor și serviciilor de Registratură electronică reprezintă acordul dumneavoastră" — the policy's
// general basis is consent, for its three basic purposes; retention: the contract's duration, then at most 3 years.
[assembly: PersonalDataDefaults(
    LegalBasis = LegalBasis.Consent,
    Purpose = "Pentru a ne desfășura activitatea și a furniza serviciile și produsele pe care le oferim (incluzând îmbunătățirea și personalizarea acestora); pentru a trimite comunicări, inclusiv comunicări promoționale și oferte personalizate; pentru a afișa publicitate",
    Retention = "P3Y",
    RetentionFrom = RetentionStart.EndOfContract,
    // "O durată de cel mult 3 ani": an upper bound, not exactly 3 years.
    RetentionBound = RetentionBound.AtMost,
    RetentionNote = "Durata contractuală, apoi cel mult 3 ani după încheierea contractului",
    Source = DataSource.ProvidedBySubject)]

// "cu excepţia cazului în care avem convingerea, de bună credinţă, că legislaţia ne impune acest lucru"
[assembly: Recipient(
    "Autorități publice, când legislația o impune",
    Kind = RecipientKind.PublicAuthority,
    Country = "RO",
    Purpose = "Dezvăluire impusă de lege sau necesară pentru protejarea drepturilor sau a proprietății")]
