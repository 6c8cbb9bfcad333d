using System;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// What a single word says to the rules that read a member with its type or its siblings, beside its vocabulary entries.
/// The words of each class are listed once, in <see cref="BuiltInVocabulary.WordClasses"/>, and stored in the same slot
/// of the <see cref="VocabularyTable"/> as the word's entries: the one probe that matches a word also tells its classes.
/// </summary>
[Flags]
internal enum WordClass
{
    None = 0,

    /// <summary>Names the value a type holds: value, result(s), reading, valoare, rezultat(e), Wert, valeur, valor, resultado.</summary>
    Value = 1,

    /// <summary>"Number" alone (numero, número, nummer, număr): a house number beside a person's address parts.</summary>
    Number = 2,

    /// <summary>Names an animal's kind: species, breed, animal, especie, Tierart (the type is an animal's).</summary>
    Animal = 4,

    /// <summary>What a credential record holds (key, value, token, secret, hash, data), as text or bytes.</summary>
    CredentialValue = 8,

    /// <summary>"Id": what a credential record holds when it is text (the key is its id).</summary>
    CredentialId = 16,

    /// <summary>The credential itself (token, secret), not its value or data.</summary>
    CredentialNoun = 32,

    /// <summary>
    /// "Expiration" alone (expiry, expires, vencimiento, caducidad, validade, vencimento, Ablauf, expirare, valabilitate): a
    /// payment card's expiry beside the card's number.
    /// </summary>
    Expiry = 64,

    /// <summary>
    /// The adjective of a natural person (fizică, física, physique, natürliche, natural): with a person word, a flag of a
    /// table that holds natural and legal persons (PersoanaFizica, PessoaFisica, IsNaturalPerson).
    /// </summary>
    NaturalPerson = 128,

    /// <summary>
    /// A place or an event a location belongs to (place, venue, restaurant, event, appointment, meeting point; Treffpunkt,
    /// Termin, Veranstaltung, Zeitblock; lugar, evento, cita; local, evento; lieu, événement, rendez-vous; eveniment,
    /// programare), or a place to park (parking, parking spot, parking lot, car park; Parkplatz, Parkhaus, Stellplatz;
    /// estacionamiento, aparcamiento, parqueadero; estacionamento; parking, stationnement; parcare): its address and
    /// coordinates are the place's, not a person's position.
    /// </summary>
    Place = 256,

    /// <summary>
    /// Names a position, not a settlement (location, position, coordinates, geolocation; Standort, Position, Koordinaten;
    /// ubicación, coordenadas; localização, posição; localisation, coordonnées; locație, poziție, coordonate): a type so
    /// named that declares coordinates holds where someone or something is. A town (City, Localité) is not one.
    /// </summary>
    Position = 512,

    /// <summary>
    /// An animal itself, a pet or a farm animal (pet, dog, horse, mascota, perro, Haustier, Hund, cachorro, chien, câine…):
    /// a row about it (its breed, its age, its clinical history) is not a person's. Words that are also other things in code
    /// are left out ("cat" a category, "tier" a level, "chat" a conversation, "cal" a calendar).
    /// </summary>
    Pet = 1024,

    /// <summary>
    /// An image, named without saying of what (image, img, Bild, imagen, imagem, imagine): on a type that is a person's own
    /// record (its name names the person, or its members have a person's shape) it is that person's photo; on a product's,
    /// a course's or a dog's type it is theirs. Words that name a photo outright (photo, Foto, poză) are terms already.
    /// </summary>
    Image = 2048,

    /// <summary>
    /// Where an image is kept or which one it is (path, file, url, uri, link, src, cover; Pfad, Datei; ruta, archivo;
    /// caminho, arquivo; chemin, fichier; cale, fișier): with an <see cref="Image"/> word it still names the image.
    /// </summary>
    ImageStore = 4096,

    /// <summary>
    /// One who comes to see someone (visitor, guest; Besucher, Gast; visitante, huésped, invitado; visitante, hóspede,
    /// convidado; visiteur; vizitator, invitat, oaspete): on a type so named, the host is the person visited, not a
    /// machine (<c>VisitorModel.HostName</c>).
    /// </summary>
    Guest = 8192,

    /// <summary>
    /// A card (card, creditcard; cartão; tarjeta; carte; Karte, Kreditkarte; card, carduri): a type so named that holds a
    /// payment card's data (its number, verification code or holder) is a payment card, and its bare Number is the card's.
    /// </summary>
    Card = 16384,

    /// <summary>
    /// A failure, an error or a refusal (error, failed, rejected, declined; Fehler, abgelehnt; error, rechazado; erro, falha,
    /// recusado; erreur, échec, refusé; eroare, eșec, respins): a message about one is the system's text, not a person's.
    /// </summary>
    Failure = 32768,

