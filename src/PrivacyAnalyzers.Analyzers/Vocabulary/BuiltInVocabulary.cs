using System.Threading;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// The built-in detection vocabulary: one partial file per language (BuiltInVocabulary.English.cs, .Romanian.cs,
/// .German.cs, .French.cs, .Spanish.cs, .Portuguese.cs). To add a language, add a file with its terms, subject words (who the data is
/// about), owner and meta words (what is not about a person), and call it from <see cref="AddAll"/>.
/// Phrases are written as people write them ("date of birth", "adresă"); diacritics and case do not matter.
/// </summary>
internal static partial class BuiltInVocabulary
{
    private const TermStrength Weak = TermStrength.Weak;
    private const TermStrength Strong = TermStrength.Strong;
    private const TermStrength Always = TermStrength.Always;
    private const TypeAffinity Text = TypeAffinity.Text;
    private const TypeAffinity Number = TypeAffinity.Number;
    private const TypeAffinity Date = TypeAffinity.Date;
    private const TypeAffinity Enum = TypeAffinity.Enum;
    private const TypeAffinity Bool = TypeAffinity.Bool;
    private const TypeAffinity Guid = TypeAffinity.Guid;
    private const TypeAffinity Binary = TypeAffinity.Binary;
    private const TypeAffinity Special = TypeAffinity.Enum | TypeAffinity.Bool;

    private static VocabularyTable? s_default;

