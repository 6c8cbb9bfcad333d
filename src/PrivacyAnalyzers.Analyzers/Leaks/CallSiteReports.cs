using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// Reports at a call site where the caller hands personal data to a method of this compilation that passes the
/// parameter on to a sink (its <see cref="MethodSummary"/>): on the argument, naming the sink and the methods the value
/// goes through, with the sink as an additional location. The callee's own line reports nothing for the parameter (a
/// parameter is not personal data by itself), so the data is reported once, where it enters.
/// </summary>
internal static class CallSiteReports
{
    /// <summary>Diagnostic property on call-site reports: the methods the value passes through.</summary>
    public const string ViaKey = "Via";

    public static void Analyze(OperationAnalysisContext context, LeakCompilationState state, System.Lazy<LocalValueIndex> locals, SinkKind kind, DiagnosticDescriptor descriptor)
    {
        var (callee, arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (callee is null || arguments.IsEmpty || !SymbolEqualityComparer.Default.Equals(callee.ContainingAssembly, context.Compilation.Assembly))
        {
            return;
        }

        var tracker = state.Tracker(context.Operation, locals, context.CancellationToken);
        if (!AnyArgumentCarriesData(tracker, arguments))
        {
            // Most calls pass nothing personal: the callee's summary is not even computed.
            return;
        }

        var summary = state.Summaries.Get(callee, context.CancellationToken);
        var seen = new HashSet<(TextSpan, string)>();
        foreach (var sink in summary.Sinks)
        {
            if (sink.Kind != kind || MethodSummaries.ArgumentFor(arguments, sink.Ordinal) is not { } argument)
            {
                continue;
            }

            var hits = new List<DataHit>();
            tracker.Collect(argument, sink.Context, hits);
            foreach (var hit in hits)
            {
                if (hit.Kind == HitKind.Parameter || !seen.Add((hit.At.Syntax.Span, sink.Sink)))
                {
                    continue;
                }

                Report(context, descriptor, hit, sink, OwnMessage(context.Operation, sink));
            }
        }
    }

    private static bool AnyArgumentCarriesData(ValueTracker tracker, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && tracker.FindFirst(argument.Value, ValueContext.Structured) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>new NotFoundException(email)</c> whose constructor passes it to <c>: base(message)</c>: the exception's own message, no path to name.</summary>
    private static bool OwnMessage(IOperation operation, ParameterSink sink) =>
        sink.Kind == SinkKind.Exception && operation is IObjectCreationOperation { Constructor: { } constructor } && sink.Via == MethodSummaries.Name(MethodSummaries.Key(constructor));

    private static void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, DataHit hit, ParameterSink sink, bool ownMessage)
    {
        var through = ownMessage ? string.Empty : $" through '{sink.Via}'";
        var properties = ownMessage ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(ViaKey, sink.Via);
        Diagnostic? diagnostic;
        if (sink.Kind == SinkKind.Copy)
        {
            if (sink.CopyTarget is null || SymbolEqualityComparer.Default.Equals(hit.Member.OriginalDefinition, sink.CopyTarget.OriginalDefinition))
            {
                return;
            }

            if (hit.Member is IPropertySymbol or IFieldSymbol && DocumentationCommentId.CreateDeclarationId(hit.Member.OriginalDefinition) is { } id)
            {
                properties = properties.Add(PersonalDataCopyAnalyzer.SourceMemberKey, id);
            }

            diagnostic = CompilationDiagnostics.Create(
                context.Compilation, descriptor, hit.At.Syntax.GetLocation(), new[] { sink.Location }, properties, DataHit.MemberName(hit.Member), DataHit.MemberName(sink.CopyTarget), through);
        }
        else
        {
            diagnostic = CompilationDiagnostics.Create(
                context.Compilation, descriptor, hit.At.Syntax.GetLocation(), ownMessage ? null : new[] { sink.Location }, properties, hit.Describe(), sink.Sink, through);
        }

        if (diagnostic is not null)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
