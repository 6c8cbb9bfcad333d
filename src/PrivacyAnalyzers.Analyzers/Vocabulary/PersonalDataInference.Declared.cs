using System;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Evidence beyond the member's name (PRIV001's ninth round): what the code itself declares about a member — its display,
/// column and wire names, descriptions and validation messages, the DataAnnotations that type its value
/// (<see cref="DeclaredTexts"/>) — and the vocabulary words a one-word compound is made of (<see cref="CompoundWords"/>).
/// Each is read through the same vocabulary and the same rules as the name (the member's type, its containing type, its
/// siblings), so what keeps a name quiet keeps the declared text quiet: <c>Product</c> with <c>[Display(Name = "Name")]</c>,
/// <c>SmtpSettings</c> with <c>[EmailAddress] FromAddress</c>.
/// </summary>
internal sealed partial class PersonalDataInference
{
    private readonly Compilation _compilation;

    /// <summary>
    /// The member's name gave no reported verdict (<paramref name="byName"/>): reads what its attributes declare, unless a word
    /// of the name silences (an owner, a meta, a technical word, a known non-personal phrase: <c>CompanyPhone</c>,
    /// <c>EmailConfirmed</c> say what the member is, whatever its label). The most confident reported reading wins (the first
    /// on a tie); none leaves the name's verdict.
    /// </summary>
    private PersonalDataGuess InferDeclared(ISymbol member, PersonalDataGuess byName, MemberTypeShape shape, INamedTypeSymbol? containingType, DetectionOptions options, bool collection, ITypeSymbol? memberType, INamedTypeSymbol? element)
    {
        var attributes = AnnotationReader.GetMemberAttributes(member);
        if (attributes.IsEmpty || !DeclaredTexts.Any(attributes))
        {
            return byName;
        }

        var vocabulary = options.Vocabulary;
        if (_names.Read(member.Name, vocabulary).Silenced)
        {
            return byName;
        }

        var best = byName;
        foreach (var declared in DeclaredTexts.Read(attributes, _compilation))
        {
            var text = declared.Kind == DeclaredKind.Sentence ? WithoutValidationWords(declared.Text, vocabulary) : declared.Text;
            if (text is null)
            {
                continue;
            }

            var guess = Infer(text, shape, containingType, options, collection, memberType, element);
            if (guess.IsPersonalData && (!best.IsPersonalData || guess.Confidence > best.Confidence))
            {
                var evidence = declared.Kind == DeclaredKind.Typed ? declared.Evidence : declared.Evidence + ", read as " + guess.Evidence;
                best = new PersonalDataGuess(true, guess.Category, guess.Confidence, evidence);
            }
        }

        return best;
    }

    /// <summary>
    /// A name none of whose words is a term: tries to read a word of at least eight letters that matched nothing as the
    /// vocabulary words it is made of (<c>Numartelefon</c> → numar telefon), and the name again with it so segmented.
    /// Allocates only the first time a name segments in a compilation (the segmented name is kept with its reading).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private PersonalDataGuess InferCompound(string name, ReadOnlySpan<WordSpan> words, MemberTypeShape shape, INamedTypeSymbol? containingType, DetectionOptions options, bool collection, ITypeSymbol? memberType, INamedTypeSymbol? element)
    {
        // Most names have no word that long: they leave here, before anything is probed or reserved.
        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        if (longest < CompoundWords.MinimumLength)
        {
            return PersonalDataGuess.None;
        }

        // Whether the name holds a compound with a term, and the name written with its pieces, depend on the name and the
        // vocabulary alone: decided once per name in this compilation (NameReadings; the same identifiers recur across
        // a compilation's types: Reference, Quantity, Priority).
        var vocabulary = options.Vocabulary;
        var reading = _names.Read(name, vocabulary);
        var segmented = reading.Segmented;
        if (segmented is null)
        {
            segmented = Segment(name, words, vocabulary) ?? string.Empty;
            reading.Segmented = segmented;
        }

        if (segmented.Length == 0)
        {
            return PersonalDataGuess.None;
        }

        var guess = Infer(segmented, shape, containingType, options, collection, memberType, element);
        return guess.IsPersonalData
            ? new PersonalDataGuess(true, guess.Category, guess.Confidence, "its name '" + name + "' read as " + guess.Evidence)
            : guess;
    }

