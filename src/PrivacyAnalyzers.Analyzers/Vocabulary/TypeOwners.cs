using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// "Which person's type owns this type?" — the relation between types that a member's own words do not show: an
/// <c>Experience</c> row of a candidate's <c>Resume</c>, the <c>ReceptorFiscal</c> (invoice receiver) of an <c>Alumno</c>.
/// A type belongs to a person's type when it is the dependent end of a relation to it:
/// <list type="bullet">
/// <item>it has a single reference (a navigation) typed with a person's type, and that type reaches it back — through a
/// collection (one-to-many: <c>Candidate.Applies</c>, <c>ApplicationUser.Messages</c>) or a single reference (one-to-one:
/// <c>Candidate.Resume</c>, <c>Alumno.ReceptorFiscal</c>). A reference alone is not enough: a <c>Ticket</c>'s
/// <c>AssignedTo</c> user or a product's <c>CreatedBy</c> points at a person who does not own the row;</item>
/// <item>or it has a key named only after a person word (<c>AlumnoId</c>, <c>CandidateId</c>, <c>IdCliente</c>) — the
/// shape of a DTO that carries a person's row without its navigation; not a key to the user alone (<c>UserId</c>,
/// <c>IdUsuario</c>: as often the clerk who recorded the row or the visitor who views it);</item>
/// <item>or it is reached through a collection from a type that itself belongs to a person (Candidate → Resume →
/// Experience → Duty), over at most <see cref="MaxDepth"/> links, and refers to nothing but that parent (an order line
/// that refers to a product, an application that refers to a job post, a course a department refers to are links
/// between the person and something else, not the person's own record).</item>
/// </list>
/// A person's type is a type whose context is a subject (<see cref="TypeContexts"/>) because its name holds a person word
/// (<c>Candidate</c>, <c>ApplicationUser</c>, <c>Alumno</c>, <c>Kunde</c>) or it carries [DataSubject]: a holder of a
/// person's details (<c>Address</c>, <c>Review</c>) or a type named for an employment term (<c>Employer</c>) owns nothing
/// here. A lookup (<c>City</c>, <c>Department</c>) never reaches its referrers as their owner: the relation is read from
/// the dependent's side only.
/// Asked lazily, only for a member whose decision can depend on it; remembered per type and vocabulary for one
/// compilation; thread-safe. The walk reads the members of the type asked about and of the types its single references
/// point to, never all the compilation's types; cycles (A owns B owns A) and self-references are cut by the path, error
/// types are passed over (their members are unknown), generic type parameters are not types to follow.
/// </summary>
internal sealed class TypeOwners
{
    /// <summary>The longest chain of links followed (Candidate ← Resume ← Experience ← Duty is three).</summary>
    internal const int MaxDepth = 3;

    private const int MaxWords = 16;

    private readonly MemberTypeClassifier _types;
    private readonly TypeContexts _contexts;
    private readonly AnnotationReader? _reader;
    private readonly ConcurrentDictionary<INamedTypeSymbol, Ownership> _owners = new(SymbolEqualityComparer.Default);
    private int _visited;

    // "No owner" with the vocabulary it was found with, shared by the types that have none (one per vocabulary in use).
    private Ownership? _none;

    public TypeOwners(MemberTypeClassifier types, TypeContexts contexts, AnnotationReader? reader)
    {
        _types = types;
        _contexts = contexts;
        _reader = reader;
    }

    /// <summary>How many types' members the walk has read in this compilation (for the cost report).</summary>
    internal int Visited => Volatile.Read(ref _visited);

    /// <summary>How many types were asked about (each answer is remembered).</summary>
    internal int Asked => _owners.Count;

    /// <summary>The person's type that owns <paramref name="type"/>, or null.</summary>
    public Ownership? OwnerOf(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        if (_owners.TryGetValue(type, out var cached) && ReferenceEquals(cached.Vocabulary, vocabulary))
        {
            return cached.Owner is null ? null : cached;
        }

        var found = Find(type, vocabulary, 0, null);
        _owners[type] = found ?? NoOwner(vocabulary);
        return found;
    }

