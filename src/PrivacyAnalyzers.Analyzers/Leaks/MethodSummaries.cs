using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Leaks;

/// <summary>
/// The method summaries of one compilation (<see cref="MethodSummary"/>) and the values each source type stores in its
/// own members (<see cref="MemberStores"/>), computed lazily on the first question and cached; thread-safe (analyzers
/// run concurrently: two threads may compute the same summary, the first stored wins, both are the same).
/// Bounded: a summary asks for at most <see cref="MaxDepth"/> nested summaries, a recursive or mutually recursive call is
/// cut (the method being computed counts as doing nothing), and a summary computed below a cut is not cached (it is
/// recomputed when asked for directly, so that the entry point never decides what a method does); method bodies longer
/// than <see cref="MaxBodyLength"/> characters are not summarised.
/// </summary>
internal sealed class MethodSummaries
{
    public const int MaxDepth = 4;

    public const int MaxBodyLength = 40_000;

    private const int MaxSinks = 32;

    private readonly LeakCompilationState _state;
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, System.Lazy<MethodSummary>> _pending = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, MemberStores> _stores = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private int _computed;

    public MethodSummaries(LeakCompilationState state, Compilation compilation)
    {
        _state = state;
        _compilation = compilation;
    }

    /// <summary>The assembly of the compilation: summaries and member stores exist only for its source.</summary>
    public IAssemblySymbol Assembly => _compilation.Assembly;

    /// <summary>For tests: how many summaries were computed (a method is computed once unless a cycle was cut below it).</summary>
    public int ComputedCount => Volatile.Read(ref _computed);

    /// <summary>For tests: called with each method whose summary is computed.</summary>
    internal static System.Action<IMethodSymbol>? OnComputed { get; set; }

    /// <summary>The summary key: the original, non-reduced definition (the declaration part of a partial method).</summary>
    public static IMethodSymbol Key(IMethodSymbol method)
    {
        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        return definition.PartialDefinitionPart ?? definition;
    }

