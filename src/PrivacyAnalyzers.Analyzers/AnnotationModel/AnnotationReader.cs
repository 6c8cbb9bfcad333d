using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>
/// The one place that reads PrivacyAnalyzers' attributes (and the interop ones) from symbols, in source or metadata.
/// Create one per compilation (it caches the assembly-level declarations); it is safe to share between threads.
/// Never throws on broken attribute syntax: unreadable arguments are treated as unstated.
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

    /// <summary>
    /// The [PersonalDataDefaults] that apply to a member: those of the assembly that declares it (a member of a
    /// referenced assembly inherits that assembly's defaults, not the defaults of the compilation that uses it).
    /// </summary>
    public AnnotationValues GetAssemblyDefaults(IAssemblySymbol? assembly)
    {
        if (assembly is null || SymbolEqualityComparer.Default.Equals(assembly, _assembly))
        {
            return _assemblyDefaults;
        }

        return _referencedDefaults.TryGetValue(assembly, out var known)
            ? known
            : _referencedDefaults.GetOrAdd(assembly, FindAssemblyDefaults(assembly) is { } attribute ? ReadValues(attribute) : AnnotationValues.Empty);
    }

    /// <summary>The assembly-level [Recipient]s that apply to a member: those of the assembly that declares it.</summary>
    private ImmutableArray<RecipientInfo> GetAssemblyRecipients(IAssemblySymbol? assembly)
    {
        if (assembly is null || SymbolEqualityComparer.Default.Equals(assembly, _assembly))
        {
            return _assemblyRecipients;
        }

        return _referencedRecipients.GetOrAdd(assembly, a =>
        {
            var recipients = ImmutableArray.CreateBuilder<RecipientInfo>();
            foreach (var attribute in a.GetAttributes())
            {
                if (Types.IsRecipient(attribute) && ReadRecipient(attribute, AnnotationLevel.Assembly) is { } recipient)
                {
                    recipients.Add(recipient);
                }
            }

            return recipients.ToImmutable();
        });
    }

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

    /// <summary>Splits a semicolon-separated list ("Invoicing; Delivery") into trimmed, non-empty items.</summary>
    public static ImmutableArray<string> SplitList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text!.Split(';'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                builder.Add(trimmed);
            }
        }

        return builder.ToImmutable();
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

    /// <summary>
    /// The effective annotation of a personal-data member, or null when the member is not marked personal data.
    /// Precedence, nearest first: the member's [PersonalData], the [DataSubject] of its type, the assembly's [PersonalDataDefaults].
    /// </summary>
    public EffectiveAnnotation? GetEffectiveAnnotation(ISymbol member)
    {
        var marker = FindPersonalDataMarker(member, out var origin);
        if (marker is null)
        {
            return null;
        }

        var own = origin == AnnotationOrigin.PersonalData ? ReadValues(marker) : AnnotationValues.Empty;
        var assemblyDefaults = GetAssemblyDefaults(member.ContainingAssembly);
        var subjectAttribute = FindDataSubject(member.ContainingType);
        var typeDefaults = subjectAttribute is null ? AnnotationValues.Empty : ReadValues(subjectAttribute);
        var subjectName = subjectAttribute is null ? null : ReadConstructorString(subjectAttribute, 0) ?? ReadNamedString(subjectAttribute, AttributeArgumentNames.Name);

        var category = origin == AnnotationOrigin.PersonalData ? ReadCategory(marker) : null;

        var recipients = CollectRecipients(member, category);

        return new EffectiveAnnotation(
            member,
            origin,
            marker,
            category,
            origin == AnnotationOrigin.PersonalData ? ReadNamedString(marker, AttributeArgumentNames.Description) : null,
            origin == AnnotationOrigin.PersonalData ? (SpecialCategoryConditionValue)ReadNamedInt(marker, AttributeArgumentNames.SpecialCategoryCondition) : default,
            origin == AnnotationOrigin.PersonalData ? (CriminalDataConditionValue)ReadNamedInt(marker, AttributeArgumentNames.CriminalDataCondition) : default,
            Pick(own.LegalBasis, typeDefaults.LegalBasis, assemblyDefaults.LegalBasis),
            Pick(own.Retention, typeDefaults.Retention, assemblyDefaults.Retention),
            Pick(own.RetentionFrom, typeDefaults.RetentionFrom, assemblyDefaults.RetentionFrom),
            Pick(own.RetentionNote, typeDefaults.RetentionNote, assemblyDefaults.RetentionNote),
            Pick(own.Purpose, typeDefaults.Purpose, assemblyDefaults.Purpose),
            Pick(own.Source, typeDefaults.Source, assemblyDefaults.Source),
            subjectName,
            recipients,
            Pick(own.AlternativeRetention, typeDefaults.AlternativeRetention, assemblyDefaults.AlternativeRetention),
            Pick(own.AlternativeRetentionFrom, typeDefaults.AlternativeRetentionFrom, assemblyDefaults.AlternativeRetentionFrom),
            Pick(own.RetentionCombination, typeDefaults.RetentionCombination, assemblyDefaults.RetentionCombination));
    }

    /// <summary>
    /// The category of a [PersonalData]: the named <c>Category</c> argument, else the constructor argument; null when
    /// neither is a readable string.
    /// </summary>
    public static string? ReadCategory(AttributeData personalData) =>
        ReadNamedString(personalData, AttributeArgumentNames.Category) ?? ReadConstructorString(personalData, 0);

    /// <summary>
    /// The source location of an attribute argument: the expression of the named argument <paramref name="name"/>,
    /// else of the constructor argument at <paramref name="constructorIndex"/> (when given), else the attribute itself.
    /// Null for an attribute read from metadata.
    /// </summary>
    public static Location? GetArgumentLocation(AttributeData attribute, string name, int constructorIndex = -1)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax syntax)
        {
            return null;
        }

        if (syntax.ArgumentList is { } list)
        {
            var positional = 0;
            foreach (var argument in list.Arguments)
            {
                if (argument.NameEquals is { } nameEquals)
                {
                    if (nameEquals.Name.Identifier.ValueText == name)
                    {
                        return argument.Expression.GetLocation();
                    }
                }
                else if (argument.NameColon is null)
                {
                    if (positional == constructorIndex)
                    {
                        return argument.Expression.GetLocation();
                    }

                    positional++;
                }
                else if (constructorIndex >= 0 && argument.NameColon.Name.Identifier.ValueText == name.ToLowerInvariant())
                {
                    return argument.Expression.GetLocation();
                }
            }
        }

        return syntax.GetLocation();
    }

    /// <summary>The source location of an attribute (without its brackets), or null when it was read from metadata.</summary>
    public static Location? GetAttributeLocation(AttributeData attribute) =>
        attribute.ApplicationSyntaxReference is { } reference ? reference.SyntaxTree.GetLocation(reference.Span) : null;

    /// <summary>Whether the attribute states the named argument <paramref name="name"/> at all (readable or not).</summary>
    public static bool HasNamedArgument(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the inheritable values of a [PersonalData], [DataSubject] or [PersonalDataDefaults].</summary>
    public static AnnotationValues ReadValues(AttributeData attribute) => new()
    {
        LegalBasis = (LegalBasisValue)ReadNamedInt(attribute, AttributeArgumentNames.LegalBasis),
        Retention = ReadNamedString(attribute, AttributeArgumentNames.Retention),
        RetentionFrom = (RetentionStartValue)ReadNamedInt(attribute, AttributeArgumentNames.RetentionFrom),
        RetentionNote = ReadNamedString(attribute, AttributeArgumentNames.RetentionNote),
        AlternativeRetention = ReadNamedString(attribute, AttributeArgumentNames.AlternativeRetention),
        AlternativeRetentionFrom = (RetentionStartValue)ReadNamedInt(attribute, AttributeArgumentNames.AlternativeRetentionFrom),
        RetentionCombination = (RetentionCombinationValue)ReadNamedInt(attribute, AttributeArgumentNames.RetentionCombination),
        Purpose = ReadNamedString(attribute, AttributeArgumentNames.Purpose),
        Source = (DataSourceValue)ReadNamedInt(attribute, AttributeArgumentNames.Source),
    };

    /// <summary>Reads a [Recipient]; null when its name is missing or unreadable.</summary>
    public static RecipientInfo? ReadRecipient(AttributeData attribute, AnnotationLevel declaredAt)
    {
        var name = ReadConstructorString(attribute, 0);
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return new RecipientInfo(
            name!,
            (RecipientKindValue)ReadNamedInt(attribute, AttributeArgumentNames.Kind),
            ReadNamedString(attribute, AttributeArgumentNames.Country),
            (TransferSafeguardValue)ReadNamedInt(attribute, AttributeArgumentNames.Safeguard),
            ReadNamedString(attribute, AttributeArgumentNames.Purpose),
            SplitList(ReadNamedString(attribute, AttributeArgumentNames.Categories)),
            declaredAt,
            ReadNamedString(attribute, AttributeArgumentNames.TransferDetails));
    }

    /// <summary>A named argument's string value, or null when absent, not a string or unreadable.</summary>
    public static string? ReadNamedString(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Kind == TypedConstantKind.Primitive ? argument.Value.Value as string : null;
            }
        }

        return null;
    }

    /// <summary>A named enum or integer argument's value, or 0 when absent or unreadable.</summary>
    public static int ReadNamedInt(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Kind is TypedConstantKind.Enum or TypedConstantKind.Primitive && argument.Value.Value is int value ? value : 0;
            }
        }

        return 0;
    }

    /// <summary>A constructor argument's string value, or null when absent or unreadable.</summary>
    public static string? ReadConstructorString(AttributeData attribute, int index)
    {
        var arguments = attribute.ConstructorArguments;
        if (index >= arguments.Length || arguments[index].Kind != TypedConstantKind.Primitive)
        {
            return null;
        }

        return arguments[index].Value as string;
    }

    /// <summary>
    /// The arguments of an attribute as C# source, <c>("Contact.Email", LegalBasis = PrivacyAnalyzers.LegalBasis.Contract)</c>,
    /// or an empty string when it has none; used to copy an attribute that was compiled into a referenced assembly
    /// (in source, the syntax as written is copied instead). Unreadable arguments are left out.
    /// </summary>
    public static string FormatArguments(AttributeData attribute)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Error)
            {
                continue;
            }

            parts.Add(Microsoft.CodeAnalysis.CSharp.TypedConstantExtensions.ToCSharpString(argument));
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Value.Kind == TypedConstantKind.Error)
            {
                continue;
            }

            parts.Add(argument.Key + " = " + Microsoft.CodeAnalysis.CSharp.TypedConstantExtensions.ToCSharpString(argument.Value));
        }

        return parts.Count == 0 ? string.Empty : "(" + string.Join(", ", parts) + ")";
    }

    private ImmutableArray<RecipientInfo> CollectRecipients(ISymbol member, string? category)
    {
        var builder = ImmutableArray.CreateBuilder<RecipientInfo>();
        foreach (var attribute in GetMemberAttributes(member))
        {
            if (Types.IsRecipient(attribute) && ReadRecipient(attribute, AnnotationLevel.Member) is { } recipient)
            {
                builder.Add(recipient);
            }
        }

        for (var type = member.ContainingType; type is not null; type = type.BaseType)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (Types.IsRecipient(attribute) && ReadRecipient(attribute, AnnotationLevel.Type) is { } recipient && recipient.Receives(category))
                {
                    builder.Add(recipient);
                }
            }
        }

        foreach (var recipient in GetAssemblyRecipients(member.ContainingAssembly))
        {
            if (recipient.Receives(category))
            {
                builder.Add(recipient);
            }
        }

        return builder.ToImmutable();
    }

    private static Sourced<string?> Pick(string? member, string? type, string? assembly)
    {
        if (!string.IsNullOrWhiteSpace(member))
        {
            return new Sourced<string?>(member, AnnotationLevel.Member);
        }

        if (!string.IsNullOrWhiteSpace(type))
        {
            return new Sourced<string?>(type, AnnotationLevel.Type);
        }

        return !string.IsNullOrWhiteSpace(assembly) ? new Sourced<string?>(assembly, AnnotationLevel.Assembly) : new Sourced<string?>(null, AnnotationLevel.None);
    }

    // Enums: 0 (Unspecified) is "not stated". EqualityComparer<T>.Default does not box enums.
    private static Sourced<T> Pick<T>(T member, T type, T assembly)
        where T : struct, Enum
    {
        var comparer = EqualityComparer<T>.Default;
        if (!comparer.Equals(member, default))
        {
            return new Sourced<T>(member, AnnotationLevel.Member);
        }

        if (!comparer.Equals(type, default))
        {
            return new Sourced<T>(type, AnnotationLevel.Type);
        }

        return !comparer.Equals(assembly, default) ? new Sourced<T>(assembly, AnnotationLevel.Assembly) : new Sourced<T>(default, AnnotationLevel.None);
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
