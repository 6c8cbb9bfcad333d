namespace PrivacyAnalyzers.Vocabulary;

internal static partial class BuiltInVocabulary
{
    // French (France, Belgium, Switzerland, Quebec, the Maghreb), with accents (folding makes "prénom" and "prenom" equal);
    // "de", "du", "des", "d", "la", "le" are stop words, so "dateDeNaissance", "date_naissance" and "DateNaissance" all match
    // "date de naissance". Written class by class from the language, as the English table is.
    // False friends left out on purpose: "numéro" alone (a number of anything), "nombre" (a count: a meta word), "image"
    // alone (a product's as often as a person's), "pv" (a private message, but also minutes and a game's hit points),
    // "fixe", "poste" as a phone (a job as often), "père" and "mère" as person words (a tree's parent), "recherche".
    private static void AddFrench(VocabularyBuilder b)
    {
        // Names and name parts.
        b.Terms("Identity.Name", Weak, Text, "nom", "surnom", "nom d'usage", "initiales");
        // When a member was last connected or active (DerniereConnexion, DerniereActivite) and what they write of themselves
        // on a profile (AProposDeMoi): thirty-third round.
        b.Terms("Usage.Activity", Weak, Date | Text, "dernière connexion", "dernière activité");
        b.Terms("Content.Publication", Weak, Text, "à propos de moi");
        b.Terms("Identity.Name", Strong, Text, "prénom", "prenom", "prénoms", "nom de famille", "nom de naissance",
            "nom de jeune fille", "nom complet", "nomcomplet", "nom et prénom", "nom prénom", "prénom nom", "patronyme",
            // Twenty-ninth round: the post-name of Central African French names (nom, postnom, prénom: ClsMembre.Postnom).
            "postnom", "post nom",
            "nom du père", "nom de la mère", "prénom du père", "prénom de la mère", "nom du conjoint",
            "nom du titulaire", "titulaire de la carte", "titulaire du compte", "nom de l'expéditeur", "nom du destinataire");

        // The person to call (in an emergency, or on a company's record: its contact person).
        b.Terms("Identity.Name", Weak, Text, "contact d'urgence");
        // Who decides for the person and who treats them (thirty-third round; see the English words).
        b.Terms("Identity.Name", Weak, Text, "tuteur légal", "tutrice", "curateur", "curatrice", "médecin traitant",
            "médecin de famille", "médecin référent");
        // The spouse kept by name and the person to notify (see the German words): weak, on a person's type only.
        b.Terms("Identity.Name", Weak, Text, "personne à prévenir");
        // A person's kinship to another (see the English words): weak, on a person's type only.
        b.TermsOnePerPerson("Identity", Weak, Text, "lien de parenté", "lien parenté", "parenté", "degré de parenté");
        // The spouse: person words, read as a name alone (IsPersonNoun), not name terms (a term would take the head from
        // the term before it: DateNaissanceEpoux is the husband's birth date).
        b.Words(WordRole.Subject, "conjointe", "époux", "épouse");
        // Godparents and witnesses of a sacrament, a speaker (see the English words).
        b.Words(WordRole.Subject, "parrain", "marraine", "témoin", "intervenant", "conférencier");
        // The clergy and a health professional (see the English words).
        b.Words(WordRole.Subject, "prêtre", "curé", "pasteur", "aumônier", "professionnel de santé", "professionnel santé");
        // A contact person is a natural person on any record, a company's too (see the English words).
        b.Terms("Identity.Name", Always, Text, "personne à contacter", "personne de contact", "personne contact");

        // National ids: France's social security number (NIR, INSEE), its health card; Belgium's national register number
        // (NISS, "numéro national"), Switzerland's AVS number, Quebec's social insurance number (NAS), the Maghreb's national
        // identity card (CIN, Morocco and Tunisia). "Matricule" is an employee's or a student's number (also a car's plate in
        // some countries): weak, on a person.
        b.Terms("Identity.NationalId", Always, Number, "numéro de sécurité sociale", "numero securite sociale", "nir",
            "numéro d'identification", "numero insee", "numéro ss", "numero secu", "num secu", "sécurité sociale",
            "carte vitale", "numéro carte vitale", "numéro national", "numéro de registre national", "registre national",
            "numéro avs", "numero avs", "numéro d'assurance sociale", "numéro cin", "numero cin", "num cin", "n cin");
        // The social security number written short, as French code writes it (Patient.NoSecu, NumSecu, NoInsee; twenty-eighth
        // round): "no", "n" and "num" abbreviate "numéro"; "sécu" names only social security.
        b.Terms("Identity.NationalId", Always, Number, "no secu", "no sécu", "n secu", "n sécu", "num sécu", "numéro secu",
            "numéro sécu", "numéro insee", "no insee", "num insee", "numéro de sécu", "no ss", "n ss", "num ss");
        b.Terms("Identity.NationalId", Strong, Number, "cin", "cni", "numéro cni");
        // Quebec's health insurance number (RAMQ), the Maghreb's national identification number (NIN); Quebec's NAS and
        // Switzerland's AVS number written short are other words too (network storage, audio-video): on a person only
        // (thirteenth round).
        b.Terms("Identity.NationalId", Always, Number, "ramq", "numéro ramq", "numéro d'assurance maladie", "numéro nas",
            "numero nas", "numéro nin", "numéro d'identification national");
        b.TermsOnePerPerson("Identity.NationalId", Weak, Number, "nas", "avs");
        b.Terms("Identity", Weak, Text | Number, "matricule", "numéro matricule", "numéro d'employé", "numéro employé",
            "numéro de salarié", "numéro étudiant", "numéro d'étudiant", "numéro d'adhérent", "numéro adhérent",
            "numéro de membre", "numéro client", "numéro de client");
        b.Terms("Identity.Document", Always, Number, "carte d'identité", "carte identite", "pièce d'identité", "piece identite",
            "passeport", "numéro de passeport", "permis de conduire", "numéro de permis", "numéro permis de conduire",
            "titre de séjour", "carte de séjour", "numéro titre de séjour", "carte nationale d'identité",
            "numéro carte d'identité", "numéro pièce d'identité");
        // A foreign national's papers (see the English words; the residence title is above): a visa's number strong, a
        // work permit weak.
        b.Terms("Identity.Document", Strong, Number, "numéro de visa", "numéro visa");
        b.Terms("Identity.Document", Weak, Number, "permis de travail", "autorisation de travail");
        // A person's document number (see the English words; thirty-first round): on a person's type only. "Numéro de
        // pièce" alone is left out: an accounting voucher's number (Paiement.NumeroPiece on a payment a child's record owns).
        b.Terms("Identity.Document", Weak, Number, "numéro de document", "numéro document");

        // "Permis" alone is also a building permit (permis de construire): a person's driving licence on a person only.
        b.TermsOnePerPerson("Identity.Document", Weak, Number, "permis");
        // Thirtieth round: a licence number on a person, as a driving licence's (see the English words) or a sports
        // federation's licence a club's member holds (adherent.numero_licence).
        b.TermsOnePerPerson("Identity.Document", Weak, Number, "numéro de licence", "numéro licence", "id permis");

        // Scans and copies of a person's papers: the documents themselves.
        b.Terms("Identity.Document", Strong, Text | Binary, "justificatif d'identité", "justificatif de domicile",
            "copie carte d'identité", "copie pièce d'identité", "scan carte d'identité", "photo carte d'identité",
            "copie passeport", "scan passeport");

        // Birth data.
        b.Terms("Identity.DateOfBirth", Always, Date, "date de naissance", "naissance", "anniversaire", "date naiss",
            "dt naissance", "dt naiss", "ddn");
        // A date of birth kept as its year (see the English words).
        b.Terms("Identity.DateOfBirth", Strong, Number, "année de naissance", "année naissance", "an naissance");
        // Death (see the English words): the date strong, whether and where weak.
        b.Terms("Identity", Strong, Date, "date de décès", "date décès", "date du décès");
        b.Terms("Identity", Weak, Special, "décédé", "décédée", "est décédé");
        b.Terms("Identity", Weak, Text, "lieu de décès", "lieu du décès", "lieu décès");
        b.Terms("Identity", Always, Text, "lieu de naissance", "ville de naissance", "pays de naissance",
            "commune de naissance", "département de naissance");
        b.Terms("Identity", Weak, Enum | Number, "âge", "nationalité", "apatride", "situation familiale", "état civil",
            "situation matrimoniale", "nombre d'enfants", "enfants à charge");
        b.Terms("Identity", Weak, Date, "date de mariage", "anniversaire de mariage");

        // Gender, and how a person is addressed (M., Mme).
        b.TermsOnePerPerson("Identity.Gender", Always, Enum, "sexe", "civilité", "civilite");
        // The pronouns a person goes by (see the English words), weak.
        b.Terms("Identity.Gender", Weak, Text, "pronoms");
        // A sex kept as a flag named for one of its values (EstHomme, Masculin; Romanian spells "masculin" and "feminin" the
        // same once accents fold): weak, on a person's record only.
        b.TermsOnePerPerson("Identity.Gender", Weak, Special, "est homme", "est femme", "masculin", "féminin");

        // "Genre" is also a kind (of music, film, book) in French and the word English code uses for it: on a person only.
        b.TermsOnePerPerson("Identity.Gender", Weak, Enum, "genre");

        // Photos and signatures.
        b.Terms("Identity.Photo", Weak, Binary, "photo d'identité", "photo identite");
        // A profile picture is an account's face wherever it is kept (twenty-second round): strong, as in English.
        b.Terms("Identity.Photo", Strong, Text | Binary, "photo de profil", "image de profil", "photo profil", "image profil",
            "url avatar", "url photo de profil", "url photo profil");
        // The same address written address first (thirty-second round; see the English words).
        b.Terms("Identity.Photo", Strong, Text | Binary, "url image profil", "url image de profil", "lien photo profil", "lien photo de profil");
        b.Terms("Identity.Photo", Weak, Text | Binary, "url photo", "url de la photo", "chemin photo", "chemin de la photo", "photo base64",
            "base64 photo");

        // Contact: e-mail, phone (Tél, Tel, GSM in Belgium, a "portable"), fax.
        b.Terms("Contact.Email", Strong, Text, "courriel", "adresse email", "adresse électronique", "adresse mail", "mél",
            "adresse courriel", "email personnel", "mail personnel", "adresse e mail");
        b.Terms("Contact.Phone", Strong, Number, "téléphone", "telephone", "numéro de téléphone", "tél", "portable",
            "numero mobile", "numéro de portable", "num tel", "numéro tel", "numtel", "téléphone portable", "téléphone fixe",
            "téléphone mobile", "téléphone domicile", "téléphone professionnel", "numéro gsm", "numéro de fax",
            "téléphone parent", "téléphone des parents", "téléphone du tuteur", "téléphone urgence");
        // The number to call in an emergency (see the English words; thirty-first round).
        b.Terms("Contact.Phone", Strong, Number, "numéro d'urgence", "numero urgence", "téléphone d'urgence", "tel urgence",
            "num urgence");
        // "GSM" is a mobile phone in Belgium and the network in IoT code: weak, a person's on a person.
        b.Terms("Contact.Phone", Weak, Number, "gsm");

        // "Télé" is how French code shortens téléphone (ApplicationUser.Tele): weak, a person's only.
        b.Terms("Contact.Phone", Weak, Number, "tele", "tele portable");

        // An identification number alone on a person, a registration key that lets one person sign up.
        b.Terms("Identity.NationalId", Weak, Number, "numéro d'identité", "numero identite");
        b.Terms("Credentials.Secret", Strong, Binary, "clé d'inscription", "cle inscription",
            // A reset key or token lets its holder set a person's password.
            "clé de réinitialisation", "cle reinitialisation", "jeton de réinitialisation", "jeton reinitialisation");
        b.Terms("Contact", Always, Text, "email parent", "email des parents", "email du tuteur", "courriel parent");

        // "Coordonnées" are a person's contact details in French (coordinates too: weak, a holder of contact details).
        b.Terms("Contact", Weak, Text, "coordonnées", "coordonnees");

        // A vehicle's or a room's number of seats (see the English words): a count, not a house number ("places" alone is
        // ambiguous, only with its count word).
        b.Words(WordRole.NotPersonal, "sièges", "nombre de places", "nb places", "nombre de sièges", "nombre places");
        // Address parts; a postcode is often stored as a number (int CodePostal, int CP).
        b.Terms("Contact.Address", Weak, Text | Number, "code postal", "codepostal", "cp", "numéro de rue", "numéro de voie",
            "num rue", "numero rue", "numéro de maison", "étage", "appartement", "numéro d'appartement", "boîte postale");
        b.Terms("Contact.Address", Weak, Text | Number, "numéro de bâtiment", "numéro bâtiment", "num bâtiment");
        // Sixteenth round: "adresse" written short (Adr; Romanian "adresă" is shortened the same way, listed once here), a
        // person's on a person only.
        b.TermsOnePerPerson("Contact.Address", Weak, Text, "adr");
        b.Terms("Contact.Address", Weak, Text, "adresse", "rue", "adresse postale", "domicile", "nom de rue",
            "complément d'adresse", "complément adresse", "adresse complémentaire", "lieu dit", "lieu de résidence",
            "adresse de livraison", "adresse de facturation", "adresse domicile", "adresse personnelle");

        // The number of an employee's ID badge (see the English words; not "badge" alone).
        b.Terms("Identity", Weak, Text | Number, "numéro de badge", "numero badge", "badge employé");

        // An employee's working time (attendance, see the English clock-in words): when the person came in and left.
        b.Terms("Usage.Activity", Weak, Date | Text, "heure d'arrivée", "heure d'entrée", "heure de sortie", "heure de pointage",
            "début de pause", "fin de pause");

        // Where a person lives (see the English words).
        b.Terms("Contact.Address", Weak, Text, "adresse de résidence");
        b.Terms("Contact.Address", Strong, Text, "adresse de la commande", "adresse commande");
        b.Terms("Location.Coarse", Weak, Text, "ville", "pays", "commune", "département", "localité", "région", "quartier",
            "arrondissement", "canton", "wilaya", "localisation");
        // A person's insurance number said without "sociale" or "maladie": on a person's record only.
        b.Terms("Identity.NationalId", Weak, Number, "numéro d'assurance", "numéro d'assuré");
        // Who pays a bill (NomPayeur): a person word, as English "payer".
        b.Words(WordRole.Subject, "payeur", "payeuse");
        b.Terms("Location.Precise", Strong, Text, "lieu de prise en charge", "lieu de dépose");

        // Financial ids: bank account (RIB, IBAN), card (its number, its CVV "cryptogramme", its expiry), tax ids.
        b.Terms("Financial.BankAccount", Strong, Number, "compte bancaire", "rib", "numéro de compte", "coordonnées bancaires",
            "relevé d'identité bancaire", "numéro iban", "numéro de compte bancaire");
        b.Terms("Financial.PaymentCard", Strong, Number, "numéro de carte", "carte bancaire", "carte de crédit",
            "numéro carte bancaire", "numéro de carte bancaire", "cryptogramme", "cryptogramme visuel");
        // A card's expiry, as text, a number or a date (see the English words).
        b.Terms("Financial.PaymentCard", Strong, Number | Date, "date d'expiration de la carte", "date expiration carte");
        b.Terms("Financial.TaxId", Weak, Number, "numéro fiscal", "numero fiscal", "siret", "siren", "numéro de tva",
            "numéro d'identification fiscale", "identifiant fiscal", "numéro fiscal de référence");
        // A person's finances as a lender or an insurer reads them (sixteenth round): income and expenses, a mortgage's or a rent's
        // payment. Weak: on a person's record, or with a person word in the name (RevenuEmprunteur); a firm's or a flat's are not.
        b.Terms("Financial", Weak, Number, "revenu", "revenus", "revenu mensuel", "revenus mensuels", "revenu annuel",
            "dépenses", "depenses", "dépenses mensuelles", "charges mensuelles", "mensualité", "mensualite");
        // A person's own money (nineteenth round): a balance, a wallet, earnings, debts, savings. Weak: a customer's, an account
        // holder's or a driver's on a person's record or on a row that belongs to one (a customer's Account, a borrower's loan
        // application: TypeOwners); a company's balance, a shop's takings and a report's totals are no one's.
        b.Terms("Financial", Weak, Number, "solde", "dette", "dettes", "épargne", "epargne", "gains", "portefeuille",
            "score de crédit");
        // A period's opening or closing balance is the books' (a till's, a ledger's: CaixaDTO.SaldoFinal), not anyone's money.
        b.Words(WordRole.NotPersonal, "solde initial", "solde final", "solde de clôture", "solde de cloture");

        // Online identifiers: IP, device, browser, login names.
        b.Terms("Online.IpAddress", Strong, Text, "adresse ip");
        b.Terms("Online.DeviceId", Strong, Guid, "adresse mac", "identifiant appareil", "identifiant de l'appareil",
            "jeton appareil", "jeton push", "jeton de notification");
        b.Terms("Online.UserAgent", Strong, Text, "navigateur", "agent utilisateur");
        b.Terms("Online.Username", Strong, Text, "nom d'utilisateur", "nom utilisateur", "identifiant", "pseudonyme",
            "identifiant de connexion");

        // "Pseudo" is also a pseudo-class or a pseudo-random value in English code: weak, a person's on a person.
        b.Terms("Online.Username", Weak, Text, "pseudo");

        // Credentials and secrets.
        b.Terms("Credentials.Password", Strong, Binary, "mot de passe", "motdepasse", "mdp", "mot de passe hash",
            // Twenty-ninth round: a password under its short forms (ClsUtilisateur.Passe, ClsLogin.MotDepasse).
            "passe", "mot depasse", "ancien mdp", "nouveau mdp",
            "hash mot de passe", "mdp hash", "ancien mot de passe", "nouveau mot de passe", "confirmation mot de passe");
        // The password typed twice (see the English words; thirty-first round).
        b.Terms("Credentials.Password", Strong, Binary, "confirmer mot de passe", "confirmer mdp", "répéter mot de passe",
            "repeter mot de passe", "mot de passe répété", "confirmation mdp");
        b.Terms("Credentials.Secret", Weak, Binary, "code secret", "question secrète", "jeton", "code pin");
        // Twenty-ninth round: a one-time code, head first (CodeOtp, CodeTotp, CodeSms).
        b.Terms("Credentials.Secret", Strong, Binary, "code otp", "code totp", "code sms", "code à usage unique");
        b.Terms("Credentials.Secret", Strong, Binary, "réponse secrète", "code de vérification", "code de validation", "jeton d'accès", "jeton de rafraîchissement", "clé secrète", "clé privée",
            // The link sent to reset a password: it carries the reset token (twenty-seventh round; see the English words).
            "lien de réinitialisation", "lien reinitialisation", "lien réinitialiser mot de passe", "lien reinitialiser mdp");

        // Free text a person writes: messages, comments, complaints, reasons, notes, what is written in a post.
        b.Terms("Content.Message", Weak, Text, "objet du message", "demande", "courrier", "remarque", "remarques", "détails",
            "observation", "observations", "motif", "proposition");
        // A teacher's appreciation of a pupil's work (thirty-first round; see the English words).
        b.Terms("Content.Feedback", Weak, Text, "appréciation", "appréciations", "commentaire enseignant");
        b.Terms("Content.Feedback", Weak, Text, "avis", "commentaire", "commentaires", "réclamation", "plainte", "texte",
            "contenu", "témoignage");
        // A complaint's title (see the English words), head first.
        // Twenty-ninth round: a review's opinion in parts (see the English words).
        b.Terms("Content.Feedback", Weak, Text, "points positifs", "points négatifs", "points forts", "points faibles",
            "aspects positifs", "aspects négatifs", "avantages", "inconvénients");
        b.Terms("Content.Feedback", Strong, Text, "titre réclamation", "titre de la réclamation", "titre plainte", "objet réclamation");
        b.Terms("Content.Message", Strong, Text, "message privé", "message personnel", "motif d'annulation",
            "motif annulation", "raison de l'annulation", "motif d'absence", "motif de l'absence", "motif du congé",
            "motif de congé", "lettre de motivation");

        // A person's job, pay and employment dates. "Fonction", "poste" and "métier" are one per person: a type named with
        // one is a lookup of the options.
        b.Terms("Employment", Weak, Number, "salaire", "employeur", "poste occupé", "salaire brut", "salaire net",
            "salaire de base", "salaire mensuel", "salaire annuel", "rémunération", "taux horaire", "heures supplémentaires",
            "ancienneté", "solde de congés", "jours de congé");
        // An employee's pay rates (see the English list).
        b.Terms("Employment", Weak, Number | Text, "salaire horaire", "taux heures supplémentaires", "taux horaire majoré");
        b.TermsOnePerPerson("Employment", Weak, Number, "prime", "primes", "indemnité", "indemnités", "avance sur salaire");
        // A payslip's deduction and allowance lines (twenty-eighth round; see the English words).
        b.TermsOnePerPerson("Employment", Weak, Number, "retenues", "retenue", "indemnité de logement", "indemnité de transport");
        // A pay statement's social-insurance lines (twenty-second round; see the English words).
        b.Terms("Employment", Weak, Number, "cotisation salariale", "cotisations salariales", "cotisation patronale",
            "cotisations patronales", "cotisations sociales", "retenue à la source", "prélèvement à la source");
        b.TermsOnePerPerson("Employment", Weak, Text, "fonction", "poste", "métier", "profession", "intitulé du poste");
        // A worker's employment record (fifteenth round): contract start and end, base and real pay, hours worked, whether
        // the person was dismissed, a CV's parts (experience, skills, diplomas; "expériences" and "qualifications" are spelled
        // as in English).
        b.Terms("Employment", Weak, Date, "début de contrat", "fin de contrat", "date début contrat", "date fin contrat");
        b.Terms("Employment", Weak, Number, "salaire réel", "heures travaillées");
        // An employee master record's pay grade (see the English words), weak.
        b.Terms("Employment", Weak, Number, "échelon salarial", "grille salariale", "indice salarial");
        b.Terms("Employment", Weak, Date | Text, "début de service", "fin de service", "horaire de travail", "début de poste",
            "fin de poste");
        b.TermsOnePerPerson("Employment", Weak, Bool | Date, "licencié");
        b.TermsOnePerPerson("Employment", Weak, Text, "expérience professionnelle", "compétences", "diplômes", "formations");
        // Thirtieth round: a professional's profile (see the English words): the experience, its years, the rating received.
        b.TermsOnePerPerson("Employment", Weak, Text, "expérience");
        b.Terms("Employment", Weak, Number | Text, "années d'expérience", "ans d'expérience", "nombre d'années d'expérience");
        // Thirty-second round: a job candidate's profile (see the English words).
        b.TermsOnePerPerson("Employment", Weak, Number | Text, "expérience totale", "expérience pertinente", "préavis",
            "délai de préavis");
        b.TermsOnePerPerson("Identity", Weak, Number | Text | Enum, "type de visa", "statut visa");
        b.TermsOnePerPerson("Employment", Weak, Number, "note moyenne", "évaluation moyenne");
        // Thirtieth round: the year a person was hired, and the hiring alone as a date on a person (Moniteur.EmbaucheMnt).
        b.Terms("Employment", Weak, Number | Date, "année d'embauche", "année embauche");
        b.TermsOnePerPerson("Employment", Weak, Date, "embauche");
        b.Terms("Employment", Weak, Date, "date d'embauche", "date embauche", "date d'entrée", "date entrée",
            "date de fin de contrat", "date de départ", "date de sortie", "date de licenciement", "date de démission");
        // An employee's file: a disciplinary sanction, retirement (twenty-eighth round; see the English words).
        b.Terms("Employment", Weak, Date, "sanction disciplinaire", "date de retraite", "date de départ à la retraite");

        // A candidate's CV and its link (the cover letter is above: what the candidate wrote). One per person: a type named
        // Cv is a résumé's record, whose own members are read on their own. "Cv" alone is also a car's horsepower: weak.
        b.TermsOnePerPerson("Employment", Weak, Text | Binary, "cv");
        b.TermsOnePerPerson("Employment", Strong, Text | Binary, "curriculum vitae", "url cv", "lien cv", "fichier cv", "chemin cv");

        // Health.
        // A person's eyesight (see the English words).
        b.Terms("Special.Health", Strong, Number | Special, "acuité visuelle", "écart pupillaire", "distance pupillaire",
            "distance interpupillaire", "pression intraoculaire", "tension oculaire", "kératométrie", "ordonnance optique");
        b.Terms("Special.Health", Weak, Special, "santé", "dossier médical", "traitement", "antécédents");
        b.Terms("Special.Health", Weak, Number | Special, "poids", "tension artérielle", "fréquence cardiaque");
        // Laboratory results (thirtieth round; see the English words; leucocytes, lymphocytes, cholestérol, triglycérides,
        // créatinine fold to the English words, urée to the Romanian).
        b.Terms("Special.Health", Weak, Number, "glycémie", "hémoglobine", "hématocrite", "érythrocytes", "globules rouges",
            "globules blancs", "plaquettes sanguines", "neutrophiles", "éosinophiles", "basophiles", "acide urique",
            "bilirubine", "calcémie", "kaliémie", "natrémie", "fer sérique", "ferritine", "hémoglobine glyquée",
            "protéine c réactive", "vitesse de sédimentation", "numération formule sanguine");
        // Organ donation (thirtieth round; see the English words).
        b.TermsOnePerPerson("Special.Health", Weak, Number | Enum, "organe nécessaire", "organe requis", "type d'organe", "type organe",
            "organe donné", "organe à donner", "greffe d'organe");
        // A blood bank's stock of a component (see the English words).
        b.Words(WordRole.NotPersonal, "quantité globules rouges", "quantité de globules rouges", "quantité plaquettes sanguines",
            "quantité de plaquettes sanguines");
        // Vital signs (fifteenth round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "rythme cardiaque", "pouls", "fréquence respiratoire",
            "saturation en oxygène", "température corporelle", "pression artérielle");
        // A person's height on a health record (DossierMedical.Taille): weak, the person's type decides (a file's size is
        // no one's).
        b.Terms("Special.Health", Weak, Number | Special, "taille", "imc", "indice de masse corporelle");
        // Body composition and energy use (twenty-third round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "masse grasse", "graisse corporelle", "métabolisme de base",
            "métabolisme basal", "masse musculaire", "tour de taille", "tour de hanches");
        // A picture's or a file's own size (Photo.Taille, read with the type's name), not a person's height.
        b.Words(WordRole.NotPersonal, "taille photo", "taille de la photo", "taille image", "taille fichier", "taille du fichier",
            "taille signature", "taille avatar");
        // A hospital's discharge summary: the patient's stay, findings and treatment (twenty-fourth round; in every built-in language).
        // A person has one blood type (thirtieth round, as the Portuguese words were): a list of blood types is a catalogue
        // of the options (BloodTypeViewModel.theBloodTypes), not anybody's.
        b.TermsOnePerPerson("Special.Health", Strong, Special, "groupe sanguin");
        // A wound or an injury (thirty-first round; see the English words).
        b.Terms("Special.Health", Strong, Special, "plaie", "plaies", "blessure", "blessures");
        // An advance directive, palliative care, the degree of dependency (thirty-third round; see the English words): the
        // GIR (groupe iso-ressources) and the allowance it opens (allocation personnalisée d'autonomie).
        b.Terms("Special.Health", Weak, Number | Special, "directives anticipées", "directive anticipée", "ne pas réanimer",
            "non réanimation", "palliatif", "soins palliatifs");
        b.TermsOnePerPerson("Special.Health", Weak, Number | Special, "niveau de dépendance", "degré de dépendance", "gir",
            "groupe iso ressources", "allocation personnalisée d'autonomie");
        // Exempt from the patient's share (thirty-third round; see the English words).
        b.Terms("Financial", Weak, Number | Special, "exonération du ticket modérateur", "exonération ticket modérateur",
            "exonéré du ticket modérateur");
        b.Terms("Special.Health", Strong, Special, "lettre de sortie", "compte rendu de sortie", "résumé de sortie", "compte rendu d'hospitalisation");
        b.Terms("Special.Health", Strong, Special, "maladie", "maladies", "diagnostic médical", "handicap",
            "antécédents médicaux", "maladies chroniques", "maladie chronique", "pathologie", "pathologies", "symptômes",
            "grossesse", "motif de consultation", "motif de la consultation", "allergie", "traitement en cours",
            "numéro de mutuelle");
        // Allergic, the adjective (twenty-second round; see the English words).
        b.Terms("Special.Health", Strong, Special, "allergique", "allergiques");
        // A medical history's conditions and findings (twenty-second round; see the English words; "hypertension" and
        // "tuberculose" are listed in English and Portuguese).
        b.Terms("Special.Health", Strong, Special, "diabète", "diabétique", "asthme", "asthmatique", "épilepsie", "épileptique",
            "cardiopathie", "maladie cardiaque", "infection sexuellement transmissible", "maladie sexuellement transmissible",
            "examen physique", "examen clinique", "enceinte");
        b.Terms("Special.Health", Weak, Special, "fièvre", "anesthésie", "fumeur", "fumeuse", "cicatrisation",
            "restrictions alimentaires", "régime alimentaire");
        b.TermsOnePerPerson("Special.Health", Weak, Special | Number, "ordonnance");
        b.Terms("Special.Health", Weak, Special, "ordonnances");
        // A diagnosis coded in the classification of diseases, CIM-10 (twenty-seventh round; see the English words).
        b.Terms("Special.Health", Strong, Special, "cim 10", "cim10", "cim 11", "cim11", "code cim", "code cim 10");
        // What a medical examination or a laboratory found (DossierPatient.ResultatsExamens, ExamenMedical.Resultat read with
        // its type's name as "résultat (de l') examen médical"): with "médical" the health field whatever the type; without,
        // on a person's record or beside another health member (a school's exam is also an "examen").
        b.Terms("Special.Health", Strong, Number | Special, "résultat d'examen médical", "résultats d'examens médicaux",
            "résultat d'analyse médicale", "résultats d'analyses médicales");
        b.Terms("Special.Health", Weak, Number | Special, "résultat d'examen", "résultats d'examens", "résultat d'analyse",
            "résultats d'analyses");
        // A laboratory's result named in full (thirtieth round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "résultat de laboratoire", "résultats de laboratoire",
            "résultat laboratoire", "analyse de sang", "analyses de sang", "bilan sanguin");
        b.Terms("Special.Biometric", Strong, Special | Binary, "empreinte digitale", "empreintes digitales");
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "origine ethnique", "ethnie", "appartenance ethnique", "groupe ethnique");
        b.Terms("Special.PoliticalOpinion", Strong, Special, "opinion politique", "parti politique", "appartenance politique",
            "affiliation politique");
        b.Terms("Special.ReligiousBelief", Strong, Special, "religion", "confession");

        // Religious affiliation and the rites that reveal it (see the English list). Communion, sacrement, paroisse, église,
        // culte, pastorale, dîme only beside a strong one; "confirmation" is left out (a booking's).
        b.Terms("Special.ReligiousBelief", Strong, Special, "appartenance religieuse", "confession religieuse");
        b.Terms("Special.ReligiousBelief", Strong, Special | Number | Date, "baptême", "baptisé", "baptisée", "première communion",
            "eucharistie", "mariage religieux");
        b.Terms("Special.ReligiousBelief", Weak, Special | Number | Date, "sacrement", "sacrements", "paroisse", "église", "culte",
            "pastorale", "dîme");

        b.Terms("Special.TradeUnion", Strong, Special, "syndicat", "appartenance syndicale", "syndiqué", "adhésion syndicale");
        // A health professional's registration (see the English and Portuguese lists): RPPS, ADELI; one per person, weak.
        b.TermsOnePerPerson("Identity", Weak, Number, "rpps", "numéro rpps", "adeli", "numéro adeli");
        // A voter's card and number (see the English words); a pupil's number (numéro d'élève; the national INE is an
        // acronym of other words too and stays out).
        b.Terms("Identity.NationalId", Always, Number, "carte d'électeur", "carte électeur", "carte électorale",
            "numéro d'électeur", "numero electeur");
        b.Terms("Identity", Strong, Number, "numéro d'élève", "numero eleve", "num eleve", "numéro étudiant", "numero etudiant");
        b.Terms("Special.SexLife", Strong, Special, "orientation sexuelle", "vie sexuelle", "préférence sexuelle", "identité sexuelle");

        // Vulnerable populations on a citizen's record (see the English list).
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "peuple autochtone", "peuples autochtones", "population autochtone");
        b.Terms("Special.RacialOrEthnicOrigin", Weak, Special, "autochtone", "indigène");
        b.Terms("Special.SexLife", Strong, Special, "population lgbt", "population lgbti", "communauté lgbt");
        b.Terms("Identity", Strong, Special, "victime de conflit armé", "défenseur des droits humains", "défenseur des droits de l'homme",
            "demandeur d'asile", "demandeuse d'asile");
        b.Terms("Identity", Weak, Special, "migrant", "migrante", "immigré", "immigrée", "réfugié", "réfugiée", "sans abri",
            "sans domicile", "conflit armé");
        b.Terms("Criminal", Strong, Special, "casier judiciaire", "condamnation", "condamnations", "antécédents judiciaires",
            "antécédents pénaux");
        // People in criminal proceedings, how they look, and a pay statement (twenty-second round; see the English words;
        // "suspect" is listed in English).
        b.Words(WordRole.Subject, "suspecte", "victime", "victimes", "accusé", "accusée", "prévenu", "prévenue", "détenu",
            "détenue", "détenus", "prisonnier", "prisonnière", "délinquant", "délinquante");
        b.Terms("Identity", Weak, Text, "apparence physique", "description physique", "signes particuliers", "signalement");
        // The description's parts (thirty-third round; see the English words): hair and eye colour, build.
        b.TermsOnePerPerson("Identity", Weak, Text | Enum, "couleur des cheveux", "couleur cheveux", "couleur de cheveux",
            "couleur des yeux", "couleur yeux", "couleur d'yeux", "corpulence", "carrure");
        b.Words(WordRole.Subject, "fiche de paie", "fiche paie", "fiches de paie", "bulletin de paie", "bulletin paie",
            "bulletins de paie", "bulletin de salaire", "bulletin salaire", "fiche de salaire");

        // Who the data is about.
        b.Words(WordRole.Subject, "utilisateur", "personne", "employé", "employe", "salarié", "salarie", "membre", "abonné", "abonne",
            "élève", "étudiant", "etudiant", "visiteur", "titulaire", "acheteur", "adhérent", "adherent", "locataire",
            "demandeur", "bénéficiaire", "interlocuteur", "candidat", "candidate", "invité", "auteur", "médecin", "docteur",
            "enseignant", "professeur", "tuteur", "conjoint", "propriétaire", "conducteur", "chauffeur", "passager", "voyageur",
            // Thirtieth round: a delivery's people (see the English words).
            "livreur", "livreuse", "coursier", "coursière", "répartiteur", "répartitrice",
            // A school's former students (see the English words).
            "ancien élève", "ancien étudiant",
            "donneur", "prospect", "particulier", "personne physique", "usager", "assuré", "allocataire", "collaborateur",
            "stagiaire", "apprenant", "inscrit", "destinataire", "expéditeur", "infirmier", "infirmière", "responsable légal",
            "données personnelles");
        // The parties of a lease and its guarantor (see the English words; "locataire" is above); "garant" is Romanian too.
        b.Words(WordRole.Subject, "bailleur", "bailleresse", "garant");

        // Children (a crèche's, a school's).
        b.Words(WordRole.Subject, "enfant", "enfants", "bébé", "nourrisson");
        // People named by their trade or office (fourteenth round; see the English list): a mechanic, a technician, a
        // recruiter, a judge, a lawyer, a notary, a trainer, a carer. Not "serveur" (a server), nor "moniteur" (a screen).
        b.Words(WordRole.Subject, "mécanicien", "mécanicienne", "technicien", "technicienne", "recruteur",
            "recruteuse", "juge", "avocat", "avocate", "notaire", "magistrat", "conseiller", "conseillère",
            "instructeur", "formateur", "formatrice", "entraîneur", "thérapeute", "psychologue", "pharmacien",
            "pharmacienne", "vétérinaire", "nounou", "aide soignant", "aide soignante", "coiffeur", "coiffeuse",
            "plombier", "électricien", "menuisier", "caissier", "caissière", "serveuse", "consultant", "consultante",
            "sage femme", "styliste");
        // An association's auditor, elected from its members (see the Romanian "cenzor"; thirty-fourth round): a person.
        b.Words(WordRole.Subject, "vérificateur aux comptes", "vérificatrice aux comptes", "commissaire aux comptes");
        // Who leads a group of people (fifteenth round) is "leader" in French too: listed once, in English.


        // People named by the role they take toward a service (thirteenth round): an adopter, a receptionist, a donor of
        // money (donateur; a blood donor is a donneur, above).
        b.Words(WordRole.Subject, "adoptant", "adoptante", "réceptionniste", "donateur", "donatrice");
        // A lender's borrower and co-borrower, an insurer's policy holder, a dependant (sixteenth round).
        b.Words(WordRole.Subject, "emprunteur", "emprunteuse", "co emprunteur", "coemprunteur", "souscripteur", "souscriptrice",
            "ayant droit", "personne à charge");
        // A loan or credit application is one applicant's request (nineteenth round): its credit score, debts and income are
        // the applicant's, as a donation's are the donor's. Not "application" alone (a program).
        b.Words(WordRole.Subject, "demande de prêt", "demande pret", "demande de crédit", "demande credit", "demandes de prêt",
            "demandes de crédit");

        // A donation is one donor's gift; French writes "donation" as English does ("don" alone is too short to tell).

        // What is not a person (its own name, e-mail and phone are not personal data).
        b.Words(WordRole.Owner, "produit", "catégorie", "fichier", "dossier", "société", "societe", "entreprise", "banque",
            "serveur", "projet", "modèle", "modele", "magasin", "fournisseur", "agence", "organisme", "établissement",
            "fondation", "boutique", "entrepôt", "filiale", "succursale", "clinique", "hôpital", "laboratoire", "événement",
            "evenement", "campagne", "transporteur", "personne morale", "centre",
            // A team (équipe), as a club is: an organisation (twenty-eighth round; "club" is the English word).
            "équipe");

        // A pharmacy (see the English words; eighteenth round; laboratoire is above). A pharmacien stays a person.
        b.Words(WordRole.Owner, "pharmacie", "pharmacies", "droguerie");

        // An establishment, a place of business (see the English words; twenty-ninth round). "Restaurant" and "cinéma" without
        // its accent are the English words; "agence" is above.
        b.Words(WordRole.Owner, "hôtel", "église", "eglise", "musée", "musee", "théâtre", "theatre", "cinéma");

        // A school, a nursery, a court (see the English words; nineteenth round).
        b.Words(WordRole.Owner, "école", "ecole", "écoles", "crèche", "tribunal");

        // A course, an election (see the English words; thirty-fourth round).
        b.Words(WordRole.Owner, "cours", "élection", "élections", "inventaire");
        // A clinical trial (see the English words). Not "essai" alone: an essay is its writer's.
        b.Words(WordRole.Owner, "essai clinique", "essais cliniques", "étude clinique", "études cliniques");

        // A doctor's or a lawyer's practice (cabinet médical, cabinet d'avocats: CabinetMedical.Email) is an organisation;
        // a channel (canal, as in Spanish, Portuguese and Romanian: CanalDoFeedback) is a feedback's or a sale's way in.
        b.Words(WordRole.Owner, "cabinet", "cabinet médical", "cabinet dentaire", "cabinet d'avocats", "canal");

        // A property for sale or rent (see the English words; twenty-fifth round).
        b.Words(WordRole.Owner, "bien immobilier", "biens immobiliers", "logement", "annonce immobilière");

        b.Words(WordRole.Meta, "longueur", "confirmé", "confirme", "vérifié", "verifie", "modèle", "politique", "nombre", "statut",
            "compteur");

        // A lookup's own label and a company's name: not anyone's.
        b.Words(WordRole.NotPersonal, "libellé", "libelle", "raison sociale", "nom commercial");

        b.Words(WordRole.Technical, "paramètres", "parametres", "paramètre", "réglages", "configuration", "filtre", "filtres",
            "critères", "criteres", "critères de recherche");
    }
}
