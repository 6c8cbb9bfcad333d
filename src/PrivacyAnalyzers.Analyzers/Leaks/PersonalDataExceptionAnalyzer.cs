using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// PRIV021: personal data put in an exception — a text argument of an exception constructor (the message, or any other
/// string or object parameter: <c>ArgumentOutOfRangeException</c>'s actual value is printed in its message too), or an
/// entry of <c>Exception.Data</c> (which error trackers and <c>ToString()</c> of many loggers serialise).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataExceptionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PRIV021);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var state = LeakCompilationState.TryCreate(start.Compilation, start.Options);
            if (state?.Knowledge.Exception is not { } exception)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                var locals = LeakCompilationState.LazyLocals(block.OperationBlocks);
                block.RegisterOperationAction(operation => AnalyzeCreation(operation, state, exception, locals), OperationKind.ObjectCreation);
                block.RegisterOperationAction(operation => AnalyzeDataInvocation(operation, state, exception, locals), OperationKind.Invocation);
                block.RegisterOperationAction(operation => AnalyzeDataAssignment(operation, state, exception, locals), OperationKind.SimpleAssignment);
            });
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, LeakCompilationState state, INamedTypeSymbol exception, System.Lazy<LocalValueIndex> locals)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type || creation.Arguments.IsEmpty)
        {
            return;
        }

        if (!DerivesFrom(type, exception) || creation.Constructor is { } constructor && SymbolEqualityComparer.Default.Equals(constructor.ContainingAssembly, context.Compilation.Assembly))
        {
            // A constructor of this compilation: what its summary says reaches the message (through : base(message)),
            // or, for any other type, an exception message or a log its parameters reach.
            CallSiteReports.Analyze(context, state, locals, SinkKind.Exception, RuleDescriptors.PRIV021);
            return;
        }

        var tracker = state.Tracker(creation, locals, context.CancellationToken);
        var hits = new List<DataHit>();
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Type.SpecialType is SpecialType.System_String or SpecialType.System_Object)
            {
                tracker.Collect(argument.Value, ValueContext.Text, hits);
            }
        }

        PersonalDataLogAnalyzer.Report(context, hits, RuleDescriptors.PRIV021, $"the message of '{type.Name}'");
    }

    /// <summary><c>exception.Data.Add(key, value)</c>.</summary>
    private static void AnalyzeDataInvocation(OperationAnalysisContext context, LeakCompilationState state, INamedTypeSymbol exception, System.Lazy<LocalValueIndex> locals)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is { MethodKind: MethodKind.Constructor, ContainingType: { } baseType } && DerivesFrom(baseType, exception)
            && !SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, context.Compilation.Assembly)
            && context.ContainingSymbol.ContainingType is { } constructed)
        {
            // : base($"Account {customer.Email} is locked") in a constructor of an exception type.
            var text = new List<DataHit>();
            var baseTracker = state.Tracker(invocation, locals, context.CancellationToken);
            foreach (var argument in invocation.Arguments)
            {
                if (LeakCompilationState.IsTextParameter(argument.Parameter))
                {
                    baseTracker.Collect(argument.Value, ValueContext.Text, text);
                }
            }

            PersonalDataLogAnalyzer.Report(context, text, RuleDescriptors.PRIV021, $"the message of '{constructed.Name}'");
            return;
        }

        if (invocation.TargetMethod.Name is not ("Add" or "set_Item") || !IsExceptionData(invocation.Instance, exception))
        {
            CallSiteReports.Analyze(context, state, locals, SinkKind.Exception, RuleDescriptors.PRIV021);
            return;
        }

        var tracker = state.Tracker(invocation, locals);
        var hits = new List<DataHit>();
        foreach (var argument in invocation.Arguments)
        {
            tracker.Collect(argument.Value, ValueContext.Structured, hits);
        }

        PersonalDataLogAnalyzer.Report(context, hits, RuleDescriptors.PRIV021, "'Exception.Data'");
    }

    /// <summary><c>exception.Data[key] = value</c>.</summary>
    private static void AnalyzeDataAssignment(OperationAnalysisContext context, LeakCompilationState state, INamedTypeSymbol exception, System.Lazy<LocalValueIndex> locals)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property.IsIndexer: true } indexer || !IsExceptionData(indexer.Instance, exception))
        {
            return;
        }

        var hits = new List<DataHit>();
        state.Tracker(assignment, locals).Collect(assignment.Value, ValueContext.Structured, hits);
        PersonalDataLogAnalyzer.Report(context, hits, RuleDescriptors.PRIV021, "'Exception.Data'");
    }

    private static bool IsExceptionData(IOperation? instance, INamedTypeSymbol exception)
    {
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        return instance is IPropertyReferenceOperation { Property.Name: "Data", Property.ContainingType: { } owner } && DerivesFrom(owner, exception);
    }

    private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
