using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// What <see cref="PersonalDataInference"/> reads from a member's name alone — its words and what the vocabulary says of
/// them (<see cref="NameReading"/>) — remembered per name and vocabulary for one compilation: a code base repeats its
/// member names (<c>Id</c>, <c>Name</c>, <c>CreatedAt</c>, <c>Email</c>) across thousands of types, and the first
/// occurrence of each pays for the split and the table probes. Nothing that depends on the member's type, its containing
/// type or the options beyond the vocabulary is kept here. Names are keys as written (ordinal: <c>email</c> and
/// <c>Email</c> are two entries, read alike). Thread-safe (symbol actions run concurrently); a reading computed twice by
/// two threads at once is the same reading.
/// </summary>
internal sealed class NameReadings
{
    // The vocabulary of the last lookup and its readings: a compilation almost always has one (files whose .editorconfig
    // sections carry no detection options share the built-in table).
    private volatile ForVocabulary _last;

    private readonly ConcurrentDictionary<VocabularyTable, ForVocabulary> _byVocabulary = new();

    public NameReadings()
    {
        var builtIn = new ForVocabulary(BuiltInVocabulary.Default);
        _byVocabulary[builtIn.Vocabulary] = builtIn;
        _last = builtIn;
    }

    /// <summary>The reading of <paramref name="name"/> with <paramref name="vocabulary"/>, computed on its first request.</summary>
    public NameReading Read(string name, VocabularyTable vocabulary)
    {
        var readings = _last;
        if (!ReferenceEquals(readings.Vocabulary, vocabulary))
        {
            readings = _byVocabulary.GetOrAdd(vocabulary, v => new ForVocabulary(v));
            _last = readings;
        }

        if (!readings.Names.TryGetValue(name, out var reading))
        {
            reading = readings.Names.GetOrAdd(name, new NameReading(name, vocabulary));
        }

        return reading;
    }

    /// <summary>
    /// What the member names of <paramref name="type"/> may hold, from the names alone (<see cref="ITypeSymbol.MemberNames"/>:
    /// no member symbol is materialised): a test that rules out the sibling facts of most types before their members are
    /// visited. Every property and field of the type is named there but an explicit interface implementation's (see
    /// <see cref="TypeFacts.NamesComplete"/>), so a flag that is not set is not set by any other member; a flag that is set
    /// may come from a method or a static member — the caller then asks the members themselves. Read once per type
    /// (<see cref="TypeFacts.MemberWords"/>).
    /// </summary>
    public MemberWords Members(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        var found = MemberWords.None;
        foreach (var name in type.MemberNames)
        {
            var reading = Read(name, vocabulary);
            if ((reading.Classes & WordClass.Animal) != 0)
            {
                found |= MemberWords.Animal;
            }

            if ((reading.Classes & WordClass.NaturalPerson) != 0 && reading.People is not null)
            {
                found |= MemberWords.NaturalPerson;
            }

            if (PersonalDataInference.IsOutcomeName(name, reading.Words))
            {
                found |= MemberWords.Outcome;
            }

            if (reading.SiblingTerm is { } term)
            {
                if (term.Category == "Location.Precise")
                {
                    found |= MemberWords.Position;
                }

                found |= PersonalDataInference.IsAddressPart(term) ? MemberWords.Term | MemberWords.AddressTerm : MemberWords.Term;
                found |= PersonalDataInference.SiblingWords(term);
            }
        }

        return found;
    }

    /// <summary>How many names have been read with <paramref name="vocabulary"/> (for tests).</summary>
    internal int Count(VocabularyTable vocabulary) => _byVocabulary.TryGetValue(vocabulary, out var readings) ? readings.Names.Count : 0;

    private sealed class ForVocabulary
    {
        public ForVocabulary(VocabularyTable vocabulary) => Vocabulary = vocabulary;

        public VocabularyTable Vocabulary { get; }

