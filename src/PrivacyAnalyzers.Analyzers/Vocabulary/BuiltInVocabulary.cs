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
        ("location", WordClass.Position), ("position", WordClass.Position), ("coordinates", WordClass.Position),
        ("geolocation", WordClass.Position), ("standort", WordClass.Position), ("koordinaten", WordClass.Position),
        ("ubicacion", WordClass.Position), ("coordenadas", WordClass.Position), ("posicion", WordClass.Position),
        ("localizacao", WordClass.Position), ("posicao", WordClass.Position), ("localisation", WordClass.Position),
        ("coordonnees", WordClass.Position), ("locatie", WordClass.Position), ("pozitie", WordClass.Position),
        ("coordonate", WordClass.Position),
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
    }
}