    /// <summary>
    /// A person named by a trade or an office whose holder is a natural person (mechanic, technician, recruiter, judge,
    /// lawyer, counsel, nurse; Mechaniker, Richter, Anwalt, Lehrkraft; mecánico, juez, abogado; mecânico, juiz, advogado;
    /// mécanicien, juge, avocat; mecanic, judecător, avocat), or a child's guardian (acudiente, Vormund): a text member
    /// named by one (CourtCase.Judge, CourtCase.OpposingCounsel, Alumnos.Acudiente) holds that person's name. Not words a
    /// program also uses for its own parts (driver, worker, agent, broker, server, interpreter, translator, monitor).
    /// </summary>
    Occupation = 65536,

    /// <summary>
    /// A business transaction between a person and the business (order, invoice, cart, booking, payment, sale; Bestellung,
    /// Rechnung, Warenkorb, Buchung; pedido, factura, carrito, reserva; pedido, fatura, carrinho; commande, facture,
    /// panier; comanda, factura, coș): a row reached through one (an order's <c>OrderItem</c>: quantity, unit price, fee)
    /// is a line of that transaction, not an entry of the person's own history.
    /// </summary>
    Transaction = 131072,

    /// <summary>
    /// A publication to many (announcement, news, notice, bulletin; Ankündigung, Bekanntmachung, Neuigkeit, Aushang;
    /// anuncio, noticia, comunicado, aviso; anúncio, notícia, comunicado, aviso; annonce, actualité, communiqué; anunț,
    /// știre, comunicat, aviz): at the head of a type's name, its free text is what is published, not the words of the
    /// person who posted it nor about them (<c>Announcement.Content</c> beside <c>StaffId</c>). A comment on one
    /// (<c>NewsComment</c>: another head) is its writer's.
    /// </summary>
    Publication = 524288,

    /// <summary>
    /// A settlement or an administrative division (country, state, province, region, county, city, town; Land, Bundesland,
    /// Staat, Stadt, Ort; país, estado, provincia, ciudad, localidad, municipio; cidade, município; pays, région,
    /// département, ville, localité; țară, județ, oraș, localitate): at the head of a type's name that is not a person's, the
    /// type is a lookup of places (<c>Country</c>, <c>State</c>, <c>Judet</c>): its name and coordinates are the place's,
    /// and its members' shape (a Name beside a FullName) makes it no person's record (twenty-seventh round).
    /// </summary>
    Settlement = 2097152,

    /// <summary>
    /// A thing that says whom it is for (a trial, a study, a vacancy, an offer, a scholarship; Studie, Stellenangebot,
    /// Angebot, Stipendium; ensayo, estudio, vacante, oferta, beca; ensaio, estudo, vaga, oferta, bolsa; essai, étude, offre,
    /// bourse; studiu, ofertă, bursă): on a type so named that is no person's record, a sex or a health condition is an
    /// eligibility criterion (<c>Trial.Sex</c>, <c>TrialUpload.Sex</c>), not anyone's (thirty-fourth round).
    /// </summary>
    Eligibility = 4194304,

    /// <summary>
    /// An entry of a patient's clinical record (diagnosis, treatment, prescription; Diagnose, Befund, Behandlung; diagnóstico,
    /// tratamiento, prescripción; diagnóstico, tratamento, prescrição; ordonnance, prescription; tratament, prescripție): at the
    /// head of a type's name, the entry's own description or detail is the patient's health. "Diagnostic" is left out (a
    /// compiler's diagnostic in C#), as are "traitement" (processing in French) and "receta"/"rețetă" (also a recipe).
    /// </summary>
    ClinicalEntry = 8388608,

    /// <summary>
    /// An establishment, a place of business (hotel, restaurant, church, venue, museum, theatre, cinema; Gaststätte, Kirche,
    /// Kino; restaurante, iglesia, museo, teatro; igreja, museu, pousada; hôtel, église, musée; hotelul, biserică, muzeu,
    /// teatru): an owner word at the head of a type's name, unless a person word comes before it — Romance names put the
    /// head first, and a <c>MiembroIglesia</c>, a <c>HuespedHotel</c> is the person's record (twenty-ninth round).
    /// </summary>
    Establishment = 16777216,

    /// <summary>
    /// A practice, the place where a professional receives people (clinic, practice, hospital, pharmacy; Praxis, Klinik,
    /// Kanzlei, Krankenhaus; clínica, consultorio, bufete; clínica, consultório; clinique, cabinet, hôpital; clinică,
    /// cabinet, spital): the word that qualifies a record's own name (<c>Veterinarian.ClinicName</c>, <c>Medic.NumeCabinet</c>)
    /// when the record is the practice's, not its practitioner's (thirty-fourth round, <see cref="PartyRecords.IsPracticeRecord"/>).
    /// </summary>
    Practice = 33554432,
}
