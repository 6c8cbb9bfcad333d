using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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

    /// <summary>LINQ methods whose result is only what their lambda returns (the source's elements are not passed on).</summary>
    private static readonly HashSet<string> ReplacingLinqMethods = new()
    {
        "Select", "SelectMany", "Zip", "Aggregate", "Min", "Max",
    };

    private readonly LeakCompilationState _state;
    private readonly PersonalDataKnowledge _knowledge;
    private readonly RedactionMethods _redaction;
    private readonly SummaryScope? _scope;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<ISymbol> _visiting = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IParameterSymbol, IOperation> _lambdaSources = new(SymbolEqualityComparer.Default);
    private System.Lazy<LocalValueIndex>? _locals;

    public ValueTracker(LeakCompilationState state, RedactionMethods redaction, System.Lazy<LocalValueIndex>? locals, SummaryScope? scope, CancellationToken cancellationToken)
    {
        _state = state;
        _knowledge = state.Knowledge;
        _redaction = redaction;
        _locals = locals;
        _scope = scope;
        _cancellationToken = cancellationToken;
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
                    // user.Id where ASP.NET Core Identity marks IdentityUser.Id [PersonalData]: an identifier is what
                    // the rule pages recommend writing instead of the data, unless its category says it is the data.
                    if (!_knowledge.IsPlainIdentifier(member))
                    {
                        hits.Add(new DataHit(value, member, HitKind.Member, null));
                    }

                    return;
                }

                if (value is IPropertyReferenceOperation { Property.IsIndexer: true } indexer && IsLocalizedText(value.Type))
                {
                    // T["Welcome {0}", user.Name]: the localized text is formatted with the arguments.
                    foreach (var argument in indexer.Arguments)
                    {
                        Collect(argument.Value, ValueContext.Text, hits, depth + 1);
                    }

                    return;
                }

                if (!IsStopType(value.Type))
                {
                    CollectMember((IMemberReferenceOperation)value, member, context, hits, depth);
                }

                break;

            case IParameterReferenceOperation parameter:
                if (_knowledge.IsPersonal(parameter.Parameter))
                {
                    if (!_knowledge.IsPlainIdentifier(parameter.Parameter))
                    {
                        hits.Add(new DataHit(value, parameter.Parameter, HitKind.Member, null));
                    }

                    return;
                }

                if (_lambdaSources.TryGetValue(parameter.Parameter, out var source))
                {
                    // customers.Select(c => c.Name.Trim()): the lambda's parameter is an element of the source.
                    CollectMoved(source, context == ValueContext.Direct ? ValueContext.Direct : context, hits, depth, value);
                    return;
                }

                if (_scope is not null && !PersonalDataKnowledge.IsSummaryType(parameter.Parameter.Type)
                    && SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, _scope.Method))
                {
                    // A parameter whose own type carries personal data is reported in the method itself, not at its callers.
                    CollectByType(value, context, hits);
                    if (hits.Count > before)
                    {
                        return;
                    }

                    hits.Add(new DataHit(value, parameter.Parameter, HitKind.Parameter, null, context));
                }

                CollectStored(parameter.Parameter, value, context, hits, depth);
                if (hits.Count > before)
                {
                    return;
                }

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

            case IObjectCreationOperation { Type.SpecialType: SpecialType.System_String } text:
                // new string(chars), new string(span): the characters become the text.
                foreach (var argument in text.Arguments)
                {
                    Collect(argument.Value, ValueContext.Text, hits, depth + 1);
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
            else if (_state.DerivedTypes.CarryingDerived(type) is { } derived)
            {
                // {@Command} where the static type is TRequest or CommandBase: a type of the compilation it can be.
                hits.Add(new DataHit(value, derived.Member, HitKind.DerivedObject, derived.Type));
            }

            return;
        }

        // Text: an object becomes text through its ToString(); a record's generated one prints its annotated members, a
        // written one what its code returns. A log formatter prints a collection element by element.
        if (context == ValueContext.Formatted && _knowledge.ElementType(type) is { } printedElement)
        {
            type = printedElement;
        }

        if (PrintedBy(type) is { } printed)
        {
            hits.Add(new DataHit(value, printed, HitKind.PrintedByToString, type));
        }
    }

    /// <summary>The first personal-data member the ToString of <paramref name="type"/> prints, or null.</summary>
    private ISymbol? PrintedBy(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named || PersonalDataKnowledge.IsSummaryType(type) || type.SpecialType != SpecialType.None)
        {
            return null;
        }

        var printed = _knowledge.PrintedByGeneratedToString(named);
        if (!printed.IsEmpty)
        {
            return printed[0];
        }

        for (var current = named; current is not null && SymbolEqualityComparer.Default.Equals(current.ContainingAssembly, _state.Summaries.Assembly); current = current.BaseType)
        {
            foreach (var member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { Parameters.IsEmpty: true, IsOverride: true, IsImplicitlyDeclared: false } toString)
                {
                    var summary = Summary(toString);
                    return summary.Returned.IsEmpty ? null : summary.Returned[0].Member;
                }
            }
        }

        return null;
    }

    private MethodSummary Summary(IMethodSymbol method) =>
        _scope is null ? _state.Summaries.Get(method, _cancellationToken) : _state.Summaries.Get(method, _scope.Stack, _cancellationToken);

    /// <summary>
    /// What a localizer returns (<c>T["Welcome {0}", user.Name]</c>, <c>S("…", email)</c> with Orchard Core's
    /// <c>Localizer</c> delegate): Microsoft.Extensions.Localization's <c>LocalizedString</c> and ASP.NET Core's
    /// <c>LocalizedHtmlString</c> print the text formatted with the arguments.
    /// </summary>
    private static bool IsLocalizedText(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "LocalizedString" or "LocalizedHtmlString" };

    /// <summary>Types that stop the tracking: the summary types, and Guids (an identifier computed from the data is not the data).</summary>
    private static bool IsStopType(ITypeSymbol? type) =>
        PersonalDataKnowledge.IsSummaryType(type)
        || type is INamedTypeSymbol { Name: "Guid", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>
    /// A read of an unannotated field or property. Followed member by member: in an anonymous object, a tuple or an
    /// object created here, the value given to that member (an initializer, a constructor parameter the constructor
    /// stores in it, an exception's constructor arguments for <c>Message</c>); else the values the member's own type
    /// assigns to it, or its getter's summary; else, when the object is personal data, its part is too
    /// (<c>customer.Address.Street</c>).
    /// </summary>
    private void CollectMember(IMemberReferenceOperation reference, ISymbol member, ValueContext context, List<DataHit> hits, int depth)
    {
        var start = hits.Count;
        var instance = reference.Instance;
        if (instance is not null && CollectFromOrigins(instance, member, context, hits, depth, reference))
        {
            return;
        }

        CollectFromType(reference, member, context, hits, depth);
        if (hits.Count == start && instance is not null)
        {
            // customer.Address.Street: a part of personal data is personal data (unless it is a number).
            CollectMoved(instance, ValueContext.Direct, hits, depth, reference);
        }
    }

    /// <summary>Whether the object read from was created where we can see it; collects what it gave the member.</summary>
    private bool CollectFromOrigins(IOperation instance, ISymbol member, ValueContext context, List<DataHit> hits, int depth, IOperation at)
    {
        var handled = false;
        var origins = new List<IOperation>();
        Origins(instance, origins, 0);
        foreach (var origin in origins)
        {
            switch (origin)
            {
                case IAnonymousObjectCreationOperation anonymous:
                    handled = true;
                    foreach (var initializer in anonymous.Initializers)
                    {
                        if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && target.Property.Name == member.Name)
                        {
                            CollectMoved(assignment.Value, context, hits, depth, at);
                        }
                    }

                    break;

                case ITupleOperation tuple when member is IFieldSymbol field && tuple.Type is INamedTypeSymbol { IsTupleType: true } tupleType:
                    handled = true;
                    for (var i = 0; i < tuple.Elements.Length && i < tupleType.TupleElements.Length; i++)
                    {
                        if (tupleType.TupleElements[i].Name == field.Name || "Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) == field.Name)
                        {
                            CollectMoved(tuple.Elements[i], context, hits, depth, at);
                        }
                    }

                    break;

                case IObjectCreationOperation creation:
                    handled = true;
                    CollectFromCreation(creation, member, context, hits, depth, at);
                    break;
            }
        }

        return handled;
    }

    private void CollectFromCreation(IObjectCreationOperation creation, ISymbol member, ValueContext context, List<DataHit> hits, int depth, IOperation at)
    {
        if (creation.Initializer is { } initializer)
        {
            foreach (var assignment in initializer.Initializers)
            {
                if (assignment is IAssignmentOperation { Target: IMemberReferenceOperation target } set
                    && SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member.OriginalDefinition))
                {
                    CollectMoved(set.Value, context, hits, depth, at);
                }
            }
        }

        if (creation.Constructor is not { } constructor)
        {
            return;
        }

        var summary = Summary(constructor);
        foreach (var (stored, ordinal) in summary.Stored)
        {
            if (SymbolEqualityComparer.Default.Equals(stored, member.OriginalDefinition) && MethodSummaries.ArgumentFor(creation.Arguments, ordinal) is { } argument)
            {
                CollectMoved(argument, context, hits, depth, at);
            }
        }

        if (member.Name == "Message" && member.DeclaringSyntaxReferences.IsEmpty && _state.IsException(creation.Type))
        {
            // new NotFoundException(user.Email).Message: what the constructor puts in the message.
            if (summary.HasBody)
            {
                foreach (var sink in summary.Sinks)
                {
                    if (sink.Kind == SinkKind.Exception && MethodSummaries.ArgumentFor(creation.Arguments, sink.Ordinal) is { } argument)
                    {
                        CollectMoved(argument, ValueContext.Text, hits, depth, at);
                    }
                }
            }
            else
            {
                foreach (var argument in creation.Arguments)
                {
                    if (LeakCompilationState.IsTextParameter(argument.Parameter))
                    {
                        CollectMoved(argument.Value, ValueContext.Text, hits, depth, at);
                    }
                }
            }
        }
    }

    /// <summary>What an expression can have been created as: through conversions and locals (bounded).</summary>
    private void Origins(IOperation operation, List<IOperation> origins, int depth)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        if (depth > 4 || origins.Count > 8)
        {
            return;
        }

        if (operation is ILocalReferenceOperation local && _locals is not null)
        {
            if (!_visiting.Add(local.Local))
            {
                return;
            }

            try
            {
                foreach (var stored in _locals.Value.ValuesOf(local.Local))
                {
                    Origins(stored, origins, depth + 1);
                }
            }
            finally
            {
                _visiting.Remove(local.Local);
            }

            return;
        }

        origins.Add(operation);
    }

    /// <summary>A member of a source type: the values its type assigns to it, and what its written getter returns.</summary>
    private void CollectFromType(IMemberReferenceOperation reference, ISymbol member, ValueContext context, List<DataHit> hits, int depth)
    {
        if (member.ContainingType is not { IsAnonymousType: false, IsTupleType: false } type
            || member is IFieldSymbol { IsConst: true }
            || !MayHoldData(reference.Type)
            || member.DeclaringSyntaxReferences.IsEmpty
            || !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _state.Summaries.Assembly)
            || !_visiting.Add(member.OriginalDefinition))
        {
            return;
        }

        try
        {
            if (member is IPropertySymbol { GetMethod: { } getter } && HasWrittenBody(getter))
            {
                foreach (var returned in Summary(getter).Returned)
                {
                    hits.Add(new DataHit(reference, returned.Member, returned.Kind, returned.Carrier));
                }
            }

            var saved = _locals;
            try
            {
                foreach (var stored in _state.Summaries.StoresOf(type, _cancellationToken).ValuesOf(member))
                {
                    _locals = stored.Locals;
                    CollectMoved(stored.Value, context, hits, depth, reference);
                }
            }
            finally
            {
                _locals = saved;
            }
        }
        finally
        {
            _visiting.Remove(member.OriginalDefinition);
        }
    }

    /// <summary>
    /// Whether a member of this type can hold personal data worth following through its stores: text, or objects and
    /// collections of types with annotated members. Services, repositories, loggers and options are not followed (their
    /// type's bodies are not read for them).
    /// </summary>
    private bool MayHoldData(ITypeSymbol? type)
    {
        if (type is null || _knowledge.IsTextLike(type))
        {
            return type is not null;
        }

        if (_knowledge.ElementType(type) is { } element)
        {
            return _knowledge.IsTextLike(element) || _knowledge.CarriedMember(element) is not null;
        }

        return _knowledge.CarriedMember(type) is not null;
    }

    private bool HasWrittenBody(IMethodSymbol accessor)
    {
        foreach (var reference in accessor.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(_cancellationToken);
            return syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ArrowExpressionClauseSyntax
                || syntax is Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax { Body: not null } or Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax { ExpressionBody: not null };
        }

        return false;
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

        if (IsStopType(invocation.Type))
        {
            return;
        }

        var summary = Summary(method);
        if (summary.HasBody)
        {
            // A method of this compilation: what its summary says it returns, the personal data it reads itself and
            // the arguments it passes on (a helper that returns a type's name returns none).
            foreach (var returned in summary.Returned)
            {
                hits.Add(new DataHit(invocation, returned.Member, returned.Kind, returned.Carrier));
            }

            foreach (var (ordinal, used) in summary.ReturnedParameters)
            {
                if (MethodSummaries.ArgumentFor(invocation.Arguments, ordinal) is { } argument)
                {
                    Collect(argument, used == ValueContext.Direct ? ValueContext.Direct : context, hits, depth + 1);
                }
            }

            return;
        }

        if (!_knowledge.IsTextLike(invocation.Type) && !IsLocalizedText(invocation.Type))
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
        IOperation? source = null;
        var replacing = false;
        foreach (var argument in invocation.Arguments)
        {
            var value = argument.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                if (!projecting)
                {
                    continue;
                }

                replacing |= ReplacingLinqMethods.Contains(invocation.TargetMethod.Name);
                var bound = source is not null && !lambda.Symbol.Parameters.IsEmpty ? lambda.Symbol.Parameters[0] : null;
                if (bound is not null)
                {
                    _lambdaSources[bound] = source!;
                }

                try
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
                finally
                {
                    if (bound is not null)
                    {
                        _lambdaSources.Remove(bound);
                    }
                }
            }
            else
            {
                source ??= argument.Value;
            }
        }

        if (!replacing)
        {
            // Where, OrderBy, First, ToList, GroupBy (its groups hold the elements): the elements are passed on.
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Value is not (IDelegateCreationOperation or IConversionOperation { Operand: IDelegateCreationOperation }))
                {
                    Collect(argument.Value, context is ValueContext.Text or ValueContext.Formatted ? context : ValueContext.Direct, hits, depth + 1);
                }
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

        _cancellationToken.ThrowIfCancellationRequested();

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
