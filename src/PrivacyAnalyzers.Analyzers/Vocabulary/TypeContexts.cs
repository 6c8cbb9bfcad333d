using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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

    /// <summary>Whether a word of <paramref name="typeName"/> names a person (PatientDiagnosis, TreatmentPaciente).</summary>
    private static bool NamesPerson(string typeName, VocabularyTable vocabulary)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[24];
        var count = IdentifierSplitter.Split(typeName, buffer);
        var words = (ReadOnlySpan<WordSpan>)buffer.Slice(0, count);
        for (var i = 0; i < count;)
        {
            var entry = vocabulary.Match(typeName, words, i, out var consumed);
            if (entry is { Role: WordRole.Subject })
            {
                return true;
            }

            i += entry is null || consumed < 1 ? 1 : consumed;
        }

        return false;
    }

    /// <summary>The entry of <paramref name="type"/> for <paramref name="vocabulary"/>, its context classified on the first request.</summary>
    public TypeFacts For(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        if (!_types.TryGetValue(type, out var facts) || !ReferenceEquals(facts.Vocabulary, vocabulary))
        {
            var kind = TypeContextClassifier.Classify(type, _reader, vocabulary, out var by);
            var namedByPerson = kind == ContextKind.Subject && SymbolEqualityComparer.Default.Equals(by, type)
                && _reader?.FindDataSubject(type) is null && PartyRecords.NamedByPersonWord(type.Name, vocabulary);
            if (((kind == ContextKind.Neutral || namedByPerson) && PartyRecords.IsOrganisation(type, vocabulary))
                || (namedByPerson && PartyRecords.IsPracticeRecord(type, vocabulary)))
            {
                // A customer, a supplier, a creditor that is a firm, a request to add one: its own name beside a contact
                // person's; a practitioner kept as their practice, its own name the clinic's (see PartyRecords).
                kind = ContextKind.NonSubject;
            }
            else if (kind == ContextKind.Subject && SymbolEqualityComparer.Default.Equals(by, type) && _reader?.FindDataSubject(type) is null
                && TypeContextClassifier.NamesClinicalEntry(type.Name, vocabulary) && !NamesPerson(type.Name, vocabulary)
                && TypeFacts.NamesCatalogueEntry(type))
            {
                // A catalogue of treatments or diagnoses (Treatment beside its own TreatmentName, Tratamiento beside a price;
                // thirty-fourth round): a kind offered or chosen, not one patient's entry. Its members decide, as on a neutral
                // type: a patient's key or a person's shape beside it still makes it that person's, and a person word in its
                // name (PatientDiagnosis) keeps it theirs.
                kind = ContextKind.Neutral;
            }

            facts = new TypeFacts(vocabulary, kind, by, this);
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

    private readonly TypeContexts? _owner;

    public TypeFacts(VocabularyTable vocabulary, ContextKind context, INamedTypeSymbol? decidedBy, TypeContexts? owner = null)
    {
        _owner = owner;
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
    public bool NamesComplete(INamedTypeSymbol type) =>
        ReadOnce(ref _namesComplete, type, static (facts, t) =>
            t.AllInterfaces.IsEmpty && !HasUnresolvedBase(t));

    /// <summary>
    /// A yes/no fact of the type kept in <paramref name="field"/> (-1 until read): read once with <paramref name="read"/>, a
    /// static lambda (no closure), then returned from the field. Two threads may both read it the first time; they write the
    /// same answer.
    /// </summary>
    private bool ReadOnce(ref int field, INamedTypeSymbol type, Func<TypeFacts, INamedTypeSymbol, bool> read)
    {
        var value = Volatile.Read(ref field);
        if (value < 0)
        {
            value = read(this, type) ? 1 : 0;
            Volatile.Write(ref field, value);
        }

        return value == 1;
    }

    /// <summary>As <see cref="ReadOnce(ref int, INamedTypeSymbol, Func{TypeFacts, INamedTypeSymbol, bool})"/>, for a fact read from the member names.</summary>
    private bool ReadOnce(ref int field, INamedTypeSymbol type, NameReadings names, Func<TypeFacts, INamedTypeSymbol, NameReadings, bool> read)
    {
        var value = Volatile.Read(ref field);
        if (value < 0)
        {
            value = read(this, type, names) ? 1 : 0;
            Volatile.Write(ref field, value);
        }

        return value == 1;
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
    public bool NamesPlace(INamedTypeSymbol type) =>
        ReadOnce(ref _namesPlace, type, static (facts, t) =>
            TypeContextClassifier.NamesPlace(t.Name, facts.Vocabulary));

    private int _namesPlace = -1;

    /// <summary>
    /// Whether the head of the type's name is a settlement or an administrative division
    /// (<see cref="TypeContextClassifier.NamesSettlement"/>): a lookup of places. Read once.
    /// </summary>
    public bool NamesSettlement(INamedTypeSymbol type) =>
        ReadOnce(ref _namesSettlement, type, static (facts, t) =>
            TypeContextClassifier.NamesSettlement(t.Name, facts.Vocabulary));

    private int _namesSettlement = -1;

    /// <summary>
    /// Whether the head of the type's name is a publication to many (<see cref="TypeContextClassifier.NamesPublication"/>):
    /// its free text is what is published. Read once.
    /// </summary>
    public bool NamesPublication(INamedTypeSymbol type) =>
        ReadOnce(ref _namesPublication, type, static (facts, t) =>
            TypeContextClassifier.NamesPublication(t.Name, facts.Vocabulary));

    private int _namesPublication = -1;

    /// <summary>
    /// Whether the type is an entry of a patient's clinical record (<see cref="TypeContextClassifier.NamesClinicalEntry"/>:
    /// <c>Diagnostico</c>, <c>DiagnosisView</c>, <c>Tratamiento</c>) and not a catalogue of such entries: a member naming a
    /// price or a cost (a clinic's list of treatments it sells), or the entry's own name (<c>E_Diagnostico.Nombre</c>,
    /// <c>Tratamiento.NombreTratamiento</c>: a kind of diagnosis or treatment, named to be chosen) makes it one. Read once.
    /// </summary>
    public bool NamesClinicalEntry(INamedTypeSymbol type) =>
        ReadOnce(ref _namesClinicalEntry, type, static (facts, t) =>
            (TypeContextClassifier.NamesClinicalEntry(t.Name, facts.Vocabulary)
                // Rezept, Receta, Receita, Rețetă name a cook's recipe (and a revenue) too: a prescription only with its
                // patient, its doctor or its medicines among the members (thirty-first round: Receta beside IdPacienteFK).
                || (TypeContextClassifier.NamesPrescriptionOrRecipe(t.Name) && NamesPatientDoctorOrMedicineMember(t)))
            && !NamesCatalogueEntry(t));

    private int _namesClinicalEntry = -1;

    /// <summary>
    /// Whether the type has the shape of ASP.NET Core Identity's user token (<c>IdentityUserToken</c>, scaffolded as
    /// <c>AspNetUserToken</c>: <c>UserId</c>, <c>LoginProvider</c>, <c>Name</c>, <c>Value</c>; thirty-first round): its
    /// <c>Name</c> is the token's name at the provider ("AuthenticatorKey", "RecoveryCodes"), not a person's; its
    /// <c>Value</c> stays the secret. Read once, from the member names.
    /// </summary>
    public bool HasLoginTokenShape(INamedTypeSymbol type) =>
        ReadOnce(ref _hasLoginTokenShape, type, static (facts, t) => HoldsLoginProviderAndValue(t));

    private int _hasLoginTokenShape = -1;

    private static bool HoldsLoginProviderAndValue(INamedTypeSymbol type)
    {
        bool provider = false, value = false;
        foreach (var member in type.MemberNames)
        {
            provider |= string.Equals(member, "LoginProvider", StringComparison.OrdinalIgnoreCase)
                || string.Equals(member, "login_provider", StringComparison.OrdinalIgnoreCase);
            value |= string.Equals(member, "Value", StringComparison.OrdinalIgnoreCase);
        }

        return provider && value;
    }

    /// <summary>
    /// Whether the type is a medicine as prescribed to a patient (twenty-seventh round: a prescription's <c>Medicamento</c>
    /// with <c>Nome</c>, <c>Dose</c>, <c>Posologia</c>): the head of its name is a medicine word
    /// (<see cref="TypeContextClassifier.NamesMedicine"/>), a member says how the patient takes it (posology, Dosierung,
    /// posología, posologia, posologie: <see cref="s_posologyWords"/>), and no member names a price or a stock (a pharmacy's
    /// catalogue, whose leaflet text may say the posology too). Read once.
    /// </summary>
    public bool NamesPrescribedMedicine(INamedTypeSymbol type) =>
        ReadOnce(ref _namesPrescribedMedicine, type, static (facts, t) =>
            TypeContextClassifier.NamesMedicine(t.Name, facts.Vocabulary) && HasPosologyAndNoPrice(t));

    private int _namesPrescribedMedicine = -1;

    /// <summary>
    /// Whether the type holds an eye prescription or an eye examination (thirty-second round: an optician's
    /// <c>Ordonnance.Loin_OD_Sph</c>, <c>Customer.GRCylinder</c> beside <c>GRAxis</c>): its members name at least two of
    /// the measures of a corrective lens (sphere, cylinder, axis, prism: <see cref="EyeMeasureFamily"/>), an abbreviation
    /// (<c>Sph</c>, <c>Cyl</c>) counting only beside an eye (<c>OD</c>, <c>OG</c>, <c>Right</c>, <c>Links</c>), and no member
    /// names a price or a stock (a lens catalogue's power ranges). A chart's axis or a solid's cylinder is one measure alone.
    /// Read once.
    /// </summary>
    public bool HoldsEyePrescription(INamedTypeSymbol type) =>
        ReadOnce(ref _holdsEyePrescription, type, static (facts, t) => NamesEyeMeasuresAndNoPrice(t));

    private int _holdsEyePrescription = -1;

    /// <summary>The measures of a corrective lens in the built-in languages, written out, one array per measure.</summary>
    private static readonly string[][] s_eyeMeasureWords =
    {
        new[] { "sphere", "spherical", "sphare", "sphaere", "spharisch", "sphaerisch", "esfera", "esferico", "sfera", "sferic", "spherique" },
        new[] { "cylinder", "cylindrical", "zylinder", "cilindro", "cilindrico", "cilindru", "cylindre", "cylindrique" },
        new[] { "axis", "achse", "eje", "eixo", "axe", "axa" },
        new[] { "prism", "prisma", "prismen", "prizma", "prisme" },
    };

    /// <summary>The same measures abbreviated (sph, cyl, ax; esf, cil, zyl): read as an eye's only beside an eye.</summary>
    private static readonly string[][] s_eyeMeasureAbbreviations =
    {
        new[] { "sph", "sf", "esf" },
        new[] { "cyl", "cil", "zyl" },
        new[] { "ax" },
        System.Array.Empty<string>(),
    };

    /// <summary>
    /// One eye, in the built-in languages: the Latin abbreviations (OD, OS, OG, OI, OU) and right and left (rechts, links;
    /// derecho, izquierdo; direito, esquerdo; droit, gauche; drept, stâng).
    /// </summary>
    private static readonly string[] s_eyeWords =
    {
        "od", "os", "og", "oi", "ou", "right", "left", "rechts", "links", "derecho", "izquierdo", "direito", "esquerdo",
        "droit", "gauche", "drept", "stang", "eye", "eyes", "auge", "augen", "ojo", "olho", "oeil", "ochi",
    };

    /// <summary>
    /// Which measure of a corrective lens the name's words say (1 sphere, 2 cylinder, 3 axis, 4 prism; 0 none); an
    /// abbreviation counts only when <paramref name="eye"/> (the name names an eye).
    /// </summary>
    internal static int EyeMeasureFamily(string name, ReadOnlySpan<WordSpan> words, bool eye)
    {
        for (var family = 0; family < s_eyeMeasureWords.Length; family++)
        {
            if (TextFolding.AnyEqualsAnyFolded(name, words, s_eyeMeasureWords[family])
                || (eye && TextFolding.AnyEqualsAnyFolded(name, words, s_eyeMeasureAbbreviations[family])))
            {
                return family + 1;
            }
        }

        return 0;
    }

    private static bool NamesEyeMeasuresAndNoPrice(INamedTypeSymbol type)
    {
        Span<WordSpan> words = stackalloc WordSpan[16];
        var families = 0;
        foreach (var member in type.MemberNames)
        {
            var memberWords = words.Slice(0, IdentifierSplitter.Split(member, words));
            if (TextFolding.AnyEqualsAnyFolded(member, memberWords, s_priceWords) || TextFolding.AnyEqualsAnyFolded(member, memberWords, s_stockWords))
            {
                return false;
            }

            var family = EyeMeasureFamily(member, memberWords, TextFolding.AnyEqualsAnyFolded(member, memberWords, s_eyeWords));
            if (family > 0)
            {
                families |= 1 << family;
            }
        }

        // Two measures or more: bits 1 to 4, at least two of them set.
        return (families & (families - 1)) != 0;
    }

    /// <summary>
    /// Whether a member names a diagnosis code of the classification of diseases (twenty-seventh round: <c>Atestado.cid10</c>,
    /// <c>IcdCode</c>, <c>CodigoCie10</c>): ICD, CID, CIE or CIM with its revision (10, 11) or a code word beside it. The type
    /// is then a clinical record (a sick note, a diagnosis), and its plain members are the patient's health. Read once.
    /// </summary>
    public bool HoldsDiagnosisCode(INamedTypeSymbol type) =>
        ReadOnce(ref _holdsDiagnosisCode, type, static (facts, t) => NamesDiagnosisCodeMember(t));

    private int _holdsDiagnosisCode = -1;

    private static readonly string[] s_icdWords = { "icd", "cid", "cie", "cim" };
    private static readonly string[] s_icdQualifiers = { "10", "11", "code", "codes", "codigo", "cod", "kode", "schluessel", "schlussel" };

    private static bool NamesDiagnosisCodeMember(INamedTypeSymbol type)
    {
        Span<WordSpan> words = stackalloc WordSpan[16];
        foreach (var member in type.MemberNames)
        {
            var count = IdentifierSplitter.Split(member, words);
            for (var i = 0; i < count; i++)
            {
                if (TextFolding.EqualsAnyFolded(member, words[i], s_icdWords)
                    && ((i + 1 < count && TextFolding.EqualsAnyFolded(member, words[i + 1], s_icdQualifiers))
                        || (i > 0 && TextFolding.EqualsAnyFolded(member, words[i - 1], s_icdQualifiers))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How a patient takes a medicine, in the built-in languages (posology; Dosierung, Einnahme; posología; posologia; posologie).</summary>
    private static readonly string[] s_posologyWords = { "posology", "dosierung", "einnahme", "posologia", "posologie" };

    /// <summary>What a catalogue of medicines keeps beside them: a stock (stock, Bestand, Lager, existencia, estoque, stoc).</summary>
    private static readonly string[] s_stockWords = { "stock", "bestand", "lager", "existencia", "estoque", "stoc", "inventory", "inventario" };

    private static bool HasPosologyAndNoPrice(INamedTypeSymbol type)
    {
        Span<WordSpan> words = stackalloc WordSpan[16];
        var posology = false;
        foreach (var member in type.MemberNames)
        {
            var memberWords = words.Slice(0, IdentifierSplitter.Split(member, words));
            if (TextFolding.AnyEqualsAnyFolded(member, memberWords, s_priceWords) || TextFolding.AnyEqualsAnyFolded(member, memberWords, s_stockWords))
            {
                return false;
            }

            posology |= TextFolding.AnyEqualsAnyFolded(member, memberWords, s_posologyWords);
        }

        return posology;
    }

    /// <summary>"Price" and "cost" in the built-in languages (Preis, Kosten; precio, costo, coste; preço, custo, valor; prix, coût, tarif; preț, cost).</summary>
    private static readonly string[] s_priceWords =
        { "price", "cost", "preis", "kosten", "precio", "costo", "coste", "preco", "custo", "prix", "cout", "pret", "tarif", "tarifa", "valor" };

    /// <summary>A patient, a doctor, a medicine, in the built-in languages: the parties and the object of a prescription.</summary>
    private static readonly string[] s_prescriptionPartyWords =
    {
        "patient", "patients", "patientin", "paciente", "pacientes", "pacient", "pacienti",
        "doctor", "doktor", "arzt", "aerztin", "medico", "medicos", "medecin", "medic", "physician",
        "medication", "medications", "medicine", "medicines", "medikament", "medikamente", "arzneimittel", "medicamento",
        "medicamentos", "medicament", "medicaments", "medicamente", "farmaco", "farmacos",
    };

    private static bool NamesPatientDoctorOrMedicineMember(INamedTypeSymbol type)
    {
        Span<WordSpan> words = stackalloc WordSpan[16];
        foreach (var member in type.MemberNames)
        {
            var count = IdentifierSplitter.Split(member, words);
            if (TextFolding.AnyEqualsAnyFolded(member, words.Slice(0, count), s_prescriptionPartyWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Name" and "title" in the built-in languages: a member so named alone, or with a word of its type's name, names the entry.</summary>
    private static readonly string[] s_entryNameWords =
        { "name", "title", "bezeichnung", "titel", "nombre", "titulo", "nome", "nom", "titre", "libelle", "nume", "denumire", "titlu" };

    internal static bool NamesCatalogueEntry(INamedTypeSymbol type)
    {
        Span<WordSpan> words = stackalloc WordSpan[16];
        foreach (var member in type.MemberNames)
        {
            var count = IdentifierSplitter.Split(member, words);
            if (TextFolding.AnyEqualsAnyFolded(member, words.Slice(0, count), s_priceWords))
            {
                return true;
            }

            // Nombre, Name; NombreTratamiento, DiagnosisName: the entry's own name. A person's (PatientName) is not.
            if (count == 1 && TextFolding.EqualsAnyFolded(member, words[0], s_entryNameWords))
            {
                return true;
            }

            if (count == 2)
            {
                var nameAt = TextFolding.EqualsAnyFolded(member, words[0], s_entryNameWords) ? 0
                    : TextFolding.EqualsAnyFolded(member, words[1], s_entryNameWords) ? 1 : -1;
                var other = words[1 - (nameAt < 0 ? 0 : nameAt)];
                if (nameAt >= 0 && type.Name.IndexOf(member.Substring(other.Start, other.Length), StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the type is a row about an animal, read once (only for a member whose category an animal can have: its age,
    /// breed, health, sex): its name holds an animal word and no person word before a "with" (<c>Mascota</c>,
    /// <c>HistoriaClinicaMascota</c>, <c>PetDto</c>, <c>MascotaConDuenoDTO</c> — a pet with its owner; not <c>PetOwner</c>,
    /// <c>ClienteMascota</c>), or, when its name names no person, a member refers to an animal by its key or its
    /// navigation (<c>HistorialClinico.MascotaId</c>, <c>Visit.Pet</c>): a clinical history of a pet. Its owner's details
    /// (a name, a document number) are read as everywhere else; only what an animal has is the animal's.
    /// </summary>
    public bool IsAnimalRow(INamedTypeSymbol type, NameReadings names) =>
        ReadOnce(ref _animal, type, names, static (facts, t, n) =>
            facts.ReadAnimalRow(t, n));

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

        // A form that creates or changes such a row, named by a write verb before the name of a type declared beside it
        // (CrearHistorialClinicoDto and ActualizarHistorialClinicoDto beside HistorialClinicoDto, which holds MascotaId;
        // CreatePetVisitRequest beside PetVisitRequest): the form carries the row's fields without its key, and is the
        // animal's as the row is. Read by the declarations alone, in any language that writes the verb first.
        var row = FormedRow(type, words);
        return row is not null && _owner is not null && _owner.For(row, Vocabulary).IsAnimalRow(row, names);
    }

    /// <summary>
    /// The type a create or update form is for: the type's first word is a write verb (<see cref="PersonalDataInference.WriteVerbs"/>)
    /// and the rest of its name is a non-generic type declared in the same namespace or containing type; null otherwise.
    /// </summary>
    private static INamedTypeSymbol? FormedRow(INamedTypeSymbol type, WordSpan[] words)
    {
        if (words.Length < 2 || type.IsGenericType || !TextFolding.EqualsAnyFolded(type.Name, words[0], PersonalDataInference.WriteVerbs))
        {
            return null;
        }

        var rest = type.Name.Substring(words[1].Start);
        var siblings = type.ContainingType is { } outer ? outer.GetTypeMembers(rest)
            : type.ContainingNamespace is { } ns ? ns.GetTypeMembers(rest)
            : System.Collections.Immutable.ImmutableArray<INamedTypeSymbol>.Empty;
        foreach (var sibling in siblings)
        {
            if (sibling.Arity == 0 && !SymbolEqualityComparer.Default.Equals(sibling, type))
            {
                return sibling;
            }
        }

        return null;
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
    public bool IsPersonRecord(INamedTypeSymbol type, NameReadings names) =>
        ReadOnce(ref _personRecord, type, names, static (facts, t, n) =>
        {
            var words = facts.MemberWords(t, n);
            // A lookup of places (Country, State with Name and FullName; twenty-seventh round) is no person's record by shape.
            return (words & Held.Animal) == 0
                && (words & (Held.Name | Held.Username)) != 0
                && !facts.NamesSettlement(t)
                && (((words & (Held.Email | Held.Phone)) != 0 && (words & Held.PersonTrait) != 0)
                    || (words & Held.Name) != 0 && facts.DataRecordShape(t, n) == RecordShape.NamedTwice);
        });

    private int _personRecord = -1;

    /// <summary>
    /// Whether the type, named as settings (<see cref="TypeContextClassifier.NamesSettings"/>), holds one person's settings:
    /// it declares a key to a person (<c>UserId</c>, <c>AppUserId</c>, <c>IdCliente</c>) or a navigation to a person's type
    /// (<c>AppUser AppUser</c>) — a diet's or a profile's settings (<c>DietSetting</c>, <c>AppUserSettingRequest</c>: first
    /// name, birthday, height, weight) — or holds a name beside a trait only a natural person has (a gender, a birth date:
    /// <c>CreateAppUserSettingRequest</c> with <c>FirstName</c>, <c>Sex</c>, <c>BirthDay</c>). A program's settings
    /// (<c>SmtpSettings</c>, <c>JwtSettings</c>) name no person's key and no person's trait. Read once.
    /// </summary>
    public bool IsPersonsSettings(INamedTypeSymbol type, NameReadings names) =>
        ReadOnce(ref _personsSettings, type, names, static (facts, t, n) =>
            TypeContextClassifier.NamesSettings(t.Name, facts.Vocabulary)
                && (DeclaresPersonLink(t, facts.Vocabulary)
                    || ((facts.MemberWords(t, n) & Held.Name) != 0
                        && (facts.MemberWords(t, n) & (Held.PersonTrait | Held.Animal)) == Held.PersonTrait)));

    private int _personsSettings = -1;

    private static bool DeclaresPersonLink(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic || member.IsImplicitlyDeclared)
            {
                continue;
            }

            var memberType = member switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };

            if (memberType is null)
            {
                continue;
            }

            if (memberType is INamedTypeSymbol { TypeKind: TypeKind.Class } named && named.SpecialType == SpecialType.None
                && named.ContainingNamespace?.ToDisplayString().StartsWith("System", StringComparison.Ordinal) != true
                && TypeContextClassifier.ClassifyName(named.Name, vocabulary) == ContextKind.Subject)
            {
                return true;
            }

            if (NamesPersonKey(member.Name, vocabulary))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A key named by a person word and "Id" on either side (<c>UserId</c>, <c>AppUserId</c>, <c>IdCliente</c>, <c>user_id</c>).</summary>
    private static bool NamesPersonKey(string name, VocabularyTable vocabulary)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[8];
        var count = IdentifierSplitter.Split(name, buffer);
        if (count < 2 || count > 8)
        {
            return false;
        }

        var words = (ReadOnlySpan<WordSpan>)buffer.Slice(0, count);
        int at;
        if (TypeOwners.IsKeyWord(name, words[count - 1]))
        {
            at = count - 2;
        }
        else if (TypeOwners.IsKeyWord(name, words[0]))
        {
            at = 1;
        }
        else
        {
            return false;
        }

        return vocabulary.Match(name, words.Slice(0, at + 1), at, out var consumed) is { Role: WordRole.Subject } && consumed == 1;
    }

    /// <summary>
    /// Whether the type, named by a word software uses for a tool or a service (<c>Manager</c>; see
    /// <see cref="TypeContextClassifier.HeadNamesTool"/>), is a person's record by its members: it declares only data (see
    /// <see cref="DataRecordShape"/>) and holds a first and a last name, or a name, an e-mail and a phone — an insurance
    /// broker's <c>Manager</c> with <c>FirstName</c>, <c>LastName</c>, <c>Email</c>, <c>Phone</c>. A tool has methods or
    /// services; a settings, options or search type keeps its reading. Read once.
    /// </summary>
    public bool IsPersonRecordNamedAsTool(INamedTypeSymbol type, NameReadings names) =>
        ReadOnce(ref _toolPersonRecord, type, names, static (facts, t, n) =>
        {
            var words = facts.MemberWords(t, n);
            return (words & Held.Name) != 0 && (words & Held.Animal) == 0
                && TypeContextClassifier.HeadNamesTool(t.Name, facts.Vocabulary)
                && facts.DataRecordShape(t, n) switch
                {
                    RecordShape.NamedTwice => true,
                    RecordShape.DataOnly => (words & Held.Email) != 0 && (words & Held.Phone) != 0,
                    _ => false,
                };
        });

    private int _toolPersonRecord = -1;

    /// <summary>What <see cref="DataRecordShape"/> found.</summary>
    internal enum RecordShape
    {
        /// <summary>The type declares a method, an event, a service or a field of an interface type.</summary>
        NotData = 1,

        /// <summary>The type declares only data.</summary>
        DataOnly = 2,

        /// <summary>The type declares only data, two of its members by a name term, one of them strong (a first and a last name).</summary>
        NamedTwice = 3,
    }

    /// <summary>
    /// Whether the type declares only data members — properties and fields, constructors whose parameters are no interface
    /// (no injected service), no method but overrides of <c>ToString</c>, <c>Equals</c>, <c>GetHashCode</c>, no event, no
    /// field of an interface type other than a collection — and whether two of its properties or fields are named by a
    /// name term, one of them strong (<c>FirstName</c> and <c>LastName</c>, <c>Vorname</c> and <c>Nachname</c>, <c>Nom</c>
    /// and <c>Prenom</c>, <c>Nombre</c> and <c>Apellido</c>; a field and the property it backs, <c>prenom</c> and
    /// <c>Prenom</c>, are one). What the compiler
    /// declares (a record's members, backing fields) does not count. Read once.
    /// </summary>
    internal RecordShape DataRecordShape(INamedTypeSymbol type, NameReadings names)
    {
        var shape = Volatile.Read(ref _dataRecord);
        if (shape == 0)
        {
            shape = (int)ReadDataRecord(type, names);
            Volatile.Write(ref _dataRecord, shape);
        }

        return (RecordShape)shape;
    }

    private int _dataRecord;

    private RecordShape ReadDataRecord(INamedTypeSymbol type, NameReadings names)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return RecordShape.NotData;
        }

        // The distinct name members (a field and the property it backs are one), and whether one is strong.
        List<string>? nameMembers = null;
        var strongName = false;
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared)
            {
                continue;
            }

            switch (member)
            {
                case IMethodSymbol method:
                    if (method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.StaticConstructor)
                    {
                        break;
                    }

                    if (method.MethodKind == MethodKind.Constructor)
                    {
                        foreach (var parameter in method.Parameters)
                        {
                            if (IsServiceType(parameter.Type))
                            {
                                return RecordShape.NotData;
                            }
                        }

                        break;
                    }

                    if (method.IsOverride && method.Name is "ToString" or "Equals" or "GetHashCode")
                    {
                        break;
                    }

                    return RecordShape.NotData;
                case IEventSymbol:
                    return RecordShape.NotData;
                case IFieldSymbol field:
                    if (IsServiceType(field.Type))
                    {
                        return RecordShape.NotData;
                    }

                    if (!field.IsStatic)
                    {
                        strongName |= AddName(field.Name, names, ref nameMembers);
                    }

                    break;
                case IPropertySymbol property:
                    if (!property.IsStatic)
                    {
                        strongName |= AddName(property.Name, names, ref nameMembers);
                    }

                    break;
            }
        }

        // A firm's own name beside its contact person's (Supplier: Name, ContactPerson) is no person's two names.
        return strongName && nameMembers is { Count: >= 2 } && !PartyRecords.IsOrganisation(type, Vocabulary)
            ? RecordShape.NamedTwice
            : RecordShape.DataOnly;
    }

    // Adds a member named by a name term and no person word to the distinct name members (prenom, _prenom and Prenom are
    // one); whether its term is strong.
    private bool AddName(string name, NameReadings names, ref List<string>? found)
    {
        // Only the record's own names: a name that names another person (ContactPerson, ManagerName) is someone else's.
        var reading = names.Read(name, Vocabulary);
        if (reading.SiblingTerm is not { Category: "Identity.Name" } term || reading.People is not null)
        {
            return false;
        }

        var trimmed = name.TrimStart('_');
        found ??= new List<string>(4);
        foreach (var known in found)
        {
            if (string.Equals(known, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return term.Strength >= TermStrength.Strong;
            }
        }

        found.Add(trimmed);
        return term.Strength >= TermStrength.Strong;
    }

    // An interface that is not a collection (an injected service, a repository, a logger).
    private static bool IsServiceType(ITypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Interface || type.SpecialType == SpecialType.System_Collections_IEnumerable
            || type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the type is a person's own record by its name: its context is a subject decided by its own name or a base
    /// type's, and that name's head word names a person (<c>UserModel</c>, <c>VisitorViewModel</c>, <c>ApplicationUser</c>;
    /// not <c>UserPost</c>, <c>ProductReview</c>, <c>UserLoginModel</c>: there the person word is not the head). Read once.
    /// </summary>
    public bool NamedForPerson(INamedTypeSymbol type) =>
        ReadOnce(ref _namedForPerson, type, static (facts, t) =>
            facts.Context == ContextKind.Subject && facts.DecidedBy is { } by && IsSelfOrBase(t, by)
                && TypeContextClassifier.HeadNamesPerson(by.Name, facts.Vocabulary));

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
    public bool NamesGuest(INamedTypeSymbol type) =>
        ReadOnce(ref _namesGuest, type, static (facts, t) =>
            facts.Vocabulary.HasWordOf(t.Name, WordClass.Guest));

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
