using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using Held = PrivacyAnalyzers.Vocabulary.MemberWords;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// What PRIV001's inference knows of a containing type, remembered per type for one compilation (<see cref="TypeFacts"/>):
/// the context it gives its members (<see cref="TypeContextClassifier.Classify(INamedTypeSymbol?, AnnotationReader?, VocabularyTable, out INamedTypeSymbol?)"/>),
/// what its member names may hold, and what its members hold for the rules that read a member with its siblings. All of it
/// depends only on the type (its name, its [DataSubject], its base and containing types, its members), the compilation's
/// annotations and the vocabulary — never on the member asking. One entry per type, kept with the vocabulary it was
/// computed with (options may differ between files; a type met with another vocabulary is read again). Thread-safe.
/// </summary>
internal sealed class TypeContexts
{
    private readonly AnnotationReader? _reader;
    private readonly ConcurrentDictionary<INamedTypeSymbol, TypeFacts> _types = new(SymbolEqualityComparer.Default);

    public TypeContexts(AnnotationReader? reader) => _reader = reader;

    /// <summary>The context <paramref name="type"/> gives its members; <paramref name="decidedBy"/> is the type whose name decided.</summary>
    public ContextKind Classify(INamedTypeSymbol? type, VocabularyTable vocabulary, out INamedTypeSymbol? decidedBy)
    {
        if (type is null)
        {
            return TypeContextClassifier.Classify(null, _reader, vocabulary, out decidedBy);
        }

        var facts = For(type, vocabulary);
        decidedBy = facts.DecidedBy;
        return facts.Context;
    }

    /// <summary>The entry of <paramref name="type"/> for <paramref name="vocabulary"/>, its context classified on the first request.</summary>
    public TypeFacts For(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        if (!_types.TryGetValue(type, out var facts) || !ReferenceEquals(facts.Vocabulary, vocabulary))
        {
            var kind = TypeContextClassifier.Classify(type, _reader, vocabulary, out var by);
            if ((kind == ContextKind.Neutral
                    || (kind == ContextKind.Subject && SymbolEqualityComparer.Default.Equals(by, type) && _reader?.FindDataSubject(type) is null
                        && PartyRecords.NamedByPersonWord(type.Name, vocabulary)))
                && PartyRecords.IsOrganisation(type, vocabulary))
            {
                // A customer, a supplier, a creditor that is a firm, a request to add one: its own name beside a contact
                // person's (see PartyRecords).
                kind = ContextKind.NonSubject;
            }

            facts = new TypeFacts(vocabulary, kind, by);
            _types[type] = facts;
        }

        return facts;
    }
}

/// <summary>
/// One type's entry in <see cref="TypeContexts"/>: its context, computed when the entry is made, and two parts computed on
/// their first request only (most types are never asked for them): what its member names may hold
/// (<see cref="NameReadings.Members"/>) and its sibling facts. Two threads computing a part at once compute the same value.
/// </summary>
internal sealed class TypeFacts
{
    private int _memberWords = -1;
    private int _namesComplete = -1;
    private SiblingFacts? _siblings;

    public TypeFacts(VocabularyTable vocabulary, ContextKind context, INamedTypeSymbol? decidedBy)
    {
        Vocabulary = vocabulary;
        Context = context;
        DecidedBy = decidedBy;
    }

    public VocabularyTable Vocabulary { get; }

    public ContextKind Context { get; }

    public INamedTypeSymbol? DecidedBy { get; }

    /// <summary>What the member names of <paramref name="type"/> may hold (<see cref="NameReadings.Members"/>), read once.</summary>
    public MemberWords MemberWords(INamedTypeSymbol type, NameReadings names)
    {
        var words = Volatile.Read(ref _memberWords);
        if (words < 0)
        {
            words = (int)names.Members(type, Vocabulary);
            Volatile.Write(ref _memberWords, words);
        }

        return (MemberWords)words;
    }

    /// <summary>
    /// Whether <see cref="ITypeSymbol.MemberNames"/> names every property and field of <paramref name="type"/>: it leaves out
    /// explicit interface implementations (<c>string IContact.Email =&gt; …</c>), which only a type that has an interface, or a
    /// base type the compiler could not resolve (whose interfaces are unknown), can declare. Read once.
    /// </summary>
    public bool NamesComplete(INamedTypeSymbol type)
    {
        var complete = Volatile.Read(ref _namesComplete);
        if (complete < 0)
        {
            complete = type.AllInterfaces.IsEmpty && !HasUnresolvedBase(type) ? 1 : 0;
            Volatile.Write(ref _namesComplete, complete);
        }

        return complete == 1;
    }

