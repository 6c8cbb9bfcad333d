using System;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Readings of a member with its type's name and other members (PRIV001's tenth round), kept apart from the main
/// inference: free text on a record that says who wrote it or to whom it goes (a post's, a private message's, a chat
/// message's text beside a navigation to the user); the verbs that make a type named for an e-mail an account form rather
/// than a mail message (<c>ChangeEmailViewModel</c>); the suffixes that make a type a form, where a name beside a password
/// is the person's who signs in or registers (<c>LoginDto.Nombre</c>).
/// </summary>
internal sealed partial class PersonalDataInference
{
    /// <summary>
    /// The first instance property or field of <paramref name="type"/> typed as one person's entity — a type named for a
    /// person (<c>Utilisateur</c>, <c>ApplicationUser</c>, <c>UtilisateurDto</c>), not a holder of details (<c>Address</c>,
    /// <c>Comment</c>) nor a collection: the person who wrote the record's text or to whom it goes
    /// (<c>Publication.Utilisateur</c>, <c>Pv.Destinataire</c>, <c>Message.User</c>). Null when there is none. Asked only for a
    /// weak free-text member on a neutral type (one or two per type), so it is not remembered: the walk over the members
    /// allocates nothing. A record that also holds a collection of people's entities is a group (a squad with its leader and
    /// members): none of them is the author.
    /// </summary>
    private string? Author(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        string? author = null;
        foreach (var member in type.GetMembers())
        {
            if (member.Kind is not (SymbolKind.Property or SymbolKind.Field) || member.IsImplicitlyDeclared || member.IsStatic)
            {
                continue;
            }

            var memberType = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
            if (memberType is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface or TypeKind.Error } candidate
                || _types.Classify(candidate, out var collection, out var element) != MemberTypeShape.Complex)
            {
                continue;
            }

            var named = collection ? element as INamedTypeSymbol : candidate;
            if (named is not { TypeKind: TypeKind.Class or TypeKind.Struct } || named.SpecialType != SpecialType.None || named.IsGenericType
                || SymbolEqualityComparer.Default.Equals(named, type)
                || TypeContextClassifier.ClassifyName(named.Name, vocabulary) != ContextKind.Subject
                || HeadEntry(named.Name, vocabulary) is { Role: WordRole.Term })
            {
                continue;
            }

            // A record that also holds a collection of people is a group of them (a squad with its leader and members, a
            // conversation with its participants): its text is not one of them's.
            if (collection)
            {
                return null;
            }

            author ??= member.Name;
        }