        public ConcurrentDictionary<string, NameReading> Names { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>What some member name of a type holds (<see cref="NameReadings.Members"/>).</summary>
[Flags]
internal enum MemberWords
{
    None = 0,

    /// <summary>A word naming an animal's kind (<see cref="WordClass.Animal"/>).</summary>
    Animal = 1,

    /// <summary>A term that no word of the name negates or owns (<see cref="NameReading.SiblingTerm"/>).</summary>
    Term = 2,

    /// <summary>Such a term that is an address part.</summary>
    AddressTerm = 4,

    /// <summary>Such a term, strong, that only a natural person has (<see cref="SiblingFacts.PersonOnly"/>).</summary>
    PersonOnly = 8,

    /// <summary>Such a term that is a name (<see cref="SiblingFacts.Name"/>).</summary>
    Name = 16,

    /// <summary>Such a term that is a national id (<see cref="SiblingFacts.NationalId"/>).</summary>
    NationalId = 32,

    /// <summary>Such a term, strong, that is about health (<see cref="SiblingFacts.Health"/>).</summary>
    Health = 64,

    /// <summary>Such a term that is an e-mail address.</summary>
    Email = 128,

    /// <summary>Such a term that is a phone number.</summary>
    Phone = 256,

    /// <summary>Such a term, strong, that is a password (<see cref="SiblingFacts.Password"/>).</summary>
    Password = 512,

    /// <summary>
    /// A name that flags a natural person (PersoanaFizica, PessoaFisica, IsNaturalPerson: <see cref="WordClass.NaturalPerson"/>
    /// with a person word) — <see cref="SiblingFacts.NaturalPerson"/> when the member is a bool.
    /// </summary>
    NaturalPerson = 1024,

    /// <summary>A coordinate (latitude, longitude: a <c>Location.Precise</c> term): the type holds a position.</summary>
    Position = 2048,

    /// <summary>Such a term that is a login name (<c>Online.Username</c>): with a contact channel, an account's holder.</summary>
    Username = 4096,

    /// <summary>
    /// Such a term that only a natural person has whatever its strength, and no firm: a gender or a birth date (part of a
    /// person's record's shape, <see cref="TypeFacts.IsPersonRecord"/>).
    /// </summary>
    PersonTrait = 8192,

    /// <summary>Such a term, strong, that names a rite received or a religious affiliation (<see cref="SiblingFacts.Religion"/>).</summary>
    Religion = 16384,

    /// <summary>
    /// A name that says how a call ended (<see cref="PersonalDataInference.IsOutcomeName"/>: Code, ResponseCode, ReturnValue,
    /// StatusCode, IsSuccess, CodigoRespuesta, Erfolg): the type is a response envelope and its message is the program's answer.
    /// </summary>
    Outcome = 262144,
}

/// <summary>
/// A member name read with a vocabulary, once: its words, the term at its head and where it is, whether a word negates,
/// the entry and facts of its first word, and what the later tests of <see cref="PersonalDataInference"/> ask of the name
/// alone. Immutable.
/// </summary>
internal sealed class NameReading
{
    private const int MaxWords = 24;

    public NameReading(string name, VocabularyTable vocabulary)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, buffer);
        ReadOnlySpan<WordSpan> words = buffer.Slice(0, count);
        Words = words.ToArray();

        // One pass: the last term (the head in English, "CustomerEmail"), and whether anything negates.
        VocabularyEntry? head = null;
        var headStart = -1;
        var headEnd = -1;
        var negated = false;

        // An address part behind the name of the address it belongs to, as flattened models write it
        // (ShippingAddressAddressLine1, BillingAddressZipCode, ShipToZip): the prefix says whose address it is.
        var addressStart = -1;

        // The entry at the first word, kept for the person-word-alone test (one probe per word, not two), and what the same
        // probe tells of the first word itself (the phrases it begins or ends, its word classes) for the one-word tests.
        VocabularyEntry? first = null;
        var firstConsumed = 0;
        VocabularyTable.WordFacts firstWord = default;

        // A "kind of" word (type, tipo) beside a term: TipoSexo, GenderType, TipoEstadoCivil. Decided after the pass.
        var kindStart = -1;
        var kindEnd = -1;

        // A key word (id) beside a term: GenderId, IdGenero, PeSexoId. Decided after the pass.
        var idStart = -1;
        var idEnd = -1;

        // A count word (count, Anzahl) beside a term: MonthlySalaryCount, AnzahlArbeitsstunden. Decided after the pass.
        var countStart = -1;
        var countEnd = -1;

        // Whether any entry is a negating or an owner word (a sibling's term is read only without one).
        var ownedOrNegated = false;
        var manager = false;
        var people = 0;
        Span<PersonWord> peopleAt = stackalloc PersonWord[MaxWords];
        for (var i = 0; i < count;)
        {
            // A term and then "with" (DisplayFullNameWithId, PhoneWithCountryCode, NomeComSobrenome): the member is the term,
            // the words after "with" say what is added to it (the id a display name shows beside the person's name).
            if (head is not null && i > 0 && TextFolding.EqualsAnyFolded(name, words[i], TypeFacts.s_withWords))
            {
                break;
            }

            VocabularyEntry? entry;
            int consumed;
            if (i == 0)
            {
                entry = first = vocabulary.Match(name, words, 0, out consumed, out firstWord);
                firstConsumed = consumed;
            }
            else
            {
                entry = vocabulary.Match(name, words, i, out consumed);
            }

            if (entry is not null)
            {
                switch (entry.Role)
                {
                    case WordRole.Term:
                        addressStart = PersonalDataInference.IsAddressPart(entry) && head is not null && PersonalDataInference.IsAddressPart(head) && headEnd == i
                            ? (addressStart >= 0 ? addressStart : headStart)
                            : -1;
                        head = entry;
                        headStart = i;
                        headEnd = i + consumed;
                        break;
                    case WordRole.Meta when kindStart < 0 && PersonalDataInference.IsKindWord(entry):
                        kindStart = i;
                        kindEnd = i + consumed;
                        ownedOrNegated = true;
                        break;
                    case WordRole.Technical when PersonalDataInference.IsManagerWord(entry):
                        // "Manager": a tool on an object-typed member, a person on a text or number one (NumeManager) —
                        // the inference decides by the member's type shape (NegatedButForManager, PersonWord.Manager).
                        manager = true;
                        ownedOrNegated = true;
                        peopleAt[people++] = new PersonWord(i, WordRole.Subject, manager: true);
                        break;
                    case WordRole.Meta when idStart < 0 && PersonalDataInference.IsKeyWord(entry):
                        idStart = i;
                        idEnd = i + consumed;
                        ownedOrNegated = true;
                        break;
                    case WordRole.Meta when countStart < 0 && PersonalDataInference.IsCountWord(entry):
                        countStart = i;
                        countEnd = i + consumed;
                        ownedOrNegated = true;
                        break;
                    case WordRole.Technical when i + consumed < count && TextFolding.EqualsAnyFolded(name, words[i], PersonalDataInference.s_senderWords):
                        // "Sender" before what it qualifies (Message.SenderUsername, MessageDTO.SenderPhotoUrl: thirty-third
                        // round): whoever sent the message, a person word as "recipient" is. Last, it names a tool
                        // (EmailSender, SmsSender) and negates as any technical word.
                        peopleAt[people++] = new PersonWord(i, WordRole.Subject);
                        break;
                    case WordRole.Meta:
                    case WordRole.Technical:
                    case WordRole.NotPersonal:
                        negated = true;
                        ownedOrNegated = true;
                        break;
                    case WordRole.Owner:
                        ownedOrNegated = true;
                        peopleAt[people++] = new PersonWord(i, WordRole.Owner);
                        break;
                    case WordRole.Subject:
                        peopleAt[people++] = new PersonWord(i, WordRole.Subject);
                        break;
                }
            }
            else if (i + consumed < count && TextFolding.EqualsFolded(name, words[i], "recipient"))
            {
                // English "recipient" before what it qualifies (MessageDTO.RecipientPhotoUrl beside SenderPhotoUrl: thirty-third
                // round): whom the message goes to, a person word in a member's name as destinatario, Empfänger, destinataire
                // and destinatar are. Not in the vocabulary: a type named so is a data recipient (RecipientInfo), no person.
                peopleAt[people++] = new PersonWord(i, WordRole.Subject);
            }

            i += consumed;
        }

        // "The kind of" a person's sex, gender, race, marital status or disability, on a member, is that value: the member
        // typed with the options holds the person's choice (Funcionario.TipoSexo, Person.GenderType). Anything else with a
        // kind word is about the data, not the data (AddressType, TipoDocumento, ContactType). A type named so (a TipoSexo
        // lookup, an enum) is not a member: its own members say nothing of a person.
        if (kindStart >= 0 && !(head is not null && (kindEnd == headStart || kindStart == headEnd) && PersonalDataInference.IsKindOfAttribute(head)))
        {
            negated = true;
        }

        // "The count of" a worker's hours or monthly salaries is that measure of the person's work (HiringDetail.
        // WorkingHoursCount, Anstellungsdetail.AnzahlMonatsgehaelter: fifteenth round); a count of anything else is about the
        // data, not the data (EmailCount, LoginAttemptCount, AnzahlKinder… stay negated).
        if (countStart >= 0 && !(head is not null && (countEnd == headStart || countStart == headEnd) && PersonalDataInference.IsMeasureOfWork(head)))
        {
            negated = true;
        }

        // The key of a person's gender in a lookup of genders (GenderId, SexoId, IdGenero, PeSexoIdEsposo, GeschlechtId,
        // SexeId, IdSex: twenty-first round) names the person's gender as the kind word does (TipoSexo); a key beside any
        // other term is about the data, not the data (CountryId, DocumentId, EmailId stay negated).
        // A nationality's key (NationalityId, StaatsangehoerigkeitId, IdNacionalidad, NacionalidadeId, CetatenieId: twenty-sixth
        // round) is the person's nationality the same way.
        var traitKey = idStart >= 0 && head is not null && (idEnd == headStart || idStart == headEnd)
            && (head.Category == "Identity.Gender" || PersonalDataInference.IsNationalityWord(head));
        if (idStart >= 0 && !traitKey)
        {
            negated = true;
        }

        var classes = WordClass.None;
        for (var i = 0; i < count; i++)
        {
            classes |= vocabulary.Classes(name, words[i]);
        }

        Head = head;
        HeadStart = headStart;
        HeadEnd = headEnd;
        Negated = negated || manager;
        NegatedButForManager = negated;
        AddressStart = addressStart;
        First = first;
        FirstConsumed = firstConsumed;
        FirstWord = firstWord;
        Classes = classes;
        SiblingTerm = ownedOrNegated ? null : head;
        Silenced = ownedOrNegated;
        TraitKey = traitKey;
        Phrases = count > 0 ? vocabulary.PhrasesEndingWith(name, words[0], firstWord.Ending) : null;
        People = people > 0 ? peopleAt.Slice(0, people).ToArray() : null;
    }