    private Ownership NoOwner(VocabularyTable vocabulary)
    {
        var none = Volatile.Read(ref _none);
        if (none is null || !ReferenceEquals(none.Vocabulary, vocabulary))
        {
            none = new Ownership(vocabulary, null, null);
            Volatile.Write(ref _none, none);
        }

        return none;
    }

    private Ownership? Find(INamedTypeSymbol type, VocabularyTable vocabulary, int depth, Path? path)
    {
        Interlocked.Increment(ref _visited);
        INamedTypeSymbol? direct = null;
        INamedTypeSymbol? parent = null;
        string? parentOwner = null;
        string? byKey = null;

        // What else the type refers to by a single navigation or a key: a row that links its owner to something else (an
        // application to a job post, an order line to a product) is not the owner's own record.
        var references = 0;
        Key keyTarget1 = default;
        Key keyTarget2 = default;
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic || member is IFieldSymbol { AssociatedSymbol: not null })
            {
                continue;
            }

            if (StoredType(member) is not { } memberType)
            {
                continue;
            }

            var shape = _types.Classify(memberType, out var collection, out var element);
            if (collection)
            {
                continue;
            }

            if (shape == MemberTypeShape.Complex && element is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } target)
            {
                references++;
                if (SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, type.OriginalDefinition) || (path is not null && path.Contains(target)))
                {
                    continue;
                }

                if (IsPersonType(target, vocabulary))
                {
                    // A navigation to a person's type that reaches this type back: the person's row.
                    if (direct is null && Reaches(target, type))
                    {
                        direct = target;
                    }

                    continue;
                }

                // A parent that belongs to a person and holds this type in a collection: its child rows are the person's too.
                if (parent is null && depth < MaxDepth && _contexts.Classify(target, vocabulary, out _) == ContextKind.Neutral
                    && ReachesThroughCollection(target, type)
                    && Find(target, vocabulary, depth + 1, new Path(type, path)) is { Owner: { } owner })
                {
                    parent = target;
                    parentOwner = owner;
                }

                continue;
            }

            if (shape is MemberTypeShape.Guid or MemberTypeShape.Number or MemberTypeShape.Text && KeyOf(member.Name) is { Name: not null } key)
            {
                references++;
                if (keyTarget1.Name is null)
                {
                    keyTarget1 = key;
                }
                else if (keyTarget2.Name is null)
                {
                    keyTarget2 = key;
                }

                if (byKey is null && depth == 0 && PersonKey(member.Name, vocabulary) is { } person)
                {
                    byKey = person;
                }
            }
        }

        // A type that also holds a collection of the person's type is a group of such people (a squad with its leader and
        // its members, a class with its teacher and its students), not one person's row.
        if (direct is not null && ReachesThroughCollection(type, direct))
        {
            direct = null;
        }

        // The link to the owner or the parent counts once, whether written as a navigation, a key or both.
        var link = direct?.Name ?? parent?.Name ?? byKey;
        if (link is null)
        {
            return null;
        }

        var others = references - (direct is not null || parent is not null ? 1 : 0)
            - (Names(keyTarget1, link) ? 1 : 0) - (Names(keyTarget2, link) ? 1 : 0);
        var ownRecord = others <= 0;
        // A chain counts only for a row that refers to nothing but its parent (a résumé's Experience, not a course a
        // professor teaches that a department and enrolments refer to as well).
        return direct is not null ? new Ownership(vocabulary, direct.Name, null)
            : parent is not null && ownRecord ? new Ownership(vocabulary, parentOwner, parent.Name)
            : byKey is not null ? new Ownership(vocabulary, byKey, null, byKey: true)
            : null;
    }

    /// <summary>Whether a key's words (<c>Resume</c> of <c>ResumeId</c>) name <paramref name="link"/>.</summary>
    private static bool Names(Key key, string link) =>
        key.Name is not null && key.Name.AsSpan(key.Start, key.Length).Equals(link.AsSpan(), StringComparison.OrdinalIgnoreCase);

    /// <summary>What a key refers to (<c>Resume</c> of <c>ResumeId</c>, <c>Alumno</c> of <c>IdAlumno</c>), as a part of its name; none when the name is no key.</summary>
    private static Key KeyOf(string name)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, buffer);
        if (count < 2)
        {
            return default;
        }

        if (IsKeyWord(name, buffer[count - 1]))
        {
            var end = buffer[count - 1].Start;
            while (end > 0 && name[end - 1] == '_')
            {
                end--;
            }

            return new Key(name, 0, end);
        }

        return IsKeyWord(name, buffer[0]) ? new Key(name, buffer[1].Start, name.Length - buffer[1].Start) : default;
    }

    /// <summary>The part of a member name that a key refers to, without copying it.</summary>
    private readonly struct Key
    {
        public Key(string name, int start, int length)
        {
            Name = name;
            Start = start;
            Length = length;
        }

        public string? Name { get; }

        public int Start { get; }

        public int Length { get; }
    }

    /// <summary>A type about a person because of a person word in its name or [DataSubject] (not a holder of details).</summary>
    internal bool IsPersonType(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        if (_contexts.Classify(type, vocabulary, out var decidedBy) != ContextKind.Subject || decidedBy is null)
        {
            return false;
        }

        if (_reader is not null && _reader.FindDataSubject(decidedBy) is not null)
        {
            return true;
        }

        var name = decidedBy.Name;
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = TypeContextClassifier.HeadCount(name, buffer, IdentifierSplitter.Split(name, buffer));
        ReadOnlySpan<WordSpan> words = buffer.Slice(0, count);
        for (var i = 0; i < count;)
        {
            var entry = vocabulary.Match(name, words, i, out var consumed);
            i += Math.Max(consumed, 1);

            // A person named by a trade or an office (a recruiter, a mechanic, a judge, a class's teacher) is reached by
            // the rows of their work: the vacancy a recruiter posts, the repair a mechanic does, the class a teacher
            // heads are not that person's own record. Their own details are still theirs (the type's context).
            if (entry is { Role: WordRole.Subject } && (vocabulary.Classes(name, words[i - 1]) & WordClass.Occupation) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="owner"/> has an instance member typed <paramref name="type"/> or a collection of it.</summary>
    private bool Reaches(INamedTypeSymbol owner, INamedTypeSymbol type) => Holds(owner, type, collectionOnly: false);

    private bool ReachesThroughCollection(INamedTypeSymbol parent, INamedTypeSymbol type) => Holds(parent, type, collectionOnly: true);

    /// <summary>The type a property (not an indexer) or a field stores; null for any other member.</summary>
    internal static ITypeSymbol? StoredType(ISymbol member) => member switch
    {
        IPropertySymbol { IsIndexer: false } property => property.Type,
        IFieldSymbol field => field.Type,
        _ => null,
    };

    private bool Holds(INamedTypeSymbol owner, INamedTypeSymbol type, bool collectionOnly)
    {
        Interlocked.Increment(ref _visited);
        foreach (var member in owner.GetMembers())
        {
            if (member.IsStatic)
            {
                continue;
            }

            if (StoredType(member) is not { } memberType)
            {
                continue;
            }

            _types.Classify(memberType, out var collection, out var element);

            // A collection whose generic type the compiler could not resolve (ICollection<Message> without its using) still
            // names its elements.
            if (element is INamedTypeSymbol { TypeKind: TypeKind.Error, TypeArguments.Length: 1 } unresolved)
            {
                element = unresolved.TypeArguments[0];
                collection = true;
            }

            if ((collection || !collectionOnly) && SymbolEqualityComparer.Default.Equals(element?.OriginalDefinition, type.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The person word of a key named only after it (<c>AlumnoId</c>, <c>CandidateId</c>, <c>IdCliente</c>,
    /// <c>customer_id</c>), as written; null for anything else (<c>CreatedByUserId</c>, <c>EmployerId</c>, <c>Id</c>).
    /// </summary>
    private static string? PersonKey(string name, VocabularyTable vocabulary)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, buffer);
        if (count < 2)
        {
            return null;
        }

        ReadOnlySpan<WordSpan> words = buffer.Slice(0, count);
        var last = words[count - 1];
        int from;
        int to;
        if (IsKeyWord(name, last))
        {
            from = 0;
            to = count - 1;
        }
        else if (IsKeyWord(name, words[0]))
        {
            from = 1;
            to = count;
        }
        else
        {
            return null;
        }

        var entry = vocabulary.Match(name, words.Slice(0, to), from, out var consumed);
        // A key to a person named by a trade (RecruiterId on a Vacancy, MechanicId on a Repair): the row of their work, as
        // for a navigation (IsPersonType).
        if (entry is not { Role: WordRole.Subject } || from + consumed != to || IsAccountWord(entry)
            || (vocabulary.Classes(name, words[to - 1]) & WordClass.Occupation) != 0)
        {
            return null;
        }

        var start = words[from].Start;
        var end = words[to - 1].Start + words[to - 1].Length;
        return name.Substring(start, end - start);
    }

    /// <summary>
    /// "User" in the built-in languages: a key to the system's user alone (<c>UserId</c>, <c>IdUsuario</c>) is as often the
    /// one who recorded or views the row (a purchase entered by a clerk, an event page seen by a volunteer) as its owner;
    /// only a navigation that the user's type reaches back says the row is theirs.
    /// </summary>
    private static bool IsAccountWord(VocabularyEntry entry) => entry.Words.Length == 1 && Array.IndexOf(AccountWords, entry.Words[0]) >= 0;

    /// <summary>"User" in the built-in languages, folded (<see cref="IsAccountWord"/>; a person's own account, <c>PersonalDataInference</c>).</summary>
    internal static readonly string[] AccountWords = { "user", "usuario", "utilizador", "utilizator", "benutzer", "utilisateur", "nutzer" };

    /// <summary>Whether <paramref name="word"/> is "id" in any case: a key (<c>ResumeId</c>, <c>IdAlumno</c>).</summary>
    internal static bool IsKeyWord(string name, WordSpan word) =>
        name.AsSpan(word.Start, word.Length).Equals("id".AsSpan(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether ownership makes a weak <paramref name="term"/> of <paramref name="category"/> count: what describes, contacts or identifies the
    /// owner, what the owner wrote, their activity and employment, their own money (a customer's Account.Balance, an
    /// applicant's income). Not payments and payment methods (an order's
    /// <c>PaymentMethod</c>, an invoice's <c>TermOfPayment</c> are the transaction's terms), nor weak online identifiers and
    /// credentials (an <c>ExternalId</c>, a webhook's <c>Token</c>: the row's own, not the person's).
    /// </summary>
    internal static bool Promotes(VocabularyEntry? term, string category) =>
        (term is null || (!IsTitleWord(term) && !IsMeasureWord(term)))
        && (category.StartsWith("Contact", StringComparison.Ordinal)
        || category.StartsWith("Identity", StringComparison.Ordinal)
        || category.StartsWith("Content", StringComparison.Ordinal)
        || category.StartsWith("Special", StringComparison.Ordinal)
        || category.StartsWith("Employment", StringComparison.Ordinal)
        || category == "Location.Coarse" || category == "Financial.TaxId" || category == "Financial" || category == "Usage.Activity");

    /// <summary>
    /// A body measure (weight, height, peso, altura, Gewicht, taille, greutate, înălțime): what any measured thing has of its
    /// own. On a row that belongs to a person it is the row's (a customer's parcel, Shipment.Weight); a visit's weight is
    /// the patient's when the visit also holds a diagnosis or the patient's national id (the sibling rule), another health
    /// reading (the inference then asks for the owner after all: a check-up's weight beside its pulse), or the row is named
    /// as a person's or a health record.
    /// </summary>
    internal static bool IsMeasureWord(VocabularyEntry? term) =>
        term is { Words.Length: 1 } && term.Words[0] is "weight" or "height" or "peso" or "altura" or "estatura" or "gewicht" or "poids"
            or "taille" or "greutate" or "inaltime" or "inaltimea" or "große" or "groesse";

    /// <summary>The name word alone, in the six languages: on an owned row, the row's own name.</summary>
    internal static bool IsNameWord(VocabularyEntry? term) =>
        term is { Words.Length: 1 } && term.Words[0] is "name" or "nombre" or "nom" or "nume" or "nome";

    /// <summary>
    /// A weak term that is also what any row has of its own: "title" read as a person's honorific, "código" as a member's
    /// code. On a row that belongs to a person it is the row's own title or code (a note's, a notification's, a résumé's, a
    /// page's SEO title; a group's code on a student's re-enrolment), not the owner's.
    /// </summary>
    internal static bool IsTitleWord(VocabularyEntry term) =>
        term.Words.Length == 1 && term.Words[0] is "title" or "titel" or "titre" or "titulo" or "título" or "titlu" or "codigo" or "código";

    /// <summary>
    /// A record-keeping stamp by its first word (<c>CreatedAtUtc</c>, <c>UpdatedOn</c>, <c>FechaCreacion</c> is not: only
    /// the first word is read): when the row was written, not what it says of anyone.
    /// </summary>
    internal static bool IsRecordKeeping(string name, WordSpan first)
    {
        var word = name.AsSpan(first.Start, first.Length);
        foreach (var stamp in s_stamps)
        {
            if (word.Equals(stamp.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_stamps =
    {
        "created", "updated", "modified", "deleted", "inserted", "changed", "creation", "modification", "concurrency", "row",
        "creado", "actualizado", "modificado", "criado", "atualizado", "erstellt", "geaendert", "geändert", "creat", "modificat",
    };

    /// <summary>
    /// The evidence's clause for a member of an owned type: " in type Experience, which belongs to Candidate through Resume".
    /// </summary>
    internal static string Belongs(INamedTypeSymbol type, Ownership owned) => " in type " + type.Name + BelongsTo(owned);

    /// <summary>", which belongs to Candidate through Resume".</summary>
    internal static string BelongsTo(Ownership owned) => ", which belongs to " + owned.Owner + (owned.Via is null ? "" : " through " + owned.Via);

    /// <summary>A type's owner, as the evidence names it: <c>Candidate</c>, through <c>Resume</c> when the link is a chain.</summary>
    internal sealed class Ownership
    {
        public Ownership(VocabularyTable vocabulary, string? owner, string? via, bool byKey = false)
        {
            Vocabulary = vocabulary;
            Owner = owner;
            Via = via;
            ByKey = byKey;
        }

        /// <summary>
        /// Whether the owner is known only by a key named after a person word (AdeudoDto.IdCliente): a flattened row that
        /// carries the person's own columns, not an entity of its own that a person's type navigates to.
        /// </summary>
        public bool ByKey { get; }

        public VocabularyTable Vocabulary { get; }

        /// <summary>The person's type's name (or the person word of the key).</summary>
        public string? Owner { get; }

        /// <summary>The type through which the owner reaches this one, when it is not direct.</summary>
        public string? Via { get; }
    }

    /// <summary>The types on the current walk's path (to cut cycles).</summary>
    private sealed class Path
    {
        public Path(INamedTypeSymbol type, Path? parent)
        {
            Type = type;
            Parent = parent;
        }

        public INamedTypeSymbol Type { get; }

        public Path? Parent { get; }

        public bool Contains(INamedTypeSymbol type)
        {
            for (var p = this; p is not null; p = p.Parent)
            {
                if (SymbolEqualityComparer.Default.Equals(p.Type.OriginalDefinition, type.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
