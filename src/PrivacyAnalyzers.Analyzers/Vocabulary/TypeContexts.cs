using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// <see cref="TypeContextClassifier.Classify(INamedTypeSymbol?, AnnotationReader?, VocabularyTable, out INamedTypeSymbol?)"/>
/// remembered per type for one compilation: what a containing type says of its members depends only on the type (its
/// name, its [DataSubject], its base and containing types), the compilation's annotations and the vocabulary — never on
/// the member — and every member with a term asks it. Kept with the vocabulary it was classified with (options may differ
/// between files; a type met with another vocabulary is classified again). Thread-safe.
/// </summary>
internal sealed class TypeContexts
{
    private readonly AnnotationReader? _reader;
    private readonly ConcurrentDictionary<INamedTypeSymbol, Entry> _types = new(SymbolEqualityComparer.Default);

    public TypeContexts(AnnotationReader? reader) => _reader = reader;

    /// <summary>The context <paramref name="type"/> gives its members; <paramref name="decidedBy"/> is the type whose name decided.</summary>
    public ContextKind Classify(INamedTypeSymbol? type, VocabularyTable vocabulary, out INamedTypeSymbol? decidedBy)
    {
        if (type is null)
        {
            return TypeContextClassifier.Classify(null, _reader, vocabulary, out decidedBy);
        }

        if (!_types.TryGetValue(type, out var entry) || !ReferenceEquals(entry.Vocabulary, vocabulary))
        {
            var kind = TypeContextClassifier.Classify(type, _reader, vocabulary, out var by);
            entry = new Entry(vocabulary, kind, by);
            _types[type] = entry;
        }

        decidedBy = entry.DecidedBy;
        return entry.Kind;
    }

    private sealed class Entry
    {
        public Entry(VocabularyTable vocabulary, ContextKind kind, INamedTypeSymbol? decidedBy)
        {
            Vocabulary = vocabulary;
            Kind = kind;
            DecidedBy = decidedBy;
        }

        public VocabularyTable Vocabulary { get; }

        public ContextKind Kind { get; }

        public INamedTypeSymbol? DecidedBy { get; }
    }
}
