using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// Every value a method stores in each of its locals (and reassigned parameters), wherever in the method it happens:
/// declarations, assignments, compound assignments, deconstructions, foreach variables (the collection), and values
/// appended or added to a local builder or collection (<c>sb.Append(x)</c>, <c>list.Add(x)</c>). Flow-insensitive: the
/// order of statements and branches is ignored, so a local that ever holds personal data counts as holding it.
/// Built once per method body, lazily, from the operation blocks of the method (lambdas and local functions included).
/// </summary>
internal sealed class LocalValueIndex
{
    private static readonly HashSet<string> AddingMethods = new()
    {
        "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "Add", "AddRange", "Push", "Enqueue", "TryAdd", "Write", "WriteLine",
    };

    private readonly Dictionary<ISymbol, List<IOperation>> _values = new(SymbolEqualityComparer.Default);

    private LocalValueIndex()
    {
    }

    public static LocalValueIndex Build(ImmutableArray<IOperation> blocks)
    {
        var index = new LocalValueIndex();
        foreach (var block in blocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                index.Visit(operation);
            }
        }

        return index;
    }

    /// <summary>The values stored in <paramref name="local"/> (a local or a parameter); empty when none are known.</summary>
    public IReadOnlyList<IOperation> ValuesOf(ISymbol local) =>
        _values.TryGetValue(local, out var values) ? values : (IReadOnlyList<IOperation>)System.Array.Empty<IOperation>();

    private void Visit(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator:
                var initializer = declarator.Initializer?.Value
                    ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                if (initializer is not null)
                {
                    Add(declarator.Symbol, initializer);
                }

                break;

            case IAssignmentOperation assignment when assignment is not IDeconstructionAssignmentOperation:
                if (Target(assignment.Target) is { } target)
                {
                    Add(target, assignment.Value);
                }

                break;

            case IDeconstructionAssignmentOperation { Target: ITupleOperation targets, Value: ITupleOperation values }:
                AddPairs(targets, values);
                break;

            case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation variable } loop:
                Add(variable.Symbol, loop.Collection);
                break;

            case IForEachLoopOperation { LoopControlVariable: IDeclarationExpressionOperation { Expression: ITupleOperation tuple } } loop:
                foreach (var element in tuple.Elements)
                {
                    if (element is IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local })
                    {
                        Add(local.Local, loop.Collection);
                    }
                    else if (element is ILocalReferenceOperation local2)
                    {
                        Add(local2.Local, loop.Collection);
                    }
                }

                break;

            case IInvocationOperation { Instance: { } instance } invocation when AddingMethods.Contains(invocation.TargetMethod.Name):
                if (Target(instance) is { } receiver)
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        Add(receiver, argument.Value);
                    }
                }

                break;
        }
    }

    private void AddPairs(ITupleOperation targets, ITupleOperation values)
    {
        for (var i = 0; i < targets.Elements.Length && i < values.Elements.Length; i++)
        {
            var target = targets.Elements[i];
            if (target is IDeclarationExpressionOperation declaration)
            {
                target = declaration.Expression;
            }

            if (target is ITupleOperation nestedTargets && values.Elements[i] is ITupleOperation nestedValues)
            {
                AddPairs(nestedTargets, nestedValues);
            }
            else if (Target(target) is { } symbol)
            {
                Add(symbol, values.Elements[i]);
            }
        }
    }

    private static ISymbol? Target(IOperation target)
    {
        while (target is IConversionOperation conversion)
        {
            target = conversion.Operand;
        }

        return target switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
    }

    private void Add(ISymbol symbol, IOperation value)
    {
        if (!_values.TryGetValue(symbol, out var list))
        {
            list = new List<IOperation>(1);
            _values.Add(symbol, list);
        }

        list.Add(value);
    }
}
