using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// Follows a value back through one method to the personal data it carries. What it follows:
/// <list type="bullet">
/// <item>an annotated property, field or parameter (<c>customer.Email</c>);</item>
/// <item>interpolated strings, string concatenation, <c>??</c>, <c>?:</c>, switch expressions, conversions, tuples,
/// arrays, collection expressions and anonymous objects containing it;</item>
/// <item>locals (several hops, flow-insensitive; see <see cref="LocalValueIndex"/>), lambdas and local functions;</item>
/// <item>method calls that return text (<c>ToUpper</c>, <c>Trim</c>, <c>Substring</c>, <c>string.Format</c>,
/// <c>ToString</c>, your own helpers): their result keeps the data of their receiver and arguments, unless the method
/// is a redaction method (<see cref="RedactionMethods"/>); <c>Select</c>-like LINQ projections;</item>
/// <item>members of personal data that are not numbers (<c>customer.Address.Street</c>).</item>
/// </list>
/// What stops it: constants (<c>nameof</c>, literals), results that are bool, numbers, chars or enums (<c>Length</c>,
/// <c>Count</c>, <c>!= null</c>, <c>Contains</c>), redaction calls, and methods returning other types.
/// </summary>
internal sealed class ValueTracker
{
    private const int MaxDepth = 12;

    private static readonly HashSet<string> ProjectingLinqMethods = new()
    {
        "Select", "SelectMany", "ToDictionary", "ToLookup", "GroupBy", "Zip", "Aggregate", "Min", "Max", "MinBy", "MaxBy",
    };

    private readonly PersonalDataKnowledge _knowledge;
    private readonly RedactionMethods _redaction;
    private readonly System.Lazy<LocalValueIndex>? _locals;
    private readonly HashSet<ISymbol> _visiting = new(SymbolEqualityComparer.Default);

    public ValueTracker(PersonalDataKnowledge knowledge, RedactionMethods redaction, System.Lazy<LocalValueIndex>? locals)
    {
        _knowledge = knowledge;
        _redaction = redaction;
        _locals = locals;
    }

    /// <summary>Adds the personal data <paramref name="value"/> carries to <paramref name="hits"/>.</summary>
    public void Collect(IOperation? value, ValueContext context, List<DataHit> hits) => Collect(value, context, hits, 0);

    /// <summary>The first piece of personal data <paramref name="value"/> carries, or null.</summary>
    public DataHit? FindFirst(IOperation? value, ValueContext context)
    {
        var hits = new List<DataHit>();
        Collect(value, context, hits, 0);
        return hits.Count == 0 ? null : hits[0];
    }

    private void Collect(IOperation? value, ValueContext context, List<DataHit> hits, int depth)
    {
        if (value is null || depth > MaxDepth || value.ConstantValue.HasValue)
        {
            return;
        }

        var before = hits.Count;
        switch (value)
        {
            case IConversionOperation conversion:
                Collect(conversion.Operand, context, hits, depth + 1);
                return;

            case IParenthesizedOperation parenthesized:
                Collect(parenthesized.Operand, context, hits, depth + 1);
                return;

            case IPropertyReferenceOperation or IFieldReferenceOperation:
                var member = ((IMemberReferenceOperation)value).Member;
                if (_knowledge.IsPersonal(member))
                {
                    hits.Add(new DataHit(value, member, HitKind.Member, null));
                    return;
                }

                if (!PersonalDataKnowledge.IsSummaryType(value.Type) && ((IMemberReferenceOperation)value).Instance is { } instance)
                {
                    // customer.Address.Street: a part of personal data is personal data (unless it is a number).
                    CollectMoved(instance, ValueContext.Direct, hits, depth, value);
                }

                break;

            case IParameterReferenceOperation parameter:
                if (_knowledge.IsPersonal(parameter.Parameter))
                {
                    hits.Add(new DataHit(value, parameter.Parameter, HitKind.Member, null));
                    return;
                }

                CollectStored(parameter.Parameter, value, context, hits, depth);
                break;

            case ILocalReferenceOperation local:
                CollectStored(local.Local, value, context, hits, depth);
                break;

            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    switch (part)
                    {
                        case IInterpolationOperation interpolation:
                            Collect(interpolation.Expression, ValueContext.Text, hits, depth + 1);
                            break;
                        case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append }:
                            foreach (var argument in append.Arguments)
                            {
                                Collect(argument.Value, ValueContext.Text, hits, depth + 1);
                            }

                            break;
                    }
                }

