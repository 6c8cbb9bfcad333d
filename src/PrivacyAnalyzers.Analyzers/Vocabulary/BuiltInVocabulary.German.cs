namespace PrivacyAnalyzers.Vocabulary;

internal static partial class BuiltInVocabulary
{
    // German compounds are usually written as one word in identifiers (Geburtsdatum, Telefonnummer), so they are listed whole;
    // umlauts fold (ü → u), and the ue/oe/ae and ss spellings are listed as well.
    private static void AddGerman(VocabularyBuilder b)
    {
        b.Terms("Identity.Name", Weak, Text, "vollständiger name", "titel");
        b.Terms("Identity.Name", Strong, Text, "vorname", "nachname", "familienname", "geburtsname", "rufname");
        b.Terms("Identity.NationalId", Always, Number, "sozialversicherungsnummer", "versicherungsnummer", "steuer id",
            "identifikationsnummer", "personenkennzahl");
        b.Terms("Identity.Document", Always, Number, "personalausweis", "ausweis", "ausweisnummer", "personalausweisnummer",
            "reisepass", "reisepassnummer", "passnummer", "führerschein", "fuehrerschein", "führerscheinnummer");
        b.Terms("Identity.DateOfBirth", Always, Date, "geburtsdatum", "geburtstag", "geboren am");
        b.Terms("Identity", Always, Text, "geburtsort");
        b.Terms("Identity", Weak, Enum | Number, "alter", "staatsangehörigkeit", "staatsangehoerigkeit", "familienstand",
            "nationalität", "nationalitaet");
        b.TermsOnePerPerson("Identity.Gender", Always, Enum, "geschlecht", "anrede");
        b.Terms("Identity.Photo", Weak, Binary, "foto", "lichtbild", "profilbild", "unterschrift");
        b.Terms("Identity", Weak, Date, "heiratsdatum", "hochzeitsdatum", "datum der eheschließung");

        b.Terms("Contact.Email", Strong, Text, "e mail adresse", "emailadresse", "mailadresse");
        b.Terms("Contact.Phone", Strong, Number, "telefon", "telefonnummer", "handy", "handynummer", "mobilnummer", "rufnummer",
            "festnetz", "mobiltelefon", "faxnummer");
        // House numbers and postcodes are often stored as numbers (int? Plz).
        b.Terms("Contact.Address", Weak, Text | Number, "hausnummer", "hausnr", "postleitzahl", "plz");
        b.Terms("Contact.Address", Weak, Text, "adresse", "anschrift", "straße", "strasse",
            "wohnort", "wohnanschrift", "wohnadresse", "lieferadresse", "rechnungsadresse", "postfach");
        b.Terms("Location.Coarse", Weak, Text, "ort", "stadt", "land", "bundesland", "standort");

        b.Terms("Financial.BankAccount", Strong, Number, "bankverbindung", "kontonummer", "bankkonto", "kontoverbindung");
        b.Terms("Financial.PaymentCard", Strong, Number, "kartennummer", "kreditkarte", "kreditkartennummer");
        b.Terms("Financial.TaxId", Weak, Number, "steuernummer", "steueridentifikationsnummer", "umsatzsteuer id", "ust id");

        b.Terms("Online.Username", Strong, Text, "benutzername", "nutzername", "anmeldename");
        b.Terms("Online.IpAddress", Strong, Text, "ip adresse");
        b.Terms("Credentials.Password", Strong, Binary, "passwort", "kennwort", "passwort hash");
        b.Terms("Credentials.Secret", Weak, Binary, "geheimzahl", "sicherheitsfrage");

        b.Terms("Content.Message", Weak, Text, "nachricht", "betreff", "anfrage", "bemerkung", "bemerkungen", "notiz", "notizen");
        b.Terms("Content.Feedback", Weak, Text, "kommentar", "bewertung", "beschwerde");
        b.Terms("Employment", Weak, Number, "gehalt", "lohn", "arbeitgeber", "personalnummer");
        b.Terms("Employment", Weak, Date, "eintrittsdatum", "austrittsdatum");

        // A person's entry into and exit from employment (ArbeitsrechtEintritt, LetzterAustritt): dates only.
        b.Terms("Employment", Weak, Date, "eintritt", "austritt");

        // The pay scale a person is placed in (Verwendungsgruppe, Gehaltsstufe).
        b.Terms("Employment", Weak, Number, "verwendungsgruppe", "gehaltsstufe", "gehaltsgruppe", "lohngruppe", "lohnstufe");

        // A payslip's figures, seniority and leave on an employee's record, and when the person was hired or dismissed.
        // Weak: a table of tax rates is no one's.
        // Each is one per person: a Praemie type (a contest's prize) is not a holder of anyone's details.
        b.TermsOnePerPerson("Employment", Weak, Number, "bruttolohn", "nettolohn", "bruttogehalt", "nettogehalt", "prämie",
            "praemie", "zulage", "zulagen", "lohnsteuer", "abzüge", "abzuege", "vorschuss", "lohnvorschuss",
            "betriebszugehörigkeit", "betriebszugehoerigkeit", "überstunden", "ueberstunden", "urlaubstage", "resturlaub");
        b.Terms("Employment", Weak, Date, "einstellungsdatum", "kündigungsdatum", "kuendigungsdatum");

        // A patient's previous and chronic illnesses and hospital stays: health data wherever they are.
        b.Terms("Special.Health", Strong, Special, "vorerkrankungen", "vorerkrankung", "chronische erkrankungen",
            "chronische erkrankung", "krankenhausaufenthalt", "medikation");

        // A person's initials, and the person to call in an emergency (a name).
        b.Terms("Identity.Name", Weak, Text, "initialen", "notfallkontakt");

        // When a user logged in or out (Benutzer.Angemeldet, Abgemeldet): dates only.
        b.Terms("Usage.Activity", Weak, Date, "angemeldet", "abgemeldet", "letzte anmeldung", "zuletzt angemeldet");

        // Free text a person wrote, read with its type's name (Feedback.Beschreibung, Mitteilungen.Titel): a feedback's or a
        // message's title and description. A product's or a module's description stays quiet.
        b.Terms("Content.Feedback", Strong, Text, "feedback beschreibung", "feedback titel");
        b.Terms("Content.Message", Strong, Text, "mitteilung beschreibung", "mitteilungen beschreibung", "mitteilung titel",
            "mitteilungen titel", "nachricht beschreibung", "nachricht titel", "nachrichten beschreibung", "nachrichten titel");

        // A person's role or job (FunktionAnsprechpartner); a type named with one is a lookup of the options.
        b.TermsOnePerPerson("Employment", Weak, Text, "funktion", "beruf", "berufsbezeichnung", "stellenbezeichnung");

        // A mail's recipient, read with the type's name (MailModel.Empfaenger).
        b.Terms("Contact.Email", Strong, Text, "mail empfänger", "email empfänger", "mail empfaenger", "email empfaenger");

        b.Terms("Special.Health", Weak, Special, "gesundheit", "gesundheitszustand");
        b.Terms("Special.Health", Strong, Special, "diagnose", "krankheit", "allergie", "allergien", "behinderung", "blutgruppe",
            "krankenkasse", "krankenversicherung", "schwerbehinderung");
        b.Terms("Special.Biometric", Strong, Special | Binary, "fingerabdruck", "biometrie");
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "ethnische herkunft", "ethnie");
        b.Terms("Special.PoliticalOpinion", Strong, Special, "politische meinung", "parteizugehörigkeit", "parteizugehoerigkeit");
        b.Terms("Special.ReligiousBelief", Strong, Special, "konfession", "religionszugehörigkeit", "religionszugehoerigkeit");
        b.Terms("Special.TradeUnion", Strong, Special, "gewerkschaft", "gewerkschaftszugehörigkeit");
        b.Terms("Special.SexLife", Strong, Special, "sexuelle orientierung");
        b.Terms("Criminal", Strong, Special, "vorstrafe", "vorstrafen", "führungszeugnis", "fuehrungszeugnis", "straftat");

