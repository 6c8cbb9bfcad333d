namespace PrivacyAnalyzers.Vocabulary;

internal static partial class BuiltInVocabulary
{
    // Romanian, written with diacritics (folding makes "adresa" and "adresă", "nasterii" and "nașterii" equal).
    // Cod fiscal / CIF / CUI: a company's fiscal code identifies a legal entity and is not personal data, but a PFA's or
    // an individual's is (for a natural person it is the CNP). So they are weak terms: personal data on a person (Client,
    // Persoana…), not on a Firma/Companie, and the CNP itself is always personal data.
    private static void AddRomanian(VocabularyBuilder b)
    {
        b.Terms("Identity.Name", Weak, Text, "nume", "numele", "denumire persoana");
        b.Terms("Identity.Name", Strong, Text, "prenume", "prenumele", "nume familie", "nume de familie", "nume prenume");
        // The patronymic (see the English words; Moldova's and Russia's names carry one).
        b.Terms("Identity.Name", Strong, Text, "patronimic", "patronimicul");
        // A contact person is a natural person on any record, a firm's too (see the English words).
        b.Terms("Identity.Name", Always, Text, "persoana de contact", "persoana contact");
        b.Terms("Identity.NationalId", Always, Number, "cnp", "cnpul", "cod numeric personal", "codul numeric personal", "idnp",
            "cod personal");
        b.Terms("Identity", Strong, Number, "nr matricol", "numar matricol", "număr matricol", "matricol");

        // An ID badge or card (legitimație: an employee's, a student's, a member's) and its number (EmployeeDetailsDTO.NrLegitimatie).
        b.Terms("Identity", Weak, Text | Number, "legitimație", "legitimatie", "nr legitimație", "nr legitimatie", "număr legitimație",
            "numar legitimatie", "legitimație de serviciu", "legitimatie serviciu");
        b.Terms("Identity.Document", Always, Number, "buletin", "serie buletin", "seria buletin", "serie buletinului",
            "numar buletin", "număr buletin", "nr buletin", "serie ci", "seria ci", "numar ci", "nr ci", "carte identitate",
            "carte de identitate", "cartea de identitate", "act identitate", "act de identitate",
            "pașaport", "pasaport", "numar pasaport", "permis conducere", "permis de conducere");
        // A foreign national's papers (see the English words): residence permit and visa strong, work permit weak.
        b.Terms("Identity.Document", Strong, Number, "permis de ședere", "permis ședere", "număr viză", "numar viza");
        b.Terms("Identity.Document", Weak, Number, "permis de muncă", "aviz de muncă");
        // A person's document number (see the English words; thirty-first round): on a person's type only.
        b.Terms("Identity.Document", Weak, Number, "număr act", "numar act", "nr act", "serie act", "seria act");
        b.Terms("Identity.DateOfBirth", Always, Date, "data nașterii", "data nasterii", "data naștere", "data nastere",
            "datanasterii", "zi naștere", "ziua nașterii", "data de naștere",
            // Abbreviated, as a column or a form field writes it (Client.Data_nast; twenty-second set): "nast." for nașterii.
            "data nast", "datanast", "data nastr");
        // A date of birth kept as its year (see the English words).
        b.Terms("Identity.DateOfBirth", Strong, Number, "an naștere", "an nastere", "anul nașterii", "anul nasterii", "an de naștere");
        // Death (see the English words): the date strong, whether and where weak.
        b.Terms("Identity", Strong, Date, "data decesului", "data deces", "data morții", "data mortii");
        b.Terms("Identity", Weak, Special, "decedat", "decedată", "este decedat");
        b.Terms("Identity", Weak, Text, "locul decesului", "loc deces", "locul deces");
        b.Terms("Identity", Always, Text, "locul nașterii", "loc naștere", "loc nastere", "locul de naștere");
        b.Terms("Identity", Weak, Enum | Number, "vârstă", "vârsta", "cetățenie", "cetățenia", "naționalitate", "stare civilă",
            "apatrid", "apatridă");
        // The pronouns a person goes by (see the English words), weak; a post-office box, part of the address, weak.
        b.Terms("Identity.Gender", Weak, Text, "pronume");
        b.Terms("Contact.Address", Weak, Text | Number, "căsuță poștală", "casuta postala");
        b.Terms("Identity", Weak, Date, "data căsătoriei", "data casatoriei", "data nunții", "data nuntii");
        // An anniversary on a person's record (Membru.Aniversare): a date of that person's life; weak, a firm's is quiet.
        b.Terms("Identity", Weak, Date, "aniversare", "aniversarea", "aniversare căsătorie", "aniversare casatorie");
        b.TermsOnePerPerson("Identity.Gender", Always, Enum, "sex", "sexul", "gen persoana");
        b.TermsOnePerPerson("Identity.Gender", Weak, Enum, "gen", "genul");
        // A sex kept as a flag named for one of its values (EsteBarbat, EsteFemeie): weak, on a person's record only.
        b.TermsOnePerPerson("Identity.Gender", Weak, Special, "este bărbat", "este femeie");
        b.Terms("Identity.Photo", Weak, Binary, "poză", "poza", "fotografie", "semnătură", "semnatura");
        // Twenty-ninth round: the picture sent as text (see the English words).
        b.Terms("Identity.Photo", Weak, Text | Binary, "poza base64", "poză base64", "fotografie base64", "base64 poza");

        b.Terms("Contact.Email", Strong, Text, "adresă email", "adresa de email", "adresă e mail", "emailul", "posta electronica",
            "poșta electronică");
        b.Terms("Contact.Phone", Strong, Number, "telefon", "telefonul", "număr telefon", "numar de telefon", "nr telefon",
            "nr tel", "telefon mobil", "mobil", "număr mobil");
        // The number to call in an emergency (see the English words; thirty-first round).
        b.Terms("Contact.Phone", Strong, Number, "număr de urgență", "numar urgenta", "telefon de urgență", "telefon urgenta",
            "nr urgenta");
        b.Terms("Contact.Address", Weak, Text, "adresă", "adresa", "adresei", "adresa postala", "adresă de domiciliu",
            "domiciliu", "domiciliul", "reședință", "resedinta", "stradă", "strada", "număr stradă", "cod poștal", "cod postal",
            "localitate domiciliu", "localitate resedinta");

        // An employee's working time (attendance, see the English clock-in words): when the person came in and left
        // (EmployeeDetailsDTO.OraIntrare, .OraIesire; often kept as text). Weak: a person's record decides.
        b.Terms("Usage.Activity", Weak, Date | Text, "ora intrare", "ora intrării", "ora ieșire", "ora iesire", "ora ieșirii",
            "ora sosire", "ora sosirii", "ora plecare", "ora plecării",
            "inceput pauza", "sfarsit pauza");

        // A vehicle's or a room's number of seats (see the English words; Oferta.NrLocuri): a count, not a house number.
        // "Locuri" alone is left out: a client's places may be their addresses (List<Adresa> Locuri).
        b.Words(WordRole.NotPersonal, "număr locuri", "numar locuri", "nr locuri", "numărul de locuri", "numarul de locuri");
        // Where a person lives (see the English words).
        b.Terms("Contact.Address", Weak, Text, "loc de reședință", "locul de reședință", "loc de domiciliu");
        b.Terms("Contact.Address", Weak, Number, "numarul", "nr strada", "numar strada", "nr apartament", "bloc", "scară",
            "apartament");
        b.Terms("Contact.Address", Weak, Text | Number, "număr clădire", "numar cladire", "nr clădire", "nr cladire");
        b.Terms("Contact.Address", Strong, Text, "adresa comenzii", "adresă comandă", "adresa comanda");
        b.Terms("Location.Coarse", Weak, Text, "oraș", "orasul", "localitate", "localitatea", "județ", "judetul", "țară", "tara",
            "comună", "locație", "locatie");
        // The parts of a town below it (a town's quarter; not "sector": also an industry, a company's field) and a person's
        // insurance number: on a person's record only.
        b.TermsOnePerPerson("Location.Coarse", Weak, Text, "cartier", "cartierul");
        b.Terms("Identity.NationalId", Weak, Number, "număr asigurare", "număr asigurat", "cod asigurat");
        // Who pays a bill (NumePlatitor): a person word, as English "payer".
        b.Words(WordRole.Subject, "plătitor", "plătitorul");
        // A lender's borrower and co-borrower, an insurer's policy holder, a dependant (sixteenth round).
        b.Words(WordRole.Subject, "împrumutat", "imprumutat", "împrumutatul", "imprumutatul", "codebitor", "codebitorul",
            "întreținut", "intretinut");
        // A loan or credit application is one applicant's request (nineteenth round): its credit score, debts and income are
        // the applicant's, as a donation's are the donor's. Not "application" alone (a program).
        b.Words(WordRole.Subject, "cerere de credit", "cerere credit", "cerere de împrumut", "cerere imprumut", "cereri de credit",
            "cereri de împrumut");

        b.Terms("Financial.BankAccount", Strong, Number, "cont bancar", "contul bancar", "cont iban", "număr cont", "nr cont",
            "cont curent", "contbancar");
        // A person's finances as a lender or an insurer reads them (sixteenth round): income and expenses, a mortgage's or a rent's
        // payment. Weak: on a person's record, or with a person word in the name (VenitImprumutat); a firm's or a flat's are not.
        b.Terms("Financial", Weak, Number, "venit", "venituri", "venit lunar", "venituri lunare", "venit anual", "cheltuieli",
            "cheltuieli lunare", "rată ipotecă", "rata ipoteca", "chirie");
        // A person's own money (nineteenth round): a balance, a wallet, earnings, debts, savings. Weak: a customer's, an account
        // holder's or a driver's on a person's record or on a row that belongs to one (a customer's Account, a borrower's loan
        // application: TypeOwners); a company's balance, a shop's takings and a report's totals are no one's.
        b.Terms("Financial", Weak, Number, "soldul", "sold curent", "sold cont", "datorie", "datorii", "economii", "câștiguri",
            "castiguri", "portofel", "scor de credit");
        // Not "sold" alone: it is the English "sold" (Ticket.QuantitySold).
        b.Terms("Financial.PaymentCard", Strong, Number, "număr card", "nr card", "card bancar", "card de credit");
        // A card's expiry, as text, a number or a date (see the English words).
        b.Terms("Financial.PaymentCard", Strong, Number | Date, "data expirare card", "data expirării cardului", "expirare card");
        b.Terms("Financial.TaxId", Weak, Number, "cod fiscal", "codul fiscal", "cif", "cui", "cod unic de înregistrare",
            "cod de identificare fiscală", "cod identificare fiscala");
        b.Terms("Financial.Transaction", Weak, Number, "tranzacție", "tranzactii", "plată", "plati");

        b.Terms("Online.IpAddress", Strong, Text, "adresă ip", "adresa ip");
        b.Terms("Online.Username", Strong, Text, "nume utilizator", "nume de utilizator", "utilizator login");
        b.Terms("Online.UserAgent", Strong, Text, "browserul");

        b.Terms("Credentials.Password", Strong, Binary, "parolă", "parola", "parolei", "parola hash");
        // The password typed twice (see the English words; thirty-first round).
        b.Terms("Credentials.Password", Strong, Binary, "confirmare parolă", "confirmare parola", "confirmă parola",
            "repetă parola", "repeta parola", "parola confirmare", "reintroducere parola", "parola repetata");
        b.Terms("Credentials.Secret", Weak, Binary, "cod pin", "cod de securitate", "indiciu parola", "indiciu parolă");

        b.Terms("Content.Message", Weak, Text, "mesaj", "mesajul", "subiect", "corespondență", "solicitare", "petiție", "petitie");
        // A teacher's appreciation of a pupil's work (thirty-first round; see the English words).
        b.Terms("Content.Feedback", Weak, Text, "apreciere", "aprecieri", "aprecierea");
        b.Terms("Content.Feedback", Weak, Text, "recenzie", "comentariu", "părere", "sesizare", "reclamație", "reclamatie", "continut",
            "conținut", "descriere", "observatii", "observații", "mentiuni", "mențiuni");
        // Their plurals (twenty-third round: Concediu.Comentarii): a Romanian plural ends in -i or -e, which the English "s"
        // the table strips does not reach; weak as the singulars.
        b.Terms("Content.Feedback", Weak, Text, "comentarii", "comentariile", "recenzii", "păreri", "sesizări", "reclamații",
            "reclamatii");
        // Twenty-ninth round: a review's opinion in parts (RecenzieDto.AspectePozitive; see the English words).
        b.Terms("Content.Feedback", Weak, Text, "aspecte pozitive", "aspecte negative", "puncte forte", "puncte slabe", "avantaje",
            "dezavantaje");
        b.Terms("Content.Message", Weak, Text, "mesaje", "mesajele", "solicitări", "petiții", "petitii");
        // A complaint's title (see the English words), head first.
        b.Terms("Content.Feedback", Strong, Text, "titlu reclamație", "titlu reclamatie", "titlu sesizare", "titlul reclamației");
        b.Terms("Employment", Weak, Number, "salariu", "salariul", "salarii", "salariu brut", "salariu net", "funcție", "functia",
            "angajator", "loc de muncă", "impozit venit", "impozit pe venit", "cas", "cass", "tarif orar", "ore contract",
            "ore suplimentare", "total ore", "deducere", "deducere personala", "total deducere", "plata salarii");
        // An employee's pay rates (see the English list).
        b.Terms("Employment", Weak, Number | Text, "salariu orar", "tarif ore suplimentare", "tarif orar ore suplimentare");
        b.Terms("Employment", Weak, Date, "data angajarii", "data angajare", "data angajari");
        // Thirtieth round: the year a person was hired (Soferi.an_angajare; see the English words).
        b.Terms("Employment", Weak, Number | Date, "an angajare", "an angajarii", "anul angajarii", "anul angajării");
        // The position an employee holds (Angajati.Pozitie), as "funcție": one per person, the record decides.
        b.TermsOnePerPerson("Employment", Weak, Text, "pozitie", "poziție", "pozitia", "poziția");

        // A payroll sheet's figures on an employee's record (SalariatModel: Salar_Brut, Spor, Retineri, RestPlata): gross
        // and net pay ("salar" is the short form of "salariu"), seniority, bonuses and allowances, benefits, the taxes and
        // contributions withheld (income tax, pension, health, unemployment), advances and deductions, and the amount paid.
        // Weak: a table of tax rates (TaxePrestabilite.Impozit, .Somaj) is no one's; on a person's type they are that person's.
        // The words alone are one per person: a type named Premiu (a contest's prize) or Impozit (a tax) is not a holder of
        // anyone's details.
        b.Terms("Employment", Weak, Number, "salar brut", "salar net", "salar realizat", "salariu realizat", "salariu de baza",
            "salar de baza", "vechime in munca", "spor vechime", "premii brute", "total brut", "brut impozabil", "venit brut",
            "venit net", "venit impozabil", "contributie sanatate", "contributie somaj", "avans salarial", "rest plata",
            "rest de plata", "net de plata", "tichete de masa", "zile concediu", "zile lucrate", "ore lucrate");
        // An employee master record's pay grade (see the English words), weak.
        b.Terms("Employment", Weak, Number, "grad salarial", "treaptă salarială", "clasă de salarizare");
        b.TermsOnePerPerson("Employment", Weak, Number, "salar", "vechime", "spor", "sporuri", "premiu", "premii", "compensatie",
            "compensatii", "indemnizatie", "impozit", "somaj", "avans", "retineri", "retinere");
        // A payroll sheet's allowance lines (twenty-eighth round; see the English words).
        b.TermsOnePerPerson("Employment", Weak, Number, "indemnizatie de transport", "indemnizatie de locuinta", "rata imprumut");
        b.Terms("Employment", Weak, Date, "data incetarii", "data incetare", "data demisiei", "data plecarii");
        // An employee's file: a disciplinary sanction, retirement (twenty-eighth round; see the English words).
        b.Terms("Employment", Weak, Date, "sanctiune disciplinara", "data pensionarii");
        // A parent's phone or e-mail names whose it is in its own words: that person's on any record (always).
        b.Terms("Contact", Always, Text, "telefon parinte", "telefon parinti", "email parinte", "telefon mama", "telefon tata");
        // The details by which a person is reached, kept as one object (Client.DateContact; twenty-third round): weak, a
        // holder of contact details, the person's record decides.
        b.Terms("Contact", Weak, Text, "date de contact", "date contact", "informatii de contact", "informații de contact");

        // A person's eyesight (see the English words).
        b.Terms("Special.Health", Strong, Number | Special, "acuitate vizuală", "distanță pupilară", "distanță interpupilară",
            "presiune intraoculară", "keratometrie", "cheratometrie", "rețetă ochelari");
        b.Terms("Special.Health", Weak, Special, "sănătate", "medical", "fișă medicală");
        // A wound or an injury (thirty-first round; see the English words).
        b.Terms("Special.Health", Strong, Special, "rană", "răni", "leziune", "leziuni");
        // An advance directive, palliative care, the degree of dependency (thirty-third round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "directive anticipate", "directivă anticipată", "fără resuscitare",
            "nu resuscitați", "paliativ", "îngrijiri paliative");
        b.TermsOnePerPerson("Special.Health", Weak, Number | Special, "grad de dependență", "nivel de dependență");
        // Exempt from the co-payment (thirty-third round; see the English words).
        b.Terms("Financial", Weak, Number | Special, "scutire de coplată", "scutit de coplată", "scutire coplată",
            "scutire de la coplată");
        // A hospital's discharge summary: the patient's stay, findings and treatment (twenty-fourth round; in every built-in language).
        b.Terms("Special.Health", Strong, Special, "bilet de externare", "bilet externare", "scrisoare medicală", "epicriză", "epicriza");
        // A diagnosis coded in the classification of diseases, ICD-10 (twenty-seventh round; see the English words).
        b.Terms("Special.Health", Strong, Special, "cod icd", "cod icd 10", "coduri icd", "cod boală", "cod boala");
        b.Terms("Special.Health", Strong, Special, "diagnostic", "boală", "boala", "alergie", "alergii", "handicap", "dizabilitate",
            "grad handicap", "certificat medical", "concediu medical");
        // A person has one blood type (thirtieth round; see the English words).
        b.TermsOnePerPerson("Special.Health", Strong, Special, "grupa sanguină", "grupa de sânge");
        // Allergic, the adjective (twenty-second round; see the English words; "alergică" is listed in Spanish).
        b.Terms("Special.Health", Strong, Special, "alergic", "alergici");
        // A medical history's conditions and findings (twenty-second round; see the English words; "epilepsie" is listed in
        // German). "Sarcină" is left out: it is also a task.
        b.Terms("Special.Health", Strong, Special, "diabet", "hipertensiune", "hipertensiune arterială", "astm",
            "boală cardiacă", "boli cardiace", "tuberculoză", "boală cu transmitere sexuală", "boli cu transmitere sexuală",
            "examen fizic", "examen clinic", "gravidă");
        b.Terms("Special.Health", Weak, Special, "febră", "anestezie", "fumător", "fumătoare", "cicatrizare",
            "restricții alimentare");
        // Vital signs (fifteenth round; see the English words): the pulse and the blood pressure were known.
        b.Terms("Special.Health", Weak, Number | Special, "ritm cardiac", "frecvență cardiacă", "frecvență respiratorie",
            "saturație oxigen", "saturatia oxigenului", "temperatura corporala");
        // Laboratory results (thirtieth round; see the English words; hemoglobina, colesterol, creatinina are listed in
        // Spanish, hematocrit in English). Fier alone stays out (iron, the metal); its serum reading counts.
        b.Terms("Special.Health", Weak, Number, "glicemie", "glucoză", "eritrocite", "număr eritrocite", "leucocite",
            "număr leucocite", "trombocite", "neutrofile", "limfocite", "monocite", "eozinofile", "bazofile", "plachetocrit",
            "volum eritrocitar mediu", "volum mediu trombocitar", "trigliceride", "uree", "acid uric", "bilirubină", "calciu",
            "magneziu", "potasiu", "sodiu", "fier seric", "feritină", "hemoglobină glicată", "proteina c reactivă", "vsh",
            "globule roșii", "globule albe");
        // Organ donation (thirtieth round; see the English words).
        b.TermsOnePerPerson("Special.Health", Weak, Number | Enum, "organ necesar", "tip organ", "organ donat",
            "organ de donat", "transplant de organ");
        // A blood bank's stock of a component (see the English words).
        b.Words(WordRole.NotPersonal, "cantitate trombocite", "cantitate globule roșii", "cantitate globule albe",
            "cantitate eritrocite", "cantitate leucocite");
        b.Terms("Special.Health", Weak, Number | Special, "greutate", "puls", "tensiune", "tensiune sistolica", "tensiune diastolica",
            "tensiune arteriala", "interventii", "tratament", "sub tratament", "analize", "analiza", "rezultat investigatie",
            "rezultat analiza", "interpretare", "investigatie");
        // A laboratory's result named in full (thirtieth round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "rezultat laborator", "rezultate laborator", "buletin analize",
            "analize sange", "analize de sânge");
        // A person's height on a health record (FisaMedicala.Inaltime): weak, the person's type decides.
        b.Terms("Special.Health", Weak, Number | Special, "înălțime", "inaltime", "înălțimea", "inaltimea", "imc",
            "indice de masă corporală", "indice masa corporala");
        // Body composition and energy use (twenty-third round; see the English words).
        b.Terms("Special.Health", Weak, Number | Special, "grăsime corporală", "grasime corporala", "metabolism bazal",
            "rata metabolică bazală", "rata metabolica bazala", "masă musculară", "masa musculara", "circumferința taliei",
            "circumferinta taliei");
        // A picture's own height (Poza.Inaltime, read with the type's name).
        b.Words(WordRole.NotPersonal, "înălțime poză", "inaltime poza", "inaltime imagine", "inaltime fotografie");
        b.Terms("Special.Health", Strong, Special | Number, "hepatita", "sifilis");

        // A patient's medical history (Istoric): chronic illnesses, hospital stays, surgeries and what a doctor prescribed.
        // "Internare" alone is weak (also an internment); a hospital stay's days and a surgery say health wherever they are.
        b.Terms("Special.Health", Strong, Special | Number, "boli", "boli cronice", "boala cronica", "afectiuni cronice",
            "afectiune cronica", "spitalizare", "zile spitalizare", "zile de spitalizare", "interventie chirurgicala",
            "interventii chirurgicale", "operatie chirurgicala", "antecedente medicale", "istoric medical", "prescriptie medicala",
            "reteta medicala");
        b.TermsOnePerPerson("Special.Health", Weak, Special | Number, "internare", "internari", "interventie", "prescriptie");
        b.Terms("Special.Health", Weak, Special, "prescriptii", "prescriptiile");
        b.Terms("Special.Health", Weak, Special | Number, "detalii interventie");

        // The medicines and how to take them on a prescription, read member first with the type's name
        // (RetetaModel.Medicament1 is "medicament (pe) rețetă", .Administrare1 "administrare (din) rețetă"; the digits only
        // say which). A medicine catalogue's own members (Medicament.Denumire) stay quiet: "rețetă" alone is also a recipe.
        b.Terms("Special.Health", Strong, Text | Number, "medicament reteta", "medicamente reteta", "administrare reteta",
            "mod administrare reteta", "medicament prescriptie", "administrare prescriptie", "medicament prescris",
            "medicamente prescrise");

        // A prescription's dose and a referral's observations, read member first as Romanian writes it (RetetaXMedicament.Doza
        // is "doza (din) rețetă", Trimitere.Observatii "observații (la) trimitere"): what a doctor prescribed or wrote about
        // a patient. A medicine's own dose (Medicament.Doza) stays quiet.
        b.Terms("Special.Health", Strong, Text | Number, "doză rețetă", "doze rețetă", "doza reteta", "doze reteta", "doză prescrisă",
            "doza prescrisa", "observații trimitere", "observatii trimitere", "observații rețetă", "observatii reteta");
        b.Terms("Special.Biometric", Strong, Special | Binary, "amprentă", "amprenta", "date biometrice");
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "etnie", "etnia", "origine etnică", "apartenență etnică", "grup etnic");
        b.Terms("Special.PoliticalOpinion", Strong, Special, "partid politic", "afiliere politică", "opinii politice", "opinie politică",
            "apartenență politică");
        b.Terms("Special.ReligiousBelief", Strong, Special, "religie", "religia", "confesiune", "cult religios");

        // Religious affiliation and the rites that reveal it (see the English list): the Holy Mysteries a person received
        // (botez, mirungere, euharistie, cununie religioasă). Împărtășanie, cununie, sacrament, parohie, biserică, zeciuială
        // only beside a strong one.
        b.Terms("Special.ReligiousBelief", Strong, Special, "apartenență religioasă");
        b.Terms("Special.ReligiousBelief", Strong, Special | Number | Date, "botez", "botezul", "botezului", "botezat", "botezată",
            "mirungere", "mirungerea", "euharistie", "prima împărtășanie", "cununie religioasă");
        b.Terms("Special.ReligiousBelief", Weak, Special | Number | Date, "împărtășanie", "cununie", "sacrament", "sacramente",
            "parohie", "parohia", "biserică", "biserica", "zeciuială");

        b.Terms("Special.TradeUnion", Strong, Special, "sindicat", "membru sindicat", "apartenență sindicală");
        // A health professional's registration (see the English and Portuguese lists): a doctor's stamp code; one per
        // person, weak.
        b.TermsOnePerPerson("Identity", Weak, Number, "cod parafă", "cod parafa", "parafă medic", "parafa medic");
        // A voter's card (see the English words); a pupil's number is the "număr matricol" above.
        b.Terms("Identity.NationalId", Always, Number, "carte de alegător", "carte alegator", "card alegator");
        b.Terms("Special.SexLife", Strong, Special, "orientare sexuală", "viață sexuală", "preferință sexuală");

        // Vulnerable populations on a citizen's record (see the English list).
        b.Terms("Special.RacialOrEthnicOrigin", Strong, Special, "populație indigenă", "popor indigen", "comunitate indigenă");
        b.Terms("Special.RacialOrEthnicOrigin", Weak, Special, "indigen", "indigenă");
        b.Terms("Special.SexLife", Strong, Special, "comunitate lgbt", "populație lgbt");
        b.Terms("Identity", Strong, Special, "victimă a conflictului armat", "apărător al drepturilor omului", "solicitant de azil");
        b.Terms("Identity", Weak, Special, "migrant", "migrantă", "imigrant", "imigrantă", "refugiat", "refugiată", "fără adăpost",
            "persoană fără adăpost", "conflict armat");
        b.Terms("Criminal", Strong, Special, "cazier", "cazier judiciar", "cazierul judiciar", "condamnare", "condamnări",
            "antecedente penale");
        // People in criminal proceedings, how they look, and a pay statement (twenty-second round; see the English words;
        // "victimă" and "victime" are listed in Spanish and French).
        b.Words(WordRole.Subject, "suspectul", "suspecți", "suspecti", "inculpat", "inculpatul",
            "acuzat", "acuzatul", "deținut", "detinut", "deținutul", "detinutul", "condamnat", "condamnatul", "infractorul",
            "făptaș", "faptas", "făptașul", "faptasul");
        b.Terms("Identity", Weak, Text, "aspect fizic", "descriere fizică", "semnalmente", "semne particulare", "trăsături fizice");
        // The description's parts (thirty-third round; see the English words): hair and eye colour, build.
        b.TermsOnePerPerson("Identity", Weak, Text | Enum, "culoarea părului", "culoarea parului", "culoare păr", "culoare par",
            "culoarea ochilor", "culoare ochi", "statură", "constituție fizică", "constitutie fizica");
        b.Words(WordRole.Subject, "fluturaș de salariu", "fluturas de salariu", "fluturaș salariu", "fluturas salariu",
            "fluturaș de plată", "fluturas plata");

        // Language parity, class by class (tenth round): a full name, parents' names, the father's initial Romanian forms
        // ask for; an identity card's series and number written as "BI" (the old buletin de identitate) and its issue;
        // a floor; a device; a one-time code; reasons, notes, a cover letter, a CV; a person's photo and job.
        b.Terms("Identity.Name", Strong, Text, "nume complet", "numele complet", "numele mamei", "numele tatalui", "nume mama", "nume tata",
            "prenume mama", "prenume tata", "nume si prenume", "numele si prenumele");
        b.Terms("Identity.Name", Weak, Text, "initiala tatalui", "initiala", "persoana de contact in caz de urgenta");
        // The spouse kept by name and the person to call, written short (see the German words): weak, on a person's type only.
        b.Terms("Identity.Name", Weak, Text, "nume soț", "nume soție", "numele soțului", "numele soției",
            "contact urgență", "contact de urgență");
        // Who decides for the person and who treats them (thirty-third round; see the English words).
        b.Terms("Identity.Name", Weak, Text, "tutore legal", "curator", "curatorul", "medic de familie", "medicul de familie");
        // A person's kinship to another (see the English words): weak, on a person's type only.
        b.TermsOnePerPerson("Identity", Weak, Text, "grad de rudenie", "grad rudenie", "gradul de rudenie", "rudenie");
        // The spouse: person words, read as a name alone (IsPersonNoun), not name terms (a term would take the head from the
        // term before it: DataNasteriiSot is the husband's birth date).
        b.Words(WordRole.Subject, "soț", "soție", "sot", "sotie");
        // A witness (see the English words; "naș" is left out: folded it is "nas", a network store).
        b.Words(WordRole.Subject, "martor", "martori");
        // The clergy and a health professional (see the English words).
        b.Words(WordRole.Subject, "preot", "preotul", "paroh", "cadru medical");
        b.Terms("Identity.Document", Always, Number, "serie bi", "seria bi", "numar bi", "nr bi", "serie si numar bi",
            "serie act identitate", "seria actului de identitate", "numar act identitate", "nr act identitate");
        b.Terms("Identity.Document", Weak, Text | Date, "eliberat de", "data eliberarii", "data eliberare", "valabil pana la");
        b.Terms("Contact.Address", Weak, Text | Number, "etaj", "nr bloc", "numar bloc", "nr apartament", "numar apartament",
            "cod postal domiciliu");
        b.Terms("Contact.Phone", Strong, Number, "telefon fix", "numar de mobil", "nr mobil");
        b.Terms("Online.DeviceId", Strong, Guid, "id dispozitiv", "token dispozitiv", "identificator dispozitiv");
        b.Terms("Online.UserAgent", Strong, Text, "browser utilizator");
        // Twenty-ninth round: a one-time code, head first (Login2FADto.CodTOTP, CodOtp, CodSms).
        b.Terms("Credentials.Secret", Strong, Binary, "cod totp", "cod otp", "cod sms", "cod unic");
        b.Terms("Credentials.Secret", Strong, Binary, "cod verificare", "cod de verificare", "cod de confirmare",
            "cod resetare parola", "cod de resetare",
            // The link sent to reset a password: it carries the reset token (twenty-seventh round; see the English words).
            "link resetare", "link de resetare", "link resetare parolă", "link resetare parola",
            // The Token of a request to reset a password, read member first with its type's name (ResetareParolaRequest.Token).
            "token resetare parolă", "token resetare parola");
        b.Terms("Content.Message", Weak, Text, "motiv", "motivul", "notite", "notițe", "remarci", "propunere", "detalii");
        b.Terms("Content.Message", Strong, Text, "motiv anulare", "motivul anularii", "motiv anulare programare",
            "motiv absenta", "motivul absentei", "scrisoare de intentie", "scrisoare de intenție", "mesaj privat");
        b.TermsOnePerPerson("Employment", Weak, Text | Binary, "cv");
        b.TermsOnePerPerson("Employment", Weak, Text, "ocupatie", "ocupație", "profesie", "profesia");
        // A worker's employment record (fifteenth round): contract start and end, hours worked, a CV's parts (experience,
        // qualifications, skills).
        b.Terms("Employment", Weak, Date, "inceput contract", "sfarsit contract", "data inceput contract",
            "data sfarsit contract", "data concedierii");
        b.Terms("Employment", Weak, Number, "salariu real");
        b.Terms("Employment", Weak, Date | Text, "inceput tura", "sfarsit tura", "program de lucru", "inceput program",
            "sfarsit program");
        b.TermsOnePerPerson("Employment", Weak, Text, "experienta profesionala", "experiente", "competente", "calificari",
            "aptitudini");
        // Thirtieth round: a professional's profile (see the English words): the experience, its years, the rating received.
        b.TermsOnePerPerson("Employment", Weak, Text, "experiență");
        b.Terms("Employment", Weak, Number | Text, "ani de experiență", "experiență ani");
        // Thirty-second round: a job candidate's profile (see the English words).
        b.TermsOnePerPerson("Employment", Weak, Number | Text, "experiență totală", "experiență relevantă", "preaviz",
            "perioadă de preaviz");
        b.TermsOnePerPerson("Identity", Weak, Number | Text | Enum, "tip viză", "tipul vizei");
        b.TermsOnePerPerson("Employment", Weak, Number, "evaluare medie", "nota medie", "rating mediu");
        b.Terms("Identity.Name", Weak, Text, "porecla", "poreclă");
        // The name a person goes by (CunoscutCa), when they were last active or connected (UltimaActivitate,
        // UltimaConectare) and what they write of themselves (DespreMine) on a profile: thirty-third round.
        b.Terms("Identity.Name", Weak, Text, "cunoscut ca");
        b.Terms("Usage.Activity", Weak, Date | Text, "ultima activitate", "ultima conectare");
        b.Terms("Content.Publication", Weak, Text, "despre mine");
        b.Terms("Identity", Weak, Number, "nr copii", "numar copii", "număr de copii");
        b.Terms("Location.Precise", Strong, Number, "latitudine", "longitudine", "coordonate gps");
        b.Terms("Location.Precise", Strong, Text, "loc preluare", "locație preluare");
        // A profile picture is an account's face wherever it is kept (twenty-second round): strong, as in English.
        b.Terms("Identity.Photo", Strong, Text | Binary, "poza profil", "poză de profil", "poza de profil", "imagine profil",
            "imagine de profil", "fotografie profil", "fotografie de profil");
        // The same address written address first (thirty-second round: Utilizator.urlPozaProfil; see the English words).
        b.Terms("Identity.Photo", Strong, Text | Binary, "url poza profil", "url poză profil", "url poza de profil", "url poză de profil",
            "url imagine profil", "url fotografie profil", "link poza profil", "link poză profil");

        b.Words(WordRole.Subject, "client", "clientul", "clientului", "clienți", "clienti", "utilizator", "utilizatorul",
            "utilizatorului", "utilizatori", "persoană", "persoana", "persoanei", "persoane", "persoana fizica", "angajat",
            "angajatul", "angajatului", "angajați", "angajati", "salariat", "salariatul", "pacient", "pacientul", "pacientului",
            "pacienți", "abonat", "abonatul", "membru", "membrul", "elev", "student", "cursant", "candidat", "vizitator",
            "cumpărător", "cumparator", "beneficiar", "beneficiarul", "titular", "titularul", "petent", "petentul",
            "solicitant", "solicitantul", "cetățean", "cetatean", "chiriaș", "proprietar", "contribuabil", "pfa", "delegat",
            "reprezentant", "reprezentant legal", "contact", "donator", "donatorul", "donatori", "medic",
            "medicul", "părinte", "parinti", "mama", "tata", "tutore");

        // More persons a record is about: a guest, an author, a driver, a passenger, a teacher, a parcel's sender and
        // recipient, an insured person.
        // Thirtieth round: a delivery's people (see the English words) and the plurals Romanian forms with "i" (Soferi,
        // Dispeceri, Curieri: a table named for its rows).
        b.Words(WordRole.Subject, "curier", "curierul", "curieri", "dispecer", "dispecerul", "dispeceri", "livrator",
            "livratori", "soferi", "șoferi", "soferul", "șoferul",
            // A school's former students (see the English words).
            "absolvent", "absolventul", "absolvenți", "absolventi");
        b.Words(WordRole.Subject, "invitat", "autor", "sofer", "șofer", "pasager", "profesor", "profesorul", "expeditor",
            "destinatar", "asigurat", "asiguratul", "student", "studentul", "elevul", "medicului");
        // The parties of a lease (see the English words; "chiriaș" and "proprietar" are above; "garant" is with the French).
        b.Words(WordRole.Subject, "locatar", "locatarul", "chiriașul");

        // Children (a kindergarten's, a school's). Not "copii": it is also the plural of "copie", a copy.
        b.Words(WordRole.Subject, "copil", "copilul", "copilului", "bebeluș", "bebelus");
        // People named by their trade or office (fourteenth round; see the English list): a technician, a recruiter, a judge,
        // a lawyer, a notary, a trainer, a carer. Not "mecanic": also an adjective after a noun (AtelierMecanic).
        b.Words(WordRole.Subject, "tehnician", "tehnicianul", "recrutor", "recrutorul", "judecător", "judecătorul",
            "avocat", "avocatul", "notar", "notarul", "instructor", "antrenor", "antrenorul", "terapeut", "psiholog",
            "farmacist", "veterinar", "bonă", "frizer", "electrician", "instalator", "tâmplar", "casier", "casieră",
            "ospătar", "chelner", "consultant", "consilier", "învățător", "învățătoare", "educator", "educatoare",
            "diriginte", "stilist", "stilista", "stilistul");
        // An association's auditor, elected from its members (Cenzor.Nume of an owners' association; thirty-fourth round):
        // a person. Not "auditor" (also a program's audit writer, see the English list).
        b.Words(WordRole.Subject, "cenzor", "cenzorul", "cenzorului");

        // Who leads a group of people (fifteenth round; see the English words); "lider" is spelt as in Spanish and listed there.
        b.Words(WordRole.Subject, "liderul");


        // People named by the role they take toward a service (thirteenth round): an adopter, a receptionist (a donor,
        // donator, is above).
        b.Words(WordRole.Subject, "adoptator", "adoptatorul", "recepționer", "receptioner", "recepționeră", "receptionera");

        // A donation is one donor's gift (see the English "donation").
        b.Words(WordRole.Subject, "donație", "donatie");

        // A registration key lets one person sign up; a licence number on a person is a driving licence's.
        b.Terms("Credentials.Secret", Strong, Binary, "cheie de înregistrare", "cheie inregistrare",
            // A reset key or token lets its holder set a person's password.
            "cheie de resetare", "cheie resetare", "token de resetare", "token resetare");
        b.TermsOnePerPerson("Identity.Document", Weak, Number, "numar permis", "număr permis");
        // Thirtieth round: the same licence abbreviated or by its id and series (see the English words).
        b.TermsOnePerPerson("Identity.Document", Weak, Number, "nr permis", "id permis", "serie permis");

        // "Date" at the head of a Romanian type name is "data (of)" (DatePersonale, DateAngajat): personal data as a whole is
        // a person's record.
        b.Words(WordRole.Subject, "date personale", "datele personale", "date persoana");

        b.Words(WordRole.Owner, "produs", "produsul", "produse", "articol", "categorie", "categoria", "fișier", "fisier",
            "fișierul", "document", "dosar", "firmă", "firma", "firmei", "companie", "compania", "companiei", "societate",
            "societatea", "societății", "organizație", "instituție", "institutie", "bancă", "banca", "băncii", "sucursală",
            "magazin", "depozit", "departament", "proiect", "aplicație", "aplicatie", "serviciu", "server", "raport", "meniu",
            "pagină", "pagina", "șablon", "sablon", "punct de lucru", "sediu", "sediul", "sediu social", "furnizor",
            "factură", "factura", "facturii", "proforma", "chitanță", "aviz", "monedă",
            // A team, a club, an association: organisations, their e-mail and phone are not a person's (EmailEchipa).
            "echipă", "echipa", "echipei", "clubul", "asociație", "asociatia", "fundație", "fundatia", "eveniment",
            "evenimentul",
            // A centre (a blood-transfusion centre, a medical centre): an institution, its name and login are not a person's.
            "centru", "centrul", "centrului");

        // A doctor's practice (cabinet medical), a clinic, a hospital, a law firm's office: organisations (see the English
        // words).
        b.Words(WordRole.Owner, "cabinet", "cabinetul", "cabinet medical", "clinică", "clinica", "spital", "cabinet de avocatură");

        // A pharmacy, a laboratory (see the English words; eighteenth round). A farmacist stays a person.
        b.Words(WordRole.Owner, "farmacie", "farmacia", "farmacii", "laborator", "laboratorul");

        // An establishment, a place of business (see the English words; twenty-ninth round: Hotel.Latitudine,
        // HotelTipCameraPretRecenzie.NumeHotel). "Hotel" and "restaurant" are the English words.
        b.Words(WordRole.Owner, "hotelul", "hoteluri", "restaurantul", "biserică", "biserica", "muzeu", "teatru",
            "cinematograf");

        // A school, a kindergarten, a court (see the English words; nineteenth round).
        b.Words(WordRole.Owner, "școală", "scoala", "școala", "grădiniță", "gradinita", "tribunal", "instanță", "instanta");

        // A course, an election (see the English words; thirty-fourth round).
        b.Words(WordRole.Owner, "curs", "cursul", "cursuri", "alegere", "alegeri", "alegerile", "inventar", "inventarul");
        // A clinical trial (see the English words).
        b.Words(WordRole.Owner, "studiu clinic", "studii clinice", "trial clinic");

        // A property for sale or rent (see the English words; twenty-fifth round).
        b.Words(WordRole.Owner, "imobil", "imobilul", "proprietate", "proprietatea");

        b.Words(WordRole.Meta, "tip", "tipul", "lungime", "lungimea", "format", "formatul", "confirmat", "verificat", "validat",
            "obligatoriu", "activ", "activat", "șablon", "sablon", "regulă", "politică", "număr maxim", "maxim", "minim", "stare",
            "status");

        b.Words(WordRole.Technical, "setări", "setari", "setare", "configurare", "configurație", "configuratie", "opțiuni",
            "optiuni", "parametri", "serviciu");

        b.Words(WordRole.NotPersonal, "denumire", "denumirea", "nume fișier", "nume fisier", "nume produs", "nume firmă",
            "nume firma", "nume companie", "nume bancă", "nume banca", "nume server", "serie factura", "serie factură",
            "serie document", "numar factura", "număr factură", "nr factura", "numar document", "nr document",
            "nr registrul comerțului", "număr registrul comerțului", "nr reg com", "nr ord reg com", "cod caen");
    }
}