    /// <summary>The name's words (at most 24).</summary>
    public WordSpan[] Words { get; }

    /// <summary>The last term of the name (its head in English, "CustomerEmail"); null when none.</summary>
    public VocabularyEntry? Head { get; }

    /// <summary>The index of the head's first word; -1 when no head.</summary>
    public int HeadStart { get; }

    /// <summary>The index after the head's last word; -1 when no head.</summary>
    public int HeadEnd { get; }

    /// <summary>Whether a meta, technical or non-personal word negates the name (a kind word unless it names a trait's kind).</summary>
    public bool Negated { get; }

    /// <summary>
    /// <see cref="Negated"/> when "manager" names a person (on a text or number member: NumeManager), so does not negate.
    /// </summary>
    public bool NegatedButForManager { get; }

    /// <summary>Where an address part behind the name of its address begins (ShippingAddressZipCode); -1 otherwise.</summary>
    public int AddressStart { get; }

    /// <summary>The entry at the first word; null when none.</summary>
    public VocabularyEntry? First { get; }

    /// <summary>How many words <see cref="First"/> consumed (1 when none).</summary>
    public int FirstConsumed { get; }

    /// <summary>What the probe of the first word tells of that word.</summary>
    public VocabularyTable.WordFacts FirstWord { get; }

