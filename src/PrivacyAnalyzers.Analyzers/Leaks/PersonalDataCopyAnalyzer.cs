using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// PRIV023: annotated personal data stored into a member that carries no annotation — simple, compound and <c>??=</c>
/// assignments, object initializers, <c>with</c> expressions, tuple deconstructions into members, and arguments of a
/// record's primary constructor (the positional property is the target). Skipped: locals, members that are annotated
/// themselves (ours, interop or [NotPersonalData], also on the containing type), members declared outside this
/// compilation (in metadata, or in another project of the solution: nobody can annotate them here), indexers. The code
/// fix copies the source's [PersonalData] onto the target.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataCopyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the documentation-comment id of the annotated source member (absent for parameters).</summary>
    public const string SourceMemberKey = "SourceMember";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PRIV023);

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

            start.RegisterOperationBlockStartAction(block =>
            {
                var locals = LeakCompilationState.LazyLocals(block.OperationBlocks);
                block.RegisterOperationAction(
                    operation => AnalyzeAssignment(operation, state, locals),
                    OperationKind.SimpleAssignment,
                    OperationKind.CompoundAssignment,
                    OperationKind.CoalesceAssignment);
                block.RegisterOperationAction(operation => AnalyzeDeconstruction(operation, state, locals), OperationKind.DeconstructionAssignment);
                block.RegisterOperationAction(operation => AnalyzeRecordCreation(operation, state, locals), OperationKind.ObjectCreation);
                block.RegisterOperationAction(operation => CallSiteReports.Analyze(operation, state, locals, SinkKind.Copy, RuleDescriptors.PRIV023), OperationKind.Invocation, OperationKind.ObjectCreation);
            });
        });
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, LeakCompilationState state, System.Lazy<LocalValueIndex> locals)
    {
        var assignment = (IAssignmentOperation)context.Operation;
        Check(context, state, locals, assignment.Target, assignment.Value, assignment.Target.Syntax);
    }

    private static void AnalyzeDeconstruction(OperationAnalysisContext context, LeakCompilationState state, System.Lazy<LocalValueIndex> locals)
    {
        var deconstruction = (IDeconstructionAssignmentOperation)context.Operation;
        if (deconstruction.Target is ITupleOperation targets && Unwrap(deconstruction.Value) is ITupleOperation values)
        {
            CheckPairs(context, state, locals, targets, values);
        }
    }

    private static void CheckPairs(OperationAnalysisContext context, LeakCompilationState state, System.Lazy<LocalValueIndex> locals, ITupleOperation targets, ITupleOperation values)
    {
        for (var i = 0; i < targets.Elements.Length && i < values.Elements.Length; i++)
        {
            if (targets.Elements[i] is ITupleOperation nestedTargets && Unwrap(values.Elements[i]) is ITupleOperation nestedValues)
            {
                CheckPairs(context, state, locals, nestedTargets, nestedValues);
            }
            else
            {
                Check(context, state, locals, targets.Elements[i], values.Elements[i], targets.Elements[i].Syntax);
            }
        }
    }

    private static void AnalyzeRecordCreation(OperationAnalysisContext context, LeakCompilationState state, System.Lazy<LocalValueIndex> locals)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Constructor is not { ContainingType: { IsRecord: true } type } || creation.Arguments.IsEmpty)
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind != ArgumentKind.Explicit)
            {
                continue;
            }

            foreach (var member in type.GetMembers(parameter.Name))
            {
                if (member is IPropertySymbol property
                    && SymbolEqualityComparer.Default.Equals(AnnotationReader.FindPositionalParameter(property), parameter))
                {
                    CheckTarget(context, state, locals, property, argument.Value, argument.Syntax);
                }
            }
        }
    }

    private static void Check(OperationAnalysisContext context, LeakCompilationState state, System.Lazy<LocalValueIndex> locals, IOperation target, IOperation value, SyntaxNode reportOn)
    {
        var member = Unwrap(target) switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: false } property => (ISymbol)property.Property,
            IFieldReferenceOperation { Field.IsConst: false } field => field.Field,
            _ => null,
        };
        if (member is not null)
        {
            CheckTarget(context, state, locals, member, value, reportOn);
        }
    }

    private static void CheckTarget(OperationAnalysisContext context, LeakCompilationState state, System.Lazy<LocalValueIndex> locals, ISymbol target, IOperation value, SyntaxNode reportOn)
    {
        // Cheapest checks first: most assignments store into members declared elsewhere or into annotated members.
        // A target declared in another project of the solution is skipped like one from metadata, not only because its
        // declaration is outside this compilation (Roslyn rejects such a location: AD0001): the IDE sees that project
        // as a CompilationReference, with syntax, but the build sees it as metadata; reporting it only in the IDE would
        // make the editor and the build disagree, and the fix would have to edit another project.
        if (!IsCopyTarget(context.Compilation, state, target))
        {
            return;
        }

        if (FirstCopied(state.Tracker(context.Operation, locals, context.CancellationToken), state, value) is not { } hit
            || SymbolEqualityComparer.Default.Equals(hit.Member.OriginalDefinition, target.OriginalDefinition)
            || TargetDeclaration(target) is not { } declaration)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (hit.Member is IPropertySymbol or IFieldSymbol && DocumentationCommentId.CreateDeclarationId(hit.Member.OriginalDefinition) is { } id)
        {
            properties = properties.Add(SourceMemberKey, id);
        }

        if (CompilationDiagnostics.Create(
            context.Compilation,
            RuleDescriptors.PRIV023,
            reportOn.GetLocation(),
            new[] { declaration },
            properties,
            DataHit.MemberName(hit.Member),
            DataHit.MemberName(target),
            string.Empty) is { } diagnostic)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>
    /// Whether a member is one PRIV023 watches: declared in this compilation's source (not anonymous, not a tuple), and
    /// neither annotated nor personal data itself.
    /// </summary>
    internal static bool IsCopyTarget(Compilation compilation, LeakCompilationState state, ISymbol target) =>
        target.ContainingType is not ({ IsAnonymousType: true } or { IsTupleType: true })
        && CompilationDiagnostics.Declares(compilation, target)
        && !target.DeclaringSyntaxReferences.IsEmpty
        && !state.Reader.IsAnnotated(target)
        && !state.Knowledge.IsPersonal(target);

    /// <summary>The first personal data a copied value carries (identifiers without a category that says so are not personal data for the tracker: <see cref="PersonalDataKnowledge.IsPlainIdentifier"/>).</summary>
    internal static DataHit? FirstCopied(ValueTracker tracker, LeakCompilationState state, IOperation value)
    {
        var hits = new List<DataHit>();
        tracker.Collect(value, ValueContext.Direct, hits);
        foreach (var hit in hits)
        {
            if (hit.Kind != HitKind.Parameter)
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>Where the target is declared in source (a record's positional parameter for its property), or null.</summary>
    internal static Location? TargetDeclaration(ISymbol target)
    {
        if (target.IsImplicitlyDeclared && target is not IPropertySymbol)
        {
            return null;
        }

        ISymbol declared = target is IPropertySymbol property && AnnotationReader.FindPositionalParameter(property) is { } parameter ? parameter : target;
        foreach (var reference in declared.DeclaringSyntaxReferences)
        {
            return Location.Create(reference.SyntaxTree, reference.Span);
        }

        return null;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
