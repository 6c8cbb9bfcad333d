using System;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// A type named by a person word (<c>Customer</c>, <c>Supplier</c>, <c>Creditor</c>, <c>Cliente</c>) whose members show that
/// it is an organisation's record: it has a name of its own (<c>Name</c>, <c>Nome</c>, <c>CompanyName</c>) <b>and</b> the name
/// of a contact person (<c>ContactName</c>, <c>ContactPerson</c>, <c>NomeContato</c>, <c>PersoanaContact</c>,
/// <c>Ansprechpartner</c>). A natural person is their own contact: a record that names someone else to contact is a firm's,
/// and its name, e-mail, phone and address are the firm's (<c>CustomerEntity.Email</c> of a fruit wholesaler). The contact
/// person's members are still reported (the person word "contact" decides them), and so is everything strong on the type
/// that only a person has.
/// Not an organisation when a member holds what only a natural person has — a first or last name, a birth date, a gender,
/// a national id or an identity document (a patient with an emergency contact is still a patient) — nor when the contact
/// is qualified by another word (<c>EmergencyContactName</c>, <c>ParentContactName</c>: a person's next of kin).
/// Read once per type (<see cref="TypeContexts"/>), only for a type whose own name made it a subject; a type with no member
/// name mentioning a contact costs one substring test per member name.
/// </summary>
internal static class PartyRecords
{
    private const int MaxWords = 16;

    public static bool IsOrganisation(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        var names = type.MemberNames;
        var mentions = false;
        foreach (var name in names)
        {
            if (MentionsContact(name))
            {
                mentions = true;
                break;
            }
        }

        if (!mentions)
        {
            return false;
        }

        var contactPerson = false;
        var ownName = false;
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        foreach (var name in names)
        {
            var count = IdentifierSplitter.Split(name, buffer);
            if (count == 0 || count > MaxWords)
            {
                continue;
            }

            var words = (ReadOnlySpan<WordSpan>)buffer.Slice(0, count);
            switch (Read(name, words, vocabulary))
            {
                case Reading.PersonOnly:
                    return false;
                case Reading.ContactPerson:
                    contactPerson = true;
                    break;
                case Reading.OwnName:
                    ownName = true;
                    break;
            }
        }

        return contactPerson && ownName;
    }

    /// <summary>
    /// Whether a type named by a person word (<c>Veterinarian</c>, <c>Medic</c>, <c>Abogado</c>) is its practice's record,
    /// not its practitioner's: a member holds the record's own name qualified by a practice word (<c>ClinicName</c>,
    /// <c>NombreConsultorio</c>, <c>NomeClinica</c>, <c>PraxisName</c>, <c>NomCabinet</c>, <c>NumeCabinet</c>:
    /// <see cref="WordClass.Practice"/>), and no member holds the practitioner's own name (a bare <c>Name</c>, a first or
    /// last name) nor anything else only a natural person has (a birth date, a gender, a national id). Its phone, e-mail
    /// and address are then the practice's (a pet owner's vet kept as the clinic: thirty-fourth round). Read once per type
    /// (<see cref="TypeContexts"/>), only for a type whose own name made it a subject.
    /// </summary>
    public static bool IsPracticeRecord(INamedTypeSymbol type, VocabularyTable vocabulary)
    {
        var practiceName = false;
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        foreach (var name in type.MemberNames)
        {
            var count = IdentifierSplitter.Split(name, buffer);
            if (count == 0 || count > MaxWords)
            {
                continue;
            }

            var words = (ReadOnlySpan<WordSpan>)buffer.Slice(0, count);
            switch (Read(name, words, vocabulary))
            {
                case Reading.PersonOnly:
                    return false;
                case Reading.OwnName when count == 1:
                    // The practitioner's own name (Veterinarian.Name).
                    return false;
                case Reading.OwnName when !practiceName:
                    practiceName = QualifiedByPractice(name, words, vocabulary);
                    break;
            }
        }

        return practiceName;
    }

