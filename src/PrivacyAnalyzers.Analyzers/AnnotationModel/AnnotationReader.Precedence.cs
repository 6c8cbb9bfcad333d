using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.AnnotationModel;

// Precedence: the effective annotation of a member, nearest first (the member's [PersonalData], the [DataSubject] of its
// type, the [PersonalDataDefaults] of the assembly that declares it), and the recipients that apply to it.
internal sealed partial class AnnotationReader
{
    private static readonly TypeLevel NoType = new(AnnotationValues.Empty, null, ImmutableArray<RecipientInfo>.Empty);

    // What a type contributes to its members' effective annotations, read once per type (a type has several members).
    private readonly ConcurrentDictionary<INamedTypeSymbol, TypeLevel> _typeLevels = new(SymbolEqualityComparer.Default);

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

    /// <summary>
    /// The effective annotation of a personal-data member, or null when the member is not marked personal data.
    /// Precedence, nearest first: the member's [PersonalData], the [DataSubject] of its type, the assembly's [PersonalDataDefaults];
    /// the purposes add those of the [ProcessingPurpose]s of the declaring type that name the member.
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
        var typeLevel = TypeLevelOf(member.ContainingType);
        var typeDefaults = typeLevel.Defaults;
        var subjectName = typeLevel.SubjectName;

        var category = origin == AnnotationOrigin.PersonalData ? ReadCategory(marker) : null;

        var recipients = CollectRecipients(member, category, typeLevel);

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
            EffectivePurpose(Pick(own.Purpose, typeDefaults.Purpose, assemblyDefaults.Purpose), PurposesNaming(ReadNamedPurposes(member.ContainingType), member.Name)),
            Pick(own.Source, typeDefaults.Source, assemblyDefaults.Source),
            subjectName,
            recipients,
            Pick(own.AlternativeRetention, typeDefaults.AlternativeRetention, assemblyDefaults.AlternativeRetention),
            Pick(own.AlternativeRetentionFrom, typeDefaults.AlternativeRetentionFrom, assemblyDefaults.AlternativeRetentionFrom),
            Pick(own.RetentionCombination, typeDefaults.RetentionCombination, assemblyDefaults.RetentionCombination),
            Pick(own.LegitimateInterest, typeDefaults.LegitimateInterest, assemblyDefaults.LegitimateInterest),
            Pick(own.RetentionBound, typeDefaults.RetentionBound, assemblyDefaults.RetentionBound),
            Pick(own.UnansweredCommunications, typeDefaults.UnansweredCommunications, assemblyDefaults.UnansweredCommunications));
    }

    /// <summary>The assembly-level [Recipient]s of the compilation's own assembly.</summary>
    public ImmutableArray<RecipientInfo> AssemblyRecipients => _assemblyRecipients;

    /// <summary>The [Recipient]s written on the member itself (or its positional parameter); empty when none.</summary>
    public ImmutableArray<RecipientInfo> ReadMemberRecipients(ISymbol member) => ReadRecipients(GetMemberAttributes(member), AnnotationLevel.Member, null);

    /// <summary>The [Recipient]s written on a type and its base types, nearest first, whatever they receive; empty when none.</summary>
    public ImmutableArray<RecipientInfo> ReadTypeRecipients(INamedTypeSymbol? type)
    {
        ImmutableArray<RecipientInfo>.Builder? builder = null;
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var recipient in ReadRecipients(current.GetAttributes(), AnnotationLevel.Type, null))
            {
                (builder ??= ImmutableArray.CreateBuilder<RecipientInfo>()).Add(recipient);
            }
        }

        return builder is null ? ImmutableArray<RecipientInfo>.Empty : builder.ToImmutable();
    }

    /// <summary>The type's [DataSubject] (its own or its nearest base type's), its values and name, and the [Recipient]s of it and its base types.</summary>
    private TypeLevel TypeLevelOf(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return NoType;
        }

        if (_typeLevels.TryGetValue(type, out var known))
        {
            return known;
        }

        var subject = FindDataSubject(type);
        return _typeLevels.GetOrAdd(type, new TypeLevel(
            subject is null ? AnnotationValues.Empty : ReadValues(subject),
            subject is null ? null : ReadDataSubjectName(subject),
            ReadTypeRecipients(type)));
    }

    private ImmutableArray<RecipientInfo> CollectRecipients(ISymbol member, string? category, TypeLevel typeLevel)
    {
        var builder = ImmutableArray.CreateBuilder<RecipientInfo>();
        builder.AddRange(ReadMemberRecipients(member));
        foreach (var recipient in typeLevel.Recipients)
        {
            if (recipient.Receives(category))
            {
                builder.Add(recipient);
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

    private ImmutableArray<RecipientInfo> ReadRecipients(ImmutableArray<AttributeData> attributes, AnnotationLevel level, ImmutableArray<RecipientInfo>.Builder? builder)
    {
        foreach (var attribute in attributes)
        {
            if (Types.IsRecipient(attribute) && ReadRecipient(attribute, level) is { } recipient)
            {
                (builder ??= ImmutableArray.CreateBuilder<RecipientInfo>()).Add(recipient);
            }
        }

        return builder is null ? ImmutableArray<RecipientInfo>.Empty : builder.ToImmutable();
    }

    /// <summary>The nearest stated value (member, then type, then assembly); blank text is unstated. The one home of this precedence.</summary>
    public static Sourced<string?> Pick(string? member, string? type, string? assembly)
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

    /// <summary>The nearest stated number (member, then type, then assembly); 0 is unstated.</summary>
    public static Sourced<int> Pick(int member, int type, int assembly) =>
        member != 0 ? new Sourced<int>(member, AnnotationLevel.Member)
        : type != 0 ? new Sourced<int>(type, AnnotationLevel.Type)
        : assembly != 0 ? new Sourced<int>(assembly, AnnotationLevel.Assembly)
        : new Sourced<int>(0, AnnotationLevel.None);

    /// <summary>The nearest stated value (member, then type, then assembly); 0 (Unspecified) is unstated. EqualityComparer&lt;T&gt;.Default does not box enums.</summary>
    public static Sourced<T> Pick<T>(T member, T type, T assembly)
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

    private sealed class TypeLevel
    {
        public TypeLevel(AnnotationValues defaults, string? subjectName, ImmutableArray<RecipientInfo> recipients)
        {
            Defaults = defaults;
            SubjectName = subjectName;
            Recipients = recipients;
        }

        public AnnotationValues Defaults { get; }

        public string? SubjectName { get; }

        public ImmutableArray<RecipientInfo> Recipients { get; }
    }
}
