using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Decides whether a type is about a person (<see cref="ContextKind"/>): [DataSubject] on it or a base type; otherwise its
/// name: a technical word decides wherever it is (<c>SmtpClient</c>, <c>CustomerSettings</c>), a subject word or a
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
        var head = count;
        while (head > 1 && IsGenericSuffix(name, span[head - 1]))
        {
            head--;
        }

        var decision = ContextKind.Neutral;
        for (var i = 0; i < head;)
        {
            var entry = vocabulary.Match(name, span.Slice(0, head), i, out var consumed);
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
                    // Only at the head: a NewsletterSubscription is a subscriber's, a Company is not a person.
                    if (i == head)
                    {
                        decision = ContextKind.NonSubject;
                    }

                    break;
                case WordRole.Term when entry.Category is not null && !entry.OnePerPerson && HoldsDetails(entry.Category):
                    // An Address, a ContactInfo, an Adresa, a ContactPerson / PersoanaContact, a ProductReview, a
                    // SalaryPayment, a LabResult: holds a person's details or what a person wrote.
                    // A Gender or a Genre type is the value itself (or its options), not a holder of details.
                    decision = ContextKind.Subject;
                    break;
            }
        }

        return decision;
    }

    /// <summary>Categories whose term in a type name makes the type a holder of a person's details.</summary>
    internal static bool HoldsDetails(string category) =>
        category.StartsWith("Contact", StringComparison.Ordinal)
        || category.StartsWith("Identity", StringComparison.Ordinal)
        || category.StartsWith("Content.Feedback", StringComparison.Ordinal)
        || category.StartsWith("Employment", StringComparison.Ordinal)
        || category.StartsWith("Special", StringComparison.Ordinal);

    internal static bool IsGenericSuffix(string name, WordSpan word)
    {
        var text = name.AsSpan(word.Start, word.Length);
        return Is(text, "entity") || Is(text, "data") || Is(text, "model") || Is(text, "dto") || Is(text, "info")
            || Is(text, "record") || Is(text, "row") || Is(text, "details") || Is(text, "vm") || Is(text, "item") || Is(text, "entry");
    }

    private static bool Is(ReadOnlySpan<char> text, string word) => text.Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase);
}
