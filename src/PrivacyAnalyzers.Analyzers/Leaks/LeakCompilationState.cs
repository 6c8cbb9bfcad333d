using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// What the leak rules (PRIV020–PRIV023) share for one compilation: the annotation reader, the cached knowledge about
/// symbols and the parsed redaction option. Created in a CompilationStart action; null when the compilation cannot
/// contain annotated personal data (neither our annotations nor an interop marker type is referenced).
/// </summary>
internal sealed class LeakCompilationState
{
    private readonly RedactionMethods.Cache _redaction = new();
    private readonly AnalyzerConfigOptionsProvider _options;

    private LeakCompilationState(PersonalDataKnowledge knowledge, AnalyzerConfigOptionsProvider options)
    {
        Knowledge = knowledge;
        _options = options;
    }

    public PersonalDataKnowledge Knowledge { get; }

    public AnnotationReader Reader => Knowledge.Reader;

    public static LeakCompilationState? TryCreate(Compilation compilation, AnalyzerOptions options)
    {
        var types = PrivacyTypes.Create(compilation);
        if (!PersonalDataKnowledge.AnyMarkerType(types))
        {
            return null;
        }

        var reader = new AnnotationReader(types, compilation.Assembly);
        return new LeakCompilationState(new PersonalDataKnowledge(reader, compilation), options.AnalyzerConfigOptionsProvider);
    }

    /// <summary>The redaction methods in force for a syntax tree (the built-in list plus <c>privacy_analyzers.redaction_methods</c>).</summary>
    public RedactionMethods RedactionFor(SyntaxTree tree) =>
        _options.GetOptions(tree).TryGetValue(RedactionMethods.OptionKey, out var value) ? _redaction.Get(value) : RedactionMethods.Default;

    /// <summary>A tracker for one operation, following locals through the method's lazily built index.</summary>
    public ValueTracker Tracker(IOperation operation, System.Lazy<LocalValueIndex>? locals) =>
        new(Knowledge, RedactionFor(operation.Syntax.SyntaxTree), locals);

    public static System.Lazy<LocalValueIndex> LazyLocals(ImmutableArray<IOperation> blocks) =>
        new(() => LocalValueIndex.Build(blocks), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
}
