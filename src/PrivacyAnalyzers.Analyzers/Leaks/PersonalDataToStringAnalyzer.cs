using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// PRIV022: a ToString() that prints personal data.
/// <list type="bullet">
/// <item>A record (class or struct) whose ToString and PrintMembers are both compiler-generated prints every public
/// property and field it declares: reported once on the record's name, listing the annotated ones. A base record
/// reports its own members.</item>
/// <item>A written ToString (any class, struct or record) is analysed as code: what it returns is followed back
/// (<see cref="ValueTracker"/>); so is what a written PrintMembers appends to its builder, and a written ToString that
/// calls a generated PrintMembers.</item>
/// </list>
/// [DebuggerDisplay] is not reported: it is shown in a debugger on a developer's machine, not written anywhere.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataToStringAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PRIV022);

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

            start.RegisterSymbolAction(symbol => AnalyzeRecord(symbol, state), SymbolKind.NamedType);

            // A written ToString or PrintMembers is recognised from the block's owning method, before any operation
            // action is registered: nothing else is looked at. Not a symbol-start action per type (as before): a
            // single symbol-start action makes the compiler's analyzer driver compute per-symbol actions for every
            // type and keep a per-type count of completed members under a lock, which in a fresh compiler cost more
            // CPU than the operation trees it avoided — trees the compiler builds for the SDK's own default
            // analyzers and the other leak rules anyway (docs/performance.md, round 5).
            start.RegisterOperationBlockStartAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method)
                {
                    return;
                }

                var toString = IsToString(method);
                if (!toString && !IsPrintMembers(method))
                {
                    return;
                }

                var locals = LeakCompilationState.LazyLocals(block.OperationBlocks);
                var type = method.ContainingType;
                if (toString)
                {
                    block.RegisterOperationAction(operation => AnalyzeReturn(operation, state, type, locals), OperationKind.Return);
                    block.RegisterOperationAction(operation => AnalyzePrintMembersCall(operation, state, type), OperationKind.Invocation);
                }
                else
                {
                    block.RegisterOperationAction(operation => AnalyzeAppend(operation, state, type, method, locals), OperationKind.Invocation);
                }
            });
        });
    }

    private static bool IsToString(IMethodSymbol method) =>
        method is { Name: "ToString", IsOverride: true, IsStatic: false, Parameters.IsEmpty: true, IsImplicitlyDeclared: false };

    private static bool IsPrintMembers(IMethodSymbol method) =>
        method is { Name: "PrintMembers", IsStatic: false, Parameters.Length: 1, IsImplicitlyDeclared: false, ContainingType.IsRecord: true };

    private static void AnalyzeRecord(SymbolAnalysisContext context, LeakCompilationState state)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!type.IsRecord)
        {
            return;
        }

        var printed = state.Knowledge.PrintedByGeneratedToString(type);
        if (printed.IsEmpty)
        {
            return;
        }

        var location = IdentifierLocation(type, context.CancellationToken);
        if (location is not null
            && CompilationDiagnostics.Create(context.Compilation, RuleDescriptors.PRIV022, location, type.Name, string.Join(", ", printed.Select(m => m.Name))) is { } diagnostic)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static void AnalyzeReturn(OperationAnalysisContext context, LeakCompilationState state, INamedTypeSymbol type, System.Lazy<LocalValueIndex> locals)
    {
        var returned = (IReturnOperation)context.Operation;
        if (returned.ReturnedValue is null || IsInsideNestedFunction(returned))
        {
            return;
        }

        var hits = new List<DataHit>();
        state.Tracker(returned, locals).Collect(returned.ReturnedValue, ValueContext.Text, hits);
        Report(context, hits, type);
    }

    /// <summary>A written ToString that calls the record's generated PrintMembers prints what PrintMembers prints.</summary>
    private static void AnalyzePrintMembersCall(OperationAnalysisContext context, LeakCompilationState state, INamedTypeSymbol type)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is not { Name: "PrintMembers", IsImplicitlyDeclared: true } printMembers
            || !SymbolEqualityComparer.Default.Equals(printMembers.ContainingType, type))
        {
            return;
        }

        var printed = state.Knowledge.PrintedByGeneratedPrintMembers(type);
        if (!printed.IsEmpty
            && CompilationDiagnostics.Create(context.Compilation, RuleDescriptors.PRIV022, invocation.Syntax.GetLocation(), type.Name, string.Join(", ", printed.Select(m => m.Name))) is { } diagnostic)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>A written PrintMembers: what it appends to its builder parameter is printed.</summary>
    private static void AnalyzeAppend(OperationAnalysisContext context, LeakCompilationState state, INamedTypeSymbol type, IMethodSymbol method, System.Lazy<LocalValueIndex> locals)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!invocation.TargetMethod.Name.StartsWith("Append", System.StringComparison.Ordinal) || !IsBuilderChain(invocation.Instance, method.Parameters[0]))
        {
            return;
        }

        var tracker = state.Tracker(invocation, locals);
        var hits = new List<DataHit>();
        foreach (var argument in invocation.Arguments)
        {
            tracker.Collect(argument.Value, ValueContext.Text, hits);
        }

        Report(context, hits, type);
    }

    private static bool IsBuilderChain(IOperation? instance, IParameterSymbol builder)
    {
        // builder.Append(a).Append(b): the receiver is the parameter, or an Append call on it.
        while (instance is IInvocationOperation inner)
        {
            instance = inner.Instance;
        }

        return instance is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, builder);
    }

    private static void Report(OperationAnalysisContext context, List<DataHit> hits, INamedTypeSymbol type)
    {
        var seen = new HashSet<Microsoft.CodeAnalysis.Text.TextSpan>();
        foreach (var hit in hits)
        {
            if (seen.Add(hit.At.Syntax.Span))
            {
                var member = hit.Kind == HitKind.Member ? hit.Member.Name : hit.Describe();
                if (CompilationDiagnostics.Create(context.Compilation, RuleDescriptors.PRIV022, hit.At.Syntax.GetLocation(), type.Name, member) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }

    private static bool IsInsideNestedFunction(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static Location? IdentifierLocation(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration)
            {
                return declaration.Identifier.GetLocation();
            }
        }

        return null;
    }
}