        return author;
    }

    /// <summary>
    /// Who wrote the free text of a record a person writes — a ticket, a claim, a complaint, an issue, a review, a request
    /// (<see cref="s_writtenRecordWords"/>) — when the record names that person only by a key or a name: a "<c>… by</c>"
    /// member (<c>CreatedById</c>, <c>ChangedByName</c>, <c>ReportedByUserId</c>), a member typed as a person's entity
    /// (<see cref="Author"/>), a person's key (<c>UserId</c>, <c>ReviewerId</c>, <c>CustomerId</c>); or, for a form that opens or
    /// updates such a record (<c>CreateTicketRequest</c>, <c>SubmitClaimDto</c>, <c>UpdateTicketRequest</c>), the person who
    /// submits it. Null when the type is no such record, or a lookup of them (<c>TicketCategory</c>, <c>ClaimType</c>,
    /// <c>TicketStatus</c>: the organisation's text), or names no one. A trailing "request" alone makes a record only with a
    /// person named beside it (<c>LeaseExtensionRequest.RequestedByUserId</c>): <c>CreateProductRequest</c> is a form about a
    /// product, and a leading one is a verb (<c>RequestVerificationCommand</c>). Computed once per type (<see cref="TypeFacts.Writer"/>).
    /// </summary>
    private string? WrittenBy(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        var entry = _contexts.For(type, vocabulary);
        var known = entry.Writer;
        if (known is null)
        {
            known = FindWriter(type, vocabulary) ?? string.Empty;
            entry.Writer = known;
        }

        return known.Length == 0 ? null : known;
    }

    /// <summary>
    /// Whether the head of <paramref name="typeName"/> holds a word for a record a person writes (a ticket, a claim, a
    /// review), or a case word last (<c>LoanApplication</c>: an application is a program's elsewhere): the word that may
    /// also read as a thing's (a security claim). A bare "request" is not one: an <c>AddCompanyBaseRequest</c> is read as
    /// its other words say (a company's).
    /// </summary>
    private static bool NamesWrittenRecord(string typeName)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        var head = TypeContextClassifier.HeadCount(typeName, buffer, count);
        return HeadHoldsRecordWord(typeName, buffer, head)
            || HeadHoldsCaseWord(typeName, buffer, head);
    }

    private static bool HeadHoldsRecordWord(string typeName, ReadOnlySpan<WordSpan> words, int head) =>
        TextFolding.AnyEqualsAnyFolded(typeName, words.Slice(0, head), s_writtenRecordWords);

    /// <summary>
    /// Whether the head of a type's name holds a word for one person's case (<see cref="s_caseWords"/>) after its first
    /// word, or as its only word (Matter, LoanApplication, PolicyApprovalHistory; not ApplicationUser, ApplicationSetting,
    /// where the first word names the program).
    /// </summary>
    private static bool HeadHoldsCaseWord(string typeName, ReadOnlySpan<WordSpan> words, int head)
    {
        var first = head == 1 ? 0 : 1;
        return first < head && TextFolding.AnyEqualsAnyFolded(typeName, words.Slice(first, head - first), s_caseWords);
    }

    private string? FindWriter(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        var typeName = type.Name;
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        var head = TypeContextClassifier.HeadCount(typeName, buffer, count);
        if (head == 0 || TextFolding.EqualsAnyFolded(typeName, buffer[head - 1], s_lookupWords))
        {
            return null;
        }

        // A record named for one person's case as its last word (Matter, LegalCase, LoanApplication, PolicyApproval,
        // LeaveApplication, Dossier, Expediente: nineteenth round) is read like a record a person writes: the writer, a
        // by-member or a person's key beside it, says whose case it is.
        var record = HeadHoldsRecordWord(typeName, buffer, head) || HeadHoldsCaseWord(typeName, buffer, head);

        // "Request" only at the head (LeaseExtensionRequest): first, it is a verb (RequestVerificationCommand).
        var request = TextFolding.EqualsFolded(typeName, buffer[head - 1], "request");

        if (!record && !request)
        {
            return null;
        }

        var by = PersonKey(type, vocabulary, out var key);
        if (by is not null)
        {
            return by;
        }

        if (Author(type, vocabulary) is { } author)
        {
            return author;
        }

        if (key is not null)
        {
            return key;
        }

        // A record named for the person who files it (ReclamoCiudadano, DenunciaConductor, CustomerComplaint: sixteenth
        // round): the person word of its name is the writer, when no member names one.
        if (record)
        {
            for (var i = 0; i < head; i++)
            {
                if (vocabulary.Match(typeName, buffer.Slice(0, head), i, out _) is { Role: WordRole.Subject })
                {
                    return typeName.Substring(buffer[i].Start, buffer[i].Length);
                }
            }
        }

        // A form that opens or updates such a record: its text is the person's who submits it (the signed-in user).
        return record && IsFormName(typeName) && TextFolding.EqualsAnyFolded(typeName, buffer[0], s_writeVerbs) ? "who submits it" : null;
    }

    /// <summary>
    /// The first property or field of <paramref name="type"/> that names who did something: a key or a name after "by"
    /// (<c>CreatedById</c>, <c>ChangedByName</c>, <c>RequestedByUserId</c>), or a name ending with "by" itself
    /// (<c>CriadoPor</c>, <c>CreePar</c>, <c>ErstelltVon</c>); <paramref name="key"/>, the first key or name of a person word
    /// (<c>UserId</c>, <c>ReviewerId</c>, and with the key word first, as Romance languages write it: <c>IdCliente</c>,
    /// <c>IdUtilisateur</c>, <c>NomClient</c>). Read from the member names, once per type.
    /// </summary>
    private static string? PersonKey(INamedTypeSymbol type, VocabularyTable vocabulary, out string? key)
    {
        key = null;
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        foreach (var memberName in type.MemberNames)
        {
            var count = IdentifierSplitter.Split(memberName, buffer);
            if (count < 2)
            {
                continue;
            }

            var by = TextFolding.EqualsAnyFolded(memberName, buffer[count - 1], s_byWords);
            int from;
            if (by || TextFolding.EqualsAnyFolded(memberName, buffer[count - 1], s_keyWords))
            {
                from = 0;
            }
            else if (TextFolding.EqualsAnyFolded(memberName, buffer[0], s_keyWords))
            {
                from = 1;
            }
            else
            {
                continue;
            }

            ReadOnlySpan<WordSpan> words = buffer.Slice(from, count - 1);

            var person = false;
            for (var i = 0; i < words.Length;)
            {
                if (TextFolding.EqualsAnyFolded(memberName, words[i], s_byWords))
                {
                    by = true;
                    i++;
                    continue;
                }

                // Who sent a message (SenderId, SenderName, IdRemitente, AbsenderName): a person, though "sender" alone
                // names a tool in a type's name (EmailSender).
                if (TextFolding.EqualsAnyFolded(memberName, words[i], s_senderWords))
                {
                    person = true;
                    i++;
                    continue;
                }

                var entry = vocabulary.Match(memberName, words, i, out var consumed);
                person |= entry is { Role: WordRole.Subject };
                i += consumed > 0 ? consumed : 1;
            }

            if ((by || person) && IsStoredMember(type, memberName))
            {
                if (by)
                {
                    return memberName;
                }

                key ??= memberName;
            }
        }

        return null;
    }

    /// <summary>"Sender" in the built-in languages (Absender; remitente; remetente; expéditeur; expeditor).</summary>
    internal static readonly string[] s_senderWords = { "sender", "absender", "remitente", "remetente", "expediteur", "expeditor" };

    /// <summary>"By" in the built-in languages: who did it (CreatedBy, CreePar, CriadoPor, ErstelltVon).</summary>
    private static readonly string[] s_byWords = { "by", "par", "por", "von" };

    /// <summary>A key's or a name's word, at either end of a member name (UserId, IdCliente, NomClient).</summary>
    private static readonly string[] s_keyWords = { "id", "name", "nom", "nome", "nombre", "nume" };

    private static bool IsStoredMember(INamedTypeSymbol type, string memberName)
    {
        foreach (var member in type.GetMembers(memberName))
        {
            if (member.Kind is SymbolKind.Property or SymbolKind.Field && !member.IsStatic)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A member named only by a word for free text that is no term of its own (<c>Description</c>, <c>Reason</c>): on a
    /// record a person writes (<see cref="WrittenBy"/>), that person's words; anywhere else it is not read.
    /// </summary>
    private static bool IsFreeTextWord(string name, WordSpan word) => TextFolding.EqualsAnyFolded(name, word, s_freeTextWords);

    /// <summary>
    /// Such a word written in Hungarian notation with an entity suffix (sixteenth round: <c>cDescripcionRecC</c> on
    /// <c>ReclamoCiudadano</c>, <c>sDescriptionTkt</c> on <c>Ticket</c>): a lower-case type prefix (<see cref="IsTypePrefix"/>),
    /// the free-text word, and a suffix that abbreviates the containing type's name, each of its words a prefix of the
    /// type's word in the same place. Read only when the first word is such a prefix (rare): the type's name is split then.
    /// </summary>
    private static bool IsConventionalFreeText(string name, ReadOnlySpan<WordSpan> words, string typeName) =>
        words.Length >= 3 && IsTypePrefix(name, words[0]) && IsFreeTextWord(name, words[1])
        && AbbreviatesType(name, words.Slice(2), typeName);

    /// <summary>
    /// A Hungarian-notation type prefix at the start of a name, lower case, before an upper-case word: c (char), s, str, sz
    /// (string), n (number), i (int), d, dt (date), b (bool), l (logical), f (float), m (money), v (varchar), txt.
    /// </summary>
    internal static bool IsTypePrefix(string name, WordSpan word) =>
        word.Start == 0 && word.Length <= 3 && word.Length < name.Length && char.IsUpper(name[word.Length]) && char.IsLower(name[0])
        && TextFolding.EqualsAnyFolded(name, word, s_typePrefixes);

    private static readonly string[] s_typePrefixes = { "c", "s", "str", "sz", "n", "i", "d", "dt", "b", "l", "f", "m", "v", "txt" };

    /// <summary>
    /// Whether the word at <paramref name="at"/> is the first or the last word of <paramref name="typeName"/> and a key or
    /// name word stands right before or after it (nCodigoCalle, cNombreCalle on CalleZona; NombreBarrio on BarrioZona), the
    /// type's name being two words or more: the member names the row's own key or name. Asked only of a one-word address
    /// part (a phrase such as "street name" is not read here).
    /// </summary>
    private static bool NamesOwnRow(string name, ReadOnlySpan<WordSpan> words, int at, string typeName)
    {
        var before = at > 0 && TextFolding.EqualsAnyFolded(name, words[at - 1], s_ownRowWords);
        var after = at + 1 < words.Length && TextFolding.EqualsAnyFolded(name, words[at + 1], s_ownRowWords);
        if (!before && !after)
        {
            return false;
        }

        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        var head = TypeContextClassifier.HeadCount(typeName, buffer, count);
        if (head < 2)
        {
            return false;
        }

        var word = words[at];
        return SameWord(name, word, typeName, buffer[0]) || SameWord(name, word, typeName, buffer[head - 1]);
    }

    private static bool SameWord(string a, WordSpan x, string b, WordSpan y) =>
        x.Length == y.Length && string.Compare(a, x.Start, b, y.Start, x.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>A row's key or name word: code, id, name in the built-in languages.</summary>
    private static readonly string[] s_ownRowWords = { "id", "code", "codigo", "cod", "name", "nombre", "nome", "nom", "nume", "kode", "bezeichnung" };

    /// <summary>
    /// Whether <paramref name="suffix"/> abbreviates <paramref name="typeName"/>: as many words as the type's name (a data
    /// suffix such as Dto aside), each a prefix of the type's word in its place (Rec C for Reclamo Ciudadano, Ciud for
    /// Ciudadano).
    /// </summary>
    internal static bool AbbreviatesType(string name, ReadOnlySpan<WordSpan> suffix, string typeName)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        var head = TypeContextClassifier.HeadCount(typeName, buffer, count);
        if (suffix.Length == 0 || suffix.Length != head)
        {
            return false;
        }

        for (var i = 0; i < head; i++)
        {
            if (suffix[i].Length > buffer[i].Length
                || string.Compare(name, suffix[i].Start, typeName, buffer[i].Start, suffix[i].Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Records a person writes, in the built-in languages (one word each).</summary>
    private static readonly string[] s_writtenRecordWords =
    {
        "ticket", "tickets", "claim", "claims", "complaint", "complaints", "issue", "issues", "incident", "review", "reviews",
        "feedback", "inquiry", "enquiry", "appeal", "grievance", "reclamation", "plainte", "demande", "signalement", "constat",
        "reclamo", "queja", "solicitud", "incidencia", "resena", "denuncia", "chamado", "reclamacao", "solicitacao", "ocorrencia",
        "anfrage", "beschwerde", "antrag", "meldung", "reclamatie", "cerere", "sesizare", "solicitare",
        // A message one person sends another (a chat's MessageDto beside its SenderId or SenderName; twenty-second round),
        // in the built-in languages: its text is the sender's words, read only with the sender named beside it.
        "message", "messages", "nachricht", "nachrichten", "mensaje", "mensajes", "mensagem", "mensagens", "mesaj", "mesaje",
    };

    /// <summary>
    /// A record about one person's case, kept by staff (nineteenth round), in the built-in languages: a case or a matter, a
    /// file, an application, an approval, a leave or an absence. Read only as the last word of a type's name (LoanApplication,
    /// not ApplicationUser) and only with a person named beside it (<see cref="FindWriter"/>).
    /// </summary>
    private static readonly string[] s_caseWords =
    {
        "case", "cases", "matter", "matters", "application", "applications", "approval", "approvals", "leave", "leaves", "absence",
        "absences", "akte", "akten", "vorgang", "bewerbung", "genehmigung", "urlaub", "abwesenheit",
        "caso", "casos", "expediente", "expedientes", "postulacion", "aprobacion", "ausencia", "ausencias",
        "candidatura", "aprovacao", "afastamento", "ferias",
        "dossier", "dossiers", "affaire", "affaires", "candidature", "approbation", "conge", "conges",
        "caz", "cazuri", "dosar", "dosare", "aprobare", "concediu", "absenta",
    };

    /// <summary>The head of a lookup of such records (TicketCategory, ClaimType, TicketStatus): its text is the organisation's.</summary>
    private static readonly string[] s_lookupWords =
    {
        "type", "types", "category", "categories", "status", "statuses", "priority", "priorities", "template", "templates", "kind",
        "level", "tag", "tags", "tipo", "tipos", "categoria", "categorie", "estado", "statut", "art", "kategorie", "modele", "plantilla",
    };

    /// <summary>The first word of a form that opens or changes a record (CreateTicketRequest, SubmitClaimDto).</summary>
    internal static string[] WriteVerbs => s_writeVerbs;

    private static readonly string[] s_writeVerbs =
    {
        "create", "submit", "add", "new", "open", "raise", "file", "post", "send", "update", "edit", "reply",
        "crear", "nuevo", "nueva", "enviar", "criar", "novo", "nova", "abrir", "creer", "nouveau", "nouvelle", "soumettre",
        "ajouter", "envoyer", "erstellen", "neu", "neue", "senden", "creeaza", "adauga", "trimite", "actualizar", "atualizar",
        "modifier", "editar", "modifica",
    };

    /// <summary>Words for free text that are no term on their own (a product has a description too).</summary>
    private static readonly string[] s_freeTextWords =
    {
        "description", "reason", "explanation", "justification", "descripcion", "descricao", "motivo", "raison", "beschreibung",
        "grund", "begrundung", "begruendung", "descriere", "motiv", "justificativa", "justificacion",
        // An argument put for someone (nineteenth round: CourtActivity.AdvocateArgument), in every built-in language.
        "argument", "arguments", "argumento", "argumentos", "argumentation", "argumentatie", "argumentacion", "argumentacao",
    };

    /// <summary>
    /// A member named by a free-text word and one word for a person, in either order (<c>AdvocateArgument</c>,
    /// <c>PatientDescription</c>, <c>MotivoCliente</c>, <c>DescriereClient</c>): that person's words, or words about them.
    /// </summary>
    private static bool IsPersonFreeText(string name, ReadOnlySpan<WordSpan> words, VocabularyTable vocabulary)
    {
        if (words.Length != 2)
        {
            return false;
        }

        var text = IsFreeTextWord(name, words[1]) ? 1 : IsFreeTextWord(name, words[0]) ? 0 : -1;
        return text >= 0 && vocabulary.Match(name, words, 1 - text, out var consumed) is { Role: WordRole.Subject } && consumed == 1;
    }

    /// <summary>
    /// Whether a type named for an e-mail is a form that changes, confirms or verifies a person's address
    /// (<c>ChangeEmailViewModel</c>, <c>ConfirmEmailModel</c>, <c>VerifyEmailRequest</c>) rather than a mail message: its first
    /// word is such a verb, in one of the built-in languages. The password such a form asks for is the person's own.
    /// </summary>
    private static bool NamesAccountForm(string typeName)
    {
        var position = 0;
        if (!IdentifierSplitter.TryNext(typeName, ref position, out var first))
        {
            return false;
        }

        foreach (var verb in s_accountVerbs)
        {
            if (TextFolding.EqualsFolded(typeName, first.Start, first.Length, verb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a type name ends with a word that makes it a form or a message carried to or from a person
    /// (<c>LoginDto</c>, <c>RegisterRequest</c>, <c>SignUpForm</c>, <c>RegisterViewModel</c>, <c>CreateUserCommand</c>): the name
    /// beside a password there is the person's who signs in or registers. An entity with a login of its own
    /// (<c>CentruTransfuzie.Nume</c> beside <c>Parola</c>: a centre's account) is not such a form.
    /// </summary>
    /// <summary>
    /// Whether a word of a type name names signing in (login, logon, auth, authentication; Anmeldung, Authentifizierung;
    /// autenticación; autenticação; connexion, authentification; autentificare, logare): the type is a sign-in's form or
    /// answer, about the one person who signs in (AutenticacaoOutputViewModel, LoginResponse).
    /// </summary>
    private static bool NamesSignIn(string typeName)
    {
        var position = 0;
        while (IdentifierSplitter.TryNext(typeName, ref position, out var word))
        {
            if (TextFolding.EqualsAnyFolded(typeName, word, s_signInWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sign-in form's login and password kept under names that do not say so, read from the form's shape rather than its
    /// words (sixteenth round): on a type named for signing in that ends like a form (<c>LoginDto</c>,
    /// <c>PolicyHolderLoginRequest</c>, <c>AnmeldungModel</c>) and holds no member named as a login or an e-mail, the one text
    /// member named as a key or a number (<c>Id</c>, <c>PolicyNumber</c>, <c>Employee_ID</c>) beside a password is what the
    /// person signs in with, their login (<c>Online.Username</c>); a member named only by a secret word (<c>Secret</c>,
    /// <c>Passcode</c>, <c>Pin</c>) beside such a login, on a form with no password, is the password. A form with two such
    /// keys (a tenant's and a user's) is not read; a key named for software (<c>ClientId</c>, <c>AppId</c>, <c>DeviceId</c>)
    /// is not a login; a settings or API-client type (<c>JwtOptions</c>, <c>ApiCredentials</c>) is no sign-in form. Medium
    /// confidence. What the form holds is computed once per type (<see cref="TypeFacts.SignIn"/>), and only for a member whose
    /// own name could be either.
    /// </summary>
    private PersonalDataGuess? InferSignIn(string name, MemberTypeShape shape, bool collection, INamedTypeSymbol containing, DetectionOptions options)
    {
        if (collection || shape is not (MemberTypeShape.Text or MemberTypeShape.Number))
        {
            return null;
        }

        var vocabulary = options.Vocabulary;
        var reading = _names.Read(name, vocabulary);
        if (!IsLoginKey(name, reading, vocabulary, shape) && !IsSecretWord(name, reading))
        {
            return null;
        }

        var facts = _contexts.For(containing, vocabulary);
        var signIn = facts.SignIn;
        if (signIn is null)
        {
            signIn = ReadSignIn(containing, vocabulary);
            facts.SignIn = signIn;
        }

        string category;
        string evidence;
        if (string.Equals(signIn.Login, name, StringComparison.Ordinal))
        {
            category = "Online.Username";
            evidence = "the login of sign-in form " + containing.Name;
        }
        else if (string.Equals(signIn.Secret, name, StringComparison.Ordinal))
        {
            category = "Credentials.Password";
            evidence = "the password of sign-in form " + containing.Name;
        }
        else
        {
            return null;
        }

        if (options.IsIgnored(category))
        {
            return null;
        }

        var reported = Confidence.Medium >= options.MinimumConfidence;
        return new PersonalDataGuess(reported, category, Confidence.Medium, reported ? evidence : null);
    }

    /// <summary>What <paramref name="type"/> holds as a sign-in form (see <see cref="InferSignIn"/>).</summary>
    private SignInFacts ReadSignIn(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        if (!NamesSignIn(type.Name) || !IsFormName(type.Name))
        {
            return SignInFacts.None;
        }

        string? key = null;
        string? secret = null;
        var keys = 0;
        var password = false;
        foreach (var member in type.GetMembers())
        {
            if (member.Kind is not (SymbolKind.Property or SymbolKind.Field) || member.IsImplicitlyDeclared || member.IsStatic)
            {
                continue;
            }

            var reading = _names.Read(member.Name, vocabulary);
            if (reading.Head is { Category: "Online.Username" or "Contact.Email" })
            {
                // The login is named as such: the form's other keys are something else.
                return SignInFacts.None;
            }

            password |= reading.Head is { Category: "Credentials.Password", Strength: >= TermStrength.Strong };
            var shape = _types.Classify(member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type, out var collection);
            if (collection)
            {
                continue;
            }

            if (IsLoginKey(member.Name, reading, vocabulary, shape))
            {
                keys++;
                key = member.Name;
            }
            else if (secret is null && shape is MemberTypeShape.Text or MemberTypeShape.Number && IsSecretWord(member.Name, reading))
            {
                secret = member.Name;
            }
        }

        return keys != 1 ? SignInFacts.None : new SignInFacts(password || secret is not null ? key : null, password ? null : secret);
    }

    /// <summary>
    /// A text member named as a key or a number, in at most three words, the key word last or first and the word at the
    /// other end not a software word (<c>Id</c>, <c>PolicyNumber</c>, <c>Employee_ID</c>, <c>NumeroPoliza</c>; not
    /// <c>ClientId</c>, <c>DeviceId</c>, <c>IdSesion</c>, <c>PasswordId</c>).
    /// </summary>
    private static bool IsLoginKey(string name, NameReading reading, VocabularyTable vocabulary, MemberTypeShape shape)
    {
        var words = reading.Words;
        if (shape != MemberTypeShape.Text || words.Length is 0 or > 3 || reading.Head is { Category: "Credentials.Password" or "Credentials.Secret" })
        {
            return false;
        }

        // English and German put the key word last (PolicyNumber, Mitgliedsnummer), Romance languages first (NumeroPoliza).
        const WordClass key = WordClass.CredentialId | WordClass.Number;
        var last = words.Length - 1;
        var modifier = (vocabulary.Classes(name, words[last]) & key) != 0 ? 0
            : (vocabulary.Classes(name, words[0]) & key) != 0 ? last : -1;
        return modifier >= 0 && (words.Length == 1 || !TextFolding.EqualsAnyFolded(name, words[modifier], s_softwareKeyWords));
    }

    /// <summary>A member named only by a secret word (Secret, Passcode, Pin; Secreto, Clave; Segredo; Geheimnis; Secret; Secret).</summary>
    private static bool IsSecretWord(string name, NameReading reading) =>
        reading.Words.Length == 1 && TextFolding.EqualsAnyFolded(name, reading.Words[0], s_secretWords);

    private static readonly string[] s_secretWords =
    {
        "secret", "passcode", "pin", "pincode", "secreto", "clave", "segredo", "geheimnis", "geheimcode", "geheimzahl",
    };

    private static readonly string[] s_softwareKeyWords =
    {
        "client", "app", "application", "api", "tenant", "device", "session", "captcha", "request", "correlation", "trace",
        "provider", "external", "return", "redirect", "sesion", "sessao", "sitzung", "cliente", "aplicacion", "aplicacao",
        "anwendung", "aplicatie", "appareil", "dispositivo", "geraet", "gerat", "dispozitiv",
    };

    private static readonly string[] s_signInWords =
    {
        "login", "logon", "signin", "auth", "authentication", "anmeldung", "authentifizierung", "autenticacion", "autenticacao",
        "connexion", "authentification", "autentificare", "logare",
    };

    private static bool IsFormName(string typeName)
    {
        var position = 0;
        WordSpan last = default;
        var any = false;
        while (IdentifierSplitter.TryNext(typeName, ref position, out var word))
        {
            last = word;
            any = true;
        }

        if (!any)
        {
            return false;
        }

        foreach (var suffix in s_formSuffixes)
        {
            if (TextFolding.EqualsFolded(typeName, last.Start, last.Length, suffix))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_formSuffixes = { "dto", "request", "form", "model", "vm", "command", "input", "formulario", "formulaire", "formular" };

    private static readonly string[] s_accountVerbs =
    {
        "change", "update", "confirm", "verify", "set", "reset", "modifier", "changer", "confirmer", "verifier", "cambiar",
        "actualizar", "confirmar", "verificar", "alterar", "atualizar", "andern", "aendern", "bestatigen", "bestaetigen",
        "schimba", "modifica", "confirma", "verifica",
    };
}
