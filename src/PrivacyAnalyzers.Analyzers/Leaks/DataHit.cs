using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Leaks;

/// <summary>How a value carries personal data.</summary>
internal enum HitKind
{
    /// <summary>The value is (derived from) an annotated member or parameter.</summary>
    Member,

    /// <summary>The value is an object whose type has annotated members (a structured argument).</summary>
    WholeObject,

    /// <summary>The value is a collection of such objects.</summary>
    Collection,

    /// <summary>The value is turned into text by a ToString() that prints annotated members.</summary>
    PrintedByToString,

    /// <summary>
    /// The value is an object whose static type (a base type, an interface, a constrained type parameter) carries
    /// nothing, but a type of the compilation deriving from it does (<see cref="DataHit.Carrier"/>).
    /// </summary>
    DerivedObject,

    /// <summary>
    /// Only while a method is summarised: the value comes from one of the method's own (unannotated) parameters,
    /// <see cref="DataHit.Member"/>; never reported, it becomes a <see cref="ParameterSink"/>.
    /// </summary>
    Parameter,
}

/// <summary>Personal data found in a value: where (the operation to report on), which member, and how.</summary>
internal readonly struct DataHit
{
    public DataHit(IOperation at, ISymbol member, HitKind kind, ITypeSymbol? carrier, ValueContext context = ValueContext.Structured)
    {
        At = at;
        Member = member;
        Kind = kind;
        Carrier = carrier;
        Context = context;
    }

    /// <summary>For <see cref="HitKind.Parameter"/>: how the parameter's value was used where it was found (text, structured, only its parts).</summary>
    public ValueContext Context { get; }

    /// <summary>The operation the diagnostic points at (the member access, or the local that holds the data).</summary>
    public IOperation At { get; }

    /// <summary>The annotated member (or parameter).</summary>
    public ISymbol Member { get; }

    public HitKind Kind { get; }

    /// <summary>For whole objects, collections and ToString: the type that carries the member.</summary>
    public ITypeSymbol? Carrier { get; }

    public DataHit MovedTo(IOperation at) => new(at, Member, Kind, Carrier, Context);

    /// <summary>The personal data as the message names it: <c>Customer.Email</c>, or <c>Customer.Email (in a Customer object)</c>.</summary>
    public string Describe()
    {
        var name = MemberName(Member);
        var carrier = Carrier?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        return Kind switch
        {
            HitKind.WholeObject => $"{name} (in a {carrier} object)",
            HitKind.Collection => $"{name} (in a collection of {carrier})",
            HitKind.PrintedByToString => $"{name} (printed by {carrier}.ToString())",
            HitKind.DerivedObject => $"{name} (in a {carrier} object, one of the types the argument can be)",
            _ => name,
        };
    }

    public static string MemberName(ISymbol member) => member switch
    {
        IParameterSymbol parameter => parameter.Name,
        _ when member.ContainingType is { } type => type.Name + "." + member.Name,
        _ => member.Name,
    };
}