        b.Words(WordRole.Subject, "kunde", "kunden", "benutzer", "nutzer", "person", "personen", "mitarbeiter", "mitarbeiterin",
            "angestellter", "patient", "patientin", "mitglied", "bewerber", "kontakt", "ansprechpartner", "teilnehmer", "besucher",
            "inhaber", "kontoinhaber", "käufer", "kaeufer", "schüler", "schueler", "bürger", "buerger", "mieter", "gast", "abonnent",
            "empfänger", "empfaenger", "versicherter", "ehepartner");

        // A club's or an association's people: its members (Mitglieder, the genitive in MitgliedsNr), owners and holders
        // (Besitzer, Schlüsselbesitzer: who holds a key to the club house), shooters and players.
        b.Words(WordRole.Subject, "mitglieder", "mitglieds", "vereinsmitglied", "vereinsmitglieder", "besitzer", "besitzerin",
            "eigentümer", "eigentuemer", "schlüsselbesitzer", "schluesselbesitzer", "schütze", "schuetze", "schützen", "schuetzen",
            "spieler", "spielerin");

        // A member number identifies one member (MitgliedsNr, Mitgliedsnummer, MitgliederNr), as a personnel number does.
        b.Terms("Identity", Strong, Text | Number, "mitgliedsnummer", "mitgliedsnr", "mitgliedernummer", "mitgliedernr",
            "mitgliednummer", "mitgliednr", "mitglieds nr", "mitglieds nummer", "mitglieder nr", "mitglieder nummer", "mitglied nr",
            "mitglied nummer");

        b.Words(WordRole.Owner, "produkt", "artikel", "kategorie", "datei", "ordner", "dokument", "firma", "unternehmen",
            "gesellschaft", "organisation", "bank", "filiale", "abteilung", "projekt", "anwendung", "dienst", "rechner", "gerät",
            "vorlage", "lager", "lieferant", "hersteller", "firmen", "geschäft",
            // A club, an association, a foundation, an event, a carrier: not persons (Verein.Email, Veranstaltung.Ort).
            "verein", "verband", "stiftung", "veranstaltung", "spedition");

        b.Words(WordRole.Meta, "typ", "länge", "laenge", "format", "bestätigt", "bestaetigt", "vorlage", "richtlinie",
            "anzahl", "maximal", "muster");

        b.Words(WordRole.Technical, "einstellungen", "einstellung", "konfiguration", "optionen", "parameter");
    }
}