    /// <summary>The word classes of all the name's words together.</summary>
    public WordClass Classes { get; }

    /// <summary>The phrases the first word (or its singular) ends (<see cref="VocabularyTable.PhrasesEndingWith"/>); null when none.</summary>
    public VocabularyEntry[]? Phrases { get; }

    /// <summary>
    /// The name's last term when no word of it negates or names an owner: what a sibling member holds, before the member's
    /// type is asked whether it fits.
    /// </summary>
    public VocabularyEntry? SiblingTerm { get; }

    /// <summary>
    /// Whether a word of the name says what the member is whatever its attributes declare: an owner, a meta (a kind word
    /// included), a technical or a non-personal word (<c>CompanyPhone</c>, <c>EmailConfirmed</c>, <c>UserManager</c>).
    /// </summary>
    public bool Silenced { get; }

    /// <summary>
    /// Whether the name is a gender term beside a key word (<c>GenderId</c>, <c>IdGenero</c>): the key of the person's
    /// gender in a lookup, read as the gender on a person's record only.
    /// </summary>
    public bool TraitKey { get; }

    /// <summary>
    /// The name with its first one-word compound that holds a term written as its pieces (<c>Numartelefon</c> →
    /// <c>Numar_Telefon</c>), the empty string when it holds none, null until asked (set by the inference on its first
    /// request: it depends on the name and the vocabulary alone; two threads computing it at once write the same text).
    /// </summary>
    public string? Segmented
    {
        get => Volatile.Read(ref _segmented);
        set => Volatile.Write(ref _segmented, value);
    }

