using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Decides whether a type is about a person (<see cref="ContextKind"/>): [DataSubject] on it or a base type; otherwise its
/// name: a settings word decides wherever it is (<c>CustomerSettings</c>, <c>SmtpOptions</c>), another technical word
/// (<c>SmtpClient</c>, <c>OrderService</c>) unless a person word comes before it (<c>UserApi</c>), a subject word or a
/// holder of a person's details anywhere makes it a subject (<c>CompanyContact</c>, <c>ProductReview</c>), and an owner
/// or meta word makes it a non-subject only at the head of the name (<c>Company</c>, <c>EmailTemplate</c>, <c>CompanyInfo</c>;
/// not <c>NewsletterSubscription</c> nor <c>BaseEntity</c>). A neutral type asks its base types — which can only make it a
/// subject: a base type the compiler could not resolve or a technical-sounding one (<c>ITableObject&lt;Guid&gt;</c>,
/// <c>BaseEntity</c>) never silences an entity's members — then the type it is nested in.
/// </summary>
internal static class TypeContextClassifier
{
    private const int MaxWords = 16;

    public static ContextKind Classify(INamedTypeSymbol? type, AnnotationReader? reader, VocabularyTable vocabulary) =>
        Classify(type, reader, vocabulary, out _);

    /// <summary>As <see cref="Classify(INamedTypeSymbol?, AnnotationReader?, VocabularyTable)"/>; <paramref name="decidedBy"/> is the type whose name decided.</summary>
    public static ContextKind Classify(INamedTypeSymbol? type, AnnotationReader? reader, VocabularyTable vocabulary, out INamedTypeSymbol? decidedBy)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            decidedBy = current;
            if (reader is not null && reader.FindDataSubject(current) is not null)
            {
                return ContextKind.Subject;
            }

            var kind = ClassifyName(current.Name, vocabulary);
            if (kind != ContextKind.Neutral)
            {
                return kind;
            }