    private static bool HasUnresolvedBase(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.TypeKind == TypeKind.Error)
            {
                return true;
            }
        }

        return type.TypeKind == TypeKind.Error;
    }

    /// <summary>
    /// Who wrote the type's free text when it is a record a person writes (a ticket, a claim, a request): a member naming
    /// that person by a key or a name, or the form's own name; "" when none; null before it is computed (by
    /// PersonalDataInference, on the first free-text member that asks).
    /// </summary>
    public string? Writer
    {
        get => Volatile.Read(ref _writer);
        set => Volatile.Write(ref _writer, value);
    }

    private string? _writer;

    /// <summary>
    /// Whether the type's name names a place or an event (<see cref="TypeContextClassifier.NamesPlace"/>): its addresses and
    /// coordinates are the place's. Read once.
    /// </summary>
    public bool NamesPlace(INamedTypeSymbol type)
    {
        var place = Volatile.Read(ref _namesPlace);
        if (place < 0)
        {
            place = TypeContextClassifier.NamesPlace(type.Name, Vocabulary) ? 1 : 0;
            Volatile.Write(ref _namesPlace, place);
        }

        return place == 1;
    }

    private int _namesPlace = -1;

    /// <summary>
    /// Whether the type is a row about an animal, read once (only for a member whose category an animal can have: its age,
    /// breed, health, sex): its name holds an animal word and no person word before a "with" (<c>Mascota</c>,
    /// <c>HistoriaClinicaMascota</c>, <c>PetDto</c>, <c>MascotaConDuenoDTO</c> — a pet with its owner; not <c>PetOwner</c>,
    /// <c>ClienteMascota</c>), or, when its name names no person, a member refers to an animal by its key or its
    /// navigation (<c>HistorialClinico.MascotaId</c>, <c>Visit.Pet</c>): a clinical history of a pet. Its owner's details
    /// (a name, a document number) are read as everywhere else; only what an animal has is the animal's.
    /// </summary>
    public bool IsAnimalRow(INamedTypeSymbol type, NameReadings names)
    {
        var animal = Volatile.Read(ref _animal);
        if (animal < 0)
        {
            animal = ReadAnimalRow(type, names) ? 1 : 0;
            Volatile.Write(ref _animal, animal);
        }

        return animal == 1;
    }

    private int _animal = -1;

    private bool ReadAnimalRow(INamedTypeSymbol type, NameReadings names)
    {
        var typeName = type.Name;
        var reading = names.Read(typeName, Vocabulary);
        var words = reading.Words;
        var end = words.Length;
        var pet = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (TextFolding.EqualsAnyFolded(typeName, words[i], s_withWords))
            {
                end = i;
                break;
            }

            pet |= (Vocabulary.Classes(typeName, words[i]) & WordClass.Pet) != 0;
        }

        var person = false;
        foreach (var word in reading.People ?? Array.Empty<NameReading.PersonWord>())
        {
            person |= word.Role == WordRole.Subject && word.Index < end;
        }

        if (pet || person)
        {
            return pet && !person;
        }

        // A type that is a person's through another type (a base type, a containing type named for a person) stays theirs.
        // A clinical history is a subject by its own name (HistorialClinico): with the animal's key it is the animal's.
        if (Context == ContextKind.Subject && !SymbolEqualityComparer.Default.Equals(DecidedBy, type))
        {
            return false;
        }

        // A key or a navigation named by an animal word alone (MascotaId, IdMascota, Pet, PetId): the row is the animal's.
        foreach (var name in type.MemberNames)
        {
            var member = names.Read(name, Vocabulary);
            if ((member.Classes & WordClass.Pet) == 0 || member.Words.Length > 2)
            {
                continue;
            }

            var refers = true;
            foreach (var word in member.Words)
            {
                refers &= (Vocabulary.Classes(name, word) & (WordClass.Pet | WordClass.CredentialId)) != 0;
            }

            if (refers)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "With" in the built-in languages: the words after it say what is added, not what the thing is (a type's
    /// <c>MascotaConDuenoDTO</c>, <c>PetWithOwner</c>; a member's <c>DisplayFullNameWithId</c>).
    /// </summary>
    internal static readonly string[] s_withWords = { "with", "con", "mit", "avec", "com", "cu" };

    /// <summary>
    /// Whether the type's members have the shape of one person's record, whatever the type is called: a name or a login
    /// (<c>Name</c>, <c>FullName</c>, <c>UserName</c>), a way to reach someone (an e-mail or a phone) and a trait only a
    /// natural person has (a gender, a birth date) — <c>HostModel</c> with <c>UserName</c>, <c>Email</c>, <c>MobileNo</c>,
    /// <c>Gender</c>. A firm, a venue or a shelter has a name, an e-mail and a phone but no gender and no birth date; a row
    /// that names an animal's kind (a pet's sex) is not one. Read from the member names once (<see cref="MemberWords"/>).
    /// </summary>
    public bool IsPersonRecord(INamedTypeSymbol type, NameReadings names)
    {
        var shaped = Volatile.Read(ref _personRecord);
        if (shaped < 0)
        {
            var words = MemberWords(type, names);
            shaped = (words & (Held.Name | Held.Username)) != 0
                && (words & (Held.Email | Held.Phone)) != 0
                && (words & Held.PersonTrait) != 0
                && (words & Held.Animal) == 0 ? 1 : 0;
            Volatile.Write(ref _personRecord, shaped);
        }

        return shaped == 1;
    }

    private int _personRecord = -1;

    /// <summary>
    /// Whether the type is a person's own record by its name: its context is a subject decided by its own name or a base
    /// type's, and that name's head word names a person (<c>UserModel</c>, <c>VisitorViewModel</c>, <c>ApplicationUser</c>;
    /// not <c>UserPost</c>, <c>ProductReview</c>, <c>UserLoginModel</c>: there the person word is not the head). Read once.
    /// </summary>
    public bool NamedForPerson(INamedTypeSymbol type)
    {
        var named = Volatile.Read(ref _namedForPerson);
        if (named < 0)
        {
            named = Context == ContextKind.Subject && DecidedBy is { } by && IsSelfOrBase(type, by)
                && TypeContextClassifier.HeadNamesPerson(by.Name, Vocabulary) ? 1 : 0;
            Volatile.Write(ref _namedForPerson, named);
        }

        return named == 1;
    }

    private int _namedForPerson = -1;

    private static bool IsSelfOrBase(INamedTypeSymbol type, INamedTypeSymbol by)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, by))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the type's name names one who comes to see someone (<see cref="WordClass.Guest"/>: <c>VisitorModel</c>,
    /// <c>TopVisitorModel</c>, <c>GuestDto</c>): the host it names is the person visited. Read once.
    /// </summary>
    public bool NamesGuest(INamedTypeSymbol type)
    {
        var guest = Volatile.Read(ref _namesGuest);
        if (guest < 0)
        {
            guest = Vocabulary.HasWordOf(type.Name, WordClass.Guest) ? 1 : 0;
            Volatile.Write(ref _namesGuest, guest);
        }

        return guest == 1;
    }

    private int _namesGuest = -1;

    /// <summary>
    /// What the type holds as a sign-in form (its login kept under another name, its password kept as a secret), once
    /// computed (by PersonalDataInference, on the first member that could be either); null before.
    /// </summary>
    public SignInFacts? SignIn
    {
        get => Volatile.Read(ref _signIn);
        set => Volatile.Write(ref _signIn, value);
    }

    private SignInFacts? _signIn;

    /// <summary>What the type's members hold for the sibling rules, once computed (by PersonalDataInference); null before.</summary>
    public SiblingFacts? Siblings
    {
        get => Volatile.Read(ref _siblings);
        set => Volatile.Write(ref _siblings, value);
    }
}

/// <summary>
/// A sign-in form's members that hold its login and its password under names that do not say so
/// (<c>LoginDto.Id</c> beside <c>Secret</c>, <c>PolicyHolderLoginRequest.PolicyNumber</c> beside <c>Password</c>); both null
/// on any other type.
/// </summary>
internal sealed class SignInFacts
{
    public static readonly SignInFacts None = new(null, null);

    public SignInFacts(string? login, string? secret)
    {
        Login = login;
        Secret = secret;
    }

    /// <summary>The one text member named as a key or a number (Id, PolicyNumber, Employee_ID) that is the login.</summary>
    public string? Login { get; }

    /// <summary>The text member named only by a secret word (Secret, Passcode, Pin) that is the password.</summary>
    public string? Secret { get; }
}