    /// <summary>
    /// The words of each <see cref="WordClass"/> (folded: lower case, no diacritics), in every built-in language. Every
    /// vocabulary table holds them, whatever its options.
    /// </summary>
    internal static readonly (string Word, WordClass Class)[] WordClasses =
    {
        ("value", WordClass.Value | WordClass.CredentialValue), ("result", WordClass.Value), ("results", WordClass.Value),
        ("reading", WordClass.Value), ("valoare", WordClass.Value), ("rezultat", WordClass.Value), ("rezultate", WordClass.Value),
        ("wert", WordClass.Value), ("valeur", WordClass.Value), ("valor", WordClass.Value), ("resultado", WordClass.Value),
        ("numero", WordClass.Number), ("number", WordClass.Number), ("nummer", WordClass.Number), ("numar", WordClass.Number),
        ("species", WordClass.Animal), ("breed", WordClass.Animal), ("animal", WordClass.Animal | WordClass.Pet), ("especie", WordClass.Animal),
        ("tierart", WordClass.Animal),
        ("animals", WordClass.Pet), ("pet", WordClass.Pet), ("pets", WordClass.Pet), ("dog", WordClass.Pet), ("dogs", WordClass.Pet),
        ("puppy", WordClass.Pet), ("kitten", WordClass.Pet), ("horse", WordClass.Pet), ("horses", WordClass.Pet),
        ("mascota", WordClass.Pet), ("mascotas", WordClass.Pet), ("animales", WordClass.Pet), ("perro", WordClass.Pet),
        ("perros", WordClass.Pet), ("gato", WordClass.Pet), ("gatos", WordClass.Pet), ("caballo", WordClass.Pet), ("caballos", WordClass.Pet),
        ("haustier", WordClass.Pet), ("haustiere", WordClass.Pet), ("tiere", WordClass.Pet), ("hund", WordClass.Pet), ("hunde", WordClass.Pet),
        ("katze", WordClass.Pet), ("katzen", WordClass.Pet), ("pferd", WordClass.Pet), ("pferde", WordClass.Pet),
        ("animais", WordClass.Pet), ("cachorro", WordClass.Pet), ("cachorros", WordClass.Pet), ("cao", WordClass.Pet), ("caes", WordClass.Pet),
        ("cavalo", WordClass.Pet), ("cavalos", WordClass.Pet),
        ("animaux", WordClass.Pet), ("chien", WordClass.Pet), ("chiens", WordClass.Pet), ("cheval", WordClass.Pet),
        ("chevaux", WordClass.Pet),
        ("animale", WordClass.Pet), ("animalut", WordClass.Pet), ("caine", WordClass.Pet), ("caini", WordClass.Pet), ("pisica", WordClass.Pet),
        ("pisici", WordClass.Pet),
        ("key", WordClass.CredentialValue), ("data", WordClass.CredentialValue), ("hash", WordClass.CredentialValue),
        ("token", WordClass.CredentialValue | WordClass.CredentialNoun), ("secret", WordClass.CredentialValue | WordClass.CredentialNoun),
        ("id", WordClass.CredentialId),
        ("expiration", WordClass.Expiry), ("expiry", WordClass.Expiry), ("expires", WordClass.Expiry), ("vencimiento", WordClass.Expiry),
        ("caducidad", WordClass.Expiry), ("validade", WordClass.Expiry), ("vencimento", WordClass.Expiry), ("ablauf", WordClass.Expiry),
        ("ablaufdatum", WordClass.Expiry), ("expirare", WordClass.Expiry), ("valabilitate", WordClass.Expiry),
        ("fizica", WordClass.NaturalPerson), ("fisica", WordClass.NaturalPerson), ("physique", WordClass.NaturalPerson),
        ("naturliche", WordClass.NaturalPerson), ("natuerliche", WordClass.NaturalPerson), ("natural", WordClass.NaturalPerson),
        ("place", WordClass.Place), ("venue", WordClass.Place), ("restaurant", WordClass.Place), ("event", WordClass.Place),
        ("appointment", WordClass.Place), ("meeting", WordClass.Place), ("meetingpoint", WordClass.Place), ("treffpunkt", WordClass.Place), ("treff", WordClass.Place),
        ("termin", WordClass.Place), ("veranstaltung", WordClass.Place), ("veranstaltungsort", WordClass.Place),
        ("zeitblock", WordClass.Place), ("lugar", WordClass.Place), ("restaurante", WordClass.Place), ("evento", WordClass.Place),
        ("cita", WordClass.Place), ("lieu", WordClass.Place), ("evenement", WordClass.Place), ("rendezvous", WordClass.Place),
        ("eveniment", WordClass.Place), ("programare", WordClass.Place), ("local", WordClass.Place),
        ("parking", WordClass.Place), ("parkingspot", WordClass.Place), ("parkinglot", WordClass.Place), ("parkingspace", WordClass.Place),
        ("carpark", WordClass.Place), ("parkplatz", WordClass.Place), ("parkhaus", WordClass.Place), ("stellplatz", WordClass.Place),
        ("estacionamiento", WordClass.Place), ("aparcamiento", WordClass.Place), ("parqueadero", WordClass.Place),
        ("estacionamento", WordClass.Place), ("stationnement", WordClass.Place), ("parcare", WordClass.Place),
        ("hotel", WordClass.Establishment), ("hotels", WordClass.Establishment), ("restaurant", WordClass.Establishment),
        ("restaurants", WordClass.Establishment), ("church", WordClass.Establishment), ("churches", WordClass.Establishment),
        ("venue", WordClass.Establishment), ("venues", WordClass.Establishment), ("museum", WordClass.Establishment),
        ("theatre", WordClass.Establishment), ("theater", WordClass.Establishment), ("cinema", WordClass.Establishment),
        ("hostel", WordClass.Establishment), ("motel", WordClass.Establishment), ("gaststatte", WordClass.Establishment),
        ("gaststaette", WordClass.Establishment), ("gasthaus", WordClass.Establishment), ("kirche", WordClass.Establishment),
        ("kino", WordClass.Establishment), ("restaurante", WordClass.Establishment), ("restaurantes", WordClass.Establishment),
        ("iglesia", WordClass.Establishment), ("iglesias", WordClass.Establishment), ("museo", WordClass.Establishment),
        ("teatro", WordClass.Establishment), ("cine", WordClass.Establishment), ("hostal", WordClass.Establishment),
        ("igreja", WordClass.Establishment), ("igrejas", WordClass.Establishment), ("museu", WordClass.Establishment),
        ("pousada", WordClass.Establishment), ("eglise", WordClass.Establishment), ("musee", WordClass.Establishment),
        ("hotelul", WordClass.Establishment), ("hoteluri", WordClass.Establishment), ("restaurantul", WordClass.Establishment),
        ("biserica", WordClass.Establishment), ("muzeu", WordClass.Establishment), ("teatru", WordClass.Establishment),
        ("cinematograf", WordClass.Establishment),
        // A practice, the place a professional receives people (thirty-fourth round; see WordClass.Practice).
        ("clinic", WordClass.Practice), ("practice", WordClass.Practice), ("hospital", WordClass.Practice),
        ("pharmacy", WordClass.Practice), ("praxis", WordClass.Practice), ("arztpraxis", WordClass.Practice),
        ("zahnarztpraxis", WordClass.Practice), ("kanzlei", WordClass.Practice), ("klinik", WordClass.Practice),
        ("krankenhaus", WordClass.Practice), ("clinica", WordClass.Practice), ("consultorio", WordClass.Practice),
        ("bufete", WordClass.Practice), ("clinique", WordClass.Practice), ("cabinet", WordClass.Practice),
        ("hopital", WordClass.Practice), ("cabinetul", WordClass.Practice), ("spital", WordClass.Practice),
        ("announcement", WordClass.Publication), ("announcements", WordClass.Publication), ("news", WordClass.Publication),
        ("notice", WordClass.Publication), ("notices", WordClass.Publication), ("bulletin", WordClass.Publication),
        ("ankuendigung", WordClass.Publication), ("ankundigung", WordClass.Publication), ("bekanntmachung", WordClass.Publication),
        ("neuigkeit", WordClass.Publication), ("neuigkeiten", WordClass.Publication), ("aushang", WordClass.Publication),
        ("anuncio", WordClass.Publication), ("anuncios", WordClass.Publication), ("noticia", WordClass.Publication),
        ("noticias", WordClass.Publication), ("comunicado", WordClass.Publication), ("aviso", WordClass.Publication),
        ("annonce", WordClass.Publication), ("annonces", WordClass.Publication), ("actualite", WordClass.Publication),
        ("actualites", WordClass.Publication), ("communique", WordClass.Publication),
        ("anunt", WordClass.Publication), ("anunturi", WordClass.Publication), ("stire", WordClass.Publication),
        ("stiri", WordClass.Publication), ("comunicat", WordClass.Publication), ("aviz", WordClass.Publication),
        ("diagnosis", WordClass.ClinicalEntry), ("diagnoses", WordClass.ClinicalEntry), ("treatment", WordClass.ClinicalEntry),
        ("prescription", WordClass.ClinicalEntry), ("diagnose", WordClass.ClinicalEntry), ("befund", WordClass.ClinicalEntry),
        ("behandlung", WordClass.ClinicalEntry), ("diagnostico", WordClass.ClinicalEntry), ("tratamiento", WordClass.ClinicalEntry),
        ("prescripcion", WordClass.ClinicalEntry), ("tratamento", WordClass.ClinicalEntry), ("prescricao", WordClass.ClinicalEntry),
        ("ordonnance", WordClass.ClinicalEntry), ("tratament", WordClass.ClinicalEntry), ("prescriptie", WordClass.ClinicalEntry),
        ("trial", WordClass.Eligibility), ("trials", WordClass.Eligibility), ("study", WordClass.Eligibility),
        ("studies", WordClass.Eligibility), ("vacancy", WordClass.Eligibility), ("vacancies", WordClass.Eligibility),
        ("offer", WordClass.Eligibility), ("offers", WordClass.Eligibility), ("scholarship", WordClass.Eligibility),
        ("studie", WordClass.Eligibility), ("studien", WordClass.Eligibility), ("stellenangebot", WordClass.Eligibility),
        ("angebot", WordClass.Eligibility), ("stipendium", WordClass.Eligibility), ("ensayo", WordClass.Eligibility),
        ("estudio", WordClass.Eligibility), ("vacante", WordClass.Eligibility), ("oferta", WordClass.Eligibility),
        ("beca", WordClass.Eligibility), ("ensaio", WordClass.Eligibility), ("estudo", WordClass.Eligibility),
        ("vaga", WordClass.Eligibility), ("bolsa", WordClass.Eligibility), ("essai", WordClass.Eligibility),
        ("etude", WordClass.Eligibility), ("offre", WordClass.Eligibility), ("bourse", WordClass.Eligibility),
        ("studiu", WordClass.Eligibility), ("oferte", WordClass.Eligibility), ("bursa", WordClass.Eligibility),
        ("location", WordClass.Position), ("position", WordClass.Position), ("coordinates", WordClass.Position),
        ("geolocation", WordClass.Position), ("standort", WordClass.Position), ("koordinaten", WordClass.Position),
        ("ubicacion", WordClass.Position), ("coordenadas", WordClass.Position), ("posicion", WordClass.Position),
        ("localizacao", WordClass.Position), ("posicao", WordClass.Position), ("localisation", WordClass.Position),
        ("coordonnees", WordClass.Position), ("locatie", WordClass.Position), ("pozitie", WordClass.Position),
        ("coordonate", WordClass.Position),
        ("country", WordClass.Settlement), ("countries", WordClass.Settlement), ("state", WordClass.Settlement),
        ("states", WordClass.Settlement), ("province", WordClass.Settlement), ("provinces", WordClass.Settlement),
        ("region", WordClass.Settlement), ("regions", WordClass.Settlement), ("county", WordClass.Settlement),
        ("counties", WordClass.Settlement), ("city", WordClass.Settlement), ("cities", WordClass.Settlement),
        ("town", WordClass.Settlement), ("towns", WordClass.Settlement), ("land", WordClass.Settlement),
        ("laender", WordClass.Settlement), ("bundesland", WordClass.Settlement), ("bundeslaender", WordClass.Settlement),
        ("staat", WordClass.Settlement), ("staaten", WordClass.Settlement), ("stadt", WordClass.Settlement),
        ("staedte", WordClass.Settlement), ("ort", WordClass.Settlement), ("orte", WordClass.Settlement),
        ("pais", WordClass.Settlement), ("paises", WordClass.Settlement), ("estado", WordClass.Settlement),
        ("estados", WordClass.Settlement), ("provincia", WordClass.Settlement), ("provincias", WordClass.Settlement),
        ("ciudad", WordClass.Settlement), ("ciudades", WordClass.Settlement), ("localidad", WordClass.Settlement),
        ("localidades", WordClass.Settlement), ("municipio", WordClass.Settlement), ("municipios", WordClass.Settlement),
        ("cidade", WordClass.Settlement), ("cidades", WordClass.Settlement), ("pays", WordClass.Settlement),
        ("departement", WordClass.Settlement), ("departements", WordClass.Settlement), ("ville", WordClass.Settlement),
        ("villes", WordClass.Settlement), ("localite", WordClass.Settlement), ("localites", WordClass.Settlement),
        ("tara", WordClass.Settlement), ("tari", WordClass.Settlement), ("judet", WordClass.Settlement),
        ("judete", WordClass.Settlement), ("oras", WordClass.Settlement), ("orase", WordClass.Settlement),
        ("localitate", WordClass.Settlement), ("localitati", WordClass.Settlement),
        ("image", WordClass.Image), ("img", WordClass.Image), ("bild", WordClass.Image), ("imagen", WordClass.Image),
        ("imagem", WordClass.Image), ("imagine", WordClass.Image),
        ("path", WordClass.ImageStore), ("file", WordClass.ImageStore), ("url", WordClass.ImageStore), ("uri", WordClass.ImageStore),
        ("link", WordClass.ImageStore), ("src", WordClass.ImageStore), ("cover", WordClass.ImageStore), ("pfad", WordClass.ImageStore),
        ("datei", WordClass.ImageStore), ("ruta", WordClass.ImageStore), ("archivo", WordClass.ImageStore), ("caminho", WordClass.ImageStore),
        ("arquivo", WordClass.ImageStore), ("chemin", WordClass.ImageStore), ("fichier", WordClass.ImageStore), ("cale", WordClass.ImageStore),
        ("fisier", WordClass.ImageStore),
        ("visitor", WordClass.Guest), ("visitors", WordClass.Guest), ("guest", WordClass.Guest), ("guests", WordClass.Guest),
        ("besucher", WordClass.Guest), ("gast", WordClass.Guest), ("gaeste", WordClass.Guest), ("gaste", WordClass.Guest),
        ("visitante", WordClass.Guest),
        ("visitantes", WordClass.Guest), ("huesped", WordClass.Guest), ("huespedes", WordClass.Guest), ("invitado", WordClass.Guest),
        ("hospede", WordClass.Guest), ("convidado", WordClass.Guest), ("visiteur", WordClass.Guest), ("visiteurs", WordClass.Guest),
        ("vizitator", WordClass.Guest), ("vizitatori", WordClass.Guest), ("invitat", WordClass.Guest),
        ("oaspete", WordClass.Guest),
        ("card", WordClass.Card), ("cards", WordClass.Card), ("creditcard", WordClass.Card), ("cartao", WordClass.Card),
        ("cartoes", WordClass.Card), ("tarjeta", WordClass.Card), ("tarjetas", WordClass.Card), ("carte", WordClass.Card),
        ("cartes", WordClass.Card), ("karte", WordClass.Card), ("karten", WordClass.Card), ("kreditkarte", WordClass.Card),
        ("carduri", WordClass.Card), ("cardul", WordClass.Card),
        ("error", WordClass.Failure), ("errors", WordClass.Failure), ("failure", WordClass.Failure), ("failed", WordClass.Failure),
        ("rejected", WordClass.Failure), ("refused", WordClass.Failure), ("declined", WordClass.Failure), ("denied", WordClass.Failure),
        ("exception", WordClass.Failure), ("fehler", WordClass.Failure), ("fehlgeschlagen", WordClass.Failure),
        ("abgelehnt", WordClass.Failure), ("verweigert", WordClass.Failure), ("ausnahme", WordClass.Failure),
        ("errores", WordClass.Failure), ("fallo", WordClass.Failure), ("fallido", WordClass.Failure), ("fallida", WordClass.Failure),
        ("rechazado", WordClass.Failure), ("rechazada", WordClass.Failure), ("denegado", WordClass.Failure),
        ("denegada", WordClass.Failure), ("excepcion", WordClass.Failure), ("erro", WordClass.Failure), ("erros", WordClass.Failure),
        ("falha", WordClass.Failure), ("falhou", WordClass.Failure), ("recusado", WordClass.Failure), ("recusada", WordClass.Failure),
        ("rejeitado", WordClass.Failure), ("rejeitada", WordClass.Failure), ("negado", WordClass.Failure), ("negada", WordClass.Failure),
        ("excecao", WordClass.Failure), ("erreur", WordClass.Failure), ("erreurs", WordClass.Failure), ("echec", WordClass.Failure),
        ("echoue", WordClass.Failure), ("refuse", WordClass.Failure), ("refusee", WordClass.Failure), ("rejete", WordClass.Failure),
        ("rejetee", WordClass.Failure), ("eroare", WordClass.Failure), ("erori", WordClass.Failure), ("esec", WordClass.Failure),
        ("esuat", WordClass.Failure), ("esuata", WordClass.Failure), ("respins", WordClass.Failure), ("respinsa", WordClass.Failure),
        ("refuzat", WordClass.Failure), ("refuzata", WordClass.Failure), ("exceptie", WordClass.Failure),
        // A business transaction between a person and the business: the rows reached through one are its lines.
        ("order", WordClass.Transaction), ("orders", WordClass.Transaction), ("purchase", WordClass.Transaction),
        ("purchases", WordClass.Transaction), ("invoice", WordClass.Transaction), ("invoices", WordClass.Transaction),
        ("cart", WordClass.Transaction), ("basket", WordClass.Transaction), ("booking", WordClass.Transaction),
        ("bookings", WordClass.Transaction), ("reservation", WordClass.Transaction),
        ("reservations", WordClass.Transaction), ("payment", WordClass.Transaction),
        ("payments", WordClass.Transaction), ("transaction", WordClass.Transaction),
        ("transactions", WordClass.Transaction), ("sale", WordClass.Transaction), ("sales", WordClass.Transaction),
        ("receipt", WordClass.Transaction), ("receipts", WordClass.Transaction), ("checkout", WordClass.Transaction),
        ("bestellung", WordClass.Transaction), ("bestellungen", WordClass.Transaction),
        ("auftrag", WordClass.Transaction), ("auftraege", WordClass.Transaction), ("rechnung", WordClass.Transaction),
        ("rechnungen", WordClass.Transaction), ("warenkorb", WordClass.Transaction), ("buchung", WordClass.Transaction),
        ("buchungen", WordClass.Transaction), ("reservierung", WordClass.Transaction),
        ("zahlung", WordClass.Transaction), ("zahlungen", WordClass.Transaction), ("kauf", WordClass.Transaction),
        ("verkauf", WordClass.Transaction), ("quittung", WordClass.Transaction), ("pedido", WordClass.Transaction),
        ("pedidos", WordClass.Transaction), ("orden", WordClass.Transaction), ("ordenes", WordClass.Transaction),
        ("factura", WordClass.Transaction), ("facturas", WordClass.Transaction), ("carrito", WordClass.Transaction),
        ("reserva", WordClass.Transaction), ("reservas", WordClass.Transaction), ("pago", WordClass.Transaction),
        ("pagos", WordClass.Transaction), ("compra", WordClass.Transaction), ("compras", WordClass.Transaction),
        ("venta", WordClass.Transaction), ("ventas", WordClass.Transaction), ("recibo", WordClass.Transaction),
        ("transaccion", WordClass.Transaction), ("encomenda", WordClass.Transaction),
        ("encomendas", WordClass.Transaction), ("fatura", WordClass.Transaction), ("faturas", WordClass.Transaction),
        ("carrinho", WordClass.Transaction), ("pagamento", WordClass.Transaction),
        ("pagamentos", WordClass.Transaction), ("venda", WordClass.Transaction), ("vendas", WordClass.Transaction),
        ("transacao", WordClass.Transaction), ("commande", WordClass.Transaction), ("commandes", WordClass.Transaction),
        ("facture", WordClass.Transaction), ("factures", WordClass.Transaction), ("panier", WordClass.Transaction),
        ("paiement", WordClass.Transaction), ("paiements", WordClass.Transaction), ("achat", WordClass.Transaction),
        ("achats", WordClass.Transaction), ("vente", WordClass.Transaction), ("ventes", WordClass.Transaction),
        ("recu", WordClass.Transaction), ("comanda", WordClass.Transaction), ("comenzi", WordClass.Transaction),
        ("cos", WordClass.Transaction), ("rezervare", WordClass.Transaction), ("rezervari", WordClass.Transaction),
        ("plata", WordClass.Transaction), ("plati", WordClass.Transaction), ("cumparare", WordClass.Transaction),
        ("vanzare", WordClass.Transaction), ("vanzari", WordClass.Transaction), ("chitanta", WordClass.Transaction),
        ("tranzactie", WordClass.Transaction),
        // People named by a trade or an office, and a child's guardian (see each language's list of them).
        ("mechanic", WordClass.Occupation), ("technician", WordClass.Occupation), ("recruiter", WordClass.Occupation),
        ("judge", WordClass.Occupation), ("lawyer", WordClass.Occupation), ("attorney", WordClass.Occupation),
        ("counsel", WordClass.Occupation), ("counsellor", WordClass.Occupation), ("counselor", WordClass.Occupation),
        ("solicitor", WordClass.Occupation), ("barrister", WordClass.Occupation), ("notary", WordClass.Occupation),
        ("paralegal", WordClass.Occupation), ("nurse", WordClass.Occupation), ("physician", WordClass.Occupation),
        ("surgeon", WordClass.Occupation), ("dentist", WordClass.Occupation), ("therapist", WordClass.Occupation),
        ("pharmacist", WordClass.Occupation), ("veterinarian", WordClass.Occupation), ("psychologist", WordClass.Occupation),
        ("caregiver", WordClass.Occupation), ("carer", WordClass.Occupation), ("nanny", WordClass.Occupation),
        ("babysitter", WordClass.Occupation), ("lecturer", WordClass.Occupation), ("professor", WordClass.Occupation),
        ("plumber", WordClass.Occupation), ("electrician", WordClass.Occupation), ("carpenter", WordClass.Occupation),
        ("hairdresser", WordClass.Occupation), ("barber", WordClass.Occupation), ("cashier", WordClass.Occupation),
        ("waiter", WordClass.Occupation), ("waitress", WordClass.Occupation), ("housekeeper", WordClass.Occupation),
        ("janitor", WordClass.Occupation), ("gardener", WordClass.Occupation), ("locksmith", WordClass.Occupation),
        ("chauffeur", WordClass.Occupation), ("realtor", WordClass.Occupation), ("accountant", WordClass.Occupation),
        ("bookkeeper", WordClass.Occupation), ("midwife", WordClass.Occupation), ("paramedic", WordClass.Occupation),
        ("librarian", WordClass.Occupation), ("consultant", WordClass.Occupation), ("advisor", WordClass.Occupation),
        ("adviser", WordClass.Occupation), ("mentor", WordClass.Occupation), ("teacher", WordClass.Occupation), ("advocate", WordClass.Occupation),
        ("instructor", WordClass.Occupation), ("doctor", WordClass.Occupation), ("mechaniker", WordClass.Occupation),
        ("mechanikerin", WordClass.Occupation), ("monteur", WordClass.Occupation), ("monteurin", WordClass.Occupation),
        ("techniker", WordClass.Occupation), ("technikerin", WordClass.Occupation), ("richter", WordClass.Occupation),
        ("richterin", WordClass.Occupation), ("anwalt", WordClass.Occupation), ("anwaltin", WordClass.Occupation),
        ("anwaeltin", WordClass.Occupation), ("rechtsanwalt", WordClass.Occupation), ("rechtsanwaltin", WordClass.Occupation),
        ("rechtsanwaeltin", WordClass.Occupation), ("notar", WordClass.Occupation), ("notarin", WordClass.Occupation),
        ("krankenschwester", WordClass.Occupation), ("pflegekraft", WordClass.Occupation), ("lehrkraft", WordClass.Occupation),
        ("dozent", WordClass.Occupation), ("dozentin", WordClass.Occupation), ("ausbilder", WordClass.Occupation),
        ("ausbilderin", WordClass.Occupation), ("therapeut", WordClass.Occupation), ("therapeutin", WordClass.Occupation),
        ("psychologe", WordClass.Occupation), ("psychologin", WordClass.Occupation),
        ("apotheker", WordClass.Occupation), ("apothekerin", WordClass.Occupation), ("tierarzt", WordClass.Occupation),
        ("tierarztin", WordClass.Occupation), ("tieraerztin", WordClass.Occupation), ("zahnarzt", WordClass.Occupation),
        ("zahnarztin", WordClass.Occupation), ("zahnaerztin", WordClass.Occupation), ("hebamme", WordClass.Occupation),
        ("erzieher", WordClass.Occupation), ("erzieherin", WordClass.Occupation), ("betreuer", WordClass.Occupation),
        ("betreuerin", WordClass.Occupation), ("elektriker", WordClass.Occupation), ("friseur", WordClass.Occupation),
        ("friseurin", WordClass.Occupation), ("kassierer", WordClass.Occupation), ("kassiererin", WordClass.Occupation),
        ("kellner", WordClass.Occupation), ("kellnerin", WordClass.Occupation), ("berater", WordClass.Occupation),
        ("beraterin", WordClass.Occupation), ("vormund", WordClass.Occupation), ("sachbearbeiter", WordClass.Occupation),
        ("sachbearbeiterin", WordClass.Occupation), ("personalvermittler", WordClass.Occupation),
        ("personalvermittlerin", WordClass.Occupation), ("handwerker", WordClass.Occupation), ("lehrer", WordClass.Occupation),
        ("lehrerin", WordClass.Occupation), ("arzt", WordClass.Occupation), ("arztin", WordClass.Occupation),
        ("aerztin", WordClass.Occupation), ("pfleger", WordClass.Occupation), ("pflegerin", WordClass.Occupation),
        ("mecanicien", WordClass.Occupation), ("mecanicienne", WordClass.Occupation), ("technicien", WordClass.Occupation),
        ("technicienne", WordClass.Occupation), ("recruteur", WordClass.Occupation), ("recruteuse", WordClass.Occupation),
        ("juge", WordClass.Occupation), ("avocat", WordClass.Occupation), ("avocate", WordClass.Occupation),
        ("notaire", WordClass.Occupation), ("magistrat", WordClass.Occupation), ("conseiller", WordClass.Occupation),
        ("conseillere", WordClass.Occupation), ("instructeur", WordClass.Occupation), ("formateur", WordClass.Occupation),
        ("formatrice", WordClass.Occupation), ("entraineur", WordClass.Occupation), ("therapeute", WordClass.Occupation),
        ("psychologue", WordClass.Occupation), ("pharmacien", WordClass.Occupation), ("pharmacienne", WordClass.Occupation),
        ("veterinaire", WordClass.Occupation), ("nounou", WordClass.Occupation), ("coiffeur", WordClass.Occupation),
        ("coiffeuse", WordClass.Occupation), ("plombier", WordClass.Occupation), ("electricien", WordClass.Occupation),
        ("menuisier", WordClass.Occupation), ("caissier", WordClass.Occupation), ("caissiere", WordClass.Occupation),
        ("serveuse", WordClass.Occupation), ("consultante", WordClass.Occupation), ("medecin", WordClass.Occupation),
        ("docteur", WordClass.Occupation), ("enseignant", WordClass.Occupation), ("professeur", WordClass.Occupation),
        ("infirmier", WordClass.Occupation), ("infirmiere", WordClass.Occupation), ("reclutador", WordClass.Occupation),
        ("reclutadora", WordClass.Occupation), ("juez", WordClass.Occupation), ("jueza", WordClass.Occupation),
        ("abogado", WordClass.Occupation), ("abogada", WordClass.Occupation), ("notario", WordClass.Occupation),
        ("entrenador", WordClass.Occupation), ("entrenadora", WordClass.Occupation), ("terapeuta", WordClass.Occupation),
        ("psicologo", WordClass.Occupation), ("psicologa", WordClass.Occupation), ("farmaceutico", WordClass.Occupation),
        ("farmaceutica", WordClass.Occupation), ("veterinario", WordClass.Occupation), ("cuidador", WordClass.Occupation),
        ("cuidadora", WordClass.Occupation), ("ninera", WordClass.Occupation), ("peluquero", WordClass.Occupation),
        ("peluquera", WordClass.Occupation), ("barbero", WordClass.Occupation), ("electricista", WordClass.Occupation),
        ("fontanero", WordClass.Occupation), ("plomero", WordClass.Occupation), ("carpintero", WordClass.Occupation),
        ("mesero", WordClass.Occupation), ("mesera", WordClass.Occupation), ("camarero", WordClass.Occupation),
        ("camarera", WordClass.Occupation), ("asesor", WordClass.Occupation), ("asesora", WordClass.Occupation),
        ("consultor", WordClass.Occupation), ("apoderado", WordClass.Occupation), ("acudiente", WordClass.Occupation),
        ("medico", WordClass.Occupation), ("enfermero", WordClass.Occupation), ("enfermera", WordClass.Occupation),
        ("profesor", WordClass.Occupation), ("profesora", WordClass.Occupation), ("docente", WordClass.Occupation),
        ("odontologo", WordClass.Occupation), ("dentista", WordClass.Occupation), ("recrutador", WordClass.Occupation),
        ("recrutadora", WordClass.Occupation), ("juiz", WordClass.Occupation), ("juiza", WordClass.Occupation),
        ("advogado", WordClass.Occupation), ("advogada", WordClass.Occupation), ("tabeliao", WordClass.Occupation),
        ("instrutor", WordClass.Occupation), ("instrutora", WordClass.Occupation), ("treinador", WordClass.Occupation),
        ("treinadora", WordClass.Occupation), ("veterinaria", WordClass.Occupation), ("baba", WordClass.Occupation),
        ("cabeleireiro", WordClass.Occupation), ("cabeleireira", WordClass.Occupation), ("barbeiro", WordClass.Occupation),
        ("eletricista", WordClass.Occupation), ("encanador", WordClass.Occupation), ("canalizador", WordClass.Occupation),
        ("carpinteiro", WordClass.Occupation), ("garcom", WordClass.Occupation), ("garconete", WordClass.Occupation),
        ("assessor", WordClass.Occupation), ("assessora", WordClass.Occupation), ("enfermeira", WordClass.Occupation),
        ("enfermeiro", WordClass.Occupation), ("professora", WordClass.Occupation), ("tehnician", WordClass.Occupation),
        ("tehnicianul", WordClass.Occupation), ("recrutor", WordClass.Occupation), ("recrutorul", WordClass.Occupation),
        ("judecator", WordClass.Occupation), ("judecatorul", WordClass.Occupation), ("avocatul", WordClass.Occupation),
        ("notarul", WordClass.Occupation), ("antrenor", WordClass.Occupation), ("antrenorul", WordClass.Occupation),
        ("terapeut", WordClass.Occupation), ("psiholog", WordClass.Occupation), ("farmacist", WordClass.Occupation),
        ("veterinar", WordClass.Occupation), ("bona", WordClass.Occupation), ("frizer", WordClass.Occupation),
        ("instalator", WordClass.Occupation), ("tamplar", WordClass.Occupation), ("casier", WordClass.Occupation),
        ("casiera", WordClass.Occupation), ("ospatar", WordClass.Occupation), ("chelner", WordClass.Occupation),
        ("consilier", WordClass.Occupation), ("invatator", WordClass.Occupation), ("invatatoare", WordClass.Occupation),
        ("educator", WordClass.Occupation), ("educatoare", WordClass.Occupation), ("diriginte", WordClass.Occupation),
        ("medic", WordClass.Occupation), ("medicul", WordClass.Occupation), ("profesorul", WordClass.Occupation),
        ("tutore", WordClass.Occupation), ("stylist", WordClass.Occupation), ("hairstylist", WordClass.Occupation),
        ("estilista", WordClass.Occupation), ("styliste", WordClass.Occupation), ("stylistin", WordClass.Occupation),
        ("hairstylistin", WordClass.Occupation), ("stilist", WordClass.Occupation), ("stilista", WordClass.Occupation),
        ("stilistul", WordClass.Occupation), ("leader", WordClass.Occupation), ("lider", WordClass.Occupation),
        ("liderul", WordClass.Occupation), ("teamleiter", WordClass.Occupation), ("teamleiterin", WordClass.Occupation),
        ("gruppenleiter", WordClass.Occupation), ("gruppenleiterin", WordClass.Occupation), ("leiterin", WordClass.Occupation),
    };

