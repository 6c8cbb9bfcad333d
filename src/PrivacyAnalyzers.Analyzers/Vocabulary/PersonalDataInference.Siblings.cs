using System;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// The rules that read a member with its siblings (a weak address part beside a birth date, a name beside a national id, a
/// house number beside a street, an animal's sex beside its species): what the members of a containing type hold, computed
/// once per type and vocabulary and kept in the type's entry (<see cref="TypeContexts"/>, <see cref="TypeFacts"/>).
/// </summary>
internal sealed partial class PersonalDataInference
{
    /// <summary>
    /// The sibling that makes a weak term of <paramref name="category"/> on a neutral type a person's (see the caller); null
    /// when none. When the type's member names show that no member can set the facts this category reads (no name holds
    /// such a term: most commands and view models), the members are not visited.
    /// </summary>
    private string? WeakTermSibling(INamedTypeSymbol type, VocabularyTable vocabulary, string category)
    {
        var entry = _contexts.For(type, vocabulary);
        if (entry.Siblings is null && entry.NamesComplete(type))
        {
            var words = entry.MemberWords(type, _names);
            const MemberWords reachedBy = MemberWords.Email | MemberWords.Phone | MemberWords.Name | MemberWords.AddressTerm;
            var possible = (words & MemberWords.NaturalPerson) != 0 || (category == "Special.Health"
                ? (words & (MemberWords.Health | MemberWords.NationalId)) != 0
                : category == "Financial.TaxId"
                ? (words & MemberWords.NationalId) != 0
                : (words & MemberWords.PersonOnly) != 0
                    || (category == "Identity.Name" && (words & MemberWords.NationalId) != 0)
                    || (category == "Identity.Name" && (words & MemberWords.Password) != 0 && IsFormName(type.Name))
                    || (category == "Identity.Name" && (words & MemberWords.Email) != 0 && NamesSignIn(type.Name))
                    || (category == "Identity.NationalId" && (words & MemberWords.Name) != 0)
                    || (words & reachedBy) == reachedBy);
            if (!possible)
            {
                return null;
            }
        }

        var facts = Siblings(type, vocabulary);
        return facts.NaturalPerson ?? (category == "Special.Health"
            ? facts.Health ?? facts.NationalId
            : category == "Financial.TaxId"
            ? facts.NationalId
            : facts.PersonOnly
                ?? (category == "Identity.Name" ? facts.NationalId ?? (IsFormName(type.Name) ? facts.Password : null) : null)
                ?? (category == "Identity.Name" && facts.Email is not null && NamesSignIn(type.Name) ? facts.Email : null)
                ?? (category == "Identity.NationalId" ? facts.Name : null)
                ?? facts.ReachedBy);
    }

    /// <summary>
    /// The first member of <paramref name="type"/> whose name holds a strong religious term (a rite received, an affiliation:
    /// Batismo, Eucaristia, Religion, Konfession); null when none. The member names alone rule most types out.
    /// </summary>
    private string? ReligiousSibling(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        var entry = _contexts.For(type, vocabulary);
        if (entry.Siblings is null && entry.NamesComplete(type) && (entry.MemberWords(type, _names) & MemberWords.Religion) == 0)
        {
            return null;
        }

        return Siblings(type, vocabulary).Religion;
    }

    /// <summary>
    /// What a sibling whose name's term is <paramref name="term"/> may set (<see cref="NameReadings.Members"/>): a superset of
    /// what it sets, since its type is not asked here (a collection, or a type the term does not fit, sets nothing).
    /// </summary>
    internal static MemberWords SiblingWords(VocabularyEntry term)
    {
        if (term.Category is not { } category)
        {
            return MemberWords.None;
        }

        var words = MemberWords.None;
        if (term.Strength >= TermStrength.Strong && IsPersonOnly(category))
        {
            words |= MemberWords.PersonOnly;
        }

        if (category == "Identity.Name")
        {
            words |= MemberWords.Name;
        }

        if (category == "Identity.NationalId")
        {
            words |= MemberWords.NationalId;
        }

        if (category == "Special.Health" && term.Strength >= TermStrength.Strong)
        {
            words |= MemberWords.Health;
        }

        if (category == "Special.ReligiousBelief" && term.Strength >= TermStrength.Strong)
        {
            words |= MemberWords.Religion;
        }

        if (category == "Contact.Email")
        {
            words |= MemberWords.Email;
        }

        if (category == "Contact.Phone")
        {
            words |= MemberWords.Phone;
        }

        if (category == "Online.Username")
        {
            words |= MemberWords.Username;
        }

        if (category is "Identity.Gender" or "Identity.DateOfBirth")
        {
            words |= MemberWords.PersonTrait;
        }

        if (category == "Credentials.Password" && term.Strength >= TermStrength.Strong)
        {
            words |= MemberWords.Password;
        }

        return words;
    }

