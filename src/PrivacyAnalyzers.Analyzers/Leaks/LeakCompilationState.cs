using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// What the leak rules (PRIV020–PRIV023) share for one compilation: the annotation reader, the cached knowledge about
/// symbols, the log sinks, the parsed options and the method summaries. Created in a CompilationStart action and shared
/// by the leak analyzers of that compilation (so that each method is summarised once, whichever rule asks first); null
/// when the compilation cannot contain annotated personal data (neither our annotations nor an interop marker type is
/// referenced).
/// </summary>
internal sealed class LeakCompilationState
{
    /// <summary><c>MyCompany.Logging.AppLog.Info, MyCompany.Logging.AppLog.Error</c>: methods treated as log calls.</summary>
    public const string LogMethodsOptionKey = "privacy_analyzers.log_methods";

    private static readonly ConditionalWeakTable<Compilation, Shared> ByCompilation = new();

    private readonly RedactionMethods.Cache _redaction = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<(string Type, string Method)>> _logMethods = new(System.StringComparer.Ordinal);
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly System.Lazy<LogSinks> _sinks;

    private LeakCompilationState(PersonalDataKnowledge knowledge, Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        Knowledge = knowledge;
        _options = options;
        _sinks = new System.Lazy<LogSinks>(() => LogSinks.Create(compilation));
        Summaries = new MethodSummaries(this, compilation);
        DerivedTypes = new DerivedTypes(compilation, knowledge);
    }

    public PersonalDataKnowledge Knowledge { get; }

    public AnnotationReader Reader => Knowledge.Reader;

    public LogSinks Sinks => _sinks.Value;

    public MethodSummaries Summaries { get; }

    public DerivedTypes DerivedTypes { get; }

    public static LeakCompilationState? TryCreate(Compilation compilation, AnalyzerOptions options)
    {
        var shared = ByCompilation.GetValue(compilation, c => new Shared(c));
        return shared.For(options.AnalyzerConfigOptionsProvider);
    }

    private static LeakCompilationState? Create(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        var types = PrivacyTypes.Create(compilation);
        if (!PersonalDataKnowledge.AnyMarkerType(types))
        {
            return null;
        }

        var reader = new AnnotationReader(types, compilation.Assembly);
        return new LeakCompilationState(new PersonalDataKnowledge(reader, compilation), compilation, options);
    }

    /// <summary>The redaction methods in force for a syntax tree (the built-in list plus <c>privacy_analyzers.redaction_methods</c>).</summary>
    public RedactionMethods RedactionFor(SyntaxTree tree) =>
        _options.GetOptions(tree).TryGetValue(RedactionMethods.OptionKey, out var value) ? _redaction.Get(value) : RedactionMethods.Default;

    /// <summary>A tracker for one operation, following locals through the method's lazily built index.</summary>
    public ValueTracker Tracker(IOperation operation, System.Lazy<LocalValueIndex>? locals, CancellationToken cancellationToken = default) =>
        new(this, RedactionFor(operation.Syntax.SyntaxTree), locals, null, cancellationToken);

    public static System.Lazy<LocalValueIndex> LazyLocals(ImmutableArray<IOperation> blocks) =>
        new(() => LocalValueIndex.Build(blocks), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Whether a call writes to a log: a known logging API (<see cref="LogSinks"/>) or a method named in
    /// <c>privacy_analyzers.log_methods</c> for the call's file (a team's wrapper whose source is not in the compilation;
    /// a wrapper in source is summarised like any other method).
    /// </summary>
    public bool IsLogCall(IInvocationOperation invocation, out string display)
    {
        if (Sinks.IsLogCall(invocation.TargetMethod, invocation.Instance, out display))
        {
            return true;
        }

        if (!_options.GetOptions(invocation.Syntax.SyntaxTree).TryGetValue(LogMethodsOptionKey, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var method = (invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod).OriginalDefinition;
        foreach (var (type, name) in _logMethods.GetOrAdd(value, ParseLogMethods))
        {
            if (name == method.Name && method.ContainingType is { } containing
                && containing.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None)) == type)
            {
                display = containing.Name + "." + name;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The arguments of a log call that carry data, each with how the log uses it. With a constant message template,
    /// each value after it (a <c>params</c> array element by element) gets the context of its placeholder: <c>{@X}</c> is destructured
    /// (structured), <c>{X}</c>, <c>{$X}</c> and <c>{0}</c> are turned into text by ToString (a collection element by element).
    /// Without a template: string parameters are text, Console/Debug/Trace print objects as text, other parameters are
    /// structured. Plumbing (logger, level, event id, exception, numbers) is skipped.
    /// </summary>
    public IEnumerable<(IOperation Value, ValueContext Context)> LogArguments(IInvocationOperation invocation)
    {
        var template = TemplateOf(invocation, out var templateArgument);
        var printsAsText = Sinks.PrintsObjectsAsText(invocation.TargetMethod, invocation.Instance);
        var afterTemplate = false;
        var index = 0;
        foreach (var argument in invocation.Arguments)
        {
            if (argument == templateArgument)
            {
                afterTemplate = true;
                continue;
            }

            if (argument.Parameter is not { } parameter || IsPlumbing(parameter.Type))
            {
                continue;
            }

            if (template is not null && afterTemplate)
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } values })
                {
                    foreach (var element in values.ElementValues)
                    {
                        yield return (element, HoleContext(template, index++));
                    }
                }
                else
                {
                    yield return (argument.Value, HoleContext(template, index++));
                }

                continue;
            }

            var valueContext = parameter.Type.SpecialType == SpecialType.System_String ? ValueContext.Text
                : printsAsText ? ValueContext.Formatted
                : ValueContext.Structured;
            yield return (argument.Value, valueContext);
        }
    }

