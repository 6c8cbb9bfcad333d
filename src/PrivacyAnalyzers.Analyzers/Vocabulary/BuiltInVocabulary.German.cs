namespace PrivacyAnalyzers.Vocabulary;

internal static partial class BuiltInVocabulary
{
    // German compounds are usually written as one word in identifiers (Geburtsdatum, Telefonnummer), so they are listed whole;
    // umlauts fold (ü → u), and the ue/oe/ae and ss spellings are listed as well.
    private static void AddGerman(VocabularyBuilder b)
    {
        b.Terms("Identity.Name", Weak, Text, "titel");
        b.Terms("Identity.Name", Strong, Text, "vorname", "nachname", "familienname", "geburtsname", "rufname");
        // The patronymic (see the English words), and a middle name.
        b.Terms("Identity.Name", Strong, Text, "vatersname", "patronym", "zweiter vorname", "zweitname");
        // A name's affix (von, zu: the Namenszusatz of German registers), weak.
        b.Terms("Identity.Name", Weak, Text, "namenszusatz");
        // A contact person is a natural person on any record, a company's too (see the English words); "Ansprechpartner" is
        // a person word (below), so a name after it is already the person's.
        b.Terms("Identity.Name", Always, Text, "kontaktperson", "ansprechperson");

        // An employee's ID badge and its number (see the English words); a person's identity card is "Ausweis" (always).
        b.Terms("Identity", Weak, Text | Number, "dienstausweis", "dienstausweisnummer", "mitarbeiterausweis",
            "mitarbeiterausweisnummer", "werksausweis");
        b.Terms("Identity.NationalId", Always, Number, "sozialversicherungsnummer", "versicherungsnummer", "steuer id",
            "identifikationsnummer", "personenkennzahl");
        b.Terms("Identity.Document", Always, Number, "personalausweis", "ausweis", "ausweisnummer", "personalausweisnummer",
            "reisepass", "reisepassnummer", "passnummer", "führerschein", "fuehrerschein", "führerscheinnummer");
        // Thirtieth round: the driving licence by its legal name (Fahrerlaubnis) and its number abbreviated.
        b.Terms("Identity.Document", Always, Number, "fahrerlaubnis", "fahrerlaubnisnummer", "führerscheinnr", "fuehrerscheinnr",
            "führerschein nr", "fuehrerschein nr");
        // A foreign national's papers (see the English words): residence title and visa strong, work permit weak.
        b.Terms("Identity.Document", Strong, Number, "aufenthaltstitel", "aufenthaltserlaubnis", "aufenthaltsgenehmigung",
            "niederlassungserlaubnis", "visumnummer", "visanummer");
        b.Terms("Identity.Document", Weak, Number, "arbeitserlaubnis", "arbeitsgenehmigung");
        // A person's document number (see the English words; thirty-first round): on a person's type only.
        b.Terms("Identity.Document", Weak, Number, "dokumentnummer", "dokumentennummer", "ausweisnr", "ausweis nr");
        b.Terms("Identity.DateOfBirth", Always, Date, "geburtsdatum", "geburtstag", "geboren am");
        // Death (see the English words): the date strong, whether and where weak.
        b.Terms("Identity", Strong, Date, "sterbedatum", "todesdatum", "todestag", "verstorben am", "gestorben am");
        b.Terms("Identity", Weak, Special, "verstorben", "ist verstorben");
        b.Terms("Identity", Weak, Text, "sterbeort", "todesort");
        b.Terms("Identity", Always, Text, "geburtsort");
        b.Terms("Identity", Weak, Enum | Number, "alter", "staatsangehörigkeit", "staatsangehoerigkeit", "familienstand",
            "nationalität", "nationalitaet", "staatenlos");
        // How many children a person has (see the Spanish and French words), weak.
        b.Terms("Identity", Weak, Number, "kinderanzahl", "anzahl kinder", "anzahl der kinder");
        b.TermsOnePerPerson("Identity.Gender", Always, Enum, "geschlecht", "anrede");
        // The pronouns a person goes by (see the English words), weak.
        b.Terms("Identity.Gender", Weak, Text, "pronomen");
        // A sex kept as a flag named for one of its values (IstMaennlich, Weiblich): weak, on a person's record only.
        b.TermsOnePerPerson("Identity.Gender", Weak, Special, "ist männlich", "ist weiblich", "männlich", "weiblich");
        b.Terms("Identity.Photo", Weak, Binary, "foto", "lichtbild", "unterschrift");
        // A profile picture is an account's face wherever it is kept (twenty-second round): strong, as in English.
        b.Terms("Identity.Photo", Strong, Text | Binary, "profilbild", "profilfoto", "benutzerbild", "profilbild url", "profilfoto url",
            "profilbild base64", "profilfoto base64");
        // The same address written address first (thirty-second round; see the English words).
        b.Terms("Identity.Photo", Strong, Text | Binary, "url profilbild", "url profilfoto", "link profilbild", "profilbild link");
        b.Terms("Identity.Photo", Weak, Text | Binary, "foto base64", "bild base64");
        b.Terms("Identity", Weak, Date, "heiratsdatum", "hochzeitsdatum", "datum der eheschließung");
        // An anniversary on a person's record (Mitglied.Hochzeitstag, Jahrestag): a date of that person's life; weak.
        b.Terms("Identity", Weak, Date, "hochzeitstag", "jahrestag");

        b.Terms("Contact.Email", Strong, Text, "e mail adresse", "emailadresse", "mailadresse");
        b.Terms("Contact.Phone", Strong, Number, "telefon", "telefonnummer", "handy", "handynummer", "mobilnummer", "rufnummer",
            "festnetz", "mobiltelefon", "faxnummer");
        // The number to call in an emergency (see the English words; thirty-first round).
        b.Terms("Contact.Phone", Strong, Number, "notfallnummer", "notfalltelefon", "notfalltelefonnummer", "notfall telefon",
            "notfall nummer", "notrufnummer");
        // A telephone exchange, network, operator or company (see the English words): the equipment or the firm, not a number,
        // written as one word (Telefonzentrale) or as two (TelefonZentrale, TelefonAnbieter: "Telefon" then reads as a phone).
        // The Romance languages name these with an adjective (central telefónica, centrale téléphonique, centrală
        // telefonică) that is no phone term, so they need no entry.
        b.Words(WordRole.Owner, "telefonzentrale", "telefon zentrale", "telefonvermittlung", "telefon vermittlung", "telefonnetz",
            "telefon netz", "telefongesellschaft", "telefon gesellschaft", "telefonanbieter", "telefon anbieter", "fernsprechamt",
            "telefonanlage", "telefon anlage");
        // A vehicle's or a room's number of seats (see the English words): a count, not a house number.
        b.Words(WordRole.NotPersonal, "sitzplätze", "sitzplaetze", "anzahl sitzplätze", "sitzplatzanzahl", "sitzanzahl");
        // House numbers and postcodes are often stored as numbers (int? Plz).
        b.Terms("Contact.Address", Weak, Text | Number, "hausnummer", "hausnr", "postleitzahl", "plz");
        // The same compounds written in camel case (StraßenHausNummer, Adresse.HausNr, PostLeitZahl): two or three words.
        b.Terms("Contact.Address", Weak, Text | Number, "haus nummer", "haus nr", "post leitzahl", "post leit zahl");
        b.Terms("Contact.Address", Weak, Text | Number, "gebäudenummer", "gebaeudenummer");
        b.Terms("Contact.Address", Weak, Text, "adresse", "anschrift", "straße", "strasse",
            "wohnort", "wohnanschrift", "wohnadresse", "lieferadresse", "rechnungsadresse", "postfach");

        // An employee's working time (attendance, see the English clock-in words): when the person clocked in and out.
        b.Terms("Usage.Activity", Weak, Date | Text, "kommzeit", "gehzeit", "einstempelzeit", "ausstempelzeit", "arbeitsbeginn",
            "arbeitsende", "pausenbeginn", "pausenende", "einstempeln", "ausstempeln", "überstundenbeginn", "ueberstundenbeginn",
            "überstundenende", "ueberstundenende");

        // Where a person lives (see the English words).
        b.Terms("Contact.Address", Weak, Text, "wohnsitz", "hauptwohnsitz");
        b.Terms("Contact.Address", Strong, Text, "bestelladresse", "bestellungsadresse", "bestellung adresse", "bestell adresse");
        b.Terms("Location.Coarse", Weak, Text, "ort", "stadt", "land", "bundesland", "standort");
        // The parts of a town below it (as English "district", "ward"): on a person's record only.
        b.TermsOnePerPerson("Location.Coarse", Weak, Text, "stadtteil", "ortsteil", "bezirk", "stadtbezirk", "landkreis");
        // The insurance number written short (Versicherungsnr, as "Versicherungsnummer" is already read).
        b.Terms("Identity.NationalId", Weak, Number, "versicherungsnr", "versicherungs nr");
        // Who pays a bill (ZahlerName): a person word, as English "payer".
        b.Words(WordRole.Subject, "zahler", "zahlerin");

        b.Terms("Financial.BankAccount", Strong, Number, "bankverbindung", "kontonummer", "bankkonto", "kontoverbindung");
        b.Terms("Financial.PaymentCard", Strong, Number, "kartennummer", "kreditkarte", "kreditkartennummer");
        // A card's expiry, as text, a number or a date (see the English words).
        b.Terms("Financial.PaymentCard", Strong, Number | Date, "karte gültig bis", "kartenablaufdatum", "karten ablaufdatum",
            "ablaufdatum karte", "ablaufdatum der karte");
        b.Terms("Financial.TaxId", Weak, Number, "steuernummer", "steueridentifikationsnummer", "umsatzsteuer id", "ust id");

        b.Terms("Online.Username", Strong, Text, "benutzername", "nutzername", "anmeldename");
        b.Terms("Online.IpAddress", Strong, Text, "ip adresse");
        b.Terms("Credentials.Password", Strong, Binary, "passwort", "kennwort", "passwort hash");
        // The password typed twice (see the English words; thirty-first round).
        b.Terms("Credentials.Password", Strong, Binary, "passwort wiederholen", "passwortwiederholung", "passwort wiederholung",
            "kennwort wiederholen", "passwort bestätigen", "passwort bestaetigen", "passwortbestätigung", "passwortbestaetigung");
        b.Terms("Credentials.Secret", Weak, Binary, "geheimzahl", "sicherheitsfrage");

        b.Terms("Content.Message", Weak, Text, "nachricht", "betreff", "anfrage", "bemerkung", "bemerkungen", "notiz", "notizen");
        // A note staff keep on a person's record (MitgliedAdresse.Hinweis, MitgliedFamilie.Hinweis: twenty-sixth round), read
        // as the English "notes": weak, on a person's record only; a form's or an error's Hinweis stays quiet.
        b.Terms("Content.Message", Weak, Text, "hinweis", "hinweise", "einzelheiten");
        b.Terms("Content.Message", Weak, Text, "vorschlag");
        // A teacher's or an assessor's appreciation of a person's work (thirty-first round; see the English words).
        b.Terms("Content.Feedback", Weak, Text, "beurteilung", "beurteilungen", "lehrerkommentar");
        b.Terms("Content.Feedback", Weak, Text, "kommentar", "bewertung", "beschwerde");
        // Twenty-ninth round: a review's opinion in parts (see the English words).
        b.Terms("Content.Feedback", Weak, Text, "vorteile", "nachteile", "positive aspekte", "negative aspekte", "stärken", "schwächen");
        // Their plurals (twenty-third round): a German plural in -e or -en, which the English "s" the table strips does not
        // reach; weak as the singulars.
        b.Terms("Content.Feedback", Weak, Text, "kommentare", "bewertungen", "beschwerden");
        b.Terms("Content.Message", Weak, Text, "nachrichten", "anfragen", "vorschläge", "vorschlaege");
        // A complaint's title (see the English words).
        b.Terms("Content.Feedback", Strong, Text, "beschwerdetitel", "beschwerde titel", "beschwerdebetreff", "beschwerde betreff");
        b.Terms("Employment", Weak, Number, "gehalt", "lohn", "arbeitgeber", "personalnummer");
        // A person's finances as a lender or an insurer reads them (sixteenth round): income and expenses, a mortgage's or a rent's
        // payment. Weak: on a person's record, or with a person word in the name (KreditnehmerEinkommen); a firm's or a flat's are not.
        b.Terms("Financial", Weak, Number, "einkommen", "monatliches einkommen", "monatseinkommen", "jahreseinkommen",
            "nettoeinkommen", "bruttoeinkommen", "ausgaben", "monatliche ausgaben", "miete", "monatsmiete", "kreditrate");
        // A person's own money (nineteenth round): a balance, a wallet, earnings, debts, savings. Weak: a customer's, an account
        // holder's or a driver's on a person's record or on a row that belongs to one (a Kunde's Konto, a borrower's loan
        // application: TypeOwners); a company's balance, a shop's takings and a report's totals are no one's.
        b.Terms("Financial", Weak, Number, "kontostand", "guthaben", "schulden", "ersparnisse", "verdienst");
        // A period's opening or closing balance is the books' (a till's, a ledger's: CaixaDTO.SaldoFinal), not anyone's money.
        b.Words(WordRole.NotPersonal, "anfangsguthaben", "endguthaben", "anfangskontostand", "endkontostand");
        b.Terms("Employment", Weak, Date, "eintrittsdatum", "austrittsdatum");
        // An employee's file: a written warning, a disciplinary measure, retirement (twenty-eighth round; see the English words).
        b.Terms("Employment", Weak, Date, "abmahnung", "abmahnungen", "disziplinarmaßnahme", "disziplinarmassnahme",
            "renteneintritt", "renteneintrittsdatum");

        // A person's entry into and exit from employment (ArbeitsrechtEintritt, LetzterAustritt): dates only.
        b.Terms("Employment", Weak, Date, "eintritt", "austritt");

        // The pay scale a person is placed in (Verwendungsgruppe, Gehaltsstufe).
        b.Terms("Employment", Weak, Number, "verwendungsgruppe", "gehaltsstufe", "gehaltsgruppe", "lohngruppe", "lohnstufe");
        // The payroll tax class (see the English words), weak; a patient's medical history, health data wherever it is
        // (as "Krankenakte" and "Vorerkrankungen" are).
        b.Terms("Employment", Weak, Number, "steuerklasse", "lohnsteuerklasse");
        // A wound (thirty-first round; see the English words). "Verletzung" is also a breach of a rule, and stays out.
        b.Terms("Special.Health", Strong, Special, "wunde", "wunden");
        b.Terms("Special.Health", Strong, Special, "krankengeschichte", "anamnese");

        // A payslip's figures, seniority and leave on an employee's record, and when the person was hired or dismissed.
        // Weak: a table of tax rates is no one's.
        // Each is one per person: a Praemie type (a contest's prize) is not a holder of anyone's details.
        b.TermsOnePerPerson("Employment", Weak, Number, "bruttolohn", "nettolohn", "bruttogehalt", "nettogehalt", "prämie",
            "praemie", "zulage", "zulagen", "lohnsteuer", "abzüge", "abzuege", "vorschuss", "lohnvorschuss",
            "betriebszugehörigkeit", "betriebszugehoerigkeit", "überstunden", "ueberstunden", "urlaubstage", "resturlaub");
        // A payslip's allowance and deduction lines (twenty-eighth round; see the English words).
        b.TermsOnePerPerson("Employment", Weak, Number, "mietzuschuss", "fahrtkostenzuschuss", "abzug", "darlehensrückzahlung",
            "darlehensrueckzahlung");
        b.Terms("Employment", Weak, Date, "einstellungsdatum", "kündigungsdatum", "kuendigungsdatum");
        b.Terms("Employment", Weak, Date, "beschäftigungsbeginn", "beschaeftigungsbeginn", "beschäftigungsende", "beschaeftigungsende");
        // Thirtieth round: the year a person was hired or joined (see the English words).
        b.Terms("Employment", Weak, Number | Date, "einstellungsjahr", "eintrittsjahr", "jahr der einstellung");

        // A patient's previous and chronic illnesses and hospital stays: health data wherever they are.
        b.Terms("Special.Health", Strong, Special, "vorerkrankungen", "vorerkrankung", "chronische erkrankungen",
            "chronische erkrankung", "krankenhausaufenthalt", "medikation");

        // A person's initials, and the person to call in an emergency (a name).
        b.Terms("Identity.Name", Weak, Text, "initialen", "notfallkontakt");
        // Who decides for the person and who treats them (thirty-third round; see the English words): Austria's Sachwalter and
        // Erwachsenenvertreter, Germany's gesetzlicher Betreuer, the family doctor.
        b.Terms("Identity.Name", Weak, Text, "sachwalter", "sachwalterin", "erwachsenenvertreter", "erwachsenenvertreterin",
            "gesetzlicher betreuer", "gesetzliche betreuerin", "rechtlicher betreuer", "hausarzt", "hausärztin", "hausaerztin");
        // A person's kinship to another (see the English words): weak, on a person's type only.
        b.TermsOnePerPerson("Identity", Weak, Text, "verwandtschaft", "verwandtschaftsgrad", "verwandtschaftsverhältnis",
            "verwandtschaftsbeziehung");
        // The spouse kept by name (FHIR RelatedPerson, an HR master record's family data): weak, on a person's type only.
        // "Ehepartner", a person word, is read as a name alone (IsPersonNoun).
        b.Words(WordRole.Subject, "ehegatte", "ehegattin");
        // A wedding's witness (see the English words; "Pate" and "Sprecher" are left out: a pâté, a spokesman's tool).
        b.Words(WordRole.Subject, "trauzeuge", "trauzeugin");
        // The clergy and a health professional (see the English words).
        b.Words(WordRole.Subject, "pfarrer", "pfarrerin", "priester", "pastorin", "seelsorger", "seelsorgerin", "gesundheitsfachkraft");
        // "Namen", the inflected form (ShowOrderKundenNamen, MitgliedNamen): a name as "Name" is.
        b.Terms("Identity.Name", Weak, Text, "namen");

        // When a user logged in or out (Benutzer.Angemeldet, Abgemeldet): dates only.
        b.Terms("Usage.Activity", Weak, Date, "angemeldet", "abgemeldet", "letzte anmeldung", "zuletzt angemeldet");
        // When a member was last active or online (ZuletztAktiv, ZuletztOnline, LetzteAktivitaet: thirty-third round).
        b.Terms("Usage.Activity", Weak, Date | Text, "zuletzt aktiv", "zuletzt online", "letzte aktivität", "letzte aktivitaet");

        // Free text a person wrote, read with its type's name (Feedback.Beschreibung, Mitteilungen.Titel): a feedback's or a
        // message's title and description. A product's or a module's description stays quiet.
        b.Terms("Content.Feedback", Strong, Text, "feedback beschreibung", "feedback titel");
        b.Terms("Content.Message", Strong, Text, "mitteilung beschreibung", "mitteilungen beschreibung", "mitteilung titel",
            "mitteilungen titel", "nachricht beschreibung", "nachricht titel", "nachrichten beschreibung", "nachrichten titel");

        // A person's role or job (FunktionAnsprechpartner); a type named with one is a lookup of the options.
        b.TermsOnePerPerson("Employment", Weak, Text, "funktion", "beruf", "berufsbezeichnung", "stellenbezeichnung");

        // A civil servant's or a teacher's official title (Lehrkraft.Amtsbezeichnung: Studienrat, Oberstudienrätin) or rank.
        b.TermsOnePerPerson("Employment", Weak, Text, "amtsbezeichnung", "dienstbezeichnung", "dienstgrad");

        // A mail's recipient, read with the type's name (MailModel.Empfaenger).
        b.Terms("Contact.Email", Strong, Text, "mail empfänger", "email empfänger", "mail empfaenger", "email empfaenger");

        // A person's eyesight (see the English words): Sehschärfe, Visus, Pupillendistanz, Augeninnendruck, Keratometrie.
        b.Terms("Special.Health", Strong, Number | Special, "sehschärfe", "sehschaerfe", "visus", "pupillendistanz", "pupillenabstand",
            "augeninnendruck", "keratometrie", "brillenrezept", "brillenverordnung");
        b.Terms("Special.Health", Weak, Special, "gesundheit", "gesundheitszustand");
        // What a medical examination or a laboratory found: a "Befund" alone is also a technical inspection's (weak).
        b.Terms("Special.Health", Strong, Number | Special, "untersuchungsbefund", "laborbefund", "arztbefund",
            "untersuchungsergebnis", "untersuchungsergebnisse", "laborergebnis", "laborergebnisse");
        // A laboratory's result named in full (thirtieth round; see the English words): the compounds written apart.
        b.Terms("Special.Health", Weak, Number | Special, "labor ergebnis", "labor ergebnisse", "labor befund", "blutwerte");
        b.Terms("Special.Health", Weak, Number | Special, "befund", "befunde");
        // Vital signs (fifteenth round; see the English words; "Puls" is listed in Romanian).
        b.Terms("Special.Health", Weak, Number | Special, "blutdruck", "herzfrequenz", "herzrhythmus", "atemfrequenz",
            "sauerstoffsättigung", "sauerstoffsaettigung", "körpertemperatur", "koerpertemperatur");
        // Laboratory results (thirtieth round; see the English words, which hold Calcium, Magnesium, Ferritin, CRP, HbA1c).
        b.Terms("Special.Health", Weak, Number, "blutzucker", "blutglukose", "glukose", "hämoglobin", "haemoglobin wert",
            "hämatokrit", "haematokrit", "erythrozyten", "leukozyten", "thrombozyten", "blutplättchen", "blutplaettchen",
            "neutrophile", "lymphozyten", "monozyten", "eosinophile", "basophile", "cholesterin", "hdl cholesterin",
            "ldl cholesterin", "triglyceride", "harnstoff", "kreatinin", "harnsäure", "harnsaeure", "kalzium", "kalium",
            "natrium", "serumeisen", "glykiertes hämoglobin", "blutsenkung", "blutsenkungsgeschwindigkeit", "blutbild");
        // Organ donation (thirtieth round; see the English words).
        b.TermsOnePerPerson("Special.Health", Weak, Number | Enum, "spenderorgan", "organtyp", "organart", "organ typ",
            "benötigtes organ", "gespendetes organ", "organtransplantation");
        // A blood bank's stock of a component (see the English words).
        b.Words(WordRole.NotPersonal, "menge thrombozyten", "thrombozyten menge", "menge erythrozyten", "erythrozyten menge");
        // A person's height and weight on a health record (Gesundheitsakte.Koerpergroesse): weak, the person's type decides
        // (a parcel's weight is no one's).
        b.Terms("Special.Health", Weak, Number | Special, "körpergröße", "koerpergroesse", "körpergewicht", "koerpergewicht",
            "gewicht", "bmi", "body mass index");
        // "Größe" alone beside them (thirty-third round: PatientDTO.Groesse, a number), as "taille", "altura", "înălțime" are
        // read: German's height word; a measure word, so a person's parcel's size stays the parcel's (TypeOwners). One per
        // person: a type named by it (RunTrack's BlattGroesse, a sheet size) is a catalogue of sizes, not a health record.
        b.TermsOnePerPerson("Special.Health", Weak, Number, "größe", "groesse");
        // A thing's size on a person's record is the thing's (Benutzer.SchriftGroesse, a user's font size; a picture's, a
        // file's, a page's size), as a picture's weight is (below).
        b.Words(WordRole.NotPersonal, "schrift größe", "schrift groesse", "datei größe", "datei groesse", "bild größe",
            "bild groesse", "foto größe", "foto groesse", "seiten größe", "seiten groesse", "blatt größe", "blatt groesse",
            "papier größe", "papier groesse", "fenster größe", "fenster groesse", "avatar größe", "avatar groesse");
        // Body composition and energy use (twenty-third round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "körperfett", "koerperfett", "körperfettanteil", "koerperfettanteil",
            "grundumsatz", "muskelmasse", "taillenumfang", "hüftumfang", "hueftumfang");
        // A picture's or a parcel's own weight read with the type's name (Foto.Gewicht, Datei.Gewicht).
        b.Words(WordRole.NotPersonal, "foto gewicht", "bild gewicht", "datei gewicht");
        // An advance directive, palliative care, the care level and the care allowance (thirty-third round; see the English
        // words): Patientenverfügung, Vorsorgevollmacht, Pflegestufe (Austria), Pflegegrad (Germany), Betreuungsstufe,
        // Pflegegeld, a disabled person's pass.
        b.Terms("Special.Health", Weak, Number | Special, "patientenverfügung", "patientenverfuegung", "vorsorgevollmacht",
            "betreuungsverfügung", "betreuungsverfuegung", "keine reanimation", "reanimationsstatus", "palliativ",
            "palliativpflege", "palliativversorgung", "palliativbetreuung", "behindertenausweis", "schwerbehindertenausweis");
        b.TermsOnePerPerson("Special.Health", Weak, Number | Special, "pflegestufe", "pflegegrad", "betreuungsstufe", "pflegegeld");
        // Exempt from the prescription charge or the co-payment (thirty-third round; see the English words).
        b.Terms("Financial", Weak, Number | Special, "rezeptgebührbefreiung", "rezeptgebuehrbefreiung", "rezeptgebührenbefreiung",
            "rezeptgebuehrenbefreiung", "zuzahlungsbefreiung", "befreiung von der zuzahlung");
        // A hospital's discharge summary: the patient's stay, findings and treatment (twenty-fourth round; in every built-in language).
        b.Terms("Special.Health", Strong, Special, "entlassungsbericht", "entlassbericht", "entlassungsbrief", "entlassbrief");
        b.Terms("Special.Health", Strong, Special, "diagnose", "krankheit", "allergie", "allergien", "behinderung",
            "krankenkasse", "krankenversicherung", "schwerbehinderung");
        // A person has one blood type (thirtieth round; see the English words): a list of blood types is a catalogue
        // of the options, not anybody's.
        b.TermsOnePerPerson("Special.Health", Strong, Special, "blutgruppe");
        // Allergic, the adjective (twenty-second round; see the English words).
        b.Terms("Special.Health", Strong, Special, "allergisch", "allergiker", "allergikerin");
        // A diagnosis coded in the classification of diseases, ICD-10 (twenty-seventh round; see the English words).
        b.Terms("Special.Health", Strong, Special, "icd schlüssel", "icd schluessel", "icd kode", "icd kodierung", "diagnoseschlüssel",
            "diagnoseschluessel");
        // A medical history's conditions and findings (twenty-second round; see the English words).
        b.Terms("Special.Health", Strong, Special, "bluthochdruck", "hypertonie", "epilepsie", "herzerkrankung", "herzkrankheit",
            "tuberkulose", "geschlechtskrankheit", "geschlechtskrankheiten", "schwangerschaft", "schwanger",
            "körperliche untersuchung", "koerperliche untersuchung", "diabetiker", "asthmatiker", "epileptiker");
        b.Terms("Special.Health", Weak, Special, "fieber", "narkose", "anästhesie", "anaesthesie", "drogenkonsum", "raucher",
            "wundheilung");
        b.Terms("Special.Biometric", Strong, Special | Binary, "fingerabdruck", "biometrie");
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "ethnische herkunft", "ethnie", "ethnische zugehörigkeit",
            "ethnische zugehoerigkeit", "volkszugehörigkeit", "volkszugehoerigkeit");
        b.Terms("Special.PoliticalOpinion", Strong, Special, "politische meinung", "parteizugehörigkeit", "parteizugehoerigkeit",
            "parteimitgliedschaft", "parteimitglied", "politische einstellung", "politische überzeugung", "politische ueberzeugung");
        b.Terms("Special.ReligiousBelief", Strong, Special, "konfession", "religionszugehörigkeit", "religionszugehoerigkeit");

        // Religious affiliation and the rites that reveal it (see the English list): the church-tax mark of a payroll, the
        // sacraments a person received. Kommunion, Pfarrei, Kirche, Trauung, Seelsorge only beside a strong one.
        b.Terms("Special.ReligiousBelief", Strong, Special, "konfessionszugehörigkeit", "konfessionszugehoerigkeit",
            "kirchenzugehörigkeit", "kirchenzugehoerigkeit", "kirchensteuer", "kirchensteuermerkmal", "glaubensrichtung",
            "glaubensgemeinschaft", "religionsgemeinschaft", "kirchenaustritt");
        b.Terms("Special.ReligiousBelief", Strong, Special | Number | Date, "taufe", "getauft", "taufdatum", "tauftag", "taufort",
            "erstkommunion", "firmung", "konfirmation", "kirchliche trauung");
        b.Terms("Special.ReligiousBelief", Weak, Special | Number | Date, "kommunion", "sakrament", "sakramente", "pfarrei",
            "pfarrgemeinde", "kirchengemeinde", "kirche", "trauung", "seelsorge");

        b.Terms("Special.TradeUnion", Strong, Special, "gewerkschaft", "gewerkschaftszugehörigkeit", "gewerkschaftszugehoerigkeit",
            "gewerkschaftsmitglied", "gewerkschaftsmitgliedschaft");
        // A health professional's registration (see the English and Portuguese lists): a doctor's LANR; one per person, weak.
        b.TermsOnePerPerson("Identity", Weak, Number, "lanr", "arztnummer", "lebenslange arztnummer");
        // A lawyer's admission number (see the English bar number), a voter's number in the register (rare); a pupil's
        // number and pass (Schueler.Schuelerkennzahl; twenty-fifth round), as a student's Matrikelnummer.
        b.TermsOnePerPerson("Identity", Weak, Number, "zulassungsnummer", "anwaltsnummer");
        b.Terms("Identity.NationalId", Strong, Number, "wählerverzeichnisnummer", "waehlerverzeichnisnummer", "wählernummer",
            "waehlernummer");
        b.Terms("Identity", Strong, Number, "schülernummer", "schuelernummer", "schülerkennzahl", "schuelerkennzahl",
            "schülerausweis", "schuelerausweis", "schülerausweisnummer", "schuelerausweisnummer", "schüler id", "schueler id");
        // A student's matriculation number (see the English words; thirty-fourth round): only a student has one, strong.
        b.Terms("Identity", Strong, Number, "matrikelnummer", "matrikelnr", "matrikel nr", "matrikel nummer", "matrikel id");
        b.Terms("Special.SexLife", Strong, Special, "sexuelle orientierung", "sexuelle identität", "sexuelle identitaet", "sexualleben");

        // Vulnerable populations on a citizen's record (see the English list).
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "indigenes volk", "indigene bevölkerung", "indigene herkunft");
        b.Terms("Special.RacialOrEthnicOrigin", Weak, Special, "indigen", "indigene");
        b.Terms("Special.SexLife", Strong, Special, "lgbt bevölkerung", "lgbt community");
        b.Terms("Identity", Strong, Special, "opfer bewaffneter konflikte", "menschenrechtsverteidiger", "menschenrechtsverteidigerin",
            "asylbewerber", "asylbewerberin", "asylsuchend", "asylsuchende");
        b.Terms("Identity", Weak, Special, "migrant", "migrantin", "einwanderer", "flüchtling", "fluechtling", "gefluechtet", "geflüchtet",
            "obdachlos", "wohnungslos");
        b.Terms("Criminal", Strong, Special, "vorstrafe", "vorstrafen", "führungszeugnis", "fuehrungszeugnis", "straftat",
            "straftaten", "strafregister", "strafregisterauszug", "vorbestraft", "verurteilung", "verurteilungen");
        // People in criminal proceedings, how they look, and a pay statement (twenty-second round; see the English words).
        // "Abrechnung" alone is any settlement, not a pay statement.
        b.Words(WordRole.Subject, "verdächtiger", "verdaechtiger", "verdächtige", "verdaechtige", "tatverdächtiger",
            "tatverdaechtiger", "beschuldigter", "beschuldigte", "angeklagter", "angeklagte", "häftling", "haeftling",
            "gefangener", "gefangene", "insasse", "täter", "taeter", "täterin", "taeterin", "straftäter", "straftaeter");
        b.Terms("Identity", Weak, Text, "personenbeschreibung", "äußere erscheinung", "aeussere erscheinung", "besondere merkmale",
            "körperliche merkmale", "koerperliche merkmale");
        // The description's parts (thirty-third round; see the English words): hair and eye colour, build, distinguishing marks.
        b.TermsOnePerPerson("Identity", Weak, Text | Enum, "haarfarbe", "augenfarbe", "statur", "körperbau", "koerperbau",
            "besondere kennzeichen", "besondere äußerliche kennzeichen", "besondere aeusserliche kennzeichen",
            "äußerliche kennzeichen", "aeusserliche kennzeichen", "äußere kennzeichen", "aeussere kennzeichen");
        b.Words(WordRole.Subject, "lohnabrechnung", "lohnabrechnungen", "gehaltsabrechnung", "gehaltsabrechnungen",
            "entgeltabrechnung", "entgeltabrechnungen", "lohnzettel", "gehaltszettel", "verdienstabrechnung");

        // Language parity, class by class (tenth round): a surname written as "Zuname", a full name, a nickname; birth
        // written short (GebDatum); pension and health-insurance numbers; a floor, an address's addition; a device; a
        // one-time code; free text (Inhalt, Anmerkung), a cancellation's reason (AbsageGrund), a cover letter and a CV;
        // monthly and hourly pay, working hours, a dismissal; an employee's initials (Kürzel); a passport photo.
        b.Terms("Identity.Name", Strong, Text, "zuname", "vollständiger name", "vollstaendiger name", "vor und nachname",
            "name des kontoinhabers", "kontoinhaber name");
        b.Terms("Identity.Name", Weak, Text, "spitzname");
        // What a person writes of themselves on a profile (UeberMich: thirty-third round), weak as English "about me".
        b.Terms("Content.Publication", Weak, Text, "über mich", "ueber mich");
        // Sixteenth round: given and family name written short (Vorn, Nachn, as forms and old schemas abbreviate them), a
        // person's on a person only ("vorn" is also "in front").
        b.TermsOnePerPerson("Identity.Name", Weak, Text, "vorn", "nachn", "vornam", "nachnam");
        b.TermsOnePerPerson("Identity.Name", Weak, Text, "kürzel", "kuerzel", "namenskürzel", "namenskuerzel");
        b.Terms("Identity.DateOfBirth", Always, Date, "geb datum", "gebdatum", "geburtsdat", "geb dat");
        // A date of birth kept as its year (see the English words): a runner's Geburtsjahrgang is the year they were born.
        b.Terms("Identity.DateOfBirth", Strong, Number, "geburtsjahr", "geburtsjahrgang", "geb jahr", "gebjahr");
        b.Terms("Identity.NationalId", Always, Number, "rentenversicherungsnummer", "krankenversichertennummer",
            "versichertennummer", "svnr", "sv nummer", "ahv nummer", "ahvnummer");
        // Switzerland's AHV number written short (AHV-Nr., AHVN13) and its identity card; "AHV" alone on a person only
        // (thirteenth round).
        b.Terms("Identity.NationalId", Always, Number, "ahv nr", "ahvn13", "ahvn");
        b.TermsOnePerPerson("Identity.NationalId", Weak, Number, "ahv");
        b.Terms("Identity.Document", Always, Number, "identitätskarte", "identitaetskarte");
        b.Terms("Contact.Address", Weak, Text | Number, "stockwerk", "adresszusatz", "wohnungsnummer", "tuernummer",
            "türnummer");

        // The supplement of an address read with its type's name (Adresse.Zusatz), as English "address addition" is.
        b.Terms("Contact.Address", Weak, Text, "adresse zusatz", "adress zusatz", "anschrift zusatz");
        b.Terms("Contact.Phone", Strong, Number, "telephon", "telephonnummer", "tel nr", "telnr", "telefonnr", "mobiltelefonnummer", "handynr");
        // The details by which a person is reached, kept as one object (Schueler.Kontaktdaten; twenty-third round): weak, a
        // holder of contact details, the person's record decides.
        b.Terms("Contact", Weak, Text, "kontaktdaten", "kontaktinformationen", "kontaktangaben", "kontakt daten");
        b.Terms("Contact.Email", Strong, Text, "private e mail", "privat email");
        b.Terms("Online.DeviceId", Strong, Guid, "geräte id", "geraete id", "geräteid", "geraeteid", "gerätekennung");
        b.Terms("Online.UserAgent", Strong, Text, "browserkennung");
        // Twenty-ninth round: a one-time code (Einmalcode, OTP-/TOTP-Code), as the English "otp code".
        b.Terms("Credentials.Secret", Strong, Binary, "einmalcode", "einmal code", "einmalkennwort", "otp code", "totp code", "sms code");
        b.Terms("Credentials.Secret", Strong, Binary, "bestätigungscode", "bestaetigungscode", "verifizierungscode",
            "sicherheitscode", "einmalpasswort", "wiederherstellungscode");
        b.Terms("Content.Feedback", Weak, Text, "inhalt", "freitext", "anmerkung", "anmerkungen", "rückmeldung",
            "rueckmeldung");
        b.Terms("Content.Message", Strong, Text, "absagegrund", "absage grund", "stornierungsgrund", "stornogrund",
            "abmeldegrund", "grund der absage", "anschreiben", "bewerbungsschreiben", "motivationsschreiben",
            "private nachricht", "persönliche nachricht", "persoenliche nachricht");
        b.TermsOnePerPerson("Employment", Strong, Text | Binary, "lebenslauf", "lebenslauf url", "lebenslauf datei");
        b.Terms("Employment", Weak, Number, "monatsgehalt", "jahresgehalt", "stundenlohn", "stundensatz", "monatslohn",
            "monatsgehälter", "monatsgehaelter", "arbeitsstunden", "wochenstunden", "wochenarbeitszeit", "gehaltshistorie",
            "anstellungshistorie", "anstellungsdetails", "anstellungsdetail");
        // An employee's pay rates (see the English list).
        b.Terms("Employment", Weak, Number | Text, "überstundensatz", "ueberstundensatz", "überstundenlohn", "ueberstundenlohn",
            "lohnsatz");
        b.Terms("Employment", Weak, Bool | Date, "gekündigt", "gekuendigt", "ist gekündigt", "ist gekuendigt");
        // A worker's employment record (fifteenth round): contract start and end, base pay, gainful employment, a CV's parts
        // (experience, qualifications, skills).
        b.Terms("Employment", Weak, Date, "vertragsbeginn", "vertragsende", "beginn des vertrags", "ende des vertrags");
        b.Terms("Employment", Weak, Date | Text, "schichtbeginn", "schichtende", "dienstbeginn", "dienstende", "dienstplan");
        b.Terms("Employment", Weak, Number, "grundgehalt", "grundlohn", "istgehalt", "geleistete stunden");
        // A pay statement's tax and social-insurance lines (twenty-second round: AbrechnungSerialObject.Steuerabzug,
        // .ANRentenabzug, .AGKrankenkassenBeitrag): the employee's (AN) and the employer's (AG) contributions and deductions
        // for pension, health, care and unemployment insurance, the solidarity surcharge, written whole or split. Weak, as
        // the other payroll figures: a table of contribution rates is no one's; on a person's or a pay statement's record.
        b.Terms("Employment", Weak, Number, "steuerabzug", "steuer abzug", "rentenabzug", "renten abzug", "rentenbeitrag",
            "renten beitrag", "rentenversicherungsbeitrag", "krankenkassenabzug", "krankenkassen abzug", "krankenkassenbeitrag",
            "krankenkassen beitrag", "krankenversicherungsbeitrag", "pflegekassenabzug", "pflegekassen abzug",
            "pflegekassenbeitrag", "pflegekassen beitrag", "pflegeversicherungsbeitrag", "arbeitslosenabzug", "arbeitslosen abzug",
            "arbeitslosenbeitrag", "arbeitslosen beitrag", "arbeitslosenversicherungsbeitrag", "sozialversicherungsbeitrag",
            "sozialversicherungsbeiträge", "sozialabgaben", "solidaritätszuschlag", "solidaritaetszuschlag");
        b.TermsOnePerPerson("Employment", Weak, Text, "erwerbstätigkeit", "erwerbstaetigkeit", "berufserfahrung",
            "qualifikation", "qualifikationen", "fähigkeiten", "faehigkeiten", "kenntnisse", "berufsziel");
        // Thirtieth round: a professional's profile (see the English words): years of experience, the rating received.
        b.Terms("Employment", Weak, Number | Text, "berufsjahre", "jahre berufserfahrung", "erfahrungsjahre", "jahre erfahrung");
        // Thirty-second round: a job candidate's profile (see the English words).
        b.TermsOnePerPerson("Employment", Weak, Number | Text, "gesamterfahrung", "relevante erfahrung", "kündigungsfrist",
            "kuendigungsfrist");
        b.TermsOnePerPerson("Identity", Weak, Number | Text | Enum, "visumtyp", "visumart", "visastatus");
        b.TermsOnePerPerson("Employment", Weak, Number, "durchschnittsbewertung", "sternebewertung");
        b.Terms("Location.Precise", Strong, Number, "breitengrad", "längengrad", "laengengrad", "gps koordinaten");
        b.Terms("Location.Precise", Strong, Text, "abholort", "ausstiegsort", "absetzort");
        b.Terms("Identity.Photo", Weak, Binary, "passbild", "passfoto", "mitarbeiterfoto");

        b.Words(WordRole.Subject, "kunde", "kunden", "benutzer", "nutzer", "person", "personen", "mitarbeiter", "mitarbeiterin",
            "angestellter", "patient", "patientin", "mitglied", "bewerber", "kontakt", "ansprechpartner", "teilnehmer", "besucher",
            "inhaber", "kontoinhaber", "käufer", "kaeufer", "schüler", "schueler", "bürger", "buerger", "mieter", "gast", "abonnent",
            "empfänger", "empfaenger", "versicherter", "ehepartner");

        // More persons: a care client, a resident, a relative, a driver, a doctor, a nurse, a teacher, a prospect, a sender.
        b.Words(WordRole.Subject, "klient", "klientin", "bewohner", "bewohnerin", "angehöriger", "angehoeriger", "angehörige",
            "angehoerige", "fahrer", "fahrerin", "arzt", "ärztin", "aerztin", "pfleger", "pflegerin", "lehrer", "lehrerin",
            "interessent", "absender", "verfasser", "bewerberin", "kundin", "schülerin", "schuelerin", "elternteil", "eltern",
            "gäste", "gaeste", "studierender", "studierende");
        // Thirtieth round: a delivery's people (see the English words), with the plurals German forms without an "s".
        b.Words(WordRole.Subject, "kurier", "kuriere", "disponent", "disponentin", "disponenten", "zusteller", "zustellerin",
            "paketbote", "fahrerinnen",
            // A school's former students (see the English words).
            "absolvent", "absolventin", "absolventen");
        // A lender's borrower, an insurer's policy holder, a beneficiary (sixteenth round).
        b.Words(WordRole.Subject, "kreditnehmer", "kreditnehmerin", "darlehensnehmer", "darlehensnehmerin", "mitantragsteller",
            "versicherungsnehmer", "versicherungsnehmerin", "begünstigter", "beguenstigter", "begünstigte", "beguenstigte");
        // The parties of a lease and its guarantor (see the English words; "Mieter" is above).
        b.Words(WordRole.Subject, "vermieter", "vermieterin", "mieterin", "bürge", "buerge", "bürgin", "buergin");
        // A loan or credit application is one applicant's request (nineteenth round): its credit score, debts and income are
        // the applicant's, as a donation's are the donor's. Not "application" alone (a program).
        b.Words(WordRole.Subject, "kreditantrag", "kreditanträge", "kreditantraege", "darlehensantrag", "darlehensanträge");

        // Children (a Kita's, a school's). Not "Kind" alone: it is the English meta word "kind" (the kind of).
        b.Words(WordRole.Subject, "kinder", "kleinkind", "säugling", "saeugling");

        // A registration key lets one person sign up (Registrierungsschlüssel); a driving licence's number on a person.
        b.Terms("Credentials.Secret", Strong, Binary, "registrierungsschlüssel", "registrierungsschluessel",
            "registrierungs schlüssel", "registrierungs schluessel");
        // A reset key or token lets its holder set a person's password (Benutzer.ResetSchluessel).
        b.Terms("Credentials.Secret", Strong, Binary, "reset schlüssel", "reset schluessel", "rücksetzschlüssel",
            "ruecksetzschluessel", "rücksetz token", "ruecksetz token",
            // The link sent to reset a password: it carries the reset token (twenty-seventh round; see the English words).
            "rücksetzlink", "ruecksetzlink", "rücksetz link", "ruecksetz link", "zurücksetzen link", "zuruecksetzen link",
            // The Token of a request to reset a password, read with its type's name (PasswortZuruecksetzenRequest.Token).
            "passwort zurücksetzen token", "passwort zuruecksetzen token", "kennwort zurücksetzen token",
            "kennwort zuruecksetzen token", "passwort zurücksetzen request token", "passwort zuruecksetzen request token");

        // A club's or an association's people: its members (Mitglieder, the genitive in MitgliedsNr), owners and holders
        // (Besitzer, Schlüsselbesitzer: who holds a key to the club house), shooters and players.
        b.Words(WordRole.Subject, "mitglieder", "mitglieds", "vereinsmitglied", "vereinsmitglieder", "besitzer", "besitzerin",
            "eigentümer", "eigentuemer", "schlüsselbesitzer", "schluesselbesitzer", "schütze", "schuetze", "schützen", "schuetzen",
            "spieler", "spielerin");
        // People named by their trade or office (fourteenth round; see the English list): a mechanic or fitter, a technician,
        // a judge, a lawyer, a notary, a teacher (Lehrkraft), a lecturer, a carer, a guardian (Vormund). Not "Fahrer" as a
        // class (a driver program is English), nor "Berater" alone as a tool.
        b.Words(WordRole.Subject, "mechaniker", "mechanikerin", "monteur", "monteurin", "techniker", "technikerin",
            "richter", "richterin", "anwalt", "anwältin", "anwaeltin", "rechtsanwalt", "rechtsanwältin",
            "rechtsanwaeltin", "notar", "notarin", "krankenschwester", "pflegekraft", "lehrkraft", "dozent",
            "dozentin", "ausbilder", "ausbilderin", "therapeut", "therapeutin", "psychologe", "psychologin", "apotheker", "apothekerin", "tierarzt",
            "tierärztin", "tieraerztin", "zahnarzt", "zahnärztin", "zahnaerztin", "hebamme", "erzieher", "erzieherin",
            "betreuer", "betreuerin", "elektriker", "friseur", "friseurin", "kassierer", "kassiererin", "kellner",
            "kellnerin", "berater", "beraterin", "vormund", "sachbearbeiter", "sachbearbeiterin", "personalvermittler",
            "personalvermittlerin", "handwerker", "stylistin", "hairstylistin");
        // An association's auditor, elected from its members (see the Romanian "cenzor"; thirty-fourth round): a person.
        b.Words(WordRole.Subject, "kassenprüfer", "kassenpruefer", "kassenprüferin", "kassenprueferin", "rechnungsprüfer",
            "rechnungspruefer", "rechnungsprüferin", "rechnungsprueferin");

        // Who leads a group of people (fifteenth round; see the English words): "Leiter" alone is also a ladder and a
        // conductor, the compounds are not.
        b.Words(WordRole.Subject, "gruppenleiter", "gruppenleiterin", "teamleiter", "teamleiterin", "leiterin");


        // People named by the role they take toward a service (thirteenth round): an adopter (the BGB's Annehmender), a
        // receptionist, a donor (Spender: of money, of blood).
        b.Words(WordRole.Subject, "adoptant", "adoptantin", "annehmender", "rezeptionist", "rezeptionistin",
            "empfangsmitarbeiter", "empfangsmitarbeiterin", "spender", "spenderin");

        // A donation is one donor's gift (see the English "donation").
        b.Words(WordRole.Subject, "spende");

        // A member number identifies one member (MitgliedsNr, Mitgliedsnummer, MitgliederNr), as a personnel number does.
        b.Terms("Identity", Strong, Text | Number, "mitgliedsnummer", "mitgliedsnr", "mitgliedernummer", "mitgliedernr",
            "mitgliednummer", "mitgliednr", "mitglieds nr", "mitglieds nummer", "mitglieder nr", "mitglieder nummer", "mitglied nr",
            "mitglied nummer");

        b.Words(WordRole.Owner, "produkt", "artikel", "kategorie", "datei", "ordner", "dokument", "firma", "unternehmen",
            "gesellschaft", "organisation", "bank", "filiale", "abteilung", "projekt", "anwendung", "dienst", "rechner", "gerät",
            "vorlage", "lager", "lieferant", "hersteller", "firmen", "geschäft",
            // A club, an association, a foundation, an event, a carrier: not persons (Verein.Email, Veranstaltung.Ort).
            "verein", "verband", "stiftung", "veranstaltung", "spedition", "zentrum",
            // A team (Mannschaft; "Team" is the English word), as a club is: an organisation (twenty-eighth round).
            "mannschaft");

        // A practice, a clinic, a law firm (see the English words); a channel (Kanal: a feedback's or a sale's).
        b.Words(WordRole.Owner, "praxis", "arztpraxis", "zahnarztpraxis", "kanzlei", "klinik", "krankenhaus", "kanal");

        // An establishment, a place of business (see the English words; twenty-ninth round). Hotel, Restaurant, Museum and
        // Theater are the English words.
        b.Words(WordRole.Owner, "gaststätte", "gaststaette", "gasthaus", "kirche", "kino");

        // A pharmacy, a laboratory (see the English words; eighteenth round). An Apotheker stays a person.
        b.Words(WordRole.Owner, "apotheke", "apotheken", "drogerie", "laboratorium");

        // A school, a kindergarten, a court (see the English words; nineteenth round).
        b.Words(WordRole.Owner, "schule", "grundschule", "kita", "gericht", "amtsgericht");

        // A course, an election (see the English words; thirty-fourth round).
        b.Words(WordRole.Owner, "kurs", "kurse", "wahl", "wahlen", "inventar", "bestand");
        // A clinical trial (see the English words). A "Studie" is only a study (a student's studies are "Studium").
        b.Words(WordRole.Owner, "studie", "studien", "klinische studie", "klinische studien");

        // A property for sale or rent (see the English words; twenty-fifth round).
        b.Words(WordRole.Owner, "immobilie", "immobilien", "liegenschaft", "mietobjekt", "kaufobjekt");

        b.Words(WordRole.Meta, "typ", "länge", "laenge", "format", "bestätigt", "bestaetigt", "vorlage", "richtlinie",
            "anzahl", "maximal", "muster");

        b.Words(WordRole.Technical, "einstellungen", "einstellung", "konfiguration", "optionen", "parameter");
    }
}
