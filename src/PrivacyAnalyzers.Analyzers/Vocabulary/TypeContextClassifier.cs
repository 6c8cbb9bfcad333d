using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Decides whether a type is about a person (<see cref="ContextKind"/>): [DataSubject] on it or a base type; otherwise its
/// name, read from the last word backwards (<c>CustomerSettings</c> is settings, <c>CompanyContact</c> is a contact),
/// with technical words deciding wherever they are (<c>SmtpClient</c>); a neutral type asks its base types, then the type
/// it is nested in.
/// </summary>
internal static class TypeContextClassifier
{
    private const int MaxWords = 16;

    public static ContextKind Classify(INamedTypeSymbol? type, AnnotationReader? reader, VocabularyTable vocabulary)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (reader is not null && reader.FindDataSubject(current) is not null)
            {
                return ContextKind.Subject;
            }

            for (var named = current; named is not null && named.SpecialType != SpecialType.System_Object; named = named.BaseType)
            {
                var kind = ClassifyName(named.Name, vocabulary);
                if (kind != ContextKind.Neutral)
                {
                    return kind;
                }
            }
        }

        return ContextKind.Neutral;
    }

    /// <summary>The context a type name gives, from its words alone.</summary>
    public static ContextKind ClassifyName(string name, VocabularyTable vocabulary)
    {
        Span<WordSpan> words = stackalloc WordSpan[MaxWords];
        var count = IdentifierSplitter.Split(name, words);
        var span = (ReadOnlySpan<WordSpan>)words.Slice(0, count);
        var decision = ContextKind.Neutral;
        for (var i = 0; i < count;)
        {
            var entry = vocabulary.Match(name, span, i, out var consumed);
            i += consumed;
            if (entry is null)
            {
                continue;
            }

            switch (entry.Role)
            {
                case WordRole.Technical:
                    return ContextKind.Infrastructure;
                case WordRole.Subject:
                    decision = ContextKind.Subject;
                    break;
                case WordRole.Owner:
                case WordRole.Meta:
                case WordRole.NotPersonal:
                    decision = ContextKind.NonSubject;
                    break;
                case WordRole.Term when entry.Category is not null
                    && !entry.OnePerPerson
                    && (entry.Category.StartsWith("Contact", StringComparison.Ordinal) || entry.Category.StartsWith("Identity", StringComparison.Ordinal)):
                    // An Address, a ContactInfo, an Adresa, a ContactPerson / PersoanaContact: holds a person's details.
                    // A Gender or a Genre type is the value itself (or its options), not a holder of details.
                    decision = ContextKind.Subject;
                    break;
            }
        }

        return decision;
    }
}
