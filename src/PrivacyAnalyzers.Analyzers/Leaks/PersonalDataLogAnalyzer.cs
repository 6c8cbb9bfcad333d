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

            var sinks = LogSinks.Create(start.Compilation);
            start.RegisterOperationBlockStartAction(block =>
            {
                var locals = LeakCompilationState.LazyLocals(block.OperationBlocks);
                block.RegisterOperationAction(operation => Analyze(operation, state, sinks, locals), OperationKind.Invocation);
            });
        });
    }

    private static void Analyze(OperationAnalysisContext context, LeakCompilationState state, LogSinks sinks, System.Lazy<LocalValueIndex> locals)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!sinks.IsLogCall(invocation.TargetMethod, invocation.Instance, out var display))
        {
            return;
        }

        var tracker = state.Tracker(invocation, locals);
        var hits = new List<DataHit>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || IsPlumbing(parameter.Type, state.Knowledge))
            {
                continue;
            }

            var valueContext = parameter.Type.SpecialType == SpecialType.System_String ? ValueContext.Text : ValueContext.Structured;
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
            if (seen.Add(syntax.Span) && CompilationDiagnostics.Create(context.Compilation, descriptor, syntax.GetLocation(), hit.Describe(), secondArgument) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>Arguments that configure the call rather than carry data: the logger, level, event id, exception, flags.</summary>
    private static bool IsPlumbing(ITypeSymbol type, PersonalDataKnowledge knowledge)
    {
        if (PersonalDataKnowledge.IsSummaryType(type))
        {
            return true;
        }

        if (type is INamedTypeSymbol { Name: "ILogger" or "EventId" or "IFormatProvider" or "CultureInfo" })
        {
            return true;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, knowledge.Exception))
            {
                return true;
            }
        }

        return false;
    }
}