    /// <summary>
    /// The name with its first compound that holds a term written as its pieces (<c>Numartelefon</c> → <c>Numar_Telefon</c>);
    /// null when no word of it segments into a term.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? Segment(string name, ReadOnlySpan<WordSpan> words, VocabularyTable vocabulary)
    {
        Span<int> ends = stackalloc int[CompoundWords.MaximumPieces];
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords + CompoundWords.MaximumPieces];
        var found = -1;
        var pieces = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length >= CompoundWords.MinimumLength
                && (pieces = CompoundWords.Segment(name, word, vocabulary, ends)) > 0
                && HoldsTerm(name, words, i, word, ends.Slice(0, pieces), buffer, vocabulary))
            {
                found = i;
                break;
            }
        }

        if (found < 0)
        {
            return null;
        }

        // The name again, the compound written as its pieces (NumarTelefon), the other words as they were, between
        // underscores so that each splits as before. Any other compound is segmented when this name is read.
        var builder = new StringBuilder(name.Length + words.Length + pieces);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('_');
            }

            var word = words[i];
            if (i != found)
            {
                builder.Append(name, word.Start, word.Length);
                continue;
            }

            var start = 0;
            for (var k = 0; k < pieces; k++)
            {
                builder.Append(char.ToUpperInvariant(name[word.Start + start]));
                for (var c = word.Start + start + 1; c < word.Start + ends[k]; c++)
                {
                    builder.Append(char.ToLowerInvariant(name[c]));
                }

                start = ends[k];
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether the name, its word <paramref name="index"/> read as its pieces, holds a term: a compound of words that name
    /// nothing personal (Subtotal: sub total) is left there, without a new name being written.
    /// </summary>
    private static bool HoldsTerm(string name, ReadOnlySpan<WordSpan> words, int index, WordSpan word, ReadOnlySpan<int> ends, Span<WordSpan> buffer, VocabularyTable vocabulary)
    {
        var count = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (i != index)
            {
                buffer[count++] = words[i];
                continue;
            }

            var start = 0;
            foreach (var end in ends)
            {
                buffer[count++] = new WordSpan(word.Start + start, end - start);
                start = end;
            }
        }

        ReadOnlySpan<WordSpan> segmented = buffer.Slice(0, count);
        for (var i = 0; i < count;)
        {
            if (vocabulary.Match(name, segmented, i, out var consumed) is { Role: WordRole.Term })
            {
                return true;
            }

            i += consumed;
        }

        return false;
    }

    /// <summary>
    /// A sentence (a description, a prompt, a validation message) read as a name, less the one-word meta entries that only
    /// speak of validation or display ("required", "valid", "field", "format", "length", "label") and numbers (<c>{0}</c>,
    /// "50 characters"): "The Email field is required" reads as "The Email is", "The field is required" as nothing
    /// personal. Null for a text of more words than a name is split into (a paragraph, not a label).
    /// </summary>
    private static string? WithoutValidationWords(string text, VocabularyTable vocabulary)
    {
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(text, buffer);
        if (count == MaxWords)
        {
            return null;
        }

        ReadOnlySpan<WordSpan> words = buffer.Slice(0, count);
        StringBuilder? builder = null;
        for (var i = 0; i < count;)
        {
            var entry = vocabulary.Match(text, words, i, out var consumed);
            var word = words[i];
            var drop = (entry is { Role: WordRole.Meta } && entry.Words.Length == 1 && consumed == 1) || char.IsDigit(text[word.Start]);
            if (drop && builder is null)
            {
                // The first word dropped: copy the words kept so far.
                builder = new StringBuilder(text.Length);
                for (var k = 0; k < i; k++)
                {
                    Append(builder, text, words[k]);
                }
            }

            if (!drop)
            {
                for (var k = i; k < i + consumed && k < count; k++)
                {
                    if (builder is not null)
                    {
                        Append(builder, text, words[k]);
                    }
                }
            }

            i += consumed;
        }

        return builder is null ? text : builder.ToString();
    }

    private static void Append(StringBuilder builder, string text, WordSpan word)
    {
        if (builder.Length > 0)
        {
            builder.Append('_');
        }

        builder.Append(text, word.Start, word.Length);
    }

    /// <summary>
    /// A member typed with a person's details kept inside the record — a class declared <c>[ComplexType]</c> or
    /// <c>[Owned]</c> (Entity Framework's value kept in its owner's row) and named for a person (<c>Conducteur</c>: an
    /// accident report's <c>ConducteurAssure</c>, <c>ConducteurTiers</c>): the person's identity itself, not a navigation to
    /// another record (a navigation to a person's entity stays quiet). Asked only of object-typed members nothing else
    /// reported.
    /// </summary>
    private static PersonalDataGuess? EmbeddedPerson(INamedTypeSymbol held, DetectionOptions options)
    {
        if (held.TypeKind is not (TypeKind.Class or TypeKind.Struct) || options.IsIgnored("Identity"))
        {
            return null;
        }

        var owned = false;
        foreach (var attribute in held.GetAttributes())
        {
            var attributeName = attribute.AttributeClass?.Name;
            if (attributeName is "ComplexTypeAttribute" or "ComplexType" or "OwnedAttribute" or "Owned")
            {
                owned = true;
                break;
            }
        }

        // Named for a person (a driver, a witness), not for a holder of details: an owned Address of a property is the
        // property's (the member's own words decide there).
        if (!owned || HeadEntry(held.Name, options.Vocabulary) is not { Role: WordRole.Subject })
        {
            return null;
        }

        return ReadThroughItsType("Identity", held.Name, ", a person's details kept in the record", options);
    }
}
