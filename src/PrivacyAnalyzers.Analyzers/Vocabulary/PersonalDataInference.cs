using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// "Does this member look like personal data, of which category, how surely?" — from the member's name (split into words,
/// matched against the vocabulary), its type (<see cref="MemberTypeClassifier"/>) and its containing type
/// (<see cref="TypeContextClassifier"/>). Used by PRIV001, its code fix and the benchmarks. Create one per compilation;
/// thread-safe. A member whose name holds no vocabulary word and whose type is not a personal-data type costs a split and
/// a table probe per word, and allocates nothing.
/// </summary>
internal sealed class PersonalDataInference
{
    private const int MaxWords = 24;

    private readonly MemberTypeClassifier _types;
    private readonly AnnotationReader? _reader;

    public PersonalDataInference(Compilation compilation, AnnotationReader? reader)
    {
        _types = new MemberTypeClassifier(compilation);
        _reader = reader;
    }

    /// <summary>Infers for a property, field or parameter; anything else is not personal data.</summary>
    public PersonalDataGuess Infer(ISymbol member, DetectionOptions options)
    {
        var type = member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };

        var containing = member is IParameterSymbol { ContainingSymbol: IMethodSymbol method } ? method.ContainingType : member.ContainingType;
        var shape = _types.Classify(type, out var collection);
        return Infer(member.Name, shape, containing, options, collection);
    }

    /// <summary>
    /// Infers from a name, a type shape and a containing type (the benchmarks call this directly); <paramref name="collection"/>
    /// when the member's type is an array or a collection of that shape.
    /// </summary>
    public PersonalDataGuess Infer(string name, MemberTypeShape shape, INamedTypeSymbol? containingType, DetectionOptions options, bool collection = false)
    {
        if (shape == MemberTypeShape.NotData)
        {
            return PersonalDataGuess.None;
        }

        var vocabulary = options.Vocabulary;
        Span<WordSpan> buffer = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, buffer);
        ReadOnlySpan<WordSpan> words = buffer.Slice(0, count);

        // One pass: the last term (the head in English, "CustomerEmail"), and whether anything negates.
        VocabularyEntry? head = null;
        var headStart = -1;
        var headEnd = -1;
        var negated = false;
        for (var i = 0; i < count;)
        {
            var entry = vocabulary.Match(name, words, i, out var consumed);
            if (entry is not null)
            {
                switch (entry.Role)
                {
                    case WordRole.Term:
                        head = entry;
                        headStart = i;
                        headEnd = i + consumed;
                        break;
                    case WordRole.Meta:
                    case WordRole.Technical:
                    case WordRole.NotPersonal:
                        negated = true;
                        break;
                }
            }

            i += consumed;
        }

        var signal = SignalCategory(shape);
        if (head is null && signal is null)
        {
            return PersonalDataGuess.None;
        }

        if (negated)
        {
            return PersonalDataGuess.None;
        }

        string category;
        TermStrength strength;
        string evidence;
        if (signal is not null)
        {
            category = signal;
            strength = TermStrength.Strong;
            evidence = shape switch
            {
                MemberTypeShape.IpAddress => "System.Net.IPAddress",
                MemberTypeShape.MailAddress => "System.Net.Mail.MailAddress",
                _ => "System.Net.NetworkInformation.PhysicalAddress",
            };
        }
        else
        {
            // A person has one gender: a collection of them is the options of a form or a filter, not anyone's data.
            if (!Fits(head!, shape) || (collection && head!.OnePerPerson))
            {
                return PersonalDataGuess.None;
            }

            category = head!.Category ?? "Other";
            strength = head.Strength;
            evidence = head.Text;
        }

        // The owner or subject word nearest to the term decides: FileName, UserFileName (file), CompanyContactName (contact).
        var ownerDistance = int.MaxValue;
        var subjectDistance = int.MaxValue;
        for (var i = 0; i < count;)
        {
            var entry = vocabulary.Match(name, words, i, out var consumed);
            if (entry is not null && (entry.Role == WordRole.Owner || entry.Role == WordRole.Subject))
            {
                var distance = head is null ? 1 : i < headStart ? headStart - i : i - headEnd + 1;
                if (entry.Role == WordRole.Owner)
                {
                    ownerDistance = Math.Min(ownerDistance, distance);
                }
                else
                {
                    subjectDistance = Math.Min(subjectDistance, distance);
                }
            }

            i += consumed;
        }

        if (ownerDistance <= subjectDistance && ownerDistance != int.MaxValue)
        {
            return PersonalDataGuess.None;
        }

        var namesSubject = subjectDistance != int.MaxValue;
        var context = TypeContextClassifier.Classify(containingType, _reader, vocabulary);
        var confidence = strength switch
        {
            _ when context == ContextKind.Infrastructure => strength == TermStrength.Always ? Confidence.Low : Confidence.None,
            TermStrength.Always => Confidence.High,
            TermStrength.Strong when namesSubject || context == ContextKind.Subject => Confidence.High,
            TermStrength.Strong when context == ContextKind.Neutral => Confidence.Medium,
            TermStrength.Strong => Confidence.Low,
            _ when namesSubject || context == ContextKind.Subject => Confidence.Medium,
            _ when context == ContextKind.Neutral => Confidence.Low,
            _ => Confidence.None,
        };

        if (confidence == Confidence.None || options.IsIgnored(category))
        {
            return PersonalDataGuess.None;
        }

        return new PersonalDataGuess(confidence >= options.MinimumConfidence, category, confidence, evidence);
    }

    private static string? SignalCategory(MemberTypeShape shape) => shape switch
    {
        MemberTypeShape.IpAddress => "Online.IpAddress",
        MemberTypeShape.MailAddress => "Contact.Email",
        MemberTypeShape.PhysicalAddress => "Online.DeviceId",
        _ => null,
    };

    private static bool Fits(VocabularyEntry term, MemberTypeShape shape) => shape switch
    {
        MemberTypeShape.Text => true,
        MemberTypeShape.Complex => term.Strength >= TermStrength.Strong,
        MemberTypeShape.Number => (term.Affinity & TypeAffinity.Number) != 0,
        MemberTypeShape.Date => (term.Affinity & TypeAffinity.Date) != 0,
        MemberTypeShape.Enum => (term.Affinity & TypeAffinity.Enum) != 0,
        MemberTypeShape.Bool => (term.Affinity & TypeAffinity.Bool) != 0,
        MemberTypeShape.Guid => (term.Affinity & TypeAffinity.Guid) != 0,
        MemberTypeShape.Binary => (term.Affinity & TypeAffinity.Binary) != 0,
        _ => false,
    };
}
