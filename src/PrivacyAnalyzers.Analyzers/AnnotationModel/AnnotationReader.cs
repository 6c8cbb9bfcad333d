using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>
/// The one place that reads PrivacyAnalyzers' attributes (and the interop ones) from symbols, in source or metadata.
/// Create one per compilation (it caches the assembly-level declarations); it is safe to share between threads.
/// Never throws on broken attribute syntax: unreadable arguments are treated as unstated.
/// Split by job: this file finds the attributes (which one applies to a member or type, and which declaration carried
/// it); <c>AnnotationReader.Precedence.cs</c> resolves the effective annotation (member, then [DataSubject], then
/// assembly defaults); <c>AnnotationReader.Arguments.cs</c> reads argument values (by the names in
/// <see cref="AttributeArgumentNames"/>); <c>AnnotationReader.Locations.cs</c> maps arguments to source locations and
/// formats them for the code fixes; <c>AnnotationReader.Assembly.cs</c> reads the assembly-level declarations.
/// </summary>
internal sealed partial class AnnotationReader
{
    private readonly IAssemblySymbol _assembly;
    private readonly AnnotationValues _assemblyDefaults;
    private readonly ImmutableArray<RecipientInfo> _assemblyRecipients;
    private readonly ConcurrentDictionary<IAssemblySymbol, AnnotationValues> _referencedDefaults = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, ImmutableArray<RecipientInfo>> _referencedRecipients = new(SymbolEqualityComparer.Default);
    private readonly Lazy<DeclaredCategories> _declaredCategories;

    public AnnotationReader(Compilation compilation)
        : this(PrivacyTypes.Create(compilation), compilation.Assembly)
    {
    }

    public AnnotationReader(PrivacyTypes types, IAssemblySymbol assembly)
    {
        Types = types;
        _assembly = assembly;
        _declaredCategories = new Lazy<DeclaredCategories>(() => DeclaredCategories.Read(types, assembly), LazyThreadSafetyMode.ExecutionAndPublication);
        _assemblyDefaults = AnnotationValues.Empty;
        var recipients = ImmutableArray.CreateBuilder<RecipientInfo>();
        foreach (var attribute in assembly.GetAttributes())
        {
            if (Is(attribute, types.Defaults))
            {
                _assemblyDefaults = ReadValues(attribute);
            }
            else if (types.IsRecipient(attribute) && ReadRecipient(attribute, AnnotationLevel.Assembly) is { } recipient)
            {
                recipients.Add(recipient);
            }
        }

        _assemblyRecipients = recipients.ToImmutable();
    }

    public PrivacyTypes Types { get; }

    public AnnotationValues AssemblyDefaults => _assemblyDefaults;

    /// <summary>
    /// The categories declared with <c>[assembly: PersonalDataCategory]</c> by the compilation and every assembly it
    /// references (read once, on first use).
    /// </summary>
    public DeclaredCategories DeclaredCategories => _declaredCategories.Value;

    /// <summary>The [assembly: PersonalDataDefaults] of an assembly, or null.</summary>
    public AttributeData? FindAssemblyDefaults(IAssemblySymbol assembly)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (Is(attribute, Types.Defaults))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>
    /// The attributes that apply to a member. For a record's positional property the attributes written on the
    /// positional parameter are included: <c>record Customer([PersonalData] string Email)</c> puts the attribute on the
    /// parameter, and the property is the member users and exporters see.
    /// </summary>
    public static ImmutableArray<AttributeData> GetMemberAttributes(ISymbol member)
    {
        var own = member.GetAttributes();
        if (member is IPropertySymbol property && FindPositionalParameter(property) is { } parameter)
        {
            var fromParameter = parameter.GetAttributes();
            return fromParameter.IsEmpty ? own : own.AddRange(fromParameter);
        }

        return own;
    }

    /// <summary>The positional parameter a record property was declared by, or null.</summary>
    public static IParameterSymbol? FindPositionalParameter(IPropertySymbol property)
    {
        var type = property.ContainingType;
        if (type is null || !type.IsRecord || property.IsStatic)
        {
            return null;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name && SymbolEqualityComparer.Default.Equals(parameter.Type, property.Type) && IsPrimaryConstructor(constructor, type))
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    /// <summary>The [PersonalData] attribute on the member (or its positional parameter), or null.</summary>
    public AttributeData? FindPersonalData(ISymbol member)
    {
        foreach (var attribute in GetMemberAttributes(member))
        {
            if (Types.IsPersonalData(attribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The [NotPersonalData] attribute on the member, its positional parameter, or a containing type, or null.</summary>
    public AttributeData? FindNotPersonalData(ISymbol member) => FindNotPersonalData(member, out _);

    /// <summary>
    /// The [NotPersonalData] attribute on the member, its positional parameter, or a containing type, or null; and which
    /// declaration carried it: <paramref name="carrier"/> is the containing type it was written on (the nearest one), or
    /// null when it is on the member itself.
    /// </summary>
    public AttributeData? FindNotPersonalData(ISymbol member, out INamedTypeSymbol? carrier)
    {
        carrier = null;
        foreach (var attribute in GetMemberAttributes(member))
        {
            if (Types.IsNotPersonalData(attribute))
            {
                return attribute;
            }
        }

        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (Types.IsNotPersonalData(attribute))
                {
                    carrier = type;
                    return attribute;
                }
            }
        }

        return null;
    }

    /// <summary>The attribute that makes the member personal data, ours first, then the interop ones; or null.</summary>
    public AttributeData? FindPersonalDataMarker(ISymbol member, out AnnotationOrigin origin)
    {
        AttributeData? interop = null;
        var interopOrigin = AnnotationOrigin.PersonalData;
        foreach (var attribute in GetMemberAttributes(member))
        {
            if (Types.IsPersonalData(attribute))
            {
                origin = AnnotationOrigin.PersonalData;
                return attribute;
            }

            if (interop is null && Types.IsAspNetCoreIdentity(attribute))
            {
                interop = attribute;
                interopOrigin = AnnotationOrigin.AspNetCoreIdentity;
            }
            else if (interop is null && Types.IsDataClassification(attribute))
            {
                interop = attribute;
                interopOrigin = AnnotationOrigin.DataClassification;
            }
        }

        origin = interopOrigin;
        return interop;
    }

    /// <summary>Whether the member carries any decision about personal data: ours, the interop ones, or [NotPersonalData].</summary>
    public bool IsAnnotated(ISymbol member) =>
        FindPersonalDataMarker(member, out _) is not null || FindNotPersonalData(member) is not null;

    /// <summary>The [DataSubject] written on the type itself (not inherited from a base type), or null.</summary>
    public AttributeData? FindOwnDataSubject(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (Types.IsDataSubject(attribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The [DataSubject] of the type or its nearest base type, or null.</summary>
    public AttributeData? FindDataSubject(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (Types.IsDataSubject(attribute))
                {
                    return attribute;
                }
            }
        }

        return null;
    }

    private static bool IsPrimaryConstructor(IMethodSymbol constructor, INamedTypeSymbol type)
    {
        // In source, the primary constructor is declared by the type declaration itself. From metadata we cannot tell,
        // so any constructor with a parameter of the property's name and type counts.
        if (constructor.DeclaringSyntaxReferences.IsEmpty)
        {
            return true;
        }

        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            foreach (var typeReference in type.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == typeReference.SyntaxTree && reference.Span == typeReference.Span)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);
}