    private string? _segmented;

    /// <summary>
    /// The evidence text last written for a member of this name whose words alone are quoted (no containing type or sibling
    /// named), with the words it quotes; null until a member of this name is reported. Set by the inference; two threads
    /// writing at once write equal texts (or texts for other words, which the next reader recognises by their bounds).
    /// </summary>
    public EvidenceText? Evidence
    {
        get => Volatile.Read(ref _evidence);
        set => Volatile.Write(ref _evidence, value);
    }

    private EvidenceText? _evidence;

    /// <summary>An evidence text ("the word 'email'") and the words it quotes (<c>Words[Start..End]</c>).</summary>
    internal sealed class EvidenceText
    {
        public EvidenceText(int start, int end, string text)
        {
            Start = start;
            End = end;
            Text = text;
        }

        public int Start { get; }

        public int End { get; }

        public string Text { get; }
    }

    /// <summary>The owner and subject words of the name, where they begin, in order; null when none.</summary>
    public PersonWord[]? People { get; }

    /// <summary>An owner or a subject word of a name and where it begins.</summary>
    internal readonly struct PersonWord
    {
        public PersonWord(int index, WordRole role, bool manager = false)
        {
            Index = index;
            Role = role;
            Manager = manager;
        }

        public int Index { get; }

        public WordRole Role { get; }

        /// <summary>Whether the word is "manager", a subject only on a text or number member.</summary>
        public bool Manager { get; }
    }
}
