using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// "Does this member look like personal data, of which category, how surely?" — from the member's name (split into words,
/// matched against the vocabulary), its type (<see cref="MemberTypeClassifier"/>) and its containing type
/// (<see cref="TypeContextClassifier"/>). Used by PRIV001, its code fix and the benchmarks. Create one per compilation;
/// thread-safe. What a member name alone says is read once per name in a compilation (<see cref="NameReadings"/>), what a
/// containing type says once per type (<see cref="TypeContexts"/>): a member whose name holds no vocabulary word and whose
/// type is not a personal-data type then costs a lookup of its name, and allocates nothing.
/// </summary>
internal sealed partial class PersonalDataInference
{
    private const int MaxWords = 24;

    private readonly MemberTypeClassifier _types;
    private readonly AnnotationReader? _reader;

    // What each member name alone says, read once per name (and vocabulary) for this compilation; what each containing type
    // says of its members (its context, what its member names may hold, its sibling facts), once per type.
    private readonly NameReadings _names = new();
    private readonly TypeContexts _contexts;

    // Which person's type owns a type (Experience belongs to Candidate through Resume): asked only for a weak term on a
    // neutral type that nothing else made personal, and for a term-less member of a neutral type (TypeOwners).
    private readonly TypeOwners _owners;

    // A person's position kept as an object whose type declares coordinates (Driver.Location typed Location).
    private static readonly VocabularyEntry s_position = new(new[] { "location" }, WordRole.Term, "Location.Precise", TermStrength.Strong, TypeAffinity.Text | TypeAffinity.Number);

    // A house number named only "Numero" / "Number" beside a person's address parts (Funcionario.Numero beside Logradouro).
    private static readonly VocabularyEntry s_houseNumber = new(new[] { "numero" }, WordRole.Term, "Contact.Address", TermStrength.Weak, TypeAffinity.Text | TypeAffinity.Number);

    // The person a visitor or a guest comes to see (VisitorModel.HostName).
    private static readonly VocabularyEntry s_hostName = new(new[] { "host", "name" }, WordRole.Term, "Identity.Name", TermStrength.Weak, TypeAffinity.Text);

    // A person's photo named by an image word alone (UserModel.ImagePath, Chef.CoverImgUrl, Visitor.VisitorImage).
    private static readonly VocabularyEntry s_photo = new(new[] { "image" }, WordRole.Term, "Identity.Photo", TermStrength.Weak, TypeAffinity.Text | TypeAffinity.Binary);

    // A payment card's expiry named only "Expiration" / "Expiry" beside the card's number (ApplicationUser.Expiration).
    private static readonly VocabularyEntry s_cardExpiry = new(new[] { "expiration" }, WordRole.Term, "Financial.PaymentCard", TermStrength.Strong, TypeAffinity.Text | TypeAffinity.Date);

    // A payment card's number named only "Number" on a card's type, and a card kept as an object (Pagamento.Cartao typed DadosCartao).
    private static readonly VocabularyEntry s_cardNumber = new(new[] { "card", "number" }, WordRole.Term, "Financial.PaymentCard", TermStrength.Strong, TypeAffinity.Text | TypeAffinity.Number);

    public PersonalDataInference(Compilation compilation, AnnotationReader? reader)
    {
        _compilation = compilation;
        _types = new MemberTypeClassifier(compilation);
        _reader = reader;
        _contexts = new TypeContexts(reader);
        _owners = new TypeOwners(_types, _contexts, reader);
    }

    /// <summary>How many types were asked for their owner, and how many types' members the owner walk read (cost report).</summary>
    internal (int Asked, int Visited) OwnerWalk => (_owners.Asked, _owners.Visited);

    /// <summary>Infers for a property, field or parameter; anything else is not personal data.</summary>
    public PersonalDataGuess Infer(ISymbol member, DetectionOptions options) => InferMember(member, options, 0);

    // depth: how many computed members (InferComputed) the question came through.
    private PersonalDataGuess InferMember(ISymbol member, DetectionOptions options, int depth)
    {
        var type = member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };

        var containing = member is IParameterSymbol { ContainingSymbol: IMethodSymbol method } ? method.ContainingType : member.ContainingType;
        var shape = _types.Classify(type, out var collection, out var element);
        var guess = Infer(member.Name, shape, containing, options, collection, type, element as INamedTypeSymbol);

        // The Name of an Identity user token (AspNetUserToken beside LoginProvider and Value; thirty-first round): the
        // token's name at its provider, not a person's.
        if (guess.IsPersonalData && containing is not null && string.Equals(guess.Category, "Identity.Name", StringComparison.Ordinal)
            && string.Equals(member.Name, "Name", StringComparison.OrdinalIgnoreCase)
            && _contexts.For(containing, options.Vocabulary).HasLoginTokenShape(containing))
        {
            return PersonalDataGuess.None;
        }

        // When the name does not decide, what the code declares about the member (its attributes) may.
        if (guess.IsPersonalData || shape == MemberTypeShape.NotData)
        {
            return guess;
        }

        guess = InferDeclared(member, guess, shape, containing, options, collection, type, element as INamedTypeSymbol);
        if (!guess.IsPersonalData && shape == MemberTypeShape.Complex && element is INamedTypeSymbol held && containing is not null
            && EmbeddedPerson(held, options) is { } embedded)
        {
            return embedded;
        }

        // A get-only text property computed from members this rule reports (Identite => Nom + " " + Prenom).
        if (!guess.IsPersonalData && shape == MemberTypeShape.Text && !collection && member is IPropertySymbol getOnly
            && InferComputed(getOnly, options, depth) is { } computed)
        {
            return computed;
        }