    /// <summary>The summary of a method called from an analyzer callback.</summary>
    /// <remarks>
    /// Asked from a call site (not from inside another summary), a summary is computed by one thread while others wait:
    /// no summary is computed twice for its call sites. Inside a summary nothing waits (a thread computing A that needs
    /// B computes B itself), so mutual recursion on two threads cannot deadlock. A computation cancelled or failed is
    /// forgotten, not cached.
    /// </remarks>
    public MethodSummary Get(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var key = Key(method);
        if (_summaries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (!MayHaveBody(key) && !IsDispatched(key))
        {
            return MethodSummary.NoBody;
        }

        var pending = _pending.GetOrAdd(key, k => new System.Lazy<MethodSummary>(() => Get(k, new SummaryStack(), cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return pending.Value;
        }
        catch (System.Exception)
        {
            _pending.TryRemove(key, out _);
            throw;
        }
    }

    internal MethodSummary Get(IMethodSymbol method, SummaryStack stack, CancellationToken cancellationToken)
    {
        var key = Key(method);
        if (_summaries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (!MayHaveBody(key))
        {
            // An interface or abstract method of this compilation with a single implementation in it: that one's summary.
            return IsDispatched(key) && _state.DerivedTypes.SingleImplementation(key) is { } implementation && MayHaveBody(Key(implementation))
                ? Get(implementation, stack, cancellationToken)
                : MethodSummary.NoBody;
        }

        if (stack.Contains(key) || stack.Count >= MaxDepth)
        {
            stack.Cut();
            return MethodSummary.Empty;
        }

        var cutsBefore = stack.Cuts;
        stack.Push(key);
        MethodSummary summary;
        try
        {
            summary = Compute(key, stack, cancellationToken);
        }
        finally
        {
            stack.Pop();
        }

        if (stack.Cuts == cutsBefore || stack.Count == 0)
        {
            summary = _summaries.GetOrAdd(key, summary);
        }

        return summary;
    }

    /// <summary>The values a source type assigns to its own fields and properties, anywhere in its declaration.</summary>
    public MemberStores StoresOf(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        type = type.OriginalDefinition;
        if (_stores.TryGetValue(type, out var stores))
        {
            return stores;
        }

        return _stores.GetOrAdd(type, MemberStores.Build(this, type, cancellationToken));
    }

    /// <summary>The semantic model of a tree of this compilation, one per tree, shared by every summary.</summary>
    internal SemanticModel? ModelFor(SyntaxTree tree)
    {
        if (!_compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

#pragma warning disable RS1030 // The bodies of called methods are read from other trees; there is no analysis context for them.
        return _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }

    private bool IsDispatched(IMethodSymbol key) =>
        (key.IsAbstract || key.ContainingType?.TypeKind == TypeKind.Interface) && !key.IsStatic
        && SymbolEqualityComparer.Default.Equals(key.ContainingAssembly, _compilation.Assembly);

    private bool MayHaveBody(IMethodSymbol key)
    {
        var implementation = key.PartialImplementationPart ?? key;
        return !implementation.IsAbstract && !implementation.IsExtern
            && !implementation.DeclaringSyntaxReferences.IsEmpty
            && key.ContainingAssembly is { } assembly
            && SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly);
    }

    /// <summary>The operation of the method's body, or null when it cannot be read.</summary>
    private IOperation? BodyOf(IMethodSymbol key, CancellationToken cancellationToken)
    {
        var implementation = key.PartialImplementationPart ?? key;
        if (implementation.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var node = implementation.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        if (node is TypeDeclarationSyntax { ParameterList: not null } primary && key.MethodKind == MethodKind.Constructor)
        {
            // A primary constructor (record Error(string Message) : Base($"…{Message}")): its body is the base call.
            var initializer = primary.BaseList?.Types.FirstOrDefault(t => t is PrimaryConstructorBaseTypeSyntax);
            return initializer is null || initializer.Span.Length > MaxBodyLength || ModelFor(node.SyntaxTree) is not { } typeModel
                ? null
                : typeModel.GetOperation(initializer, cancellationToken);
        }

        if (node is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax)
            || node.Span.Length > MaxBodyLength
            || ModelFor(node.SyntaxTree) is not { } model)
        {
            return null;
        }

        return model.GetOperation(node, cancellationToken);
    }

    /// <summary>
    /// A record's primary constructor stores each parameter in the positional property of the same name the compiler
    /// declares for it (not in one the record declares itself, nor in an inherited one: the base call stores that).
    /// </summary>
    private static void AddPositionalProperties(Builder builder, IMethodSymbol key, CancellationToken cancellationToken)
    {
        if (key.MethodKind != MethodKind.Constructor || key.ContainingType is not { IsRecord: true } record
            || key.DeclaringSyntaxReferences.Length != 1
            || key.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not TypeDeclarationSyntax { ParameterList: not null })
        {
            return;
        }

        foreach (var parameter in key.Parameters)
        {
            foreach (var member in record.GetMembers(parameter.Name))
            {
                if (member is IPropertySymbol { DeclaringSyntaxReferences.Length: 1 } property
                    && property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is ParameterSyntax)
                {
                    builder.Stored(property.OriginalDefinition, parameter.Ordinal);
                }
            }
        }
    }

    private MethodSummary Compute(IMethodSymbol key, SummaryStack stack, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Interlocked.Increment(ref _computed);
        OnComputed?.Invoke(key);
        var builder = new Builder(key);
        AddPositionalProperties(builder, key, cancellationToken);
        if (BodyOf(key, cancellationToken) is not { } body)
        {
            return builder.HasStored ? builder.ToSummary() : MethodSummary.NoBody;
        }

        var implementation = key.PartialImplementationPart ?? key;
        var locals = new System.Lazy<LocalValueIndex>(() => LocalValueIndex.Build(ImmutableArray.Create(body)));
        var tracker = new ValueTracker(_state, _state.RedactionFor(body.Syntax.SyntaxTree), locals, new SummaryScope(implementation, stack), cancellationToken);
        var via = Name(key);

        foreach (var operation in body.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IInvocationOperation invocation:
                    if (_state.IsLogCall(invocation, out var display))
                    {
                        foreach (var (value, context) in _state.LogArguments(invocation))
                        {
                            AddSinks(builder, tracker, value, context, SinkKind.Log, display, invocation.Syntax.GetLocation(), null, via);
                        }
                    }
                    else if (invocation.TargetMethod.MethodKind == MethodKind.Constructor && invocation.TargetMethod.ContainingAssembly is { } assembly
                        && !SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly) && _state.IsException(invocation.TargetMethod.ContainingType))
                    {
                        // : base(message) of an exception type whose base is a framework exception.
                        var message = $"the message of '{key.ContainingType.Name}'";
                        foreach (var argument in invocation.Arguments)
                        {
                            if (LeakCompilationState.IsTextParameter(argument.Parameter))
                            {
                                AddSinks(builder, tracker, argument.Value, ValueContext.Text, SinkKind.Exception, message, invocation.Syntax.GetLocation(), null, via);
                            }
                        }
                    }
                    else
                    {
                        AddCallSinks(builder, tracker, invocation.TargetMethod, invocation.Arguments, stack, via, cancellationToken);
                        if (key.MethodKind == MethodKind.Constructor && invocation.TargetMethod.MethodKind == MethodKind.Constructor
                            && invocation.Instance is IInstanceReferenceOperation)
                        {
                            // : base(…) or : this(…): what the called constructor stores, this object's members hold.
                            AddChainedStores(builder, tracker, invocation, stack, cancellationToken);
                        }
                    }

                    break;

                case IObjectCreationOperation { Constructor: { } constructor } creation:
                    if (_state.IsException(creation.Type) && !MayHaveBody(Key(constructor)))
                    {
                        var message = $"the message of '{creation.Type!.Name}'";
                        foreach (var argument in creation.Arguments)
                        {
                            if (LeakCompilationState.IsTextParameter(argument.Parameter))
                            {
                                AddSinks(builder, tracker, argument.Value, ValueContext.Text, SinkKind.Exception, message, creation.Syntax.GetLocation(), null, via);
                            }
                        }
                    }
                    else
                    {
                        AddCallSinks(builder, tracker, constructor, creation.Arguments, stack, via, cancellationToken);
                    }

                    break;

                case IAssignmentOperation assignment when assignment is not IDeconstructionAssignmentOperation:
                    AddAssignment(builder, tracker, key, assignment, via);
                    break;

                case IReturnOperation { ReturnedValue: { } returned } when !InNestedFunction(operation, body):
                    var hits = new List<DataHit>();
                    tracker.Collect(returned, ValueContext.Direct, hits);
                    foreach (var hit in hits)
                    {
                        if (hit.Kind == HitKind.Parameter)
                        {
                            builder.ReturnedParameter(((IParameterSymbol)hit.Member).Ordinal, hit.Context);
                        }
                        else
                        {
                            builder.Returned(new ReturnedData(hit.Member, hit.Kind, hit.Carrier));
                        }
                    }

                    break;
            }
        }

        return builder.ToSummary();
    }

    private void AddAssignment(Builder builder, ValueTracker tracker, IMethodSymbol key, IAssignmentOperation assignment, string via)
    {
        var target = assignment.Target;
        while (target is IConversionOperation conversion)
        {
            target = conversion.Operand;
        }

        var member = target switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: false } property => (ISymbol)property.Property,
            IFieldReferenceOperation { Field.IsConst: false } field => field.Field,
            _ => null,
        };
        if (member is null)
        {
            return;
        }

        var hits = new List<DataHit>();
        if (key.MethodKind == MethodKind.Constructor && ((IMemberReferenceOperation)target).Instance is null or IInstanceReferenceOperation
            && SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, key.ContainingType.OriginalDefinition))
        {
            tracker.Collect(assignment.Value, ValueContext.Direct, hits);
            foreach (var hit in hits)
            {
                if (hit.Kind == HitKind.Parameter)
                {
                    builder.Stored(member.OriginalDefinition, ((IParameterSymbol)hit.Member).Ordinal);
                }
            }
        }