            for (var named = current.BaseType; named is not null && named.SpecialType != SpecialType.System_Object; named = named.BaseType)
            {
                if (named.TypeKind == TypeKind.Error)
                {
                    break;
                }

                if ((reader is not null && reader.FindDataSubject(named) is not null) || ClassifyName(named.Name, vocabulary) == ContextKind.Subject)
                {
                    decidedBy = named;
                    return ContextKind.Subject;
                }
            }
        }

        decidedBy = null;
        return ContextKind.Neutral;
    }

    /// <summary>The context a type name gives, from its words alone.</summary>
    public static ContextKind ClassifyName(string name, VocabularyTable vocabulary)
    {
        Span<WordSpan> words = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, words);
        var span = (ReadOnlySpan<WordSpan>)words.Slice(0, count);

        // The head of the name: its last word, passing over words that only say "a record of" (OrderEntity, CompanyDto, a
        // ListItem of a UserListModel, a LogEntry).
        var head = HeadCount(name, span, count);

        // A record carried through an interface (RequestApiViewModel, UserApiDto): "api" before a data suffix names the way
        // the record travels, not a tool the type is. A server, a sender or a settings word there still makes it one.
        var record = head < count;

        // The thing a query's answer is about (OmirClubeResult, DistrictResponse): an owner or a place before a trailing
        // "Result"/"Response" decides as if it were the head. Health results (LabResult) are phrases and keep their reading.
        var answered = head > 1 && IsAnswerWord(name, span[head - 1]) ? head - 1 : head;

        // A search named at the head (UserSearch, TenantSearchDto): its members are what the search matches
        // (UsernameContains, CityContains), not anyone's data. A search's result (UserSearchResult) is read by its words.
        if (head > 0 && IsSearchWord(name, span[head - 1]))
        {
            return ContextKind.Infrastructure;
        }

        // A sign-up form named by the sign-up alone and what carries it (RegisterDto, RegisterRequest, RegisterViewModel,
        // RegistrationForm, RegistrierungModel, RegistroRequest, CadastroDto, InscriptionDto, InregistrareModel; twenty-second
        // round): one person's own data, as a SignUp is. A register or a registration of something (CashRegister,
        // VehicleRegistrationDto, RegistrationNumber) names that thing, and a Registration alone may be anything's.
        if (IsSignUpForm(name, span, count))
        {
            return ContextKind.Subject;
        }

        // Romance languages put the head first: a kind, a category, a role, a class or a level of people named before one person
        // word and nothing else (TipoUsuario, Tipo_Usuario, CategoriaCliente, RolUsuario, TipoUtilizador, TypeUtilisateur,
        // TipUtilizator) is a lookup of those kinds, as UserType and Benutzertyp are: its Nombre is the kind's (nineteenth
        // round). A status is left out (EstadoPaciente may hold the patient's state).
        // A table's "Tbl" prefix and the message that carries the lookup (TblCategoriaSacerdote, CategoriaSacerdoteRequest,
        // CategoriaSacerdoteSelectResponse: twenty-first round) are passed over.
        var kindStart = head >= 3 && Is(name.AsSpan(span[0].Start, span[0].Length), "tbl") ? 1 : 0;
        var kindEnd = head;
        while (kindEnd - kindStart > 2 && IsCarrierWord(name, span[kindEnd - 1]))
        {
            kindEnd--;
        }

        if (kindEnd - kindStart >= 2 && IsKindWord(name, span[kindStart])
            && vocabulary.Match(name, span.Slice(0, kindEnd), kindStart + 1, out var personWords) is { Role: WordRole.Subject }
            && kindStart + 1 + personWords == kindEnd)
        {
            return ContextKind.NonSubject;
        }

        // A person word followed by a title, a position, a rank or a level of such people, and nothing else (TherapistTitle,
        // StaffPosition, EmployeeLevel, FuncionarioCargo, MitarbeiterStufe, FuncionarioNivelAcesso, StaffAccessLevel) is a
        // lookup of those titles or positions, as TipoUsuario is of kinds: its Name is the title's, not a person's
        // (twenty-first round). A person's own record named with one more word (EmployeePositionHistory) is not one.
        if (head >= 2 && IsOfficeLookup(name, span.Slice(0, head), vocabulary))
        {
            return ContextKind.NonSubject;
        }

        // A request's parameters for one person (CreateUserParams, UserParameters, ParametrosUsuario; twenty-sixth round): the
        // parameters word right beside a person word, at the name's end (or its start in the Romance languages), carries
        // that person's data as "request" does; the person word decides. A program's parameters (SmtpParameters,
        // JwtParams, PaginationParams) and a search's (UserSearchParams, QueryParams) keep the settings reading.
        var carrierAt = name.IndexOf("aram", StringComparison.OrdinalIgnoreCase) >= 0 ? RequestParametersAt(name, span.Slice(0, head), vocabulary) : -1;

        var decision = ContextKind.Neutral;
        var technical = false;
        var person = false;
        for (var i = 0; i < head;)
        {
            if (i == carrierAt)
            {
                vocabulary.Match(name, span.Slice(0, head), i, out var skipped);
                i += skipped;
                continue;
            }

            var entry = vocabulary.Match(name, span.Slice(0, head), i, out var consumed);
            i += consumed;
            if (entry is null)
            {
                continue;
            }

            switch (entry.Role)
            {
                case WordRole.Technical when IsConfigurationWord(entry):
                    // CustomerSettings, SmtpOptions, UserConfiguration: a settings type, whoever it is about.
                    return ContextKind.Infrastructure;
                case WordRole.Technical when i == head && record && IsInterfaceWord(entry):
                    break;
                case WordRole.Technical when i < head && i - consumed > 0 && IsInterfaceWord(entry):
                    // A provider's interface named between the provider and what it returns (GoogleApiTokenInfo,
                    // FacebookApiUserProfile; twenty-eighth round): "api" qualifies the provider, and the payload — the
                    // signed-in person's claims — is read by its other words. An interface named first (ApiClient) or
                    // at the head (GoogleApi) stays a tool; settings (SmtpApiOptions) stay settings.
                    break;
                case WordRole.Technical when i != head && NamesTestSuite(entry):
                    // A test suite is named with the word last (CustomerTests, OrderSpecs) or lives in a test project; before
                    // the head the word names what the record is about (TestsAppointment: a booking for a medical test, a
                    // person's record; twenty-first round).
                    break;
                case WordRole.Technical when i != head && NamesAPerson(entry):
                    // "Manager" before the head is the person who manages (ManagerInvite); at the head, a tool (UserManager).
                    break;
                case WordRole.Technical when record && NamesAPerson(entry):
                    // At the head of a record (ManagerDto, DateManagerModel: Romanian "date" is "data (of)"), the manager is a
                    // person: a tool is not carried as a model.
                    decision = ContextKind.Subject;
                    person |= !technical;
                    break;
                case WordRole.Technical:
                    // After a person word (UserApi, CustomerService) the tool is that person's; before one (SmtpClient,
                    // HttpClientUser) it is a tool.
                    technical |= !person;
                    break;
                case WordRole.Subject:
                    decision = ContextKind.Subject;
                    person |= !technical;
                    break;
                case WordRole.Owner when i == head && record && IsQueueWord(entry):
                    // A record carried through a queue (SocioQueueModel): the queue is the way it travels, as "api" before a
                    // data suffix; the other words decide. A queue itself (EmailQueue, no record suffix) stays a thing.
                    break;
                case WordRole.Owner when i == head && person && IsAccessWord(entry):
                    // A person's permissions, roles or claims (UserPermissionsDto, UserRolesViewModel): what the person may
                    // do, not a thing whose record this is. The word silences nothing the person's account holds (its
                    // UserName, Email), nor makes the type a holder of the person's details: its members decide, as on a
                    // neutral type. A RolePermission or a Claim (no person word before) stays a thing.
                    decision = ContextKind.Neutral;
                    break;
                case WordRole.Owner when i == head && person && (vocabulary.Classes(name, span[head - 1]) & WordClass.Establishment) != 0:
                    // A person named before an establishment (MiembroIglesia, HuespedHotel, MembroIgreja: Romance names put
                    // the head first) is that person's record; the establishment only says which one. Alone (Hotel,
                    // IglesiaDto) or after another thing's word, the establishment is the head (twenty-ninth round).
                    break;
                case WordRole.Owner when head == 1 && IsBaseWord(entry):
                    // A type named only "Base" (a core table of the people and firms a system knows): the word says
                    // nothing of whose data the type holds, so its members decide. ContentBase and BaseEntity keep
                    // their head's reading.
                    break;
                case WordRole.Owner:
                case WordRole.Meta:
                case WordRole.NotPersonal:
                    // Only at the head: a NewsletterSubscription is a subscriber's, a Company is not a person.
                    if (i == head || i == answered)
                    {
                        decision = ContextKind.NonSubject;
                    }

                    break;
                case WordRole.Term when !person && decision == ContextKind.Neutral && IsPostcode(entry):
                    // A type named by a postcode (Postleitzahl, PostalCodeGeo, ZipCodeDto, CodigoPostal): a table of postcodes and
                    // the places they stand for, not anyone's address. A person's postcode (CustomerPostcode) keeps the person
                    // word's reading; a member typed with a ZipCode value object is still an address part (its type holds one).
                    decision = ContextKind.NonSubject;
                    break;
                case WordRole.Term when (i == head || i == answered) && !person && decision == ContextKind.Neutral && entry.Category == "Location.Coarse"
                    && entry.Words.Length == 1:
                    // A place named by itself (Location, EventLocation: a venue; a City, a Localitate): its phone and
                    // addresses are the place's. A person's location (UserLocation) keeps the person word's reading.
                    decision = ContextKind.NonSubject;
                    break;
                case WordRole.Term when i == head && entry.Category == "Special.Health" && IsConditionWord(entry)
                    && (head == consumed || OnlyOperationWords(name, span.Slice(0, i - consumed))):
                    // A type named only by a condition (Diagnostic, Diagnosis, Diagnostico, Disease) is a catalogue of them
                    // more often than one patient's: its name and description say nothing of a person, its members decide.
                    // A PatientDiagnosis is the patient's (the person word decides). So is a type named by a condition's
                    // phrase (ChronicCondition), by a medication (a pharmacy's Medication, beside its price), or by one of
                    // them after the operation a DTO is for (AddIllnessDto, GetIllnessDto: thirty-first round).
                    break;
                case WordRole.Term when i == head && entry.Category == "Special.TradeUnion" && !NamesMembership(entry):
                    // A union (Sindicato, TradeUnion, Gewerkschaft) is an organisation: its name and address are not a
                    // person's. A member typed with it is still a person's union membership.
                    decision = ContextKind.NonSubject;
                    break;
                case WordRole.Term when entry.Category == "Identity" && (entry.Affinity & TypeAffinity.Enum) != 0:
                    // A type named by a trait one has one of (MaritalStatus, EstadoCivil, Nationality, Staatsangehoerigkeit):
                    // a lookup of its values, like a Gender type; its Name is a status's name. Its members decide.
                    break;
                case WordRole.Term when PersonalDataInference.IsContextBoundFaith(entry):
                    // A Church, an Igreja, a Parish, a Sacramento lookup: a place, an organisation or a catalogue, not a holder
                    // of a person's details. Its members decide.
                    break;
                case WordRole.Term when entry.Category is not null && !entry.OnePerPerson && HoldsDetails(entry.Category) && !IsMailWord(entry):
                    // An Address, a ContactInfo, an Adresa, a ContactPerson / PersoanaContact, a ProductReview, a
                    // SalaryPayment, a LabResult: holds a person's details or what a person wrote.
                    // A Gender or a Genre type is the value itself (or its options), not a holder of details.
                    decision = ContextKind.Subject;
                    break;
            }
        }

        // Another technical word (SmtpClient, OrderService, EmailSender) makes the type a tool, unless a person word comes
        // before it: a UserApi is the account of a person who uses the API.
        return technical ? ContextKind.Infrastructure : decision;
    }

    /// <summary>
    /// A technical word that says "settings" (settings, options, configuration, parameters, in every built-in language):
    /// such a type holds a system's values even when its name names a person (<c>CustomerSettings</c>).
    /// </summary>
    private static bool IsConfigurationWord(VocabularyEntry entry)
    {
        foreach (var word in entry.Words)
        {
            if (word.StartsWith("setting", StringComparison.Ordinal) || word.StartsWith("option", StringComparison.Ordinal)
                || word.StartsWith("config", StringComparison.Ordinal) || word.StartsWith("param", StringComparison.Ordinal)
                || word.StartsWith("setar", StringComparison.Ordinal) || word.StartsWith("setari", StringComparison.Ordinal)
                || word.StartsWith("optiun", StringComparison.Ordinal) || word.StartsWith("einstellung", StringComparison.Ordinal)
                || word.StartsWith("konfig", StringComparison.Ordinal) || word.StartsWith("reglage", StringComparison.Ordinal)
                || word.StartsWith("ajuste", StringComparison.Ordinal) || word.StartsWith("opcion", StringComparison.Ordinal)
                || word.StartsWith("opco", StringComparison.Ordinal) || word == "definicoes"
                || word == "args" || word == "arguments"
                // Search criteria and filters (ContactSearchCriteria, FiltroPaciente): the values a search matches.
                || word == "criteria" || word == "criterio" || word == "criterios" || word == "filter" || word == "filters"
                || word == "filtro" || word == "filtros" || word == "query" || word == "facet"
                || word == "filtre" || word == "filtres" || word == "criteres")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a parameters word (params, parameters, Parameter, parámetros, parâmetros, paramètres) stands beside one person
    /// word and nothing else of note: last with the person word right before it (CreateUserParams, UserParameters,
    /// BenutzerParameter) or first with the person word right after it and last (ParametrosUsuario). -1 otherwise.
    /// </summary>
    private static int RequestParametersAt(string name, ReadOnlySpan<WordSpan> span, VocabularyTable vocabulary)
    {
        var count = span.Length;
        VocabularyEntry? previous = null;
        for (var i = 0; i < count;)
        {
            var entry = vocabulary.Match(name, span, i, out var consumed);
            if (entry is null)
            {
                previous = null;
                i++;
                continue;
            }

            if (entry.Role == WordRole.Technical && IsParametersWord(entry))
            {
                if (i + consumed == count && previous is { Role: WordRole.Subject })
                {
                    return i;
                }

                if (i == 0 && vocabulary.Match(name, span, consumed, out var after) is { Role: WordRole.Subject } && consumed + after == count)
                {
                    return 0;
                }

                return -1;
            }

            previous = entry;
            i += consumed;
        }

        return -1;
    }

    private static bool IsParametersWord(VocabularyEntry entry) =>
        entry.Words.Length == 1 && entry.Words[0] is "params" or "parameters" or "parameter" or "parametros" or "parametres" or "parametre";

    /// <summary>
    /// Whether a type name holds a word that says "settings" (Setting, AppUserSettingRequest, Benutzereinstellungen,
    /// AjustesUsuario, ReglagesUtilisateur, SetariUtilizator): the type holds values someone chose — a program's, or a
    /// person's when the type also names that person's key (<see cref="TypeFacts.IsPersonsSettings"/>). Options, filters and
    /// search criteria are not settings.
    /// </summary>
    internal static bool NamesSettings(string name, VocabularyTable vocabulary)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, buffer);
        if (count == 0 || count > MaxWords)
        {
            return false;
        }

        var words = (ReadOnlySpan<WordSpan>)buffer.Slice(0, count);
        for (var i = 0; i < count;)
        {
            var entry = vocabulary.Match(name, words, i, out var consumed);
            i += entry is null ? 1 : consumed;
            if (entry is { Role: WordRole.Technical } && IsSettingsWord(entry))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSettingsWord(VocabularyEntry entry)
    {
        foreach (var word in entry.Words)
        {
            if (word.StartsWith("setting", StringComparison.Ordinal) || word.StartsWith("einstellung", StringComparison.Ordinal)
                || word.StartsWith("setar", StringComparison.Ordinal) || word.StartsWith("setari", StringComparison.Ordinal)
                || word.StartsWith("ajuste", StringComparison.Ordinal) || word.StartsWith("reglage", StringComparison.Ordinal)
                || word == "definicoes")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A postcode in one of the built-in languages (postal code, zip code, Postleitzahl, PLZ, code postal, CEP…).</summary>
    private static bool IsPostcode(VocabularyEntry entry)
    {
        if (entry.Category != "Contact.Address")
        {
            return false;
        }

        var words = entry.Words;
        return words.Length == 1
            ? words[0] is "postcode" or "zipcode" or "zip" or "postleitzahl" or "plz" or "cep" or "cp" or "codepostal" or "pincode"
            : words.Length == 2 && (words[1] == "code" && words[0] is "postal" or "post" or "zip"
                || words[1] == "postal" && words[0] is "code" or "codigo" or "cod");
    }

    /// <summary>A word naming a condition a person may have (diagnosis, disease), in the built-in languages.</summary>
    private static bool IsConditionWord(VocabularyEntry entry) =>
        entry.Words.Length > 0 && entry.Words[entry.Words.Length - 1] is "diagnosis" or "diagnostic" or "diagnostico" or "diagnose" or "disease"
            or "illness" or "boala" or "boli" or "krankheit" or "enfermedad" or "doenca" or "maladie"
            or "diseases" or "illnesses" or "condition" or "conditions" or "medication" or "medications";

    /// <summary>
    /// Whether every word is the operation a DTO is for, written before the entity's name (AddIllnessDto, GetIllnessDto,
    /// CrearEnfermedadDto, CriarDoencaDto, AjouterMaladieDto, ErstelleKrankheitDto, AdaugaBoalaDto). None is not enough.
    /// </summary>
    private static bool OnlyOperationWords(string name, ReadOnlySpan<WordSpan> words)
    {
        if (words.Length == 0)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!TextFolding.EqualsAnyFolded(name, word, s_operationWords))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a type's name starts with the operation a message is for (InsertCursoRequest, UpdateCursoRequest,
    /// AddCompanyBaseRequest) and goes on with what it operates on.
    /// </summary>
    internal static bool StartsWithOperationWord(string name)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[24];
        var count = IdentifierSplitter.Split(name, buffer);
        return count > 1 && TextFolding.EqualsAnyFolded(name, buffer[0], s_operationWords);
    }

    private static readonly string[] s_operationWords =
    {
        // "Insert" and its translations (thirty-fourth round: InsertCursoRequest) name the same operation as "add".
        "insert", "inserir", "insertar", "inserer", "insereaza", "einfuegen", "einfugen",
        "add", "get", "create", "update", "edit", "delete", "new",
        "erstelle", "erstellen", "aktualisiere", "bearbeite", "neu",
        "crear", "agregar", "actualizar", "editar", "obtener", "nuevo", "nueva",
        "criar", "adicionar", "atualizar", "obter", "novo", "nova",
        "ajouter", "creer", "modifier", "nouveau", "nouvelle",
        "adauga", "creeaza", "actualizeaza", "editeaza", "nou", "noua",
    };

    /// <summary>An authorisation word (permission, role, claim): what a person may do.</summary>
    private static bool IsAccessWord(VocabularyEntry entry) => entry.Words.Length == 1 && entry.Words[0] is "permission" or "permissions" or "role" or "roles" or "claim" or "claims";

    private static bool IsBaseWord(VocabularyEntry entry) => entry.Words.Length == 1 && entry.Words[0] == "base";

    private static bool IsQueueWord(VocabularyEntry entry) => entry.Words.Length == 1 && entry.Words[0] == "queue";

    private static bool IsInterfaceWord(VocabularyEntry entry) =>
        entry.Words.Length == 1 && entry.Words[0] is "api" or "rest" or "grpc" or "soap";

    /// <summary>"Tests", "spec", "benchmark": words naming a suite of tests, which is named with the word last.</summary>
    private static bool NamesTestSuite(VocabularyEntry entry) =>
        entry.Words.Length == 1 && entry.Words[0] is "tests" or "spec" or "specs" or "benchmark" or "benchmarks";

    /// <summary>"Manager": a technical word at the head of a type (UserManager) that names a person elsewhere (ManagerName).</summary>
    internal static bool NamesAPerson(VocabularyEntry entry) => entry.Words.Length == 1 && entry.Words[0] == "manager";

    /// <summary>"Result", "response" and their Portuguese and Spanish forms: the answer to a query about what comes before.</summary>
    private static bool IsAnswerWord(string name, WordSpan word)
    {
        var text = name.AsSpan(word.Start, word.Length);
        return Is(text, "result") || Is(text, "response") || Is(text, "resultado") || Is(text, "resposta") || Is(text, "respuesta");
    }

    /// <summary>
    /// Whether a type name ends with "Result" or "Response" (or their Portuguese and Spanish forms), after the words that
    /// only say "a record of": an answer the server gives (<c>LoginResponse</c>, <c>AuthResultDto</c>).
    /// </summary>
    internal static bool EndsWithAnswer(string name)
    {
        Span<WordSpan> words = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, words);
        var head = HeadCount(name, words, count);
        return head > 0 && IsAnswerWord(name, words[head - 1]);
    }

    /// <summary>
    /// Whether a type name's head names a place or an event (<see cref="WordClass.Place"/>): Event, VenueDto, TerminData,
    /// ZeitBlock, CreateFoodPlaceCommand, UpdateCreateZeitblockRequest. The head is the last word once the words that only
    /// say "a record of" and those that name the message carrying it (command, request, response, query) are passed over;
    /// a compound written in two words (Zeit+Block) is joined. A place word before another head (PlaceOrderCommand,
    /// EventRegistration) does not count: the order, the registration is a person's.
    /// </summary>
    internal static bool NamesPlace(string name, VocabularyTable vocabulary)
    {
        Span<WordSpan> words = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, words);
        var head = HeadCount(name, words, count);
        while (head > 1 && IsMessageWord(name.AsSpan(words[head - 1].Start, words[head - 1].Length)))
        {
            head--;
        }

        if (head == 0)
        {
            return false;
        }

        if ((vocabulary.Classes(name, words[head - 1]) & WordClass.Place) != 0)
        {
            return true;
        }

        if (head < 2)
        {
            return false;
        }

        var start = words[head - 2].Start;
        var joined = string.Concat(name.Substring(start, words[head - 2].Length), name.Substring(words[head - 1].Start, words[head - 1].Length));
        return (vocabulary.Classes(joined, new WordSpan(0, joined.Length)) & WordClass.Place) != 0;
    }

    /// <summary>
    /// Whether the head of a type's name (past <c>Dto</c>, <c>Model</c>…) is a settlement or an administrative division
    /// (<see cref="WordClass.Settlement"/>: <c>Country</c>, <c>State</c>, <c>CityDto</c>, <c>Bundesland</c>, <c>Judet</c>).
    /// </summary>
    internal static bool NamesSettlement(string name, VocabularyTable vocabulary)
    {
        Span<WordSpan> words = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, words);
        var head = HeadCount(name, words, count);
        return head > 0 && (vocabulary.Classes(name, words[head - 1]) & WordClass.Settlement) != 0;
    }

    /// <summary>
    /// Whether the head of a type's name (past <c>Dto</c>, <c>Model</c>…) is a publication to many
    /// (<see cref="WordClass.Publication"/>: <c>Announcement</c>, <c>AnnouncementDTO</c>, <c>Annonce</c>, <c>NewsDto</c>).
    /// </summary>
    internal static bool NamesPublication(string name, VocabularyTable vocabulary)
    {
        Span<WordSpan> words = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, words);
        var head = HeadCount(name, words, count);
        return head > 0 && (vocabulary.Classes(name, words[head - 1]) & WordClass.Publication) != 0;
    }

    /// <summary>
    /// Whether the head of a type's name (past <c>Dto</c>, <c>View</c>…) is an entry of a patient's clinical record
    /// (<see cref="WordClass.ClinicalEntry"/>: <c>Diagnostico</c>, <c>DiagnosisView</c>, <c>Tratamiento</c>). Not a list or a
    /// kind of them (<c>DiagnosisList</c>, <c>TreatmentType</c>: another head).
    /// </summary>
    internal static bool NamesClinicalEntry(string name, VocabularyTable vocabulary)
    {
        Span<WordSpan> words = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, words);
        var head = HeadCount(name, words, count);

        // The entry shown or carried (DiagnosisView, PrescriptionRequest): a view or a message of the entry is the entry.
        if (head > 1 && (Is(name.AsSpan(words[head - 1].Start, words[head - 1].Length), "view") || IsMessageWord(name.AsSpan(words[head - 1].Start, words[head - 1].Length))))
        {
            head--;
        }

        return head > 0 && (vocabulary.Classes(name, words[head - 1]) & WordClass.ClinicalEntry) != 0;
    }

    /// <summary>
    /// Whether the head of a type's name (past <c>Dto</c>, <c>View</c>…) is a word that names a medical prescription and a
    /// cook's recipe alike (thirty-first round: <c>Rezept</c>, <c>Receta</c>, <c>RecetaDto</c>, <c>Receita</c>, <c>Reteta</c>;
    /// the Portuguese word is also a revenue). Alone it decides nothing: <see cref="TypeContexts"/> asks the type's members
    /// for a patient, a doctor or a medicine before reading it as a clinical entry.
    /// </summary>
    internal static bool NamesPrescriptionOrRecipe(string name)
    {
        Span<WordSpan> words = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, words);
        var head = HeadCount(name, words, count);
        if (head > 1 && (Is(name.AsSpan(words[head - 1].Start, words[head - 1].Length), "view") || IsMessageWord(name.AsSpan(words[head - 1].Start, words[head - 1].Length))))
        {
            head--;
        }

        return head > 0 && TextFolding.EqualsAnyFolded(name, words[head - 1], s_prescriptionOrRecipeWords);
    }

    /// <summary>Prescription and recipe in one word (Rezept; receta; receita; rețetă), singular and plural.</summary>
    private static readonly string[] s_prescriptionOrRecipeWords =
    {
        "rezept", "rezepte", "receta", "recetas", "receita", "receitas", "reteta", "retete",
    };

    /// <summary>A medicine, in the built-in languages (medication, medicine; Medikament, Arzneimittel; medicamento, fármaco; médicament; medicament).</summary>
    private static readonly string[] s_medicineWords =
    {
        "medication", "medicine", "medikament", "arzneimittel", "medicamento", "farmaco", "medicament",
    };

    /// <summary>
    /// Whether the head of a type's name (past <c>Dto</c>, <c>Model</c>…) is a medicine (<c>Medicamento</c>,
    /// <c>MedicationDto</c>, <c>Medikament</c>), one item and not a list or a kind of them (<c>MedicamentoTipo</c>: another head).
    /// </summary>
    internal static bool NamesMedicine(string name, VocabularyTable vocabulary)
    {
        Span<WordSpan> words = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, words);
        var head = HeadCount(name, words, count);
        return head > 0 && TextFolding.EqualsAnyFolded(name, words[head - 1], s_medicineWords);
    }

    /// <summary>A word naming the message that carries a record (command, request, response, query and their translations).</summary>
    internal static bool IsMessageWord(ReadOnlySpan<char> text) =>
        Is(text, "command") || Is(text, "request") || Is(text, "response") || Is(text, "query") || Is(text, "cmd")
        || Is(text, "solicitud") || Is(text, "requisicao") || Is(text, "anfrage") || Is(text, "demande") || Is(text, "cerere");

    /// <summary>
    /// Whether <paramref name="words"/> (a type name's words up to its head) are one person word followed by an office word
    /// alone (<see cref="s_officeWords"/>), or by an office word and an access word in either order (NivelAcesso,
    /// AccessLevel).
    /// </summary>
    private static bool IsOfficeLookup(string name, ReadOnlySpan<WordSpan> words, VocabularyTable vocabulary)
    {
        if (!IsOfficeWord(name, words[words.Length - 1]) && !(words.Length >= 3 && IsOfficeWord(name, words[words.Length - 2])))
        {
            return false;
        }

        if (vocabulary.Match(name, words, 0, out var personWords) is not { Role: WordRole.Subject })
        {
            return false;
        }

        var rest = words.Length - personWords;
        if (rest == 1)
        {
            return IsOfficeWord(name, words[personWords]);
        }

        return rest == 2
            && ((IsOfficeWord(name, words[personWords]) && IsAccessQualifier(name, words[personWords + 1]))
                || (IsAccessQualifier(name, words[personWords]) && IsOfficeWord(name, words[personWords + 1])));
    }

    /// <summary>A title, a position or a function, or a level (title, position, level; Titel, Position, Funktion, Stufe; título, cargo, puesto, nivel; título, cargo, posição, função, nível; titre, poste, fonction, niveau; titlu, funcție, poziție, nivel). Not a grade nor a rank (a student's grade, a player's rank are theirs), nor a post (a user's post is what they wrote).</summary>
    private static bool IsOfficeWord(string name, WordSpan word) => TextFolding.EqualsAnyFolded(name, word, s_officeWords);

    private static readonly string[] s_officeWords =
    {
        "title", "position", "level",
        "titel", "stufe", "funktion",
        "titulo", "cargo", "puesto", "nivel",
        "posicao", "funcao",
        "titre", "poste", "fonction", "niveau",
        "titlu", "functie", "pozitie",
    };

    /// <summary>What an access level is of (access; Zugriff; acceso, acesso; accès; acces).</summary>
    private static bool IsAccessQualifier(string name, WordSpan word) => TextFolding.EqualsAnyFolded(name, word, s_accessQualifiers);

    private static readonly string[] s_accessQualifiers = { "access", "zugriff", "acceso", "acesso", "acces" };

    /// <summary>A word naming the message or the list that carries a record (request, response, select, list, …).</summary>
    private static bool IsCarrierWord(string name, WordSpan word)
    {
        var text = name.AsSpan(word.Start, word.Length);
        return IsMessageWord(text) || IsAnswerWord(name, word) || Is(text, "select") || Is(text, "list") || Is(text, "lista");
    }

    /// <summary>A word for a kind of people written first (tipo, tip, type, categoría, rol, papel, clase, nivel, grupo, in the Romance languages).</summary>
    private static bool IsKindWord(string name, WordSpan word) => TextFolding.EqualsAnyFolded(name, word, s_kindWords);

    private static readonly string[] s_kindWords =
    {
        "tipo", "tip", "tipul", "type", "categoria", "categorie", "rol", "role", "rolul", "papel", "clase", "classe", "clasa",
        "nivel", "niveau", "grupo", "groupe", "grup",
    };

    /// <summary>
    /// Whether a type name is one sign-up word followed only by words that say "a record of" or "the form or message that
    /// carries it" (<c>RegisterDto</c>, <c>RegistrationForm</c>, <c>RegisterRequest</c>, <c>CadastroRequest</c>); not the word
    /// alone (<c>Registration</c>) nor with another word (<c>CashRegister</c>, <c>RegisterPetRequest</c>).
    /// </summary>
    private static bool IsSignUpForm(string name, ReadOnlySpan<WordSpan> words, int count)
    {
        // Only the words of a form or of the message that carries it are passed over: a shared base (RegistrationBaseDto,
        // the base of an event's registration records), an entity or a response is not the form a person fills.
        var end = count;
        while (end > 1 && TextFolding.EqualsAnyFolded(name, words[end - 1], s_formWords))
        {
            end--;
        }

        return end == 1 && count > 1 && TextFolding.EqualsAnyFolded(name, words[0], s_signUpWords);
    }

    private static readonly string[] s_formWords =
    {
        "dto", "model", "view", "vm", "viewmodel", "request", "command", "input", "form", "formular", "formulario", "formulaire",
        "solicitud", "requisicao", "anfrage", "demande", "cerere",
    };

    /// <summary>Sign-up words in the built-in languages (register, registration; Registrierung; registro, registrarse; cadastro, registo, inscrição; inscription; înregistrare, înscriere).</summary>
    private static readonly string[] s_signUpWords =
    {
        "register", "registration", "registrierung", "registrieren", "registro", "registrarse", "registrar", "cadastro",
        "cadastrar", "registo", "inscricao", "inscripcion", "inscription", "inregistrare", "inscriere",
    };

    /// <summary>
    /// A search's own words (UserSearch, TenantSearchDto): the values a query matches.
    /// </summary>
    private static bool IsSearchWord(string name, WordSpan word)
    {
        var text = name.AsSpan(word.Start, word.Length);
        return Is(text, "search") || Is(text, "busca") || Is(text, "busqueda") || Is(text, "pesquisa") || Is(text, "recherche")
            || Is(text, "suche") || Is(text, "cautare");
    }

    /// <summary>A trade-union term that names a membership (union membership, afiliación sindical), not the union itself.</summary>
    private static bool NamesMembership(VocabularyEntry entry)
    {
        foreach (var word in entry.Words)
        {
            if (word.Contains("member") || word.Contains("filia") || word.Contains("zugeh") || word.Contains("mitglied") || word.Contains("apartenen"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Mail", "e-mail" alone: in a type name they name a message (<c>MailModel</c>, <c>QueuedEmail</c>, <c>EmailDto</c>) —
    /// sent to a person, but not a holder of a person's contact details as <c>EmailAddress</c> is. Such a type is neutral:
    /// its recipient is reported (<c>QueuedEmail.To</c>), its subject, sender and sending account are not.
    /// </summary>
    internal static bool IsMailWord(VocabularyEntry entry)
    {
        if (entry.Category != "Contact.Email" || entry.Words.Length > 2)
        {
            return false;
        }

        var last = entry.Words[entry.Words.Length - 1];
        return last == "mail" || last == "email";
    }

    /// <summary>Categories whose term in a type name makes the type a holder of a person's details.</summary>
    internal static bool HoldsDetails(string category) =>
        category.StartsWith("Contact", StringComparison.Ordinal)
        || category.StartsWith("Identity", StringComparison.Ordinal)
        || category.StartsWith("Content.Feedback", StringComparison.Ordinal)
        || category.StartsWith("Employment", StringComparison.Ordinal)
        || category.StartsWith("Special", StringComparison.Ordinal);

    /// <summary>
    /// Whether the head of a type name (its last word, passing over record suffixes: <c>UserModel</c>, <c>VisitorViewModel</c>)
    /// is a person word, alone or ending a phrase: the type is that person's own record, not something of theirs
    /// (<c>UserPost</c>, <c>CustomerOrder</c>).
    /// </summary>
    internal static bool HeadNamesPerson(string name, VocabularyTable vocabulary) =>
        HeadEntry(name, vocabulary, out _) is { Role: WordRole.Subject };

    /// <summary>
    /// Whether a type name's head word is a word software uses for a tool or a service (<c>Manager</c>, <c>AppOperator</c>,
    /// <c>Handler</c>, <c>Agent</c>) — not a settings, options, filter or search word, which say the type holds a system's
    /// values or a query's (<c>HostSettings</c>, <c>UserSearch</c>). Such a name says nothing against the members' shape
    /// (<see cref="TypeFacts.IsPersonRecord"/>): a type declaring only a person's data is that person's record.
    /// </summary>
    internal static bool HeadNamesTool(string name, VocabularyTable vocabulary) =>
        HeadEntry(name, vocabulary, out var headWord) is { Role: WordRole.Technical } entry
        && !IsSearchWord(name, headWord) && !IsConfigurationWord(entry);

    /// <summary>
    /// The vocabulary entry that ends the head of a type name (its words once the record suffixes are passed over, read
    /// left to right, phrases first), and the head's last word; null when that word is in no entry, or the name has no
    /// word or more than <see cref="MaxWords"/>.
    /// </summary>
    private static VocabularyEntry? HeadEntry(string name, VocabularyTable vocabulary, out WordSpan headWord)
    {
        headWord = default;
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, buffer);
        if (count == 0 || count > MaxWords)
        {
            return null;
        }

        var words = (ReadOnlySpan<WordSpan>)buffer.Slice(0, count);
        var head = HeadCount(name, words, count);
        headWord = words[head - 1];
        VocabularyEntry? last = null;
        for (var i = 0; i < head;)
        {
            last = vocabulary.Match(name, words.Slice(0, head), i, out var consumed);
            i += last is null ? 1 : consumed;
        }

        return last;
    }

    /// <summary>
    /// How many of a type name's <paramref name="count"/> words are left once the trailing words that only say "a record of"
    /// are passed over (<c>OrderEntity</c>, <c>CompanyDto</c>, <c>UserBlob</c>, <c>ConvenioCreateDto</c>, <c>CreateMailViewModel</c>: "view"
    /// before "model" too).
    /// </summary>
    internal static int HeadCount(string name, ReadOnlySpan<WordSpan> words, int count)
    {
        var head = count;
        while (head > 1 && IsGenericSuffix(name, words[head - 1]))
        {
            head--;
            if (head > 1 && Is(name.AsSpan(words[head].Start, words[head].Length), "model") && Is(name.AsSpan(words[head - 1].Start, words[head - 1].Length), "view"))
            {
                head--;
            }
        }

        return head;
    }

    internal static bool IsGenericSuffix(string name, WordSpan word)
    {
        var text = name.AsSpan(word.Start, word.Length);
        return Is(text, "entity") || Is(text, "data") || Is(text, "model") || Is(text, "dto") || Is(text, "info")
            || Is(text, "record") || Is(text, "row") || Is(text, "details") || Is(text, "vm") || Is(text, "item") || Is(text, "entry")
            || Is(text, "blob")
            // The shared part of a record's variants (SpeakerBaseDto, PersonBase, AppointmentBase: twenty-first round), read
            // as the record it is the base of; a type named only "Base" keeps its reading.
            || Is(text, "base")
            // A row shown in a grid (CrmPartenerContacteTable, CrmParteneriTable: a DTO named for the table it fills), not a
            // database table; a type named only "Table" keeps its reading.
            || Is(text, "table")
            // The operation a DTO is for, written after the entity's name (ConvenioCreateDto, PacienteOutputDto).
            || Is(text, "create") || Is(text, "update") || Is(text, "edit") || Is(text, "input") || Is(text, "output")
            // A REST API's representation of a record (AdresseResource, SchuelerResource, CreateSchuelerRequestResource:
            // twenty-third round), read as a DTO is; a type named only "Resource" and the plural of .resx-style classes
            // (Resources, SharedResources) keep their reading.
            || Is(text, "resource");
    }

    private static bool Is(ReadOnlySpan<char> text, string word) => text.Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase);
}
