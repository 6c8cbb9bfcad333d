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
