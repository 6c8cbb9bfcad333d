using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Leaks;

/// <summary>Where a parameter's value goes: a log (PRIV020), an exception message (PRIV021), an unannotated member (PRIV023).</summary>
internal enum SinkKind
{
    Log,
    Exception,
    Copy,
}

/// <summary>
/// One way a method hands a parameter on to a sink, directly or through the methods it calls: which parameter, how the
/// sink uses it, the sink (its display text, its location, the member copied into) and the methods it passes through.
/// </summary>
internal sealed class ParameterSink
{
    public ParameterSink(int ordinal, ValueContext context, SinkKind kind, string sink, Location location, ISymbol? copyTarget, string via)
    {
        Ordinal = ordinal;
        Context = context;
        Kind = kind;
        Sink = sink;
        Location = location;
        CopyTarget = copyTarget;
        Via = via;
    }

    /// <summary>The parameter's ordinal in the method's original definition.</summary>
    public int Ordinal { get; }

    /// <summary>How the sink uses the value (text, structured, stored).</summary>
    public ValueContext Context { get; }

    public SinkKind Kind { get; }

    /// <summary>The sink as the message names it: <c>ILogger.LogInformation</c>, <c>the message of 'InvalidOperationException'</c>, a member name.</summary>
    public string Sink { get; }

    /// <summary>Where the sink is (the log call, the exception creation, the assignment): the diagnostic's additional location.</summary>
    public Location Location { get; }

    /// <summary>For <see cref="SinkKind.Copy"/>: the unannotated member the value is stored in.</summary>
    public ISymbol? CopyTarget { get; }

    /// <summary>The methods the value passes through, outermost first: <c>AccountService.Notify → Mailer.Send</c>.</summary>
    public string Via { get; }
}

/// <summary>Personal data a method returns by itself (not from its parameters): the member, and how it is carried.</summary>
internal readonly struct ReturnedData
{
    public ReturnedData(ISymbol member, HitKind kind, ITypeSymbol? carrier)
    {
        Member = member;
        Kind = kind;
        Carrier = carrier;
    }

    public ISymbol Member { get; }

    public HitKind Kind { get; }

    public ITypeSymbol? Carrier { get; }
}

/// <summary>
/// What a source method does with personal data, computed once per compilation by <see cref="MethodSummaries"/>: which
/// parameters reach a sink (<see cref="Sinks"/>), which personal data and which parameters its return value carries,
/// and, for a constructor, which parameters it stores in which members of its type.
/// </summary>
internal sealed class MethodSummary
{
    /// <summary>A method whose body is not in this compilation (metadata, another project, abstract, extern).</summary>
    public static readonly MethodSummary NoBody = new(false, ImmutableArray<ParameterSink>.Empty, ImmutableArray<ReturnedData>.Empty, ImmutableArray<(int, ValueContext)>.Empty, ImmutableArray<(ISymbol, int)>.Empty);

    /// <summary>A method with a body that hands nothing on (also: a call cut as recursive while its summary is computed).</summary>
    public static readonly MethodSummary Empty = new(true, ImmutableArray<ParameterSink>.Empty, ImmutableArray<ReturnedData>.Empty, ImmutableArray<(int, ValueContext)>.Empty, ImmutableArray<(ISymbol, int)>.Empty);

    public MethodSummary(bool hasBody, ImmutableArray<ParameterSink> sinks, ImmutableArray<ReturnedData> returned, ImmutableArray<(int Ordinal, ValueContext Context)> returnedParameters, ImmutableArray<(ISymbol Member, int Ordinal)> stored)
    {
        HasBody = hasBody;
        Sinks = sinks;
        Returned = returned;
        ReturnedParameters = returnedParameters;
        Stored = stored;
    }

    /// <summary>False when the body could not be read: call sites then fall back to what they assumed before summaries.</summary>
    public bool HasBody { get; }

    public ImmutableArray<ParameterSink> Sinks { get; }

    public ImmutableArray<ReturnedData> Returned { get; }

    /// <summary>The parameters whose data the return value carries, and how the method used each (its parts only: <see cref="ValueContext.Direct"/>).</summary>
    public ImmutableArray<(int Ordinal, ValueContext Context)> ReturnedParameters { get; }

    public ImmutableArray<(ISymbol Member, int Ordinal)> Stored { get; }
}