                return;

            case IInterpolatedStringHandlerCreationOperation handler:
                Collect(handler.Content, ValueContext.Text, hits, depth + 1);
                return;

            case IBinaryOperation binary:
                if (binary.Type?.SpecialType == SpecialType.System_String)
                {
                    Collect(binary.LeftOperand, ValueContext.Text, hits, depth + 1);
                    Collect(binary.RightOperand, ValueContext.Text, hits, depth + 1);
                }

                return;

            case ICoalesceOperation coalesce:
                Collect(coalesce.Value, context, hits, depth + 1);
                Collect(coalesce.WhenNull, context, hits, depth + 1);
                return;

            case IConditionalOperation conditional:
                Collect(conditional.WhenTrue, context, hits, depth + 1);
                Collect(conditional.WhenFalse, context, hits, depth + 1);
                return;

            case IConditionalAccessOperation conditionalAccess:
                if (!PersonalDataKnowledge.IsSummaryType(conditionalAccess.Type))
                {
                    Collect(conditionalAccess.WhenNotNull, context, hits, depth + 1);
                }

                return;

            case IConditionalAccessInstanceOperation accessInstance:
                // customer?.Email: the receiver of the access is the conditional access' operation.
                for (var parent = accessInstance.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IConditionalAccessOperation owner)
                    {
                        Collect(owner.Operation, context, hits, depth + 1);
                        break;
                    }
                }

                return;

            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    Collect(arm.Value, context, hits, depth + 1);
                }

                return;

            case ITupleOperation tuple:
                foreach (var element in tuple.Elements)
                {
                    Collect(element, context, hits, depth + 1);
                }

                return;

            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                foreach (var element in arrayInitializer.ElementValues)
                {
                    Collect(element, context, hits, depth + 1);
                }

                break;

            case ICollectionExpressionOperation collection:
                foreach (var element in collection.Elements)
                {
                    Collect(element is ISpreadOperation spread ? spread.Operand : element, context, hits, depth + 1);
                }

                break;

            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation assignment)
                    {
                        Collect(assignment.Value, context, hits, depth + 1);
                    }
                }

                return;

            case IObjectCreationOperation { Initializer: { } objectInitializer } when context == ValueContext.Structured:
                foreach (var initializer in objectInitializer.Initializers)
                {
                    if (initializer is IAssignmentOperation assignment)
                    {
                        Collect(assignment.Value, context, hits, depth + 1);
                    }
                }

                break;

            case IAwaitOperation awaited:
                Collect(awaited.Operation, context, hits, depth + 1);
                return;

            case IInvocationOperation invocation:
                CollectInvocation(invocation, context, hits, depth);
                break;

            case IDelegateCreationOperation or IAnonymousFunctionOperation:
                // A lambda is not a value that carries data; what it returns is followed where it is invoked (LINQ).
                return;
        }

        if (hits.Count == before)
        {
            CollectByType(value, context, hits);
        }
    }

    private void CollectByType(IOperation value, ValueContext context, List<DataHit> hits)
    {
        var type = value.Type;
        if (type is null || context == ValueContext.Direct || PersonalDataKnowledge.IsSummaryType(type) || type.SpecialType == SpecialType.System_String)
        {
            return;
        }

        if (context == ValueContext.Structured)
        {
            if (_knowledge.ElementType(type) is { } element)
            {
                if (_knowledge.CarriedMember(element) is { } inElement)
                {
                    hits.Add(new DataHit(value, inElement, HitKind.Collection, element));
                }
            }
            else if (_knowledge.CarriedMember(type) is { } carried)
            {
                hits.Add(new DataHit(value, carried, HitKind.WholeObject, type));
            }

            return;
        }

        // Text: an object becomes text through its ToString(); a record's generated one prints its annotated members.
        if (type is INamedTypeSymbol named)
        {
            var printed = _knowledge.PrintedByGeneratedToString(named);
            if (!printed.IsEmpty)
            {
                hits.Add(new DataHit(value, printed[0], HitKind.PrintedByToString, type));
            }
        }
    }

    private void CollectInvocation(IInvocationOperation invocation, ValueContext context, List<DataHit> hits, int depth)
    {
        var method = invocation.TargetMethod;
        if (_redaction.IsRedaction(method) || PersonalDataKnowledge.IsSummaryType(invocation.Type) || method.ReturnsVoid)
        {
            return;
        }

        var definition = method.ReducedFrom ?? method;
        var containing = definition.ContainingType;
        if (containing is { Name: "Enumerable" or "Queryable" or "MemoryExtensions", ContainingNamespace.Name: "Linq" or "System" })
        {
            CollectLinq(invocation, context, hits, depth, ProjectingLinqMethods.Contains(method.Name));
            return;
        }

        if (method.Name == "ToString" && invocation.Instance is { } formatted)
        {
            // x.ToString(): the receiver turned into text.
            CollectMoved(formatted, ValueContext.Text, hits, depth, invocation);
            return;
        }

        if (!_knowledge.IsTextLike(invocation.Type))
        {
            return;
        }

        // A method that returns text keeps the data of its receiver and its arguments (string methods, string.Format,
        // string.Join, your own helpers), unless it is a redaction method (handled above).
        if (invocation.Instance is { } receiver)
        {
            CollectMoved(receiver, ValueContext.Direct, hits, depth, null);
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type is { } parameterType && PersonalDataKnowledge.IsSummaryType(parameterType))
            {
                continue;
            }

            Collect(argument.Value, ValueContext.Text, hits, depth + 1);
        }
    }

    private void CollectLinq(IInvocationOperation invocation, ValueContext context, List<DataHit> hits, int depth, bool projecting)
    {
        foreach (var argument in invocation.Arguments)
        {
            var value = argument.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                if (projecting)
                {
                    foreach (var returned in lambda.Body.Descendants())
                    {
                        if (returned is IReturnOperation { ReturnedValue: { } result })
                        {
                            // customers.Select(c => c.Email): reported at the projection, which is what is passed on.
                            CollectMoved(result, ValueContext.Direct, hits, depth, invocation);
                        }
                    }
                }
            }
            else
            {
                Collect(argument.Value, context == ValueContext.Text ? ValueContext.Text : ValueContext.Direct, hits, depth + 1);
            }
        }
    }

    /// <summary>Follows the values stored in a local or parameter; reports at the reference, naming the data found.</summary>
    private void CollectStored(ISymbol symbol, IOperation reference, ValueContext context, List<DataHit> hits, int depth)
    {
        if (_locals is null || !_visiting.Add(symbol))
        {
            return;
        }

        try
        {
            var found = new List<DataHit>();
            foreach (var stored in _locals.Value.ValuesOf(symbol))
            {
                Collect(stored, context, found, depth + 1);
                if (found.Count > 0)
                {
                    hits.Add(found[0].MovedTo(reference));
                    return;
                }
            }
        }
        finally
        {
            _visiting.Remove(symbol);
        }
    }

    /// <summary>Collects from <paramref name="inner"/>; when <paramref name="at"/> is given, reports there instead.</summary>
    private void CollectMoved(IOperation inner, ValueContext context, List<DataHit> hits, int depth, IOperation? at)
    {
        var start = hits.Count;
        Collect(inner, context, hits, depth + 1);
        if (at is not null)
        {
            for (var i = start; i < hits.Count; i++)
            {
                hits[i] = hits[i].MovedTo(at);
            }
        }
    }
}