        if (!PersonalDataCopyAnalyzer.IsCopyTarget(_compilation, _state, member) || PersonalDataCopyAnalyzer.TargetDeclaration(member) is not { } declaration)
        {
            return;
        }

        if (hits.Count == 0)
        {
            tracker.Collect(assignment.Value, ValueContext.Direct, hits);
        }

        foreach (var hit in hits)
        {
            if (hit.Kind == HitKind.Parameter)
            {
                builder.Sink(new ParameterSink(((IParameterSymbol)hit.Member).Ordinal, ValueContext.Direct, SinkKind.Copy, DataHit.MemberName(member), declaration, member, via));
            }
        }
    }

    private static void AddSinks(Builder builder, ValueTracker tracker, IOperation value, ValueContext context, SinkKind kind, string sink, Location location, ISymbol? copyTarget, string via)
    {
        var hits = new List<DataHit>();
        tracker.Collect(value, context, hits);
        foreach (var hit in hits)
        {
            if (hit.Kind == HitKind.Parameter)
            {
                builder.Sink(new ParameterSink(((IParameterSymbol)hit.Member).Ordinal, hit.Context == ValueContext.Direct ? ValueContext.Direct : context, kind, sink, location, copyTarget, via));
            }
        }
    }

    /// <summary>A call inside the method being summarised: the callee's sinks that its arguments reach from our parameters.</summary>
    private void AddCallSinks(Builder builder, ValueTracker tracker, IMethodSymbol callee, ImmutableArray<IArgumentOperation> arguments, SummaryStack stack, string via, CancellationToken cancellationToken)
    {
        if (arguments.IsEmpty)
        {
            return;
        }

        var summary = Get(callee, stack, cancellationToken);
        foreach (var sink in summary.Sinks)
        {
            if (ArgumentFor(arguments, sink.Ordinal) is { } argument)
            {
                AddSinks(builder, tracker, argument, sink.Context, sink.Kind, sink.Sink, sink.Location, sink.CopyTarget, via + " → " + sink.Via);
            }
        }
    }

    private void AddChainedStores(Builder builder, ValueTracker tracker, IInvocationOperation initializer, SummaryStack stack, CancellationToken cancellationToken)
    {
        foreach (var (member, ordinal) in Get(initializer.TargetMethod, stack, cancellationToken).Stored)
        {
            if (ArgumentFor(initializer.Arguments, ordinal) is not { } argument)
            {
                continue;
            }

            var hits = new List<DataHit>();
            tracker.Collect(argument, ValueContext.Direct, hits);
            foreach (var hit in hits)
            {
                if (hit.Kind == HitKind.Parameter)
                {
                    builder.Stored(member, ((IParameterSymbol)hit.Member).Ordinal);
                }
            }
        }
    }

    /// <summary>The value passed for the parameter with this ordinal (of the original definition), or null.</summary>
    public static IOperation? ArgumentFor(ImmutableArray<IArgumentOperation> arguments, int ordinal)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
            }
        }

        return null;
    }

    /// <summary>A method as the message names it: <c>AccountService.Notify</c>.</summary>
    public static string Name(IMethodSymbol method)
    {
        var owner = method.ContainingType?.Name;
        var name = method.MethodKind switch
        {
            MethodKind.Constructor => "new " + owner,
            MethodKind.PropertyGet => (method.AssociatedSymbol?.Name ?? method.Name),
            _ => method.Name,
        };
        return method.MethodKind == MethodKind.Constructor || owner is null ? name : owner + "." + name;
    }

    private static bool InNestedFunction(IOperation operation, IOperation root)
    {
        for (var current = operation.Parent; current is not null && current != root; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Builder
    {
        private readonly IMethodSymbol _method;
        private readonly List<ParameterSink> _sinks = new();
        private readonly Dictionary<(int, SinkKind, string, Location), int> _seenSinks = new();
        private readonly List<ReturnedData> _returned = new();
        private readonly HashSet<ISymbol> _seenReturned = new(SymbolEqualityComparer.Default);
        private readonly List<(int, ValueContext)> _returnedParameters = new();
        private readonly List<(ISymbol, int)> _stored = new();

        public Builder(IMethodSymbol method) => _method = method;

        public void Sink(ParameterSink sink)
        {
            if (sink.Ordinal >= _method.Parameters.Length)
            {
                return;
            }

            var key = (sink.Ordinal, sink.Kind, sink.Sink, sink.Location);
            if (_seenSinks.TryGetValue(key, out var index))
            {
                // The same sink reached two ways (recursion): name the shorter path, whichever was found first.
                if (sink.Via.Length < _sinks[index].Via.Length)
                {
                    _sinks[index] = sink;
                }
            }
            else if (_sinks.Count < MaxSinks)
            {
                _seenSinks.Add(key, _sinks.Count);
                _sinks.Add(sink);
            }
        }

        public void Returned(ReturnedData data)
        {
            if (_returned.Count < MaxSinks && _seenReturned.Add(data.Member))
            {
                _returned.Add(data);
            }
        }

        public void ReturnedParameter(int ordinal, ValueContext context)
        {
            if (ordinal < _method.Parameters.Length && _returnedParameters.Count < MaxSinks && !_returnedParameters.Contains((ordinal, context)))
            {
                _returnedParameters.Add((ordinal, context));
            }
        }

        public bool HasStored => _stored.Count > 0;

        public void Stored(ISymbol member, int ordinal)
        {
            if (_stored.Count < MaxSinks && ordinal < _method.Parameters.Length && !_stored.Contains((member, ordinal)))
            {
                _stored.Add((member, ordinal));
            }
        }

        public MethodSummary ToSummary() => new(
            true,
            _sinks.ToImmutableArray(),
            _returned.ToImmutableArray(),
            _returnedParameters.ToImmutableArray(),
            _stored.ToImmutableArray());
    }
}

/// <summary>The summaries being computed on one thread (to cut recursion), and whether a cut happened.</summary>
internal sealed class SummaryStack
{
    private readonly List<IMethodSymbol> _methods = new();

    public int Count => _methods.Count;

    public int Cuts { get; private set; }

    public bool Contains(IMethodSymbol method)
    {
        foreach (var current in _methods)
        {
            if (SymbolEqualityComparer.Default.Equals(current, method))
            {
                return true;
            }
        }

        return false;
    }

    public void Push(IMethodSymbol method) => _methods.Add(method);

    public void Pop() => _methods.RemoveAt(_methods.Count - 1);

    public void Cut() => Cuts++;
}

/// <summary>The method a tracker is summarising: references to its own parameters are hits of kind <see cref="HitKind.Parameter"/>.</summary>
internal sealed class SummaryScope
{
    public SummaryScope(IMethodSymbol method, SummaryStack stack)
    {
        Method = method;
        Stack = stack;
    }

    public IMethodSymbol Method { get; }

    public SummaryStack Stack { get; }
}