    private static ValueContext HoleContext(List<bool> template, int index) =>
        index < template.Count && template[index] ? ValueContext.Structured : ValueContext.Formatted;

    /// <summary>Arguments that configure the call rather than carry data: the logger, level, event id, exception, flags.</summary>
    public bool IsPlumbing(ITypeSymbol type)
    {
        if (PersonalDataKnowledge.IsSummaryType(type))
        {
            return true;
        }

        if (type is INamedTypeSymbol { Name: "ILogger" or "EventId" or "IFormatProvider" or "CultureInfo" })
        {
            return true;
        }

        return IsException(type);
    }

    public bool IsException(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, Knowledge.Exception))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A parameter whose argument an exception prints in its message: string or object.</summary>
    public static bool IsTextParameter(IParameterSymbol? parameter) =>
        parameter?.Type.SpecialType is SpecialType.System_String or SpecialType.System_Object;

    /// <summary>
    /// For each value after the call's template, in order (a <c>params</c> array element by element), whether its
    /// placeholder destructures it (<c>{@X}</c>); null when the call has no constant template (then nothing is assumed).
    /// </summary>
    private static List<bool>? TemplateOf(IInvocationOperation invocation, out IArgumentOperation? templateArgument)
    {
        string? text = null;
        templateArgument = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String, Name: "message" or "messageTemplate" or "format" } && argument.Value.ConstantValue is { HasValue: true, Value: string constant })
            {
                text = constant;
                templateArgument = argument;
                break;
            }
        }

        if (text is null)
        {
            return null;
        }

        var holes = new List<(int Index, bool Destructured)>();
        var positional = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                i++;
                continue;
            }

            if (text[i] != '{')
            {
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                return null;
            }

            var hole = text.Substring(i + 1, end - i - 1);
            var destructured = hole.StartsWith("@", System.StringComparison.Ordinal);
            var name = hole.TrimStart('@', '$');
            var stop = name.IndexOfAny(new[] { ',', ':' });
            if (stop >= 0)
            {
                name = name.Substring(0, stop);
            }

            var isNumber = int.TryParse(name, out var number);
            positional &= isNumber;
            holes.Add((isNumber ? number : holes.Count, destructured));
            i = end;
        }

        // Named holes bind in order of appearance; numbered ones ({0}, {1}) by their number.
        var result = new List<bool>();
        for (var i = 0; i < holes.Count; i++)
        {
            var index = positional ? holes[i].Index : i;
            while (result.Count <= index && result.Count < 64)
            {
                result.Add(false);
            }

            if (index < result.Count)
            {
                result[index] |= holes[i].Destructured;
            }
        }

        return result;
    }

    private static ImmutableArray<(string Type, string Method)> ParseLogMethods(string value)
    {
        var builder = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var part in value.Split(',', ';'))
        {
            var entry = part.Trim();
            var dot = entry.LastIndexOf('.');
            if (dot > 0 && dot < entry.Length - 1)
            {
                builder.Add((entry.Substring(0, dot), entry.Substring(dot + 1)));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>One state per compilation and options provider; the leak analyzers of a build share the first.</summary>
    private sealed class Shared
    {
        private readonly Compilation _compilation;
        private readonly object _gate = new();
        private AnalyzerConfigOptionsProvider? _options;
        private LeakCompilationState? _state;

        public Shared(Compilation compilation) => _compilation = compilation;

        public LeakCompilationState? For(AnalyzerConfigOptionsProvider options)
        {
            lock (_gate)
            {
                if (_options is null)
                {
                    _options = options;
                    _state = Create(_compilation, options);
                    return _state;
                }

                if (ReferenceEquals(_options, options))
                {
                    return _state;
                }
            }

            // Another options provider (a code fix, a test host): a state of its own.
            return Create(_compilation, options);
        }
    }
}