    /// <summary>
    /// What the members of <paramref name="type"/> hold: the first member whose name holds a strong term that only a natural
    /// person has (a payment card or its holder, a bank account, a first or last name, a birth date, a national id or
    /// identity document), not negated nor owned by a thing; a name; a national id; a strong health term; an address part; a
    /// species or a breed.
    /// Computed once per type and vocabulary, and only for the members that need it.
    /// </summary>
    private SiblingFacts Siblings(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        var entry = _contexts.For(type, vocabulary);
        if (entry.Siblings is { } cached)
        {
            return cached;
        }

        // The members whose names may set a fact, found by name, when the names list every property and field; the whole
        // member list otherwise (or when their order cannot be told from their places in one file).
        var facts = (entry.NamesComplete(type) && Candidates(type, vocabulary, out var count) is { } candidates ? SiblingsOf(candidates.AsSpan(0, count), vocabulary) : null)
            ?? SiblingsOf(type.GetMembers().AsSpan(), vocabulary);
        entry.Siblings = facts;
        return facts;
    }

    /// <summary>
    /// The properties and fields of <paramref name="type"/> that the sibling facts read (a name holding a term or an animal
    /// word; not static, not implicitly declared), found through its member names (<see cref="ITypeSymbol.MemberNames"/>,
    /// <see cref="INamespaceOrTypeSymbol.GetMembers(string)"/>) instead of its whole member list — a workload entity has 49
    /// members, accessors and backing fields included, and five or six such names — in the order of
    /// <see cref="INamespaceOrTypeSymbol.GetMembers()"/>, which for members declared in one file is their order in it. Null when
    /// that order cannot be told so (members in several files or not in source, two members of one name): the caller then
    /// reads the whole list. <paramref name="count"/> members of the array are used.
    /// </summary>
    private ISymbol[]? Candidates(INamedTypeSymbol type, VocabularyTable vocabulary, out int count)
    {
        count = 0;
        ISymbol[]? found = null;
        SyntaxTree? tree = null;
        foreach (var memberName in type.MemberNames)
        {
            var reading = _names.Read(memberName, vocabulary);
            if (reading.SiblingTerm is null && (reading.Classes & (WordClass.Animal | WordClass.NaturalPerson)) == 0)
            {
                continue;
            }

            var seen = false;
            foreach (var member in type.GetMembers(memberName))
            {
                if (member.Kind is not (SymbolKind.Property or SymbolKind.Field) || member.IsImplicitlyDeclared || member.IsStatic)
                {
                    continue;
                }

                var locations = member.Locations;
                if (seen || locations.IsEmpty || !locations[0].IsInSource || (tree is not null && locations[0].SourceTree != tree))
                {
                    return null;
                }

                tree = locations[0].SourceTree;
                seen = true;
                found ??= new ISymbol[4];
                if (count == found.Length)
                {
                    Array.Resize(ref found, count * 2);
                }

                found[count++] = member;
            }
        }

        if (found is null)
        {
            return Array.Empty<ISymbol>();
        }

        // Insertion sort by place in the file: a handful of members.
        for (var i = 1; i < count; i++)
        {
            var member = found[i];
            var start = member.Locations[0].SourceSpan.Start;
            var k = i - 1;
            while (k >= 0 && found[k].Locations[0].SourceSpan.Start > start)
            {
                found[k + 1] = found[k];
                k--;
            }

            found[k + 1] = member;
        }

        return found;
    }