        // A member with no term at all on an entry of a person's history (Experience.Position of a Candidate's Resume).
        // A sign-in form's login and password under names that do not say so (LoginDto.Id beside Secret).
        return guess.IsPersonalData || containing is null ? guess
            : InferOwnedEntry(member.Name, shape, collection, element, containing, options)
                ?? InferSignIn(member.Name, shape, collection, containing, options)
                ?? InferPrescribedMedicine(member.Name, shape, collection, element, containing, options)
                ?? InferEyePrescription(member.Name, shape, collection, containing, options)
                ?? InferDiagnosedRecord(member.Name, shape, collection, containing, options) ?? guess;
    }

    /// <summary>
    /// A plain text or number member of a record that holds a diagnosis code (<see cref="TypeFacts.HoldsDiagnosisCode"/>:
    /// a sick note's <c>quantidadeDias</c> beside its <c>cid10</c>; twenty-seventh round): the record is the patient's
    /// clinical record and what it says is their health. Keys, person words (<c>Usuario</c>, <c>Paciente</c>: who
    /// issued it and who it is for), members a word silences and record-keeping stamps stay as they were read.
    /// </summary>
    private PersonalDataGuess? InferDiagnosedRecord(string name, MemberTypeShape shape, bool collection, INamedTypeSymbol containing, DetectionOptions options)
    {
        var vocabulary = options.Vocabulary;
        if (!MayHoldHealthValue(shape, collection, options) || !_contexts.For(containing, vocabulary).HoldsDiagnosisCode(containing))
        {
            return null;
        }

        // "Days" is a meta word elsewhere (a token's expiry days) and a count of them is no one's; on a record that holds a
        // diagnosis, the days or the duration are how long the patient is unfit, so a duration word lifts the silencing.
        var reading = _names.Read(name, vocabulary);
        if ((!TextFolding.AnyEqualsAnyFolded(name, reading.Words, s_durationWords) && IsLeftByRecordReadings(name, reading))
            || reading.People is not null || _contexts.Classify(containing, vocabulary, out _) == ContextKind.Infrastructure)
        {
            return null;
        }

        return ReadThroughItsType("Special.Health", containing.Name, ", which holds a diagnosis code", options);
    }

    /// <summary>
    /// Whether a member may hold one value of a person's health read through its record (a diagnosed record, an eye
    /// prescription): a single text or number, and health data not ignored by the options.
    /// </summary>
    private static bool MayHoldHealthValue(MemberTypeShape shape, bool collection, DetectionOptions options) =>
        !collection && shape is (MemberTypeShape.Text or MemberTypeShape.Number) && !options.IsIgnored("Special.Health");

    /// <summary>
    /// What no reading of a member by its record claims: a name a word silences or negates, a name with no word, a
    /// record-keeping stamp (<c>CreatedAt</c>, <c>ModifiedBy</c>).
    /// </summary>
    private static bool IsLeftByRecordReadings(string name, NameReading reading) =>
        reading.Silenced || reading.Negated || reading.Words.Length == 0 || TypeOwners.IsRecordKeeping(name, reading.Words[0]);

    /// <summary>
    /// A member reported at medium confidence because of the type it is read through (its record, the object it holds),
    /// with that type named in the evidence: "its type <paramref name="typeName"/><paramref name="why"/>".
    /// </summary>
    private static PersonalDataGuess ReadThroughItsType(string category, string typeName, string why, DetectionOptions options)
    {
        var reported = Confidence.Medium >= options.MinimumConfidence;
        return new PersonalDataGuess(reported, category, Confidence.Medium, reported ? "its type " + typeName + why : null);
    }

    /// <summary>Days or a duration, in the built-in languages (days; Tage, Dauer; días, duración; dias, duração; jours, durée; zile, durată).</summary>
    private static readonly string[] s_durationWords =
        { "days", "duration", "tage", "dauer", "dias", "duracion", "duracao", "jours", "duree", "zile", "durata" };

    /// <summary>
    /// A measure of an eye prescription or an eye examination (thirty-second round): on a type that holds one
    /// (<see cref="TypeFacts.HoldsEyePrescription"/>: two measures of a corrective lens and no price), a text or number
    /// member naming a lens measure (<c>Loin_OD_Sph</c>, <c>GRCylinder</c>, <c>GLAxis</c>, <c>PreGRPrizma</c>), the addition
    /// for near sight (<c>ADD_PRES</c>, <c>GRAddition</c>), the pupillary distance or the visual acuity is the person's eyesight,
    /// their health. The frame's model, the lens index and keys stay as they were read.
    /// </summary>
    private PersonalDataGuess? InferEyePrescription(string name, MemberTypeShape shape, bool collection, INamedTypeSymbol containing, DetectionOptions options)
    {
        var vocabulary = options.Vocabulary;
        if (!MayHoldHealthValue(shape, collection, options) || !_contexts.For(containing, vocabulary).HoldsEyePrescription(containing))
        {
            return null;
        }

        var reading = _names.Read(name, vocabulary);
        if (reading.Silenced || reading.Negated || reading.People is not null
            || (TypeFacts.EyeMeasureFamily(name, reading.Words, eye: true) == 0 && !TextFolding.AnyEqualsAnyFolded(name, reading.Words, s_eyeSightWords)))
        {
            return null;
        }

        return ReadThroughItsType("Special.Health", containing.Name, ", which holds an eye prescription", options);
    }

    /// <summary>
    /// Beside the lens measures on an eye prescription: the addition for near sight (addition, add; Addition; adición;
    /// adição; adiție), the pupillary distance (PD, DP, EP; Pupillendistanz; distancia pupilar; distância pupilar; écart
    /// pupillaire; distanța pupilară) and the visual acuity (acuity, Visus, agudeza, acuidade, acuité, acuitate).
    /// </summary>
    private static readonly string[] s_eyeSightWords =
    {
        "addition", "add", "adicion", "adicao", "aditie", "pd", "dp", "ep", "pupillary", "pupillendistanz", "pupilar", "pupillaire",
        "pupilara", "acuity", "visus", "agudeza", "acuidade", "acuite", "acuitate",
    };

    /// <summary>
    /// A medicine as prescribed to a patient (<see cref="TypeFacts.NamesPrescribedMedicine"/>: <c>Medicamento</c> with its
    /// <c>Posologia</c> and no price; twenty-seventh round): its text members (the medicine's name, dose, posology and notes)
    /// say what the patient takes, their health; and a prescription's list of such medicines (<c>Receita.Medicamentos</c>)
    /// is that too. Keys and members a word silences (<c>MedicamentoId</c>, <c>Status</c>) stay quiet.
    /// </summary>
    private PersonalDataGuess? InferPrescribedMedicine(string name, MemberTypeShape shape, bool collection, ITypeSymbol? element, INamedTypeSymbol containing, DetectionOptions options)
    {
        var vocabulary = options.Vocabulary;
        INamedTypeSymbol medicine;
        if (!collection && shape == MemberTypeShape.Text)
        {
            medicine = containing;
        }
        else if (collection && element is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } held && held.Locations.Length > 0 && held.Locations[0].IsInSource)
        {
            medicine = held;
        }
        else
        {
            return null;
        }

        if (options.IsIgnored("Special.Health") || !_contexts.For(medicine, vocabulary).NamesPrescribedMedicine(medicine))
        {
            return null;
        }

        if (IsLeftByRecordReadings(name, _names.Read(name, vocabulary)))
        {
            return null;
        }

        return ReadThroughItsType("Special.Health", medicine.Name, ", a medicine prescribed with its posology", options);
    }

    /// <summary>
    /// A member whose name holds no term, on a row in a collection of a person's own record that refers to nothing else —
    /// an entry of that person's history (<c>Experience.Position</c>, <c>.StartDate</c>, <c>.Description</c> of a
    /// Candidate's Resume; <c>Education.Major</c>): the person's data, category <c>Other</c>, at medium confidence. Only text,
    /// dates and numbers, never a collection, a key or a member a word silences (<c>ResumeId</c>, <c>Status</c>,
    /// <c>CompanyName</c>), nor record-keeping stamps (<c>CreatedAt</c>). A row linked directly to the person is not read so
    /// (an order's or a request's status, dates and payment method are the transaction's), nor a row reached through a
    /// transaction (<see cref="WordClass.Transaction"/>: an order's lines); see <see cref="TypeOwners"/>.
    /// </summary>
    private PersonalDataGuess? InferOwnedEntry(string name, MemberTypeShape shape, bool collection, ITypeSymbol? element, INamedTypeSymbol containing, DetectionOptions options)
    {
        if (collection || shape is not (MemberTypeShape.Text or MemberTypeShape.Date or MemberTypeShape.Number)
            || element is INamedTypeSymbol { TypeKind: TypeKind.Error, TypeArguments.Length: > 0 })
        {
            return null;
        }

        // The name first (read once per name in the compilation), then the type (both answers remembered per type): the owner
        // walk runs only for a type that has a member it could change.
        var vocabulary = options.Vocabulary;
        var reading = _names.Read(name, vocabulary);
        if (reading.Head is not null || reading.People is not null || IsLeftByRecordReadings(name, reading) || options.IsIgnored("Other")
            || _contexts.Classify(containing, vocabulary, out _) != ContextKind.Neutral
            || _owners.OwnerOf(containing, vocabulary) is not { Via: not null } owned)
        {
            return null;
        }

        // A number the row shares with a type it refers to (Leistung.Modulnummer beside Solarmodul Solarmodul, whose key is
        // Modulnummer): a foreign key, the reference to that row, not an entry of the person's history.
        if (shape == MemberTypeShape.Number && RefersByKey(containing, name))
        {
            return null;
        }

        // A row reached through a transaction (an order's OrderItem: its quantity, unit price and fee; an invoice's lines) is
        // a line of that transaction, as the transaction's own status and dates are: not an entry of the person's history.
        if (vocabulary.HasWordOf(owned.Via!, WordClass.Transaction))
        {
            return null;
        }

        var reported = Confidence.Medium >= options.MinimumConfidence;
        return new PersonalDataGuess(reported, "Other", Confidence.Medium, reported ? "its containing type " + containing.Name + TypeOwners.BelongsTo(owned) : null);
    }

    /// <summary>
    /// Whether a navigation member of <paramref name="type"/> (a single object of a source type) is typed with a type that
    /// declares a property or field named <paramref name="name"/> too: the member is a foreign key to that row.
    /// </summary>
    private static bool RefersByKey(INamedTypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { Type: INamedTypeSymbol { TypeKind: TypeKind.Class, SpecialType: SpecialType.None } target }
                && !SymbolEqualityComparer.Default.Equals(target, type) && target.Locations.Length > 0 && target.Locations[0].IsInSource)
            {
                foreach (var memberName in target.MemberNames)
                {
                    if (string.Equals(memberName, name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Infers from a name, a type shape and a containing type (the benchmarks call this directly); <paramref name="collection"/>
    /// when the member's type is an array or a collection of that shape.
    /// </summary>
    public PersonalDataGuess Infer(string name, MemberTypeShape shape, INamedTypeSymbol? containingType, DetectionOptions options, bool collection = false) =>
        Infer(name, shape, containingType, options, collection, null, null);

    /// <summary>
    /// Infers from a name, a type shape and a containing type; <paramref name="memberType"/> is the member's declared type and
    /// <paramref name="element"/> its element type (the type itself when not a collection): a member typed as a holder of a
    /// person's details (<c>Address</c>, <c>ICollection&lt;Adresa&gt;</c>) is personal data whatever its name.
    /// </summary>
    private PersonalDataGuess Infer(string name, MemberTypeShape shape, INamedTypeSymbol? containingType, DetectionOptions options, bool collection, ITypeSymbol? memberType, INamedTypeSymbol? element)
    {
        if (shape == MemberTypeShape.NotData)
        {
            return PersonalDataGuess.None;
        }

        // What the name alone says (its words, the term at its head, a negating word, its first word's facts), read once per
        // name in this compilation (NameReadings).
        var vocabulary = options.Vocabulary;
        var reading = _names.Read(name, vocabulary);
        ReadOnlySpan<WordSpan> words = reading.Words;
        var count = words.Length;
        var head = reading.Head;
        var headStart = reading.HeadStart;
        var headEnd = reading.HeadEnd;
        // "Manager" names a person on a text or number member (ManagerName, NumeManager, NrTelManager) and a tool on an
        // object-typed one (IEmailManager EmailManager, UserManager _userManager): the reading keeps both answers.
        var managerNamesPerson = NamesManager(shape);
        var negated = managerNamesPerson ? reading.NegatedButForManager : reading.Negated;
        var addressStart = reading.AddressStart;
        var first = reading.First;
        var firstConsumed = reading.FirstConsumed;
        var firstWord = reading.FirstWord;

        // The value of a credential record: the Token of a Tokens row, the Key or Value of an ApiKey or a UserToken, the
        // textual Id of an APIKeyData (the key is its id). "Key" and "Id" alone say nothing; the type says what they hold.
        // The credential's own noun before the value word (UserToken.TokenKey, .TokenValue, a SecretHash) names the same
        // value: the second word decides, as the one word would alone.
        var raised = false;
        var valueAfterNoun = count == 2 && (firstWord.Classes & WordClass.CredentialNoun) != 0
            && IsCredentialValueWord(vocabulary.Classes(name, words[1]), shape);
        if ((count == 1 || valueAfterNoun) && containingType is not null && (head is null || IsCredential(head))
            && (valueAfterNoun || IsCredentialValueWord(firstWord.Classes, shape))
            && CredentialRecordTerm(containingType.Name, vocabulary, (firstWord.Classes & WordClass.CredentialNoun) != 0) is { } credential)
        {
            head = credential;
            headStart = 0;
            headEnd = 1;
            negated = false;
            raised = true;
        }

        // A one-word member read with its type's name: Device.Identifier is a device identifier, GiftCard.Message a gift-card
        // message, Order.Note an order note, Card.Number a card number; the Value of a LabResult holds what the type
        // names. Only a stronger term replaces the member's own; a known non-personal phrase (File.Name) silences.
        var across = raised;
        // Languages that put the head first read the member before the type: Exame.Resultado is "resultado (do) exame",
        // Laudo.Descricao "descrição (do) laudo".
        // A numbered one (Address.Line1, Line2) is read the same way: the digits only say which.
        VocabularyEntry[]? phrases = null;
        var begins = false;
        var valueWord = (firstWord.Classes & WordClass.Value) != 0;
        var oneWord = count == 1 || (count == 2 && name[words[1].Start] is >= '0' and <= '9');
        if (oneWord && !negated && !raised && containingType is not null && (head is null || head.Strength == TermStrength.Weak)
            && ((phrases = vocabulary.PhrasesEndingWith(name, words[0], firstWord.Ending)) is not null | (begins = firstWord.BeginsAPhrase)
                || valueWord))
        {
            var joined = AcrossTypeName(containingType, phrases, begins ? firstWord.Beginning : null, valueWord, vocabulary);
            if (joined is { Role: WordRole.NotPersonal })
            {
                return PersonalDataGuess.None;
            }

            if (joined is { Role: WordRole.Term } && (head is null || joined.Strength > head.Strength))
            {
                head = joined;
                headStart = 0;
                headEnd = 1;
                across = true;
            }
        }

        var signal = SignalCategory(shape);

        // The member's type decides when it holds a person's details (Address BillingAddress, List<Adresa>).
        VocabularyEntry? typeTerm = null;
        if (signal is null && element is not null && (shape == MemberTypeShape.Complex || element.TypeKind == TypeKind.Error))
        {
            typeTerm = DetailsTerm(element.Name, vocabulary);

            // The state of the row itself, named status-first as Romance languages put the head first
            // (HistorialClinico.Estado typed EstadoHistorialClinico, Dossier.Statut typed StatutDossier): the row's workflow
            // state, as an English MedicalRecordStatus is, not the details its name ends with.
            if (typeTerm is not null && containingType is not null && NamesStateOf(element.Name, containingType.Name))
            {
                typeTerm = null;
            }

            // A type named only by a weak health word that belongs to nobody and holds no health reading of its own is a
            // catalogue's entry (thirtieth round: a laboratory's Analiza — a test's name, price and the analytes it includes
            // as flags — on ProgramareAnalizaViewModel.Analize, RezultatViewModel.Analiza): a navigation to it names the
            // test, not anyone's result; on a person's own type (Paciente.Estado typed EstadoSalud) it stays the person's.
            // A result that belongs to a patient (RezultatAnaliza beside Pacient) or holds a
            // strong health member (a donor's Analiza beside HIV) keeps its reading, and so does a type named as a result in
            // any language (RezultatInvestigatie, LabResult, ResultadoExame, ResultatAnalyse, Befund: a patient's values
            // even when the row reaches the patient only through its order). Cached facts only (owner, member words).
            if (typeTerm is { Strength: TermStrength.Weak, Category: "Special.Health" } && element.TypeKind != TypeKind.Error
                && element.DeclaringSyntaxReferences.Length > 0 && !NamesResult(element.Name)
                && (_contexts.For(element, vocabulary).MemberWords(element, _names) & (MemberWords.Health | MemberWords.PersonOnly | MemberWords.NationalId)) == 0
                && _owners.OwnerOf(element, vocabulary) is null
                && !(containingType is not null && _owners.IsPersonType(containingType, vocabulary)))
            {
                typeTerm = null;
            }

            // A payment card kept as an object (Pagamento.Cartao typed DadosCartao, Order.Card typed CreditCardInfo): a type
            // named for a card that holds a payment card's data (its number, verification code or holder) is the card. A
            // loyalty or gift card's type holds none of them; a key to a card (CartaoId) is no object.
            if (typeTerm is null && element.TypeKind != TypeKind.Error && vocabulary.HasWordOf(element.Name, WordClass.Card)
                && CardData(element, vocabulary) is not null)
            {
                typeTerm = s_cardNumber;
            }

            // A position kept as an object on a person's type (Driver.Location typed Location, Fahrer.Standort): a type whose
            // head names a position (WordClass.Position) and that declares coordinates (Latitude, Longitude) holds where the
            // person is. A town with its centre's coordinates (Utilisateur.Localite) is not a position; a venue's, an order's
            // or a place's own Location is not a person's (the type's context decides).
            // On a row that belongs to a person (a customer's Ride.Stop1Location typed Location: TypeOwners) it is where that
            // person was, unless the row is named for a place or a transaction (an event's, an order's own Location).
            if (typeTerm is null && element.TypeKind != TypeKind.Error && containingType is not null
                && NamesPosition(element.Name, vocabulary)
                && (_contexts.For(element, vocabulary).MemberWords(element, _names) & MemberWords.Position) != 0
                && _contexts.Classify(containingType, vocabulary, out _) is var holder
                && (holder == ContextKind.Subject
                    || (holder == ContextKind.Neutral && !_contexts.For(containingType, vocabulary).NamesPlace(containingType)
                        && !vocabulary.HasWordOf(containingType.Name, WordClass.Transaction)
                        && _owners.OwnerOf(containingType, vocabulary) is not null)))
            {
                typeTerm = s_position;
            }
        }

        // A member named only by a person word and holding text is that person's name (Comment.Author, Review.Reviewer);
        // named only "user" (LogAuditoria.Usuario, CajasRequest.Usuario), that user's login, whatever the type. Named only
        // by someone the organisation serves or employs (Kardex.Cliente, TurnoResumen.Paciente, Inscription.Eleve), that
        // person's name whatever the type, as a login is (IsServedPersonNoun).
        var subjectAlone = false;
        var userAlone = false;
        var servedAlone = false;
        var contactAlone = false;
        // Numbered (Schuetze1 … Schuetze5: the shooters of a group), it is each one's name.
        if (head is null && signal is null && typeTerm is null && shape == MemberTypeShape.Text && !collection && count > 0
            && first is { Role: WordRole.Subject } && (firstConsumed == count || (firstConsumed == count - 1 && oneWord)))
        {
            userAlone = IsUserNoun(first);
            // Declared string only: an unresolved entity type (ICollection<Funcionario> whose Funcionario is missing) reads as text.
            servedAlone = !userAlone && memberType is { SpecialType: SpecialType.System_String } && IsServedPersonNoun(first);
            // Named only "contact" and declared as a string (Couple.Contact, PersonaContacto.Contacto, Mitglied.Kontakt:
            // thirty-first round): the person's contact detail, a phone or an e-mail, weak — on a person's record only; a
            // navigation or a list typed with a contact entity is not text, and a firm's or a settings type's contact is
            // an owner's.
            // A firm's contact row (ProveedorContacto.Contacto: an owner word in the type's name) is the firm's.
            contactAlone = !userAlone && !servedAlone && memberType is { SpecialType: SpecialType.System_String } && IsContactNoun(first)
                && !(containingType is not null && NamesOwnerWord(containingType.Name, vocabulary));
            subjectAlone = userAlone || servedAlone || contactAlone || IsPersonNoun(first)
                || (vocabulary.Classes(name, words[firstConsumed - 1]) & WordClass.Occupation) != 0;
        }

        // A parent named alone (Father, Madre, Vater, Mae, Mere, Tata), the kin a parish register or a pupil's record keeps by
        // name, or after a table's two-letter column prefix (ScPadre, ScMadrina, ScTestigo1: twenty-first round), and a
        // parent of someone named after it (ScPadreEsposo: the groom's father): that person's name. Not "parent" (a tree's,
        // a window's), and not after a longer word (CategoriaPadre, MenuPai: a tree's parent).
        if (!subjectAlone && head is null && signal is null && typeTerm is null && shape == MemberTypeShape.Text && !collection
            && count is >= 1 and <= 4 && first is null or { Role: WordRole.Subject })
        {
            var at = count >= 2 && first is null && IsColumnPrefix(name, words[0]) ? 1 : 0;
            if (IsParentWord(name, words[at]))
            {
                var rest = at + 1;
                subjectAlone = rest == count
                    || (rest == count - 1 && (name[words[rest].Start] is >= '0' and <= '9'
                        || vocabulary.Match(name, words, rest, out var kinConsumed) is { Role: WordRole.Subject } kin && kinConsumed == 1 && IsPersonNoun(kin)));
            }
            else if (at == 1 && vocabulary.Match(name, words, 1, out var personConsumed) is { Role: WordRole.Subject } person && IsPersonNoun(person))
            {
                subjectAlone = 1 + personConsumed == count || (1 + personConsumed == count - 1 && name[words[count - 1].Start] is >= '0' and <= '9');
            }
        }

        // A text member named only by the role a person takes on the record, beside that person's key (CerereDto.Client
        // beside Guid ClientId, .Executant beside ExecutantId, .Responsabil beside ResponsabilId, ReservationResponseDTO.Client
        // beside int ClientId, a Spanish Remitente beside IdRemitente: thirty-third round): a flattened reference to the
        // person, the name shown for the key. Any person word, "client" and "owner" too, and the roles a record gives a
        // person that the vocabulary does not list as persons (RoleWords: executant, responsible, assignee) or lists as a
        // tool ("sender": EmailSender). The key must be a number or a Guid: an OAuth client's text ClientId is no person's
        // key, and a firm's role (Supplier beside SupplierId: an owner word) or a lookup's text (Category beside
        // CategoryId) names no person.
        var keyedRole = false;
        string? roleKey = null;
        if (!subjectAlone && head is null && signal is null && typeTerm is null && shape == MemberTypeShape.Text && !collection && count == 1
            && memberType is { SpecialType: SpecialType.System_String } && containingType is not null
            && ((first is { Role: WordRole.Subject } && firstConsumed == 1)
                || TextFolding.EqualsAnyFolded(name, words[0], s_roleWords) || TextFolding.EqualsAnyFolded(name, words[0], s_senderWords))
            && PersonKeyOf(containingType, name) is { } key)
        {
            subjectAlone = true;
            keyedRole = true;
            roleKey = key;
            negated = false;
        }

        // Named by a trade or an office after a modifier (CourtCase.OpposingCounsel, Klasse.Klassenlehrer's English
        // HomeroomTeacher, Repair.AssignedMechanic): the text is that person's name, as a trade alone is (above). Only the
        // last word, where English and German put the head: Romance languages put an adjective there (SoporteTecnico).
        if (!subjectAlone && head is null && signal is null && typeTerm is null && shape == MemberTypeShape.Text && !collection
            && count is 2 or 3 && (vocabulary.Classes(name, words[count - 1]) & WordClass.Occupation) != 0)
        {
            subjectAlone = true;
        }

        // A house number named only "Numero" / "Number": on an address type it is read with the type's name above
        // (Endereco.Numero); on a person's type beside the person's street or postcode it is the house number.
        string? addressSibling = null;
        if (head is null && signal is null && typeTerm is null && !subjectAlone && count == 1 && !collection && containingType is not null
            && (shape == MemberTypeShape.Text || shape == MemberTypeShape.Number) && (firstWord.Classes & WordClass.Number) != 0
            && (_contexts.For(containingType, vocabulary).MemberWords(containingType, _names) & MemberWords.AddressTerm) != 0
            && Siblings(containingType, vocabulary).AddressPart is { } addressPart)
        {
            head = s_houseNumber;
            headStart = 0;
            headEnd = 1;
            addressSibling = addressPart;
        }

        // A card's expiry named only "Expiration" / "Expiry" (or "ExpirationDate") beside the card's number on the same type
        // (ApplicationUser.Expiration beside CardNumber, PaymentMethod._expiration beside _cardNumber): the card's data.
        // Alone, "expiration" is a meta word (a token's, a coupon's, a cookie's expiry).
        string? cardSibling = null;
        if (head is null && signal is null && typeTerm is null && !subjectAlone && !collection && containingType is not null
            && (count == 1 || (count == 2 && TextFolding.EqualsAnyFolded(name, words[1], s_dateWords)))
            && (shape == MemberTypeShape.Text || shape == MemberTypeShape.Date) && (firstWord.Classes & WordClass.Expiry) != 0
            && CardData(containingType, vocabulary) is { } card)
        {
            head = s_cardExpiry;
            headStart = 0;
            headEnd = count;
            negated = false;
            cardSibling = card;
        }

        // A host named on a visitor's or a guest's record (VisitorModel.HostName, TopVisitorModel.HostName): the person they
        // come to see. Elsewhere "host name" is a machine's (ServerOptions.HostName) and stays quiet. Only English writes the
        // phrase that silences; the other languages' host words (Gastgeber, anfitrión) are read as names on such a type.
        if (negated && head is null && count == 2 && shape == MemberTypeShape.Text && !collection && containingType is not null
            && TextFolding.EqualsFolded(name, words[0], "host") && TextFolding.EqualsFolded(name, words[1], "name")
            && _contexts.For(containingType, vocabulary).NamesGuest(containingType))
        {
            head = s_hostName;
            headStart = 0;
            headEnd = count;
            negated = false;
        }

        // An image named without saying of what (ImagePath, ImageFile, CoverImgUrl, VisitorImage, Bild, Imagen) on a person's
        // own record — its name's head names the person (UserModel, VisitorModel), its members have a person's shape
        // (TypeFacts.IsPersonRecord), or a type no word names holds a trait only a person has, unqualified (Chef.Fullname, a
        // Testimonial's FullName; not an Announcement's AuthorFullName nor a partner's ContactPerson): that person's photo. A
        // product's, a course's, a campaign's or a dog's image stays quiet. The image may be kept as an object of an image's
        // type (User.Image typed Image, a row of the images table; twenty-fourth round): on the same records only.
        var photo = false;
        if (head is null && signal is null && typeTerm is null && !subjectAlone && !collection && containingType is not null
            && (shape == MemberTypeShape.Text || shape == MemberTypeShape.Binary
                || (shape == MemberTypeShape.Complex && element is not null && vocabulary.HasWordOf(element.Name, WordClass.Image)))
            && (reading.Classes & WordClass.Image) != 0
            && NamesImageOnly(name, words, vocabulary)
            && _contexts.For(containingType, vocabulary) is var imageFacts
            && (imageFacts.NamedForPerson(containingType)
                || (imageFacts.Context != ContextKind.Infrastructure && imageFacts.IsPersonRecord(containingType, _names))
                || (imageFacts.Context == ContextKind.Neutral && HoldsOwnPersonOnlyTrait(containingType, imageFacts, vocabulary))))
        {
            head = s_photo;
            headStart = 0;
            headEnd = count;
            negated = false;
            photo = true;
        }

        // A card's number named only "Number" / "Numero" on a type named for a card, beside the card's verification code or
        // holder (DadosCartao.Numero beside CVV and NomeTitular, CreditCardInfo.Number beside Cvc): the card's number. A
        // loyalty or gift card's number (no card data beside it) and an order's number (its type names no card) stay quiet.
        if (head is null && signal is null && typeTerm is null && !subjectAlone && !collection && count == 1 && containingType is not null
            && (shape == MemberTypeShape.Text || shape == MemberTypeShape.Number) && (firstWord.Classes & WordClass.Number) != 0
            && vocabulary.HasWordOf(containingType.Name, WordClass.Card)
            && CardData(containingType, vocabulary) is { } cardData)
        {
            head = s_cardNumber;
            headStart = 0;
            headEnd = 1;
            cardSibling = cardData;
        }

        // The description or detail of an entry of a patient's clinical record (Diagnostico.Descripcion, Diagnostico.Detalle,
        // DiagnosisView.Description, Tratamiento.Descripcion: WordClass.ClinicalEntry at the head of the type's name, and
        // no price beside it; twenty-fourth round): what the patient was found to have or was given, their health. Read before
        // the terms: "descrição" and "descriere" are weak content terms, read so too.
        if (!negated && signal is null && typeTerm is null && !subjectAlone && !collection
            && (shape == MemberTypeShape.Text || (shape == MemberTypeShape.Number && TextFolding.EqualsAnyFolded(name, words[0], s_durationWords)))
            && containingType is not null && count == 1
            && TextFolding.EqualsAnyFolded(name, words[0], s_clinicalTextWords)
            && _contexts.For(containingType, vocabulary).NamesClinicalEntry(containingType))
        {
            return new PersonalDataGuess(true, "Special.Health", Confidence.Medium, WriteEvidence(name, words, 0, 1, containingType.Name, null, null));
        }

        if (head is null && signal is null && typeTerm is null && !subjectAlone)
        {
            // A member named only "Description" or "Reason" on a record a person writes (a ticket, a claim, an issue beside
            // who reported it): that person's words. Not read anywhere else: a product has a description too.
            if (!negated && shape == MemberTypeShape.Text && !collection && containingType is not null
                && (count == 1 && IsFreeTextWord(name, words[0]) || IsConventionalFreeText(name, words.Slice(0, count), containingType.Name)
                    // The free-text word last, after words that name no term (RejectionReason, CancellationReason,
                    // ApprovalDescription: nineteenth round), nor a failure (ErrorDescription is the system's).
                    || (count == 2 && IsFreeTextWord(name, words[1]) && !IsTypePrefix(name, words[0]) && !vocabulary.HasWordOf(name, WordClass.Failure)))
                && _contexts.Classify(containingType, vocabulary, out _) != ContextKind.Infrastructure
                && !IsResponseText(name, words.Slice(0, count), containingType, vocabulary)
                && !CarriesThingsRecord(containingType.Name, vocabulary)
                && WrittenBy(containingType, vocabulary) is { } writer)
            {
                if (WithheldMessage(options) is { } withheld)
                {
                    return withheld;
                }

                var text = count == 1 ? 0 : 1;
                return new PersonalDataGuess(true, "Content.Message", Confidence.Medium, WriteEvidence(name, words, text, text + 1, null, containingType.Name, writer));
            }

            // A person's own description on their own account's record (User.Description beside its Login, Therapist.Description
            // beside its User, a TherapistManageViewModel's beside its UserName; twenty-second round): the text a person
            // writes about themselves, as a bio. The type is named for a person (its own name decides) and holds an account:
            // a login or a password, or a reference to the person's user account. A title beside it (an AssigneeModel's
            // Title and Description) says the description is of the titled thing; a customer's record with no account is
            // described by whoever keeps it, and stays quiet.
            // The description may repeat the type's head word before it (UserIdea.IdeaDescription, a person's idea beside their
            // User: thirty-fourth round), read as the description alone, as a message's text is (NamedForItsType).
            if (!negated && shape == MemberTypeShape.Text && !collection && containingType is not null
                && ((count == 1 && TextFolding.EqualsAnyFolded(name, words[0], s_descriptionWords))
                    || (count == 2 && TextFolding.EqualsAnyFolded(name, words[1], s_descriptionWords)
                        && NamesTypeHead(name, words[0], containingType.Name))
                    || (count == 2 && TextFolding.EqualsAnyFolded(name, words[0], s_descriptionWords)
                        && NamesTypeHead(name, words[1], containingType.Name)))
                && _contexts.For(containingType, vocabulary) is { Context: ContextKind.Subject, DecidedBy: { } describedBy } ownFacts
                && SymbolEqualityComparer.Default.Equals(describedBy, containingType)
                && HoldsOwnAccount(containingType, ownFacts))
            {
                if (WithheldMessage(options) is { } withheld)
                {
                    return withheld;
                }

                return new PersonalDataGuess(true, "Content.Publication", Confidence.Medium, WriteEvidence(name, words, count == 1 || TextFolding.EqualsAnyFolded(name, words[1], s_descriptionWords) ? count - 1 : 0, count == 1 || TextFolding.EqualsAnyFolded(name, words[1], s_descriptionWords) ? count : 1, containingType.Name, null, null));
            }

            // A free-text word beside one word for a person (AdvocateArgument, PatientDescription, MotivoCliente: nineteenth
            // round): that person's words or words about them, wherever the member is.
            if (!negated && shape == MemberTypeShape.Text && !collection && containingType is not null
                && IsPersonFreeText(name, words.Slice(0, count), vocabulary)
                && _contexts.Classify(containingType, vocabulary, out _) != ContextKind.Infrastructure)
            {
                if (WithheldMessage(options) is { } withheld)
                {
                    return withheld;
                }

                return new PersonalDataGuess(true, "Content.Message", Confidence.Medium, WriteEvidence(name, words, 0, count, null, null, null));
            }

            // A word that matched nothing may be a compound written with no case boundary (Numartelefon, emailaddress).
            return negated ? PersonalDataGuess.None : InferCompound(name, words, shape, containingType, options, collection, memberType, element);
        }

        if (negated)
        {
            return PersonalDataGuess.None;
        }

        string category;
        TermStrength strength;
        EvidenceKind evidenceKind;
        if (signal is not null)
        {
            category = signal;
            strength = TermStrength.Strong;
            evidenceKind = EvidenceKind.WellKnownType;
        }
        else if (typeTerm is not null)
        {
            category = typeTerm.Category ?? "Other";
            strength = TermStrength.Strong;
            evidenceKind = EvidenceKind.MemberType;
        }
        else if (subjectAlone)
        {
            category = userAlone ? "Online.Username" : contactAlone ? "Contact" : "Identity.Name";
            strength = userAlone || servedAlone || keyedRole ? TermStrength.Strong : TermStrength.Weak;
            evidenceKind = EvidenceKind.Words;
            headStart = 0;
            headEnd = count;
        }
        else
        {
            // A trait chosen from options kept as its code (UserInformation.Gender as an int, an enum stored as its number:
            // thirty-fourth round) reads as the trait's key: weak, a person's on a person's record only. The name is the
            // trait alone: a number that qualifies it (a race's place per gender, locPerGen) is no one's gender.
            var optionCode = shape == MemberTypeShape.Number && headStart == 0 && headEnd == count && IsOptionCode(head!);
            // A person has one gender: a collection of them is the options of a form or a filter, not anyone's data.
            if ((!Fits(head!, shape) && !PhotoObject(head!, shape, element, vocabulary) && !IsGenderFlag(head!, shape, headStart, headEnd, count)
                    && !(reading.TraitKey && shape is MemberTypeShape.Number or MemberTypeShape.Guid) && !optionCode)
                || (collection && head!.OnePerPerson))
            {
                return PersonalDataGuess.None;
            }

            // A gender lookup's own key and columns (Gender.GenderId, TblSexo.SexoId, TblSexo.SexoAbreviacion: twenty-first
            // round): a row of the options, not anyone's gender.
            // The same of a nationality lookup (Nationality.NationalityId, Staatsangehoerigkeit.StaatsangehoerigkeitId:
            // twenty-sixth round).
            if ((head!.Category == "Identity.Gender" || (reading.TraitKey && IsNationalityWord(head))) && containingType is not null
                && NamesTraitLookup(containingType.Name, head, vocabulary))
            {
                return PersonalDataGuess.None;
            }

            // A member typed with a scheme, a policy, a provider, a setting (IList<AuthenticationScheme> OtherLogins,
            // PasswordPolicy Password) holds those things, not what its name names. Asked only of an object-typed member
            // (or one whose type the compiler could not resolve: its name is still known). "Type" and "kind" at the head say
            // nothing of what the type holds (a MissingType, a ContactType).
            if (element is not null && (shape == MemberTypeShape.Complex || element.TypeKind == TypeKind.Error)
                && HeadEntry(element.Name, vocabulary) is { Role: WordRole.Meta or WordRole.Technical or WordRole.NotPersonal } holder && !IsKindWord(holder))
            {
                return PersonalDataGuess.None;
            }

            // A collection of a lookup's rows (List<TherapistTitle> Titles, IList<StaffPosition> Positions on a form's view
            // model): the options offered, each row's own members decide. Asked only of a collection of the project's types
            // whose name makes them a non-subject (twenty-first round).
            if (collection && element is not null && shape == MemberTypeShape.Complex
                && _contexts.Classify(element, vocabulary, out _) == ContextKind.NonSubject)
            {
                return PersonalDataGuess.None;
            }

            // A lookup of a trait's options, named with the trait's plural (BaseAnreden.Anrede, Genders.Gender): the row's
            // own text, no one's. Asked only of a term a person has one of.
            if (head!.OnePerPerson && !across && containingType is not null && NamesOptionsOf(containingType.Name, name, words[headStart].Start, words[headEnd - 1].Start + words[headEnd - 1].Length))
            {
                return PersonalDataGuess.None;
            }

            // A trait of a group or a tally, not of a person: a team's or a shooting group's gender is its category (a
            // women's team), a GenderCount row counts people per gender. Read from the last word of the type's name.
            if (head.OnePerPerson && containingType is not null && NamesGroupOrTally(containingType.Name))
            {
                return PersonalDataGuess.None;
            }

            // A row's own code or title written with an entity suffix that abbreviates its type's name of two or more words
            // (nCodigoDenC on DenunciaCiudadano, nCodigoRecC on ReclamoCiudadano: sixteenth round): the suffix says whose
            // key it is, the record's, not the person's it is about (Ciudadano.nCodigoCiud, one word, is read as before).
            if (head.Strength == TermStrength.Weak && TypeOwners.IsTitleWord(head) && count - headEnd >= 2 && containingType is not null
                && AbbreviatesType(name, words.Slice(headEnd, count - headEnd), containingType.Name))
            {
                return PersonalDataGuess.None;
            }

            // A street's or a zone's own key and name on a lookup named for it (CalleZona.nCodigoCalle, .cNombreCalle;
            // BarrioZona.NombreBarrio): a one-word address part that is the first or last word of its type's name, beside a key
            // or name word, names the row itself, not anyone's address (Ciudadano.cNombreCalle stays the citizen's).
            if (headEnd - headStart == 1 && IsAddressPart(head) && containingType is not null
                && NamesOwnRow(name, words, headStart, containingType.Name))
            {
                return PersonalDataGuess.None;
            }

            category = head!.Category ?? "Other";
            // The key of a gender in a lookup counts on a person's record or request only (weak): a product's SexId (a
            // garment's cut) stays quiet.
            strength = reading.TraitKey || optionCode ? TermStrength.Weak : head.Strength;
            evidenceKind = EvidenceKind.Words;
            if (addressStart >= 0)
            {
                // A person's shipping or billing address: as strong as the address itself.
                category = "Contact.Address";
                strength = strength < TermStrength.Strong ? TermStrength.Strong : strength;
                headStart = addressStart;
            }
            else if (raised && strength < TermStrength.Strong)
            {
                strength = TermStrength.Strong;
            }
        }

        // The owner or subject word nearest to the term decides: FileName, UserFileName (file), CompanyContactName (contact).
        var ownerDistance = int.MaxValue;
        var subjectDistance = int.MaxValue;
        var subjectIndex = -1;
        foreach (var person in reading.People ?? Array.Empty<NameReading.PersonWord>())
        {
            if (person.Manager && !managerNamesPerson)
            {
                continue;
            }

            var i = person.Index;
            var distance = headStart < 0 ? 1 : i < headStart ? headStart - i : i >= headEnd ? i - headEnd + 1 : int.MaxValue - 1;
            if (person.Role == WordRole.Owner)
            {
                ownerDistance = Math.Min(ownerDistance, distance);
            }
            else if (distance < subjectDistance)
            {
                subjectDistance = distance;
                subjectIndex = i;
            }
        }

        // An owner word silences (FileName, CompanyEmail) — except before a credential on a person's type: there it names
        // what the credential opens, the person holds it (OmbiUser.MediaServerToken, User.GitHubToken).
        // (A credential record's Key is the member word itself, not an owner of it.)
        var ownerSilences = ownerDistance <= subjectDistance && ownerDistance != int.MaxValue && !raised && !photo;
        if (ownerSilences && (evidenceKind != EvidenceKind.Words || !category.StartsWith("Credentials", StringComparison.Ordinal)))
        {
            return PersonalDataGuess.None;
        }

        // A member named only by a person word (Author) counts where the type is about people (a Comment), not on a Book.
        var namesSubject = subjectDistance != int.MaxValue && !subjectAlone;

        // "Client" is an OAuth application, not a customer, on a type that holds the client's URL or a redirect URI
        // (IdentityServer's consent, grant and logout view models: ClientName beside ClientUrl, ClientLogoUrl,
        // PostLogoutRedirectUri). A client's name beside a client id alone stays a customer's (Order.ClientName).
        if (namesSubject && subjectIndex >= 0 && containingType is not null && TextFolding.EqualsFolded(name, words[subjectIndex], "client")
            && HoldsApplicationUrl(containingType))
        {
            return PersonalDataGuess.None;
        }

        // A message about a failure (MensagemErro, ErrorMessage, PagamentoRecusadoEvent.Mensagem, PaymentFailedEvent.Message,
        // Fehlermeldung's Nachricht): the system's text, whoever the row belongs to. Read from the member's words, then the
        // type's name (split only for a weak message term).
        if (evidenceKind == EvidenceKind.Words && strength == TermStrength.Weak && category == "Content.Message" && !namesSubject
            && ((reading.Classes & WordClass.Failure) != 0 || (containingType is not null && vocabulary.HasWordOf(containingType.Name, WordClass.Failure))))
        {
            return PersonalDataGuess.None;
        }

        // A message or description beside how the call ended (CreateUserResponse.ReturnMessage beside ReturnValue,
        // GetLoanApplicationResponse.ResponseDescription beside Responsecode, an ApiResult's Message beside Success or Code):
        // the program's answer to the caller, not words a person wrote. Only a message or a description: a note or an
        // observation beside a row's Codigo stays (Visita.Observacao). A person's message has no outcome beside it
        // (ContactMessage.Message, a chat Message.Text beside its Status stays reported: "status" alone is not an outcome).
        if (evidenceKind == EvidenceKind.Words && strength == TermStrength.Weak && category == "Content.Message" && !namesSubject
            && containingType is not null && words.Length > 0 && TextFolding.EqualsAnyFolded(name, words[words.Length - 1], AnswerWords)
            && (_contexts.For(containingType, vocabulary).MemberWords(containingType, _names) & MemberWords.Outcome) != 0)
        {
            return PersonalDataGuess.None;
        }

        var context = _contexts.Classify(containingType, vocabulary, out var decidedBy);

        // A title on a type named for written content (a course's Content, a PortalNotificationContent, a Comment): the
        // content's heading, not a person's honorific, though the content word makes the type a person's writing.
        if (context == ContextKind.Subject && evidenceKind == EvidenceKind.Words && category == "Identity.Name" && !namesSubject
            && containingType is not null && head is not null && TypeOwners.IsTitleWord(head)
            && HeadEntry(containingType.Name, vocabulary) is { Role: WordRole.Term, Category: { } typeCategory }
            && typeCategory.StartsWith("Content", StringComparison.Ordinal))
        {
            return PersonalDataGuess.None;
        }

        // A record a person writes that names who wrote it (ClaimDto beside UserId) is no thing, whatever its head word is
        // elsewhere (a security claim): it is read as a neutral record. Only when the record word is in the type's name: a
        // company's request beside its contact person (AddCompanyBaseRequest) stays the company's.
        if (context == ContextKind.NonSubject && containingType is not null && WrittenBy(containingType, vocabulary) is not null
            && NamesWrittenRecord(containingType.Name))
        {
            context = ContextKind.Neutral;
            decidedBy = null;
        }

        // A person's record by the shape of its members, whatever it is called (HostModel, ReceptionistModel with a login, an
        // e-mail, a mobile number and a gender; TypeFacts.IsPersonRecord): that person's, as if its name named them — its
        // weak terms (Age, City, JoiningDate) count and a word at its head that names a thing (a host) silences nothing. An
        // explicit settings or tool type keeps its reading, and so does a type that is something's only through the type it
        // is nested in.
        if (containingType is not null && (context == ContextKind.Neutral
                || (context == ContextKind.NonSubject && SymbolEqualityComparer.Default.Equals(decidedBy, containingType)))
            && _contexts.For(containingType, vocabulary).IsPersonRecord(containingType, _names))
        {
            context = ContextKind.Subject;
            decidedBy = containingType;
        }

        // A person's record whose own name is a word software uses for a tool (an insurance broker's Manager with FirstName,
        // LastName, Email, Phone): declaring only data, with a first and a last name or a name, an e-mail and a phone, it is
        // no tool (TypeFacts.IsPersonRecordNamedAsTool).
        if (containingType is not null && context == ContextKind.Infrastructure && SymbolEqualityComparer.Default.Equals(decidedBy, containingType)
            && _contexts.For(containingType, vocabulary).IsPersonRecordNamedAsTool(containingType, _names))
        {
            context = ContextKind.Subject;
        }

        // A person's settings (DietSetting, AppUserSettingRequest beside AppUserId or UserId: first name, birthday, height,
        // weight): the settings word makes the type a program's settings only when it names no person's key or type
        // (TypeFacts.IsPersonsSettings; twenty-third round). SmtpSettings.FromEmail stays quiet.
        if (containingType is not null && context == ContextKind.Infrastructure && SymbolEqualityComparer.Default.Equals(decidedBy, containingType)
            && _contexts.For(containingType, vocabulary).IsPersonsSettings(containingType, _names))
        {
            context = ContextKind.Subject;
        }

        if (ownerSilences && context != ContextKind.Subject)
        {
            return PersonalDataGuess.None;
        }

        // Whom a thing is for (thirty-fourth round): a sex or a health condition on a type named for a trial, a study, a
        // vacancy, an offer or a scholarship (Trial.Sex, TrialUpload.Sex, Vacante.Sexo) that is no person's record is an
        // eligibility criterion. A participant's own (TrialParticipant.Sex, a person word in the member's name) keeps it.
        if (context != ContextKind.Subject && !namesSubject && containingType is not null
            && (category == "Identity.Gender" || category == "Special.Health")
            && vocabulary.HasWordOf(containingType.Name, WordClass.Eligibility))
        {
            return PersonalDataGuess.None;
        }

        // Who is located: an address or coordinates named for a place or an event (Treffpunkt, FoodPlaceAddress,
        // VenueAddress), or on a type named for one (ZeitBlock.Adresse, CreateFoodPlaceCommand.Latitude, Event.Address), are
        // the place's, not a person's position. A person's type (Customer.Address, UserLocation.Latitude) keeps them.
        if (context != ContextKind.Subject && containingType is not null && IsLocationCategory(category)
            && (NamesPlace(name, words, evidenceKind == EvidenceKind.Words ? headStart : -1, evidenceKind == EvidenceKind.Words ? headEnd : -1, vocabulary)
                || _contexts.For(containingType, vocabulary).NamesPlace(containingType)))
        {
            return PersonalDataGuess.None;
        }

        // A lookup of places (Country, State, Bundesland, Provincia, Ville, Judet; twenty-seventh round): a type named by a
        // settlement or an administrative division that is no person's holds the place's own name and coordinates, even
        // when a person's address points at it. A person's City or Country member (on the person's type) keeps its reading.
        if (context != ContextKind.Subject && containingType is not null && (IsLocationCategory(category) || category == "Identity.Name")
            && !namesSubject && _contexts.For(containingType, vocabulary).NamesSettlement(containingType))
        {
            return PersonalDataGuess.None;
        }

        // A weak name or address part on a neutral type (a command, a request, a view model) counts when a member of the
        // same type holds what only a natural person has — a card number or holder, a first or last name, a birth date, a
        // national id: CreateOrderCommand.Street beside CardHolderName is that person's street. An e-mail or a phone does
        // not decide (an organisation has them too). A date of a person's employment (CreateTrainerViewModel.HiringDate beside
        // the trainer's birth date) counts the same way; a salary or a job title does not (a job offer has them).
        string? sibling = null;

        // A role named alone beside its person's key (CerereDto.Client beside ClientId, above): the key says whose name it
        // is, on a record a word makes a thing's too (a request's, an order's), as a login beside its key does (below).
        if (keyedRole)
        {
            sibling = roleKey;
            if (context == ContextKind.NonSubject)
            {
                context = ContextKind.Neutral;
                decidedBy = null;
            }
        }

        // A word of the religious field that is also something else (a parish, a church, a communion, a pastoral team,
        // matrimony, a tithe: IsContextBoundFaith) is a person's faith only beside a member that names a rite or an
        // affiliation outright (Catequista.Pastoral beside Batismo, ResponsavelCatequisando.Crisma beside Eucaristia) — on a
        // person's type too: a Customer's Church is not yet anyone's religion. A thing's record gives none.
        if (evidenceKind == EvidenceKind.Words && IsContextBoundFaith(head))
        {
            if (containingType is null || context is ContextKind.NonSubject or ContextKind.Infrastructure
                || ReligiousSibling(containingType, vocabulary) is not { } faith)
            {
                return PersonalDataGuess.None;
            }

            sibling = faith;
        }

        // A person's login or contact beside that person's key on a record a word makes a thing's (PolicyDto.UserName beside
        // UserId: a policy is also a password's): the person the key names.
        if (context == ContextKind.NonSubject && strength == TermStrength.Strong && evidenceKind == EvidenceKind.Words && count > 1
            && containingType is not null && vocabulary.Match(name, words.Slice(0, 1), 0, out _) is { Role: WordRole.Subject }
            && KeyOf(containingType, name, words[0]) is { } personKey)
        {
            context = ContextKind.Neutral;
            decidedBy = null;
            sibling = personKey;
        }

        if (context == ContextKind.Neutral && strength == TermStrength.Weak && !namesSubject && evidenceKind == EvidenceKind.Words
            && containingType is not null
            && (category.StartsWith("Contact", StringComparison.Ordinal) || category.StartsWith("Identity", StringComparison.Ordinal) || category == "Location.Coarse"
                || category == "Financial.TaxId" || category == "Special.Health"
                || (category == "Employment" && shape == MemberTypeShape.Date)))
        {
            // A weak health term (a treatment, a hospital stay) counts beside a diagnosis or a national id on the same record
            // (a patient's history: Istoric.Tratament beside Diagnostic and PacientCNP): that patient's health.
            // A weak name and a weak national id on the same record (a sale's Nombre and Documento) name one person together:
            // a name with an identity number is no product's. A tax id counts only beside a national id (an Indian
            // employee's Pan beside AadharNo): a company's record has a contact person's name, never a national id.
            sibling = WeakTermSibling(containingType, vocabulary, category);
        }

        // What a person writes of themselves on a profile (Content.Publication's weak terms: bio, about me, introduction, looking
        // for; Über mich, sobre mí, sobre mim, à propos de moi, despre mine) is theirs on their own record only (AppUser.
        // Introduction, MembersDto.LookingFor: thirty-third round); on a record that is not a person's (an invoice's
        // Introduction beside its ContactId and its sender, a course's) it is the record's. A person word in the name
        // (UserBio) keeps it.
        if (context == ContextKind.Neutral && strength == TermStrength.Weak && !namesSubject && evidenceKind == EvidenceKind.Words
            && category == "Content.Publication")
        {
            return PersonalDataGuess.None;
        }

        // Free text on a publication to many (Announcement.Content beside StaffId, Annonce.Contenu beside CreatedBy, NewsDto.Body;
        // WordClass.Publication at the head of the type's name): what is published, not the words of the person who posted it
        // (twenty-first round). A comment on one (NewsComment.CommentText) has another head and stays its writer's.
        if (context == ContextKind.Neutral && strength == TermStrength.Weak && !namesSubject && evidenceKind == EvidenceKind.Words
            && containingType is not null && category.StartsWith("Content", StringComparison.Ordinal)
            && _contexts.For(containingType, vocabulary).NamesPublication(containingType))
        {
            return PersonalDataGuess.None;
        }

        // A weak term on a neutral type that belongs to a person's type (ReceptorFiscal.Rfc of an Alumno, Message.Content of
        // an ApplicationUser, Experience.Description of a Candidate's Resume): that person's.
        TypeOwners.Ownership? owned = null;
        if (sibling is null && context == ContextKind.Neutral && strength == TermStrength.Weak && !namesSubject && evidenceKind == EvidenceKind.Words
            && addressSibling is null && !collection && element is not { TypeKind: TypeKind.Error, TypeArguments.Length: > 0 } && containingType is not null
            && (TypeOwners.Promotes(head, category)
                // A body measure on a row that belongs to a person is the row's — a pallet's, a parcel's (TypeOwners.IsMeasureWord)
                // — unless another health reading stands beside it (a check-up's pulse or blood pressure): then it is the
                // person's body weight.
                || (category == "Special.Health" && TypeOwners.IsMeasureWord(head) && HasOtherHealthMember(containingType, name, vocabulary)))
            // An animal's row that belongs to a person (a shelter's Dog beside its OwnerId, a DogDetail beside its AdopterId)
            // names the animal and where it is kept (DogName, LocationName, a [Display] "Location"), not the person: a person word in the member's
            // name (AdopterName) is read above.
            && !((category == "Identity.Name" || category == "Location.Coarse") && _contexts.For(containingType, vocabulary).IsAnimalRow(containingType, _names)))
        {
            owned = _owners.OwnerOf(containingType, vocabulary);

            // A row a person's type navigates to, named by the name word alone (Calendario.Nombre, ObraSocial.Nombre,
            // Ticket.Name, Classe.Nom of a user's records): the row's own name — a calendar's, an insurer's, a ticket's —
            // not its owner's (thirtieth round). A row that knows its owner by a key only (AdeudoDto.IdCliente beside
            // Nombre) is a flattened view of the person: its name stays theirs. A person word in the member (CustomerName)
            // is read above.
            if (owned is { ByKey: false } && category == "Identity.Name" && count == 1 && reading.People is null && TypeOwners.IsNameWord(head))
            {
                return PersonalDataGuess.None;
            }
        }

        // Free text on a record that names, by its type, the person who wrote it or to whom it goes (Publication.Texte beside
        // Utilisateur Utilisateur, Message.Content beside ApplicationUser User): that person's words. Only a member named by
        // the text word alone: an InvoiceText is the invoice's.
        if (sibling is null && owned is null && context == ContextKind.Neutral && strength == TermStrength.Weak && !namesSubject && evidenceKind == EvidenceKind.Words
            && containingType is not null && category.StartsWith("Content", StringComparison.Ordinal)
            && ((headStart == 0 && headEnd == count) || NamedForItsType(name, words, count, containingType.Name, vocabulary))
            && !TypeContextClassifier.EndsWithAnswer(containingType.Name)
            && !CarriesThingsRecord(containingType.Name, vocabulary))
        {
            // A response's or a result's message is the server's (LoginResponse.Message beside the signed-in User). A record a
            // person writes names its author by a key or a name, too (Ticket.Subject beside CreatedById).
            sibling = Author(containingType, vocabulary) ?? WrittenBy(containingType, vocabulary);
        }

        // The name of a code or of a thing the row refers to, kept beside it or beside its key (Inmueble.UsoNombre beside int Uso,
        // Dog.LocationName beside Location Location, RoomInvoiceDTO.RoomName beside RoomID): that code's or thing's name,
        // not the owner's. Only a name term after words that name no person (CustomerName beside Customer keeps its person
        // word, PayerName beside PayerID too).
        if ((owned is not null || sibling is not null) && category == "Identity.Name" && evidenceKind == EvidenceKind.Words && !namesSubject
            && headStart > 0 && headEnd == count && reading.People is null && containingType is not null
            && NamesOtherMember(containingType, name, words[headStart].Start, vocabulary))
        {
            return PersonalDataGuess.None;
        }

        // A house number beside a person's address parts: the type is a person's, its address parts say so.
        if (addressSibling is not null && context == ContextKind.Subject)
        {
            sibling = addressSibling;
        }
        else if (addressSibling is not null && sibling is null)
        {
            return PersonalDataGuess.None;
        }

        sibling ??= cardSibling;

        // An animal's sex and birth date (a veterinary Patient beside its Species, Breed or AnimalType) are not a person's.
        if (evidenceKind == EvidenceKind.Words && containingType is not null && (category == "Identity.Gender" || category == "Identity.DateOfBirth")
            && (_contexts.For(containingType, vocabulary).MemberWords(containingType, _names) & MemberWords.Animal) != 0 && Siblings(containingType, vocabulary).Animal)
        {
            return PersonalDataGuess.None;
        }

        // A thing's own name, named after its type (Seat.SeatName, DayCare.DayCareName, Terminal.TerminalName): the type's
        // name, then the name word alone. A person's type keeps it (Customer.CustomerName: the context is a subject). A type
        // that is an account only through its base (DayCare : User, Company : ApplicationUser) and whose own name holds no
        // person word names itself too: the daycare's name, not a person's (eighteenth round).
        if (evidenceKind == EvidenceKind.Words && category == "Identity.Name" && containingType is not null
            && (context != ContextKind.Subject
                || (decidedBy is not null && !SymbolEqualityComparer.Default.Equals(decidedBy, containingType)
                    && !PartyRecords.NamedByPersonWord(containingType.Name, vocabulary)))
            && !namesSubject && headStart > 0 && headEnd == count && words[headStart].Start == containingType.Name.Length
            && name.StartsWith(containingType.Name, StringComparison.OrdinalIgnoreCase))
        {
            return PersonalDataGuess.None;
        }

        // An animal's age, breed, health and sex are not a person's: a member whose name holds an animal word (RazaMascota,
        // PetAge) or a member of an animal's row (Mascota.Edad, HistorialClinico.Diagnostico beside MascotaId; see
        // TypeFacts.IsAnimalRow). A person word in the name keeps it (EdadPropietario: the owner's). A member typed with a
        // health record (HistoricoDoAnimal.Prontuarios, a List<Prontuario>) is the animal's records likewise (twenty-first
        // round: a collection whose type the compiler could not resolve by name is now unwrapped, as a build resolves it).
        if ((evidenceKind == EvidenceKind.Words || evidenceKind == EvidenceKind.MemberType) && containingType is not null && !namesSubject && IsAnimalTrait(category, head)
            && ((reading.Classes & WordClass.Pet) != 0 || _contexts.For(containingType, vocabulary).IsAnimalRow(containingType, _names)))
        {
            return PersonalDataGuess.None;
        }

        // A row named for an animal (PetEntity, RegisterPetRequest, MascotaDto; not PetOwner nor ClienteMascota) or a member
        // named for one (PetName, DogPhoto): its name and its picture are the animal's (nineteenth round), whatever stands
        // beside them (a pet's Birthdate made PetEntity.Name read as a person's). A person word in the member's name keeps it
        // (OwnerName). A row that is an animal's only by its key (an adoption application beside PetId) keeps its bare Name:
        // that may be the applicant's.
        if (evidenceKind == EvidenceKind.Words && containingType is not null && !namesSubject
            && (category == "Identity.Name" || category == "Identity.Photo")
            && ((reading.Classes & WordClass.Pet) != 0
                || (_contexts.For(containingType, vocabulary).IsAnimalRow(containingType, _names) && vocabulary.HasWordOf(containingType.Name, WordClass.Pet))))
        {
            return PersonalDataGuess.None;
        }

        // A login or a password on a mail message (MailModel.UserName, .Passwort) is the sending account's, a system's.
        if (evidenceKind == EvidenceKind.Words && context == ContextKind.Neutral && containingType is not null
            && (category.StartsWith("Credentials", StringComparison.Ordinal) || category == "Online.Username")
            && HeadEntry(containingType.Name, vocabulary) is { Role: WordRole.Term } typeHead && TypeContextClassifier.IsMailWord(typeHead)
            && !NamesAccountForm(containingType.Name))
        {
            return PersonalDataGuess.None;
        }

        var confidence = strength switch
        {
            // A national id or an identity document's number named outright is a person's whatever the type is for: a search
            // filter's NumeroDocumentoCliente matches one person's id (FiltroCitaDto). Weaker words stay the filter's.
            _ when context == ContextKind.Infrastructure => strength == TermStrength.Always
                ? IsIdentityNumber(category) ? Confidence.Medium : Confidence.Low
                : Confidence.None,
            TermStrength.Always => Confidence.High,
            TermStrength.Strong when namesSubject || context == ContextKind.Subject => Confidence.High,
            TermStrength.Strong when context == ContextKind.Neutral => Confidence.Medium,
            TermStrength.Strong => Confidence.Low,
            _ when namesSubject || context == ContextKind.Subject || sibling is not null || owned is not null => Confidence.Medium,
            _ when context == ContextKind.Neutral => Confidence.Low,
            _ => Confidence.None,
        };

        if (confidence == Confidence.None || options.IsIgnored(category))
        {
            return PersonalDataGuess.None;
        }

        var reported = confidence >= options.MinimumConfidence;

        // The evidence is written only for what is reported (the no-match path allocates nothing).
        string? evidence = null;
        if (reported)
        {
            evidence = evidenceKind switch
            {
                EvidenceKind.WellKnownType => "its type " + (element?.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString() ?? WellKnownTypeName(shape)),
                EvidenceKind.MemberType => "its type " + (memberType ?? element)!.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                _ when across => "the words '" + head!.Text + "' (type " + containingType!.Name + ", member " + name + ")",
                _ when sibling is not null => WordsEvidence(name, words, headStart, headEnd, strength, -1, context, null, containingType!.Name, sibling),
                _ when owned is not null => WordsEvidence(name, words, headStart, headEnd, strength, -1, context, null) + TypeOwners.Belongs(containingType!, owned),
                _ => WordsEvidence(name, words, headStart, headEnd, strength, namesSubject ? subjectIndex : -1, context, decidedBy, reading: reading),
            };
        }

        return new PersonalDataGuess(reported, category, confidence, evidence);
    }

    /// <summary>
    /// Roles a record gives a person that the vocabulary lists as no person word, read only as a text member's whole name
    /// beside that person's key (<see cref="PersonKeyOf"/>): who carries out a request, who answers for it, to whom it is
    /// assigned, in the built-in languages.
    /// </summary>
    private static readonly string[] s_roleWords =
    {
        "executant", "executor", "ejecutor", "ausfuehrender", "ausfuhrender", "executeur", "responsible", "responsabil", "responsable",
        "responsavel", "verantwortlicher", "assignee", "bearbeiter", "asignado", "atribuido",
    };

    /// <summary>
    /// The property or field of <paramref name="type"/> that is the key of what a one-word member names: the word and "Id"
    /// or "Id" and the word in any case (<c>ClientId</c>, <c>IdCliente</c> for <c>Client</c>, <c>Cliente</c>), declared as a
    /// whole number or a Guid; null when none.
    /// </summary>
    private static string? PersonKeyOf(INamedTypeSymbol type, string name)
    {
        foreach (var memberName in type.MemberNames)
        {
            if (memberName.Length != name.Length + 2)
            {
                continue;
            }

            var prefix = (memberName[0] is 'I' or 'i') && (memberName[1] is 'D' or 'd')
                && string.Compare(memberName, 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;
            if (!prefix && !IsKeyNamed(memberName, name, 0, name.Length, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var member in type.GetMembers(memberName))
            {
                var stored = member.IsStatic ? null : TypeOwners.StoredType(member);
                if (stored is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable)
                {
                    stored = nullable.TypeArguments[0];
                }

                if (stored is not null && (stored.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
                        or SpecialType.System_UInt32 or SpecialType.System_UInt64
                    || stored is { Name: "Guid", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }))
                {
                    return memberName;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The property or field of <paramref name="type"/> named by the member's first word and "Id" (<c>UserId</c> for
    /// <c>UserName</c>); null when none. Asked only of a strong term on a thing's record.
    /// </summary>
    private static string? KeyOf(INamedTypeSymbol type, string name, WordSpan word)
    {
        foreach (var memberName in type.MemberNames)
        {
            if (IsKeyNamed(memberName, name, word.Start, word.Length, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var member in type.GetMembers(memberName))
                {
                    if (member.Kind is SymbolKind.Property or SymbolKind.Field && !member.IsStatic)
                    {
                        return memberName;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="memberName"/> is <c>name[start..start+length)</c> followed by "Id" in any case (<c>UserId</c>
    /// for the "User" of <c>UserName</c>, <c>RoomID</c> for the "Room" of <c>RoomName</c>): that thing's key.
    /// </summary>
    private static bool IsKeyNamed(string memberName, string name, int start, int length, StringComparison comparison) =>
        memberName.Length == length + 2 && string.Compare(memberName, 0, name, start, length, comparison) == 0
        && (memberName[length] is 'I' or 'i') && (memberName[length + 1] is 'D' or 'd');

    /// <summary>
    /// Whether a type is a lookup of genders (or of nationalities, for a nationality's key): its name holds a gender term
    /// and no word for a person (<c>Gender</c>, <c>TblSexo</c>, <c>TipoSexoRequest</c>, <c>Geschlechter</c>,
    /// <c>Staatsangehoerigkeit</c>), not a person's record (<c>UserGender</c>).
    /// </summary>
    private static bool NamesTraitLookup(string typeName, VocabularyEntry trait, VocabularyTable vocabulary)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        if (count == 0 || count > MaxWords)
        {
            return false;
        }

        var words = (ReadOnlySpan<WordSpan>)buffer.Slice(0, count);
        var gender = false;
        for (var i = 0; i < count;)
        {
            var entry = vocabulary.Match(typeName, words, i, out var consumed);
            if (entry is null)
            {
                i++;
                continue;
            }

            if (entry.Role == WordRole.Subject)
            {
                return false;
            }

            gender |= entry.Role == WordRole.Term
                && (trait.Category == "Identity.Gender" ? entry.Category == "Identity.Gender" : IsNationalityWord(entry));
            i += consumed;
        }

        return gender;
    }

    /// <summary>
    /// Whether the head word of <paramref name="typeName"/> is the plural of the member's term
    /// (<c>name[start..end]</c>): the term and one or two more letters (Anreden, Genders, Sexes).
    /// </summary>
    private static bool NamesOptionsOf(string typeName, string name, int start, int end)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        count = TypeContextClassifier.HeadCount(typeName, buffer, count);
        if (count == 0)
        {
            return false;
        }

        var last = buffer[count - 1];
        var length = end - start;
        if (last.Length <= length || last.Length > length + 2)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            if (TextFolding.Fold(typeName[last.Start + k]) != TextFolding.Fold(name[start + k]))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] s_dateWords = { "date", "datum" };

    /// <summary>
    /// Whether a member of <paramref name="type"/> is a URL or URI of a client or a redirect (<c>ClientUrl</c>,
    /// <c>ClientLogoUrl</c>, <c>RedirectUri</c>, <c>PostLogoutRedirectUri</c>): the type describes an OAuth client application.
    /// </summary>
    private static bool HoldsApplicationUrl(INamedTypeSymbol type)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[8];
        foreach (var memberName in type.MemberNames)
        {
            var count = IdentifierSplitter.Split(memberName, buffer);
            if (count < 2 || !(TextFolding.EqualsFolded(memberName, buffer[count - 1], "url") || TextFolding.EqualsFolded(memberName, buffer[count - 1], "uri")))
            {
                continue;
            }

            for (var i = 0; i < count - 1; i++)
            {
                if (TextFolding.EqualsFolded(memberName, buffer[i], "client") || TextFolding.EqualsFolded(memberName, buffer[i], "redirect"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // What an animal has as well as a person: an age (an Identity trait one has one of: age, nationality, civil status —
    // not a record number or a clerk's reference), a breed (read as racial origin), a sex, a birth date, its health.
    private static bool IsAnimalTrait(string category, VocabularyEntry? head) =>
        (category == "Identity" && head is not null && (head.Affinity & TypeAffinity.Enum) != 0)
        || category == "Special.RacialOrEthnicOrigin" || category == "Identity.Gender" || category == "Identity.DateOfBirth"
        || category.StartsWith("Special.Health", StringComparison.Ordinal);

    /// <summary>
    /// Whether the head of a type name (past <c>Dto</c>, <c>Model</c>…) names a tally (<c>GenderCount</c>, <c>AgeStatistics</c>)
    /// or a group of people (<c>Team</c>, <c>Schiessgruppe</c>, <c>Equipo</c>, <c>League</c>): its one-per-person traits are
    /// the group's category or what is counted. A <c>Summary</c> is not one (a <c>CustomerSummary</c> is a customer's).
    /// </summary>
    private static bool NamesGroupOrTally(string typeName)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[16];
        var count = IdentifierSplitter.Split(typeName, buffer);
        if (count == 0)
        {
            return false;
        }

        var head = TypeContextClassifier.HeadCount(typeName, buffer, count);
        var last = buffer[head - 1];
        if (TextFolding.EqualsAnyFolded(typeName, last, s_groupOrTallyWords))
        {
            return true;
        }

        var word = typeName.AsSpan(last.Start, last.Length);
        foreach (var group in s_groupEndings)
        {
            if (word.EndsWith(group.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_groupOrTallyWords =
    {
        "count", "counts", "total", "totals", "tally", "statistic", "statistics", "stats", "distribution", "breakdown", "anzahl",
        "statistik", "contagem", "conteo", "estadistica", "estadisticas", "estatistica", "estatisticas", "statistique",
        "statistiques", "statistica", "statistici", "squad", "league", "liga", "equipe", "equipo", "equipa", "echipa", "grupo",
        "groupe", "grupa",
    };

    // German and English compounds end with the group word (Schiessgruppe, Damenmannschaft, HomeTeam, UserGroup).
    private static readonly string[] s_groupEndings = { "team", "group", "gruppe", "mannschaft" };

    /// <summary>Whether a member of <paramref name="type"/> other than <paramref name="self"/> is named by a health term that is
    /// not itself a body measure (a parcel's height beside its weight says nothing of a person).</summary>
    private bool HasOtherHealthMember(INamedTypeSymbol type, string self, VocabularyTable vocabulary)
    {
        foreach (var memberName in type.MemberNames)
        {
            if (memberName != self && _names.Read(memberName, vocabulary).SiblingTerm is { Category: "Special.Health" } term
                && !TypeOwners.IsMeasureWord(term))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPersonOnly(string category) =>
        category.StartsWith("Financial.PaymentCard", StringComparison.Ordinal) || category == "Financial.BankAccount"
        || category == "Identity.Name" || category == "Identity.DateOfBirth" || category == "Identity.NationalId"
        || category == "Identity.Document";

    private static string WellKnownTypeName(MemberTypeShape shape) => shape switch
    {
        MemberTypeShape.IpAddress => "System.Net.IPAddress",
        MemberTypeShape.MailAddress => "System.Net.Mail.MailAddress",
        _ => "System.Net.NetworkInformation.PhysicalAddress",
    };

    private enum EvidenceKind
    {
        Words,
        WellKnownType,
        MemberType,
    }

    /// <summary>
    /// "the word 'email'", "the words 'date of birth'"; a weak term that only the containing type made personal names it:
    /// "the word 'name' in type Customer"; one that a sibling made personal, "the word 'street' in type Order, beside
    /// CardHolderName" (<paramref name="siblingType"/>, <paramref name="sibling"/>). Written as one string (only reported
    /// members get here).
    /// </summary>
    private static string WordsEvidence(string name, ReadOnlySpan<WordSpan> words, int start, int end, TermStrength strength, int subjectIndex, ContextKind context, INamedTypeSymbol? decidedBy, string? siblingType = null, string? sibling = null, NameReading? reading = null)
    {
        if (start < 0 || end <= start)
        {
            start = 0;
            end = words.Length;
        }

        // A weak term decided by a person word in the member name: quote both (CustomerName, nume_client).
        if (strength == TermStrength.Weak && subjectIndex >= 0)
        {
            start = Math.Min(start, subjectIndex);
            end = Math.Max(end, subjectIndex + 1);
        }

        var inType = strength == TermStrength.Weak && subjectIndex < 0 && context == ContextKind.Subject && decidedBy is not null ? decidedBy.Name : null;
        if (reading is null || inType is not null || sibling is not null)
        {
            return WriteEvidence(name, words, start, end, inType, siblingType, sibling);
        }

        // The member's words alone: the same text for every member of that name in the compilation (Email, PhoneNumber
        // across a code base's types), written once and kept with the name's reading.
        if (reading.Evidence is { } known && known.Start == start && known.End == end)
        {
            return known.Text;
        }

        var text = WriteEvidence(name, words, start, end, null, null, null);
        reading.Evidence = new NameReading.EvidenceText(start, end, text);
        return text;
    }

    /// <summary>
    /// Whether a two-word member repeats its type's name beside the text word (thirty-first round: <c>Message.MessageText</c>,
    /// <c>Message.MessageContent</c>, <c>Comment.CommentText</c>, <c>Mensaje.TextoMensaje</c>): the text of the record itself,
    /// read as the text word alone is. The repeated word must itself name a text (a message, a comment, a note): an
    /// <c>Invoice.InvoiceText</c> is the invoice's, and stays quiet. The type's head word is its first word in the languages
    /// that put it first (<c>MensajeChat</c>) and its last in English and German compounds (thirty-fourth round:
    /// <c>ChatMessage.MessageContent</c>, <c>ChatNachricht.NachrichtText</c>; a suffix such as Dto set aside).
    /// </summary>
    private static bool NamedForItsType(string name, ReadOnlySpan<WordSpan> words, int count, string typeName, VocabularyTable vocabulary) =>
        count == 2 && ((NamesTypeHead(name, words[0], typeName) && NamesText(name, words, 0, vocabulary))
            || (NamesTypeHead(name, words[1], typeName) && NamesText(name, words, 1, vocabulary)));

    private static bool NamesTypeHead(string name, WordSpan word, string typeName)
    {
        if (StartsTypeName(name, word, typeName))
        {
            return true;
        }

        if (word.Length < 3 || typeName.Length <= word.Length)
        {
            return false;
        }

        Span<WordSpan> buffer = stackalloc WordSpan[16];
        var count = IdentifierSplitter.Split(typeName, buffer);
        count = count < 2 ? 0 : TypeContextClassifier.HeadCount(typeName, buffer, count);
        if (count < 2)
        {
            return false;
        }

        var last = buffer[count - 1];
        return last.Length == word.Length
            && typeName.AsSpan(last.Start, last.Length).Equals(name.AsSpan(word.Start, word.Length), StringComparison.OrdinalIgnoreCase);
    }

    private static bool NamesText(string name, ReadOnlySpan<WordSpan> words, int at, VocabularyTable vocabulary) =>
        vocabulary.Match(name, words.Slice(at, 1), 0, out _) is { Category: { } category } && category.StartsWith("Content", StringComparison.Ordinal);

    private static bool StartsTypeName(string name, WordSpan word, string typeName)
    {
        if (word.Length < 3 || typeName.Length < word.Length
            || !typeName.AsSpan(0, word.Length).Equals(name.AsSpan(word.Start, word.Length), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return typeName.Length == word.Length || char.IsUpper(typeName[word.Length]) || typeName[word.Length] == '_';
    }

    /// <summary>
    /// A clinical entry's own text: its description or its detail in the built-in languages (Beschreibung, Details; descripción,
    /// detalle; descrição, detalhe; description, détail; descriere, detalii).
    /// </summary>
    private static readonly string[] s_clinicalTextWords =
    {
        "description", "details", "detail", "beschreibung", "descripcion", "detalle", "detalles", "descricao", "detalhe", "detalhes",
        "descriere", "detalii",
        // How the prescribed treatment is taken and for how long (thirty-first round: Prescription.Dosage, Ordonnance.Posologie,
        // Ordonnance.Duree, Ordonnance.Instruction): the patient's regimen.
        "dosage", "dose", "posology", "duration", "instruction", "instructions",
        "dosierung", "dosis", "einnahme", "dauer", "anweisung", "anweisungen",
        "posologia", "duracion", "instrucciones", "indicaciones",
        "dosagem", "duracao", "instrucoes", "indicacoes",
        "posologie", "duree", "consignes",
        "doza", "dozaj", "durata", "instructiuni", "indicatii",
    };

    /// <summary>"Description" in the built-in languages (Beschreibung; descripción; descrição; description; descriere).</summary>
    private static readonly string[] s_descriptionWords = { "description", "beschreibung", "descripcion", "descricao", "descriere" };

    /// <summary>A title in the built-in languages: beside a description, the description is the titled thing's.</summary>
    private static readonly string[] s_titleWords = { "title", "titel", "titulo", "titre", "titlu" };

    /// <summary>
    /// Whether a person's record holds that person's account: a login or a password among its members, or a single
    /// reference to a class named for the user account (<c>User</c>, <c>ApplicationUser</c>, <c>Usuario</c>); and no member
    /// named only as a title (<c>Title</c>, <c>Titulo</c>). Members are read only for a description on such a type.
    /// </summary>
    private bool HoldsOwnAccount(INamedTypeSymbol type, TypeFacts facts)
    {
        var account = (facts.MemberWords(type, _names) & (MemberWords.Username | MemberWords.Password)) != 0;
        foreach (var member in type.GetMembers())
        {
            ITypeSymbol? memberType = member switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol { IsImplicitlyDeclared: false } field => field.Type,
                _ => null,
            };
            if (memberType is null)
            {
                continue;
            }

            // A title in words (a string): a person's honorific or academic title is kept as a lookup (TherapistTitle Title).
            if (memberType.SpecialType == SpecialType.System_String && TextFolding.EqualsAnyFolded(member.Name, new WordSpan(0, member.Name.Length), s_titleWords))
            {
                return false;
            }

            // A class, or a type the compiler could not resolve (an identity user from a package the build lacks), named so.
            if (!account && memberType is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Error, SpecialType: SpecialType.None } named
                && EndsWithAccountWord(named.Name) && EndsWithAccountWord(member.Name))
            {
                account = true;
            }
        }

        return account;
    }

    /// <summary>Whether a name's last word is a user-account word (<c>User</c>, <c>AppUser</c>, <c>Usuario</c>).</summary>
    private static bool EndsWithAccountWord(string name)
    {
        var position = 0;
        WordSpan last = default;
        var any = false;
        while (IdentifierSplitter.TryNext(name, ref position, out var word))
        {
            last = word;
            any = true;
        }

        return any && TextFolding.EqualsAnyFolded(name, last, TypeOwners.AccountWords);
    }

    private static string WriteEvidence(string name, ReadOnlySpan<WordSpan> words, int start, int end, string? inType, string? siblingType, string? sibling)
    {
        var prefix = end - start > 1 ? "the words '" : "the word '";
        var length = prefix.Length + (end - start - 1) + 1 + (inType is null ? 0 : 9 + inType.Length) + (sibling is null ? 0 : 9 + siblingType!.Length + 9 + sibling.Length);
        var ascii = true;
        for (var i = start; i < end && ascii; i++)
        {
            length += words[i].Length;
            for (var k = words[i].Start; k < words[i].Start + words[i].Length && ascii; k++)
            {
                ascii = name[k] < 0x80;
            }
        }

        // The words lower-cased as ASCII letters (any other letter takes the general path below, culture-invariant).
        if (ascii && length <= 512)
        {
            Span<char> buffer = stackalloc char[length];
            var n = Append(buffer, 0, prefix);
            for (var i = start; i < end; i++)
            {
                if (i > start)
                {
                    buffer[n++] = ' ';
                }

                for (var k = words[i].Start; k < words[i].Start + words[i].Length; k++)
                {
                    var c = name[k];
                    buffer[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                }
            }

            buffer[n++] = '\'';
            if (inType is not null)
            {
                n = Append(buffer, Append(buffer, n, " in type "), inType);
            }

            if (sibling is not null)
            {
                n = Append(buffer, Append(buffer, Append(buffer, Append(buffer, n, " in type "), siblingType!), ", beside "), sibling);
            }

            return buffer.Slice(0, n).ToString();
        }

        var builder = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                builder.Append(' ');
            }

            builder.Append(name, words[i].Start, words[i].Length);
        }

        var text = builder.ToString().ToLowerInvariant();
        var result = (end - start > 1 ? "the words '" : "the word '") + text + "'";
        if (inType is not null)
        {
            result += " in type " + inType;
        }

        if (sibling is not null)
        {
            result += " in type " + siblingType + ", beside " + sibling;
        }

        return result;
    }

    private static int Append(Span<char> buffer, int at, string text)
    {
        text.AsSpan().CopyTo(buffer.Slice(at));
        return at + text.Length;
    }

    /// <summary>
    /// What a person's free text found at medium confidence becomes when the options withhold it: nothing when
    /// <c>Content.Message</c> is ignored, an unreported guess below the minimum confidence; null when it is reported.
    /// </summary>
    private static PersonalDataGuess? WithheldMessage(DetectionOptions options) =>
        options.IsIgnored("Content.Message") ? PersonalDataGuess.None
        : Confidence.Medium < options.MinimumConfidence ? new PersonalDataGuess(false, "Content.Message", Confidence.Medium, null)
        : null;

    /// <summary>"Contact" alone in the built-in languages (contact, Kontakt, contacto, contato; French and Romanian write it as English).</summary>
    private static bool IsContactNoun(VocabularyEntry entry) =>
        entry.Words.Length == 1 && entry.Words[0] is "contact" or "kontakt" or "contacto" or "contato";

    /// <summary>Whether a word of the type's name is an owner word (Proveedor, Company, Firma): asked only of a member named "contact".</summary>
    private static bool NamesOwnerWord(string typeName, VocabularyTable vocabulary)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        for (var i = 0; i < count;)
        {
            var entry = vocabulary.Match(typeName, buffer.Slice(0, count), i, out var consumed);
            if (entry is { Role: WordRole.Owner })
            {
                return true;
            }

            i += consumed > 0 ? consumed : 1;
        }

        return false;
    }

    /// <summary>"User" in the built-in languages: a text member named only so holds the user's login.</summary>
    private static bool IsUserNoun(VocabularyEntry entry) =>
        entry.Words.Length == 1 && entry.Words[0] is "user" or "usuario" or "utilizador" or "utilizator" or "benutzer" or "utilisateur";

    /// <summary>
    /// Someone an organisation serves, teaches, treats, hosts or employs, in the built-in languages: a text member named
    /// only so (<c>string Cliente</c>, <c>string Paciente</c>, <c>string Eleve</c>) holds that person's name or code on any
    /// record, a sales ledger's or a summary's too. Not words a program also uses for its own parts or for firms: English
    /// "client" (an API client), "member" (a type's member), "candidate" (a search's), "tenant" (a SaaS customer), "owner",
    /// "driver", "seller"; those stay weak (<see cref="IsPersonNoun"/>) or are read with their type.
    /// </summary>
    private static bool IsServedPersonNoun(VocabularyEntry entry) =>
        entry.Words.Length == 1 && entry.Words[0] is "customer" or "cliente" or "kunde" or "klient" or "patient" or "paciente"
            or "pacient" or "student" or "estudiante" or "alumno" or "aluno" or "eleve" or "elev" or "etudiant" or "schueler"
            or "schuler" or "employee" or "empleado" or "angajat" or "salariat" or "funcionario" or "mitarbeiter" or "guest"
            or "huesped" or "hospede" or "socio" or "mitglied" or "membru" or "adherent" or "freelancer" or "passenger"
            or "pasajero" or "passageiro" or "pasager" or "donor" or "donante" or "doador" or "volunteer" or "voluntario"
            or "participant" or "participante" or "buyer" or "comprador" or "cumparator" or "kaeufer" or "kaufer" or "doctor"
            or "medico" or "medic" or "profesor" or "professor" or "teacher" or "lehrer" or "enseignant" or "visitor"
            or "visitante" or "visiteur" or "besucher" or "employe" or "salarie" or "professeur" or "medecin" or "docteur"
            or "passager" or "acheteur" or "locataire" or "stagiaire" or "apprenant"
            // A driver named in a language where the word names only a person (conductor, motorista, șofer, Fahrer, chauffeur,
            // conducteur; nineteenth round: Turnos.conductor); English "driver" is also a device's.
            or "conductor" or "motorista" or "condutor" or "sofer" or "fahrer" or "chauffeur" or "conducteur" or "corretor";

    /// <summary>A parent, in the built-in languages, as a word a text member is named with alone (not "parent": a tree's).</summary>
    private static bool IsParentWord(string name, WordSpan word) => TextFolding.EqualsAnyFolded(name, word, s_parentWords);

    private static readonly string[] s_parentWords =
    {
        "father", "mother", "padre", "madre", "pai", "mae", "vater", "mutter", "pere", "mere", "tata", "mama",
    };

    /// <summary>
    /// A table's two-letter column prefix at the start of a name (ScPadre, PeNombre, UsSexoId): an upper-case letter and a
    /// lower-case one, or two lower-case ones before an upper-case word, no word of the vocabulary.
    /// </summary>
    private static bool IsColumnPrefix(string name, WordSpan word) =>
        word.Start == 0 && word.Length == 2 && name.Length > 2 && char.IsLetter(name[0]) && char.IsLower(name[1])
        && (char.IsUpper(name[2]) || name[2] == '_');

    /// <summary>
    /// A person word that names someone whose name a text member would hold (not "profile", "contact", "owner"): the
    /// patient and the doctor of an agenda row (TurnoAgendaMedico.Paciente, .Medico) too.
    /// </summary>
    private static bool IsPersonNoun(VocabularyEntry entry) =>
        entry.Words.Length == 1 && entry.Words[0] is "author" or "reviewer" or "commenter" or "replier" or "sender" or "recipient" or "autor"
            or "nominee" or "schutze" or "schuetze" or "spieler" or "spielerin" or "patient" or "paciente" or "pacient" or "doctor"
            or "medico" or "medic"
            // A child's guardian, alone or numbered on a report of a pupil's or a catechumen's parents (Responsavel1,
            // Responsavel2): the guardian's name.
            or "guardian" or "responsavel" or "tutor" or "tuteur"
            // A spouse, the kin published person models keep by name (FHIR RelatedPerson, an HR master record's family
            // data), in the languages whose spouse is a person word (Romanian's soț and Portuguese's esposa are terms).
            or "spouse" or "ehepartner" or "ehepartnerin" or "conyuge" or "conjuge" or "conjoint" or "conjointe" or "epoux"
            or "epouse" or "esposo" or "esposa" or "ehegatte" or "ehegattin" or "sot" or "sotie"
            // A godparent and a witness of a sacrament or a marriage, kept by name (a parish register's ScPadrino, Testigo1).
            or "godparent" or "godfather" or "godmother" or "witness" or "padrino" or "madrina" or "testigo" or "padrinho"
            or "madrinha" or "testemunha" or "parrain" or "marraine" or "temoin" or "trauzeuge" or "martor"
        // The person to call in an emergency (FHIR Patient.contact), English's two words.
        || (entry.Words.Length == 2 && entry.Words[0] == "emergency" && entry.Words[1] == "contact");

    /// <summary>Whether the head word of a type name names a position (<see cref="WordClass.Position"/>): Location, GeoLocation, Standort.</summary>
    private static bool NamesPosition(string typeName, VocabularyTable vocabulary)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        count = TypeContextClassifier.HeadCount(typeName, buffer.Slice(0, count), count);
        return count > 0 && (vocabulary.Classes(typeName, buffer[count - 1]) & WordClass.Position) != 0;
    }

    /// <summary>
    /// Whether the words before a name term (<c>Uso</c> of <c>UsoNombre</c>, <c>Location</c> of <c>LocationName</c>) name a
    /// member of <paramref name="type"/> that is a code (a number or an enum: <c>int Uso</c>) or a navigation to a thing's type
    /// (<c>Location Location</c>, a type whose context is not a person's): the member holds the name of that code or thing,
    /// denormalised, not a person's. Asked only where a row's owner or a sibling would make a weak name a person's.
    /// </summary>
    private bool NamesOtherMember(INamedTypeSymbol type, string name, int prefixLength, VocabularyTable vocabulary)
    {
        foreach (var member in type.GetMembers(name.Substring(0, prefixLength)))
        {
            // Members looked up by a word of a name: never an indexer ("this[]"), so the stored type is the member's type.
            if (TypeOwners.StoredType(member) is not { } memberType)
            {
                continue;
            }

            if (memberType.TypeKind == TypeKind.Enum || memberType.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32
                or SpecialType.System_Int64 or SpecialType.System_Byte)
            {
                return true;
            }

            if (memberType is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named
                && named.Locations.Length > 0 && named.Locations[0].IsInSource
                && _contexts.Classify(named, vocabulary, out _) == ContextKind.NonSubject)
            {
                return true;
            }
        }

        // Or the key of that thing kept beside its name (RoomInvoiceDTO.RoomName beside RoomID, BuildingName beside
        // BuildingId): a flattened view of the row it refers to. Read from the member names, without allocating.
        foreach (var memberName in type.MemberNames)
        {
            if (IsKeyNamed(memberName, name, 0, prefixLength, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An address or a position: what a place has as well as a person.</summary>
    private static bool IsLocationCategory(string category) =>
        category == "Contact.Address" || category.StartsWith("Location", StringComparison.Ordinal);

    /// <summary>
    /// Whether a word of the member's name outside its term [<paramref name="termStart"/>, <paramref name="termEnd"/>) names a
    /// place or an event (<see cref="WordClass.Place"/>): FoodPlaceAddress, Treffpunkt, VenueLatitude. The words of the term
    /// itself (PlaceOfBirth) do not count. One probe per word, no allocation.
    /// </summary>
    private static bool NamesPlace(string name, ReadOnlySpan<WordSpan> words, int termStart, int termEnd, VocabularyTable vocabulary)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if ((i < termStart || i >= termEnd) && (vocabulary.Classes(name, words[i]) & WordClass.Place) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The term at the head of a type name that makes the type a holder of a person's details (<c>Address</c>,
    /// <c>BillingAddressDto</c>, <c>Adresa</c>, <c>PhoneNumber</c>, <c>Analiza</c>); null for anything else. A type named for
    /// a person (<c>ContactPerson</c>, <c>PersoanaContact</c>) is the person's entity: a navigation to it is not reported.
    /// </summary>
    private static VocabularyEntry? DetailsTerm(string typeName, VocabularyTable vocabulary)
    {
        // A holder sent as a command's or a request's part (AddressCreateRequest, AdresaRequest): the message word after
        // it names how the details travel, not what they are.
        var last = HeadEntry(typeName, vocabulary, passMessage: true);
        if (last is null || last.Role != WordRole.Term || last.Category is null || last.OnePerPerson || IsContextBoundFaith(last))
        {
            return null;
        }

        var category = last.Category;
        var holds = category.StartsWith("Contact", StringComparison.Ordinal)
            || category.StartsWith("Special", StringComparison.Ordinal)
            || category.StartsWith("Financial.BankAccount", StringComparison.Ordinal)
            || category.StartsWith("Financial.PaymentCard", StringComparison.Ordinal)
            || (category.StartsWith("Identity", StringComparison.Ordinal) && category != "Identity.Name")
            // A person's full name kept as a value object (NomComplet NomConducteur, ICollection<FullName> Witnesses): a "Name"
            // type alone may name anything, a full name only a person. A ContactPerson is an entity: a navigation to it is not.
            || (category == "Identity.Name" && last.Strength >= TermStrength.Strong && IsNamePhrase(last));
        return holds ? last : null;
    }

    /// <summary>
    /// Whether <paramref name="typeName"/> is a status word followed by the name of <paramref name="containerName"/> (without
    /// its trailing DTO or entity suffix): <c>EstadoHistorialClinico</c> on <c>HistorialClinico</c> or
    /// <c>HistorialClinicoDto</c>, <c>StatutDossier</c> on <c>Dossier</c>, <c>StareFisa</c> on <c>Fisa</c>. A state named
    /// for anything else (<c>EstadoSalud</c> on a <c>Paciente</c>) is not.
    /// </summary>
    internal static bool NamesStateOf(string typeName, string containerName)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        if (count < 2 || !TextFolding.EqualsAnyFolded(typeName, buffer[0], s_stateWords))
        {
            return false;
        }

        var rest = typeName.AsSpan(buffer[1].Start);
        if (rest.Equals(containerName.AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Span<WordSpan> own = stackalloc WordSpan[MaxWords];
        var ownCount = IdentifierSplitter.Split(containerName, own);
        return ownCount > 1 && TypeContextClassifier.IsGenericSuffix(containerName, own[ownCount - 1])
            && rest.Equals(containerName.AsSpan(0, own[ownCount - 1].Start), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a word of <paramref name="typeName"/> is a result word in a built-in language (<c>RezultatInvestigatie</c>,
    /// <c>LabResult</c>, <c>ResultadoExame</c>, <c>ResultatAnalyse</c>, <c>BlutBefund</c>): a record of measured values.
    /// </summary>
    internal static bool NamesResult(string typeName)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        for (var i = 0; i < count; i++)
        {
            if (TextFolding.EqualsAnyFolded(typeName, buffer[i], s_resultWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A result in the built-in languages (folded): en, ro, es/pt, fr, de.</summary>
    private static readonly string[] s_resultWords =
    {
        "result", "results", "rezultat", "rezultate", "rezultatul", "rezultatele", "resultado", "resultados", "resultat",
        "resultats", "ergebnis", "ergebnisse", "befund", "befunde",
    };

    /// <summary>"Status" and "state" in the built-in languages that put a status first (and English, for a code so written).</summary>
    private static readonly string[] s_stateWords = { "status", "state", "estado", "situacion", "situacao", "statut", "etat", "stare", "starea" };

    /// <summary>Whether a name term is a phrase for a name itself (full name, nom complet, nume complet), not for a person.</summary>
    private static bool IsNamePhrase(VocabularyEntry entry)
    {
        foreach (var word in entry.Words)
        {
            if (word.EndsWith("name", StringComparison.Ordinal) || word.StartsWith("nom", StringComparison.Ordinal) || word.StartsWith("num", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The entry that the tail of a type name and a one-word member name form together (<c>Device</c> + <c>Identifier</c>,
    /// <c>GiftCard</c> + <c>Message</c>); for a member named only "value" or "result", the special-category term its type is
    /// named for (<c>LabResult.Value</c>, <c>RezultatInvestigatie.Valoare</c>). Null for anything else.
    /// </summary>
    private VocabularyEntry? AcrossTypeName(INamedTypeSymbol type, VocabularyEntry[]? phrases, VocabularyEntry[]? beginning, bool valueWord, VocabularyTable vocabulary)
    {
        var typeName = type.Name;
        // A phrase the member word begins goes on with the type's first word (Resultado + Exame): when that word cannot, no
        // phrase does, and the type name need not be split for it.
        var position = 0;
        var begins = beginning is not null && IdentifierSplitter.TryNext(typeName, ref position, out var firstTypeWord)
            && VocabularyTable.MayGoOnWith(beginning, typeName, firstTypeWord);
        if (phrases is not null || begins)
        {
            // The type name is split only here (a one-word member that can end or begin a phrase), on the stack: cheaper than
            // remembering it per type, in a compilation where most types are met by one or two such members. Each phrase is
            // then ruled out by the length of one word, mostly.
            Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
            var count = TypeContextClassifier.HeadCount(typeName, buffer, IdentifierSplitter.Split(typeName, buffer));
            ReadOnlySpan<WordSpan> words = buffer.Slice(0, count);

            // Not a name, nor from a person word: whether a RecipientInfo's or a Customer's Name is a person's is for the
            // type's context to say, as for any name. Nor from a word a person has one of: a Documento type is a paper or
            // an upload, its Numero is not anyone's id.
            if (phrases is not null
                && VocabularyTable.MatchAcross(typeName, words, phrases, out var start) is { } entry
                && entry.Category != "Identity.Name"
                && vocabulary.Match(typeName, words, start, out _) is not ({ Role: WordRole.Subject } or { OnePerPerson: true }))
            {
                return entry;
            }

            // The member first, then the type's first words (Resultado + ExameOutputDto).
            if (begins && count > 0
                && VocabularyTable.MatchForward(beginning, typeName, words) is { Role: WordRole.Term or WordRole.NotPersonal } forward
                && forward.Category != "Identity.Name"
                && vocabulary.Match(typeName, words, 0, out _) is not ({ Role: WordRole.Subject } or { OnePerPerson: true }))
            {
                return forward;
            }
        }

        // Only measurements and results: the Value of an EmailAddress value object is reported on the member typed with it.
        return valueWord && DetailsTerm(typeName, vocabulary) is { } details
            && details.Category!.StartsWith("Special", StringComparison.Ordinal) ? details : null;
    }

    internal static bool IsAddressPart(VocabularyEntry entry) => entry.Category == "Contact.Address";

    /// <summary>
    /// A weak word of the religious field (communion, parish, church, sacrament, pastoral, matrimony, tithe; comunhão, crisma,
    /// paróquia, igreja; Kommunion, Pfarrei, Kirche; paroisse, église; parohie, biserică): also a place, an organisation, a
    /// catalogue or a civil status, so a person's faith only beside a strong religious member of the same type, and a type
    /// named with it (a Church, an Igreja, a Sacramento lookup) is not a holder of a person's details.
    /// </summary>
    internal static bool IsContextBoundFaith(VocabularyEntry? entry) =>
        entry is { Strength: TermStrength.Weak, Category: "Special.ReligiousBelief" };

    /// <summary>
    /// "Manager" in the name of a text or number member (ManagerName, NumeManager, NrTelManager): a person, as a subject
    /// word. On an object-typed member (IEmailManager EmailManager, UserManager _userManager) it stays a tool.
    /// </summary>
    private static bool NamesManager(MemberTypeShape shape) => shape == MemberTypeShape.Text || shape == MemberTypeShape.Number;

    /// <summary>A technical word that names a person ("manager"): see <see cref="NamesManager"/>.</summary>
    internal static bool IsManagerWord(VocabularyEntry entry) => entry.Role == WordRole.Technical && TypeContextClassifier.NamesAPerson(entry);

    /// <summary>A national id or an identity document's number (DNI, SSN, passport, numero documento): a person's outright.</summary>
    private static bool IsIdentityNumber(string category) => category is "Identity.NationalId" or "Identity.Document";

    /// <summary>A count word (count, Anzahl) alone: "how many of" the term beside it.</summary>
    /// <summary>"Id" alone: the key word that names a row of a lookup (<c>GenderId</c>).</summary>
    internal static bool IsKeyWord(VocabularyEntry entry) => entry.Words.Length == 1 && entry.Words[0] == "id";

    /// <summary>
    /// A nationality or a citizenship in a built-in language (nationality, citizenship, Staatsangehörigkeit, Nationalität,
    /// nacionalidad, nacionalidade, nationalité, naționalitate, cetățenie): a trait a person has one value of, often kept as
    /// the key of a lookup of countries or nationalities (<c>NationalityId</c>, <c>StaatsangehoerigkeitId</c>).
    /// </summary>
    internal static bool IsNationalityWord(VocabularyEntry entry) =>
        entry.Category == "Identity" && entry.Words.Length == 1
        && entry.Words[0] is "nationality" or "citizenship" or "staatsangehorigkeit" or "staatsangehoerigkeit" or "nationalitat"
            or "nationalitaet" or "nacionalidad" or "nacionalidade" or "nationalite" or "nationalitate" or "cetatenie" or "cetatenia";

    // How a call ended, one word (Code, Success, Codigo, Erfolg) or a qualifier with it in either order (ResponseCode,
    // StatusCode, IsSuccess, CodigoRespuesta, CodRaspuns); "value" only after "return" (ReturnValue, ValorRetorno).
    private static readonly string[] OutcomeWords =
    {
        "code", "codigo", "cod", "success", "successful", "succeeded", "exito", "sucesso", "erfolg", "erfolgreich", "succes",
        "reussite", "reussi", "responsecode", "returncode", "statuscode", "resultcode", "returnvalue", "issuccess",
    };

    private static readonly string[] OutcomeQualifiers =
    {
        "response", "return", "status", "result", "http", "is", "antwort", "rueckgabe", "ruckgabe", "ergebnis", "ist",
        "respuesta", "retorno", "estado", "resultado", "es", "resposta", "reponse", "retour", "statut", "resultat", "est",
        "raspuns", "retur", "stare", "rezultat", "este",
    };

    // The answer a call returns: its message or its description (ReturnMessage, ResponseDescription, Mensaje, Mesaj).
    private static readonly string[] AnswerWords =
    {
        "message", "nachricht", "meldung", "mensaje", "mensagem", "mesaj", "description", "beschreibung", "descripcion",
        "descricao", "descriere",
    };

    private static readonly string[] ReturnWords = { "return", "retorno", "retour", "retur", "rueckgabe", "ruckgabe" };

    private static readonly string[] ValueWords = { "value", "valor", "wert", "valeur", "valoare" };

    /// <summary>
    /// A free text named for the response it is part of (ResponseDescription, ReturnDescription, DescripcionRespuesta) on a
    /// type that says how the call ended (<see cref="MemberWords.Outcome"/>: GetLoanApplicationResponse beside Responsecode):
    /// the program's answer, not the words of the person whose row the response carries. A ticket's Description beside its
    /// Code has no response word and stays its writer's.
    /// </summary>
    private bool IsResponseText(string name, ReadOnlySpan<WordSpan> words, INamedTypeSymbol containingType, VocabularyTable vocabulary) =>
        words.Length == 2
        && (TextFolding.EqualsAnyFolded(name, words[0], OutcomeQualifiers) || TextFolding.EqualsAnyFolded(name, words[1], OutcomeQualifiers))
        && (_contexts.For(containingType, vocabulary).MemberWords(containingType, _names) & MemberWords.Outcome) != 0;

    /// <summary>
    /// Whether a member name says how a call ended: an outcome word alone (Code, Success, Codigo, Erfolg, Succes) or with one
    /// qualifier before or after it (ResponseCode, StatusCode, IsSuccess, CodigoRespuesta, CodRaspuns, HttpCode), or a
    /// returned value (ReturnValue, ValorRetorno). "Status" alone is not one: a person's message has a status too.
    /// </summary>
    internal static bool IsOutcomeName(string name, WordSpan[] words)
    {
        if (words.Length == 1)
        {
            return TextFolding.EqualsAnyFolded(name, words[0], OutcomeWords);
        }

        if (words.Length != 2)
        {
            return false;
        }

        return (TextFolding.EqualsAnyFolded(name, words[1], OutcomeWords) && TextFolding.EqualsAnyFolded(name, words[0], OutcomeQualifiers))
            || (TextFolding.EqualsAnyFolded(name, words[0], OutcomeWords) && TextFolding.EqualsAnyFolded(name, words[1], OutcomeQualifiers))
            || (TextFolding.EqualsAnyFolded(name, words[0], ReturnWords) && TextFolding.EqualsAnyFolded(name, words[1], ValueWords))
            || (TextFolding.EqualsAnyFolded(name, words[1], ReturnWords) && TextFolding.EqualsAnyFolded(name, words[0], ValueWords));
    }

    internal static bool IsCountWord(VocabularyEntry entry) =>
        entry.Words.Length == 1 && entry.Words[0] is "count" or "anzahl";

    /// <summary>
    /// An employment figure (hours worked, monthly salaries): a count of it is the same measure of a person's work, so a
    /// count word beside it does not negate (<see cref="NameReading"/>).
    /// </summary>
    internal static bool IsMeasureOfWork(VocabularyEntry entry) =>
        entry.Category is "Employment" && (entry.Affinity & TypeAffinity.Number) != 0;

    /// <summary>"Type", "kind", "tipo", "typ", "tip" alone: the meta words that say "the kind of".</summary>
    internal static bool IsKindWord(VocabularyEntry entry) =>
        entry.Words.Length == 1 && entry.Words[0] is "type" or "kind" or "tipo" or "typ" or "tip";

    /// <summary>
    /// A trait a person has one value of, chosen from options, whose "kind" is that value: sex or gender, marital status or
    /// nationality, a special category (race, disability, blood type) — not a number such as a registration (TipoMatricula).
    /// </summary>
    internal static bool IsKindOfAttribute(VocabularyEntry entry) =>
        (entry.Affinity & TypeAffinity.Enum) != 0
        && (entry.Category is "Identity.Gender" or "Identity" || (entry.Category is not null && entry.Category.StartsWith("Special", StringComparison.Ordinal)));

    /// <summary>
    /// A trait a person has one value of, chosen from options, that a program may keep as the option's number (an enum
    /// stored as an int): the gender, sex, salutation (gender, sex; Geschlecht, Anrede; sexo, género; sexe, civilité, genre;
    /// sex, gen), whose terms fit an enum but not a number. Not a flag named for one of its values ("male", "femenino": an
    /// int of those counts people).
    /// </summary>
    private static bool IsOptionCode(VocabularyEntry entry) =>
        entry.Category == "Identity.Gender" && (entry.Affinity & TypeAffinity.Enum) != 0
        && (entry.Affinity & (TypeAffinity.Number | TypeAffinity.Bool)) == 0;

    private static bool IsCredential(VocabularyEntry entry) => entry.Category is not null && entry.Category.StartsWith("Credentials", StringComparison.Ordinal);

    /// <summary>
    /// A one-word member name that holds what a credential record is for: key, value, token, secret, hash, data — or id,
    /// when it is text (<see cref="WordClass.CredentialValue"/>, <see cref="WordClass.CredentialId"/>).
    /// </summary>
    private static bool IsCredentialValueWord(WordClass classes, MemberTypeShape shape) =>
        (shape == MemberTypeShape.Text && (classes & (WordClass.CredentialValue | WordClass.CredentialId)) != 0)
        || (shape == MemberTypeShape.Binary && (classes & WordClass.CredentialValue) != 0);

    /// <summary>
    /// The credential term at the head of a type name (<c>Tokens</c>, <c>ApiKey</c>, <c>APIKeyData</c>, <c>UserToken</c>,
    /// <c>RefreshToken</c>): the type is a credential record. Null for anything else — a <c>TokenSettings</c> or a
    /// <c>TokenProvider</c> is not (their head is another word).
    /// </summary>
    private static VocabularyEntry? CredentialRecordTerm(string typeName, VocabularyTable vocabulary, bool credentialNoun)
    {
        // Cheap test first: the type name must hold one of the credential words somewhere.
        var text = typeName.AsSpan();
        if (text.IndexOf("key".AsSpan(), StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("token".AsSpan(), StringComparison.OrdinalIgnoreCase) < 0
            && text.IndexOf("secret".AsSpan(), StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("password".AsSpan(), StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        // An answer that carries one (TokenResponseDto, TokenResult) holds it under the credential's own name (its Token),
        // not as a bare Value.
        var last = HeadEntry(typeName, vocabulary, passAnswer: credentialNoun);
        return last is { Role: WordRole.Term } && IsCredential(last) ? last : null;
    }

    /// <summary>
    /// The vocabulary entry that ends a type name, generic suffixes (<c>Dto</c>, <c>Model</c>…) left aside: its head
    /// (<c>BillingAddressDto</c> → address). Null when the name's last word is not part of an entry.
    /// </summary>
    /// <summary>
    /// Whether a type is the message of an operation on a thing (InsertCursoRequest, UpdateCursoRequest,
    /// AddCompanyBaseRequest: an operation word first, an owner word at the head once the message word is passed over;
    /// thirty-fourth round): its description is the thing's, whoever is keyed beside it (a course's teacher by
    /// ProfessorId). A record a person writes keeps its writer (SubmitClaimDto, a ticket), and so does a request named
    /// without the operation (SupportRequest: the person's request).
    /// </summary>
    private static bool CarriesThingsRecord(string typeName, VocabularyTable vocabulary) =>
        TypeContextClassifier.StartsWithOperationWord(typeName) && !NamesWrittenRecord(typeName)
        && HeadEntry(typeName, vocabulary, passMessage: true) is { Role: WordRole.Owner };

    private static VocabularyEntry? HeadEntry(string typeName, VocabularyTable vocabulary, bool passAnswer = false, bool passMessage = false)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        ReadOnlySpan<WordSpan> words = buffer.Slice(0, count);
        count = TypeContextClassifier.HeadCount(typeName, words, count);
        if (passMessage && count > 1 && TypeContextClassifier.IsMessageWord(typeName.AsSpan(words[count - 1].Start, words[count - 1].Length)))
        {
            count = TypeContextClassifier.HeadCount(typeName, words, count - 1);
        }
        if (passAnswer && count > 1 && (TextFolding.EqualsFolded(typeName, words[count - 1].Start, words[count - 1].Length, "response")
            || TextFolding.EqualsFolded(typeName, words[count - 1].Start, words[count - 1].Length, "result")))
        {
            count--;
        }

        VocabularyEntry? last = null;
        var lastEnd = -1;
        for (var i = 0; i < count;)
        {
            var entry = vocabulary.Match(typeName, words.Slice(0, count), i, out var consumed);
            i += consumed;
            if (entry is not null && entry.Role != WordRole.StopWord)
            {
                last = entry;
                lastEnd = i;
            }
        }

        return lastEnd == count ? last : null;
    }

    private static string? SignalCategory(MemberTypeShape shape) => shape switch
    {
        MemberTypeShape.IpAddress => "Online.IpAddress",
        MemberTypeShape.MailAddress => "Contact.Email",
        MemberTypeShape.PhysicalAddress => "Online.DeviceId",
        _ => null,
    };

    /// <summary>
    /// The member of <paramref name="type"/> holding a payment card's number or holder (<see cref="SiblingFacts.Card"/>);
    /// null when none. A card term is person-only, so a type whose member names hold no such word is not visited.
    /// </summary>
    private string? CardData(INamedTypeSymbol type, VocabularyTable vocabulary) =>
        (_contexts.For(type, vocabulary).MemberWords(type, _names) & MemberWords.PersonOnly) != 0 ? Siblings(type, vocabulary).Card : null;

    /// <summary>
    /// Whether a member of <paramref name="type"/> holds a strong trait only a natural person has (a full, first or last name,
    /// a birth date, a national id) with no person word in its name and no contact in it: the row's own person's
    /// (<c>Chef.Fullname</c>), not someone it names (<c>AuthorFullName</c>, <c>ContactPerson</c>).
    /// </summary>
    private bool HoldsOwnPersonOnlyTrait(INamedTypeSymbol type, TypeFacts facts, VocabularyTable vocabulary) =>
        (facts.MemberWords(type, _names) & MemberWords.PersonOnly) != 0
        && Siblings(type, vocabulary).PersonOnly is { } own && _names.Read(own, vocabulary).People is null && !PartyRecords.MentionsContact(own);

    /// <summary>
    /// Whether every word of the member name is an image word, a word for where the image is kept (path, file, url, cover)
    /// or a person word, with one image word at least (<c>ImagePath</c>, <c>CoverImgUrl</c>, <c>VisitorImage</c>,
    /// <c>RutaImagen</c>); not <c>ImageWidth</c>, <c>ProductImage</c>, <c>ImageCount</c>.
    /// </summary>
    private static bool NamesImageOnly(string name, ReadOnlySpan<WordSpan> words, VocabularyTable vocabulary)
    {
        if (words.Length > 4)
        {
            return false;
        }

        var image = false;
        for (var i = 0; i < words.Length; i++)
        {
            var classes = vocabulary.Classes(name, words[i]);
            image |= (classes & WordClass.Image) != 0;
            if ((classes & (WordClass.Image | WordClass.ImageStore)) == 0
                && vocabulary.Match(name, words.Slice(i, 1), 0, out _) is not { Role: WordRole.Subject })
            {
                return false;
            }
        }

        return image;
    }

    /// <summary>
    /// A photo kept as an object that holds a thing's bytes (User.ProfileImage typed Image, Member.Avatar typed
    /// FileAttachment, Mitarbeiter.Bild typed Bild): the weak photo term fits, the object is the person's picture. An image's
    /// type is named by an image word in any language (Bild, Imagen, Imagine), not only by an English thing word. A member
    /// typed with a person's type (Invoice.SignatureBy typed Staff) names who, not a picture.
    /// </summary>
    private static bool PhotoObject(VocabularyEntry term, MemberTypeShape shape, INamedTypeSymbol? element, VocabularyTable vocabulary) =>
        shape == MemberTypeShape.Complex && term.Category == "Identity.Photo" && (term.Affinity & TypeAffinity.Binary) != 0
        && element is not null
        && (HeadEntry(element.Name, vocabulary) is { Role: WordRole.Owner } || vocabulary.HasWordOf(element.Name, WordClass.Image));

    // A person's sex kept as a flag (bool? Gender, bool Sex, bool Geschlecht, bool Sexo: true for one of the two): a flag named
    // by a strong gender word and nothing else. A flag named around one (ShowGender, GenderRequired, AskSexo) is a form's
    // setting, and a weak word (genre, género, gen) names a book's or a film's kind as often as a person's.
    private static bool IsGenderFlag(VocabularyEntry term, MemberTypeShape shape, int start, int end, int count) =>
        shape == MemberTypeShape.Bool && start == 0 && end == count && term.Strength == TermStrength.Always
        && term.Category == "Identity.Gender";

    private static bool Fits(VocabularyEntry term, MemberTypeShape shape) => shape switch
    {
        MemberTypeShape.Text => true,
        // An object of a weak term's kind says no more than the word; a context-bound religious word (a list of a person's
        // Sacramentos) is decided by the strong religious member beside it.
        MemberTypeShape.Complex => term.Strength >= TermStrength.Strong || IsContextBoundFaith(term),
        MemberTypeShape.Number => (term.Affinity & TypeAffinity.Number) != 0,
        MemberTypeShape.Date => (term.Affinity & TypeAffinity.Date) != 0,
        MemberTypeShape.Enum => (term.Affinity & TypeAffinity.Enum) != 0,
        MemberTypeShape.Bool => (term.Affinity & TypeAffinity.Bool) != 0,
        MemberTypeShape.Guid => (term.Affinity & TypeAffinity.Guid) != 0,
        MemberTypeShape.Binary => (term.Affinity & TypeAffinity.Binary) != 0,
        _ => false,
    };
}