    private static bool QualifiedByPractice(string name, ReadOnlySpan<WordSpan> words, VocabularyTable vocabulary)
    {
        foreach (var word in words)
        {
            if ((vocabulary.Classes(name, word) & WordClass.Practice) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a type name holds a person word (<c>CustomerEntity</c>, <c>Fornecedor</c>) and no term of a person's details
    /// (an <c>Address</c>, a <c>ContactInfo</c>, a <c>UserAddress</c> keep their reading: an address names a contact too).
    /// </summary>
    public static bool NamedByPersonWord(string typeName, VocabularyTable vocabulary)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(typeName, buffer);
        var words = (ReadOnlySpan<WordSpan>)buffer.Slice(0, Math.Min(count, MaxWords));
        var person = false;
        for (var i = 0; i < words.Length;)
        {
            var entry = vocabulary.Match(typeName, words, i, out var consumed);
            if (entry is null)
            {
                i++;
                continue;
            }

            if (entry.Role == WordRole.Term && entry.Category is { } category && TypeContextClassifier.HoldsDetails(category))
            {
                return false;
            }

            person |= entry.Role == WordRole.Subject;
            i += consumed;
        }

        return person;
    }

    private enum Reading
    {
        Other,
        OwnName,
        ContactPerson,
        PersonOnly,
    }

    private static Reading Read(string name, ReadOnlySpan<WordSpan> words, VocabularyTable vocabulary)
    {
        var contact = false;
        var nameTerm = false;
        var owner = false;
        var generic = false;
        var other = false;
        for (var i = 0; i < words.Length;)
        {
            var entry = vocabulary.Match(name, words, i, out var consumed);
            if (entry is null)
            {
                other = true;
                i++;
                continue;
            }

            if (IsEmergency(entry))
            {
                // An emergency contact (contacto de emergencia, contact d'urgence) is a person's next of kin.
                return Reading.Other;
            }

            if (entry.Role == WordRole.Term && entry.Category == "Identity.Name" && HasContactWord(entry))
            {
                // A contact person (contact person, persoana de contact, personne de contact).
                nameTerm = true;
                contact = true;
                i += consumed;
                continue;
            }

            if (entry.Role == WordRole.Term && entry.Category is { } category && entry.Strength >= TermStrength.Strong
                && (category == "Identity.DateOfBirth" || category == "Identity.Gender" || category == "Identity.NationalId"
                    || category == "Identity.Document" || category == "Identity.Name"))
            {
                // A first or last name, a birth date, a gender, a national id: only a natural person has one.
                return Reading.PersonOnly;
            }

            if (entry.Role == WordRole.Term && entry.Category == "Identity.Name")
            {
                nameTerm = true;
                generic |= entry.Words.Length == 1 && IsGenericName(entry.Words[0]);
            }
            else if (entry.Role == WordRole.Subject && HasContactWord(entry))
            {
                contact = true;
                // "Ansprechpartner" names the contact person by itself.
                nameTerm |= consumed == 1 && entry.Words[0] == "ansprechpartner";
            }
            else if (entry.Role == WordRole.Owner)
            {
                owner = true;
            }
            else
            {
                other = true;
            }

            i += consumed;
        }

        if (other)
        {
            return Reading.Other;
        }

        if (contact && nameTerm)
        {
            return Reading.ContactPerson;
        }

        // Name, Nome, Nombre, Nume, Nom; CompanyName, NomeEmpresa, Firmenname: the record's own name.
        return !contact && generic && (words.Length == 1 || owner) ? Reading.OwnName : Reading.Other;
    }

    private static bool HasContactWord(VocabularyEntry entry)
    {
        foreach (var word in entry.Words)
        {
            if (word is "contact" or "contato" or "contacto" or "kontakt" or "ansprechpartner" or "kontaktperson" or "ansprechperson")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEmergency(VocabularyEntry entry)
    {
        foreach (var word in entry.Words)
        {
            if (word.Contains("emergen") || word.Contains("urgen") || word.Contains("notfall"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGenericName(string word) => word is "name" or "nome" or "nombre" or "nume" or "nom";

    internal static bool MentionsContact(string name) =>
        name.IndexOf("contact", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("contato", StringComparison.OrdinalIgnoreCase) >= 0
        || name.IndexOf("kontakt", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("ansprechp", StringComparison.OrdinalIgnoreCase) >= 0;
}