    /// <summary>The built-in vocabulary, built once per process.</summary>
    public static VocabularyTable Default
    {
        get
        {
            var table = Volatile.Read(ref s_default);
            if (table is null)
            {
                table = CreateBuilder().Build();
                Interlocked.CompareExchange(ref s_default, table, null);
                table = Volatile.Read(ref s_default)!;
            }

            return table;
        }
    }

    /// <summary>A builder holding the built-in vocabulary, to extend or trim (options).</summary>
    public static VocabularyBuilder CreateBuilder()
    {
        var builder = new VocabularyBuilder();
        AddAll(builder);
        return builder;
    }

    private static void AddAll(VocabularyBuilder b)
    {
        // Stop words first: phrases are stored without them.
        b.StopWords("of", "the", "de", "du", "des", "del", "la", "le", "d", "von", "der", "al", "lui", "ale", "do", "da", "dos", "das");
        AddEnglish(b);
        AddRomanian(b);
        AddGerman(b);
        AddFrench(b);
        AddSpanish(b);
        AddPortuguese(b);
        AddMisspellings(b);
    }

    /// <summary>
    /// The commonest developer misspellings of the strongest words, read as the word (every phrase with the word gets a
    /// twin, see <see cref="VocabularyBuilder.Misspelt"/>). Only misspellings that are no word of any built-in language.
    /// Lost diacritics need no entry (folding: "direccion", "endereco", "adresa"); the doubled or dropped consonant does.
    /// </summary>
    private static void AddMisspellings(VocabularyBuilder b)
    {
        // English: Customer.Adress, Order.ToAdress (a dropped "d", the German and French spelling leaking in), Addrese;
        // Employee.DateOfEmployement. Not "addres": the plural rule would read "Address" through it.
        b.Misspelt("address", "adress", "addrese");
        b.Misspelt("employment", "employement");
        b.Misspelt("relevant", "relavant");
        // An article's or a news item's writer misspelt (NewsDto.AutherName: thirty-third round).
        b.Misspelt("author", "auther");
        // Not "addresse" (German, French): it is the singular the plural rule reads in "Addresses", which must stay English.
    }
}
