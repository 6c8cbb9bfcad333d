using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// PRIV020: personal data passed to a log — Microsoft.Extensions.Logging calls and [LoggerMessage] methods, Console,
/// Debug/Trace, Serilog, NLog and log4net (see <see cref="LogSinks"/>). Each argument is followed back through the
/// method by <see cref="ValueTracker"/>; one diagnostic per piece of personal data found, on the expression that holds it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataLogAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PRIV020);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var state = LeakCompilationState.TryCreate(start.Compilation, start.Options);
            if (state is null)
            {
                return;
            }

            var sinks = state.Sinks;
            start.RegisterOperationBlockStartAction(block =>
            {
                var locals = LeakCompilationState.LazyLocals(block.OperationBlocks);
                block.RegisterOperationAction(operation => Analyze(operation, state, sinks, locals), OperationKind.Invocation);
                block.RegisterOperationAction(operation => CallSiteReports.Analyze(operation, state, locals, SinkKind.Log, RuleDescriptors.PRIV020), OperationKind.ObjectCreation);
            });
        });
    }

    private static void Analyze(OperationAnalysisContext context, LeakCompilationState state, LogSinks sinks, System.Lazy<LocalValueIndex> locals)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!state.IsLogCall(invocation, out var display))
        {
            // A method of this compilation that logs a parameter: reported here, where the data is handed over.
            CallSiteReports.Analyze(context, state, locals, SinkKind.Log, RuleDescriptors.PRIV020);
            return;
        }

        var tracker = state.Tracker(invocation, locals, context.CancellationToken);
        var hits = new List<DataHit>();
        var redacting = sinks.RedactsClassifiedValues && sinks.IsLoggerMessage(invocation.TargetMethod);
        if (!redacting)
        {
            foreach (var (value, valueContext) in state.LogArguments(invocation))
            {
                tracker.Collect(value, valueContext, hits);
            }

            Report(context, hits, RuleDescriptors.PRIV020, display);
            return;
        }

        var types = state.Reader.Types;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || state.IsPlumbing(parameter.Type))
            {
                continue;
            }

            if (types.FindDataClassification(parameter) is not null)
            {
                // Microsoft.Extensions.Telemetry's [LoggerMessage] generator hands a classified parameter to its redactor.
                continue;
            }

            var valueContext = parameter.Type.SpecialType == SpecialType.System_String ? ValueContext.Text : ValueContext.Structured;
            if (sinks.HasLogProperties(parameter))
            {
                CollectLogProperties(argument.Value, tracker, state.Knowledge, sinks, types, hits);
                continue;
            }

            tracker.Collect(argument.Value, valueContext, hits);
        }

        Report(context, hits, RuleDescriptors.PRIV020, display);
    }

    internal static void Report(OperationAnalysisContext context, List<DataHit> hits, DiagnosticDescriptor descriptor, string secondArgument)
    {
        if (hits.Count == 0)
        {
            return;
        }

        var seen = new HashSet<TextSpan>();
        foreach (var hit in hits)
        {
            var syntax = hit.At.Syntax;
            if (hit.Kind != HitKind.Parameter && seen.Add(syntax.Span) && CompilationDiagnostics.Create(context.Compilation, descriptor, syntax.GetLocation(), hit.Describe(), secondArgument, string.Empty) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>
    /// A [LogProperties] argument: the generator logs the object's public properties one by one, each classified one
    /// through its redactor. The object leaks only through a personal-data property without a classification (not
    /// [LogPropertyIgnore]d), directly or in a nested object; that property is the one reported.
    /// </summary>
    private static void CollectLogProperties(IOperation value, ValueTracker tracker, PersonalDataKnowledge knowledge, LogSinks sinks, AnnotationModel.PrivacyTypes types, List<DataHit> hits)
    {
        var found = new List<DataHit>();
        tracker.Collect(value, ValueContext.Structured, found);
        foreach (var hit in found)
        {
            if (hit.Kind != HitKind.WholeObject || hit.Carrier is null)
            {
                hits.Add(hit);
                continue;
            }

            if (UnredactedProperty(hit.Carrier, knowledge, sinks, types, 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)) is { } unredacted)
            {
                hits.Add(new DataHit(hit.At, unredacted, HitKind.WholeObject, hit.Carrier));
            }
        }
    }

    /// <summary>The first personal-data property [LogProperties] would log in clear (no data classification), or null.</summary>
    internal static ISymbol? UnredactedProperty(ITypeSymbol type, PersonalDataKnowledge knowledge, LogSinks sinks, AnnotationModel.PrivacyTypes types, int depth, HashSet<ITypeSymbol> visiting)
    {
        if (depth > 3 || !visiting.Add(type))
        {
            return null;
        }

        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, DeclaredAccessibility: Accessibility.Public } property
                    || sinks.IsIgnoredByLogProperties(property)
                    || types.FindDataClassification(property) is not null)
                {
                    continue;
                }

                if (knowledge.IsPersonal(property))
                {
                    return property;
                }

                if (!PersonalDataKnowledge.IsSummaryType(property.Type) && knowledge.CarriedMember(property.Type) is not null
                    && UnredactedProperty(property.Type, knowledge, sinks, types, depth + 1, visiting) is { } nested)
                {
                    return nested;
                }
            }
        }

        return null;
    }
}