    /// <summary>The sibling facts read from <paramref name="members"/>, in order (the first member that sets a fact names it).</summary>
    private SiblingFacts SiblingsOf(ReadOnlySpan<ISymbol> members, VocabularyTable vocabulary)
    {
        string? personOnly = null;
        string? name = null;
        string? nationalId = null;
        string? health = null;
        string? addressPart = null;
        var houseNumber = false;
        var animal = false;
        string? email = null;
        string? password = null;
        string? card = null;
        string? naturalPerson = null;
        string? religion = null;
        var phone = false;
        foreach (var member in members)
        {
            // The name first (read once per name): a member whose name holds no term and no animal word changes nothing
            // below, and its type need not be classified.
            if (member.Kind is not (SymbolKind.Property or SymbolKind.Field) || member.IsImplicitlyDeclared
                || _names.Read(member.Name, vocabulary) is not { } reading
                || (reading.SiblingTerm is null && (reading.Classes & (WordClass.Animal | WordClass.NaturalPerson)) == 0)
                || member.IsStatic)
            {
                continue;
            }

            var memberType = member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
            var shape = _types.Classify(memberType, out var collection, out _);
            animal |= (reading.Classes & WordClass.Animal) != 0;

            // A flag that the row is a natural person (CrmLead.PersoanaFizica, Parceiro.PessoaFisica): a table of natural and
            // legal persons, whose natural persons' data is personal (the mixed-table convention).
            if (naturalPerson is null && shape == MemberTypeShape.Bool && !collection && (reading.Classes & WordClass.NaturalPerson) != 0
                && reading.People is not null)
            {
                naturalPerson = member.Name;
            }
            if (collection || reading.SiblingTerm is not { Category: { } category } term || !Fits(term, shape))
            {
                continue;
            }

            if (personOnly is null && term.Strength >= TermStrength.Strong && IsPersonOnly(category))
            {
                personOnly = member.Name;
            }

            if (name is null && category == "Identity.Name")
            {
                name = member.Name;
            }

            if (nationalId is null && category == "Identity.NationalId")
            {
                nationalId = member.Name;
            }

            if (health is null && category == "Special.Health" && term.Strength >= TermStrength.Strong)
            {
                health = member.Name;
            }

            if (category == "Contact.Email")
            {
                email ??= member.Name;
            }

            if (religion is null && category == "Special.ReligiousBelief" && term.Strength >= TermStrength.Strong)
            {
                religion = member.Name;
            }

            if (password is null && category == "Credentials.Password" && term.Strength >= TermStrength.Strong)
            {
                password = member.Name;
            }

            if (card is null && category == "Financial.PaymentCard" && term.Strength >= TermStrength.Strong && (reading.Classes & WordClass.Expiry) == 0)
            {
                card = member.Name;
            }

            phone |= category == "Contact.Phone";
            if (category == "Contact.Address")
            {
                addressPart ??= member.Name;
                houseNumber |= (reading.Classes & WordClass.Number) != 0;
            }
        }

        // A type that already names its house number (NumeroCasa, HouseNumber) keeps a bare Numero for something else.
        var reachedBy = email is not null && phone && name is not null && addressPart is not null ? email : null;
        return new SiblingFacts(personOnly, name, nationalId, houseNumber ? null : addressPart, animal, reachedBy, health, password, card, naturalPerson, religion, email);
    }
}

/// <summary>What the members of a type hold, as far as the rules that read a member with its siblings need.</summary>
internal sealed class SiblingFacts
{
    public SiblingFacts(string? personOnly, string? name, string? nationalId, string? addressPart, bool animal, string? reachedBy, string? health, string? password, string? card, string? naturalPerson, string? religion, string? email)
    {
        Religion = religion;
        Email = email;
        NaturalPerson = naturalPerson;
        Card = card;
        Password = password;
        Health = health;
        ReachedBy = reachedBy;
        PersonOnly = personOnly;
        Name = name;
        NationalId = nationalId;
        AddressPart = addressPart;
        Animal = animal;
    }

    /// <summary>A member holding a strong term only a natural person has (a card, a bank account, a first name, a national id).</summary>
    public string? PersonOnly { get; }

    /// <summary>A member holding a name (weak or strong).</summary>
    public string? Name { get; }

    /// <summary>A member holding a national id (weak or strong: Documento, Cpf).</summary>
    public string? NationalId { get; }

    /// <summary>A member holding a person's password: the type is a form where that person signs in or registers.</summary>
    public string? Password { get; }

    /// <summary>A bool member flagging that the row is a natural person (PersoanaFizica, IsNaturalPerson).</summary>
    public string? NaturalPerson { get; }

    /// <summary>A member holding an e-mail address: on a sign-in's answer, the signed-in person's (a name beside it is theirs).</summary>
    public string? Email { get; }

    /// <summary>A member holding a payment card's number or holder (a strong card term): an expiry beside it is the card's.</summary>
    public string? Card { get; }

    /// <summary>A member holding a strong religious term (a rite received, an affiliation: Batismo, Konfession, Religion).</summary>
    public string? Religion { get; }

    /// <summary>A member holding a strong health term (a diagnosis, a disease).</summary>
    public string? Health { get; }

    /// <summary>A member holding an address part (Logradouro, Street, Cep), when no member names the house number.</summary>
    public string? AddressPart { get; }

    /// <summary>
    /// The e-mail member of a type that holds a name, an address part, an e-mail and a phone together: the whole of the
    /// contact details by which one is reached (a help request's Name, Address, Phone, Email).
    /// </summary>
    public string? ReachedBy { get; }

    /// <summary>A member naming an animal's species or breed (Species, Breed, AnimalType, Especie): the type is an animal's.</summary>
    public bool Animal { get; }
}
