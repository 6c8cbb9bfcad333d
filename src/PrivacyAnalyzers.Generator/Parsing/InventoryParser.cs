using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>Turns attributed declarations into inventory parts, through <see cref="AnnotationReader"/> (which reads every attribute).</summary>
internal static class InventoryParser
{
    public const string RuntimeAttributeName = "PrivacyAnalyzers.Inventory.PrivacyInventoryJsonAttribute";
    public const string RuntimeWriterName = "PrivacyAnalyzers.Export.PersonalDataWriter";

    private static readonly InventoryPart EmptyPart = new(null, EquatableArray<MemberFacts>.Empty);

    public static AssemblyModel ParseAssembly(Compilation compilation, CancellationToken cancellationToken)
    {
        var reader = ReaderCache.For(compilation);
        var hasRuntime = compilation.GetTypeByMetadataName(RuntimeAttributeName) is not null && compilation.GetTypeByMetadataName(RuntimeWriterName) is not null;
        var controller = reader.ReadController(
            compilation.Assembly,
            static (name, address, country, registration, taxId, email, phone, website, dpoName, dpoEmail, authority, allRecipients, security, representative, automated, noAutomated, provision, jurisdiction) =>
                new ControllerModel(name, address, country, registration, taxId, email, phone, website, dpoName, dpoEmail, authority, allRecipients, security, representative, automated, noAutomated, provision, EnumName(jurisdiction)));
        var categories = reader.ReadDeclaredCategories(compilation.Assembly)
            .Select(k => new CategoryModel(k.Id, k.Description, k.IsSpecialCategory))
            .ToEquatableArray();
        return new AssemblyModel(
            compilation.AssemblyName ?? string.Empty,
            hasRuntime,
            controller,
            categories,
            ValuesModel.From(reader.AssemblyDefaults),
            ReaderCache.Recipients(reader.AssemblyRecipients),
            ReaderCache.RetainedUnder(reader.ReadRetainedUnder(compilation.Assembly.GetAttributes())).Select(r => r.Model).ToEquatableArray());
    }

    /// <summary>
    /// A member marked personal data (ours or ASP.NET Core Identity's): what its own attributes state. Runs for every
    /// marked member that <see cref="ParseCache"/> cannot reuse, so it reads only the member's attributes; the type's facts
    /// are read once per type (<see cref="ReaderCache.FactsOf"/>) and the defaults are applied in <see cref="Merge"/>.
    /// </summary>
    public static MemberFacts? ParseMember(ISymbol declared, Compilation compilation)
    {
        ISymbol? member = declared switch
        {
            IPropertySymbol property => property,
            IFieldSymbol field => (ISymbol)field,
            IParameterSymbol parameter => PropertyOfPositionalParameter(parameter),
            _ => null,
        };

        return member is null ? null : Facts(ReaderCache.Of(compilation), member);
    }

    /// <summary>
    /// A [DataSubject] type: the subject, and the facts of every member it declares that is marked personal data by any
    /// attribute (interop ones included: a DataClassification subclass is not found by the member pipelines).
    /// </summary>
    public static InventoryPart ParseSubjectType(INamedTypeSymbol? type, Compilation compilation, CancellationToken cancellationToken)
    {
        if (type is null)
        {
            return EmptyPart;
        }

        var cache = ReaderCache.Of(compilation);
        var info = cache.Reader.ReadOwnDataSubject(type);
        var subject = info is null ? null : new SubjectModel(info.Name, cache.InventoryName(type), info.Description, info.ProcessedOnBehalfOf, info.ObtainedFrom);
        ImmutableArray<MemberFacts>.Builder? members = null;
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is IPropertySymbol or IFieldSymbol && member.CanBeReferencedByName && Facts(cache, member) is { } facts)
            {
                (members ??= ImmutableArray.CreateBuilder<MemberFacts>()).Add(facts);
            }
        }

        return new InventoryPart(subject, members is null ? EquatableArray<MemberFacts>.Empty : new EquatableArray<MemberFacts>(members.ToImmutable()));
    }

    /// <summary>
    /// Resolves every member's entry (its own values, then its type's, then the assembly's) and merges: subjects ordered
    /// by name then type, entries by type then member (ordinal), duplicates removed (the first part that names a member wins).
    /// </summary>
    public static InventoryModel Merge(ImmutableArray<MemberFacts> members, ImmutableArray<InventoryPart> subjectTypes, AssemblyModel assembly)
    {
        var subjects = subjectTypes.Where(p => p.Subject is not null).Select(p => p.Subject!)
            .Distinct()
            .OrderBy(s => s.Name, System.StringComparer.Ordinal)
            .ThenBy(s => s.Type, System.StringComparer.Ordinal)
            .ToEquatableArray();
        var entries = members
            .Concat(subjectTypes.SelectMany(p => p.Members))
            .GroupBy(m => (m.Type, m.Member))
            .Select(g => Entry(g.First(), assembly))
            .OrderBy(e => e.Type, System.StringComparer.Ordinal)
            .ThenBy(e => e.Member, System.StringComparer.Ordinal)
            .ToEquatableArray();
        return new InventoryModel(assembly, subjects, entries);
    }

    internal static IPropertySymbol? PropertyOfPositionalParameter(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor || constructor.ContainingType is not { IsRecord: true } type)
        {
            return null;
        }

        foreach (var candidate in type.GetMembers(parameter.Name))
        {
            if (candidate is IPropertySymbol property && SymbolEqualityComparer.Default.Equals(AnnotationReader.FindPositionalParameter(property), parameter))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>What the member's own attributes state, with its type's facts; null when it is not marked personal data.</summary>
    private static MemberFacts? Facts(ReaderCache cache, ISymbol member)
    {
        var reader = cache.Reader;
        if (member.ContainingType is not { } type || reader.FindPersonalDataMarker(member, out var origin) is not { } marker)
        {
            return null;
        }

        var memberType = member switch
        {
            IPropertySymbol p => p.Type,
            IFieldSymbol f => f.Type,
            _ => null,
        };

        if (memberType is null)
        {
            return null;
        }

        // Only our [PersonalData] states values; an interop marker (ASP.NET Core Identity, DataClassification) states none.
        var ours = origin == AnnotationOrigin.PersonalData;
        return new MemberFacts(
            cache.InventoryName(type),
            member.Name,
            cache.MemberTypeName(memberType),
            origin,
            ours ? AnnotationReader.ReadCategory(marker) : null,
            ours ? AnnotationReader.ReadNamedString(marker, AttributeArgumentNames.Description) : null,
            ours ? (SpecialCategoryConditionValue)AnnotationReader.ReadNamedInt(marker, AttributeArgumentNames.SpecialCategoryCondition) : default,
            ours ? (CriminalDataConditionValue)AnnotationReader.ReadNamedInt(marker, AttributeArgumentNames.CriminalDataCondition) : default,
            ours && !marker.NamedArguments.IsEmpty ? ValuesModel.From(AnnotationReader.ReadValues(marker)) : ValuesModel.Empty,
            ReaderCache.Recipients(reader.ReadMemberRecipients(member)),
            ours ? (ErasureActionValue)AnnotationReader.ReadNamedInt(marker, AttributeArgumentNames.OnErasure) : ErasureActionValue.Default,
            cache.FactsOf(type),
            cache.NamedPurposes(type, member.Name),
            ReaderCache.RetainedUnder(reader.ReadRetainedUnder(AnnotationReader.GetMemberAttributes(member))));
    }

    /// <summary>
    /// The member's entry: its own values, then its type's ([DataSubject]), then the assembly's ([PersonalDataDefaults]);
    /// its purposes add those of the [ProcessingPurpose]s that name it.
    /// </summary>
    private static EntryModel Entry(MemberFacts member, AssemblyModel assembly)
    {
        var own = member.Own;
        var type = member.TypeLevel.Defaults;
        var defaults = assembly.Defaults;
        var legalBasis = AnnotationReader.Pick(own.LegalBasis, type.LegalBasis, defaults.LegalBasis).Value;
        var recipients = RecipientsOf(member, assembly);

        return new EntryModel(
            member.Type,
            member.Member,
            member.MemberType,
            member.TypeLevel.DataSubject,
            member.Category,
            EnumName(legalBasis),
            AnnotationReader.Pick(own.Retention, type.Retention, defaults.Retention).Value,
            EnumName(AnnotationReader.Pick(own.RetentionFrom, type.RetentionFrom, defaults.RetentionFrom).Value),
            AnnotationReader.Pick(own.RetentionNote, type.RetentionNote, defaults.RetentionNote).Value,
            AnnotationReader.CombinePurposes(AnnotationReader.Pick(own.Purpose, type.Purpose, defaults.Purpose).Value, member.NamedPurposes.Items).ToEquatableArray(),
            EnumName(AnnotationReader.Pick(own.Source, type.Source, defaults.Source).Value),
            member.Description,
            EnumName(member.SpecialCategoryCondition),
            EnumName(member.CriminalDataCondition),
            recipients,
            member.Origin.ToString(),
            AnnotationReader.Pick(own.AlternativeRetention, type.AlternativeRetention, defaults.AlternativeRetention).Value,
            EnumName(AnnotationReader.Pick(own.AlternativeRetentionFrom, type.AlternativeRetentionFrom, defaults.AlternativeRetentionFrom).Value),
            EnumName(AnnotationReader.Pick(own.RetentionCombination, type.RetentionCombination, defaults.RetentionCombination).Value),
            AnnotationReader.EffectiveErasureAction(member.OnErasure, legalBasis, member.Category).ToString(),
            AnnotationReader.Pick(own.LegitimateInterest, type.LegitimateInterest, defaults.LegitimateInterest).Value,
            EnumName(AnnotationReader.Pick(own.RetentionBound, type.RetentionBound, defaults.RetentionBound).Value),
            // A count below 1 is PRIV054's error; the inventory holds only a usable one.
            System.Math.Max(0, AnnotationReader.Pick(own.UnansweredCommunications, type.UnansweredCommunications, defaults.UnansweredCommunications).Value),
            AnnotationReader.Merge(
                member.RetainedUnder.Items.Select(r => r.Model),
                member.TypeLevel.RetainedUnder.Items.Select(r => r.Model),
                assembly.RetainedUnder.Items,
                static r => System.Enum.TryParse<LegalBasisValue>(r.LegalBasis, out var basis) ? basis : LegalBasisValue.Unspecified).ToEquatableArray());
    }

    /// <summary>
    /// The member's recipients: its own, then its type's and the assembly's that receive its category; distinct, ordered by
    /// name, kind, country and purpose (a stable sort: equal keys keep that order). Runs for every entry, so none or one
    /// recipient — the common cases — allocate nothing but the result.
    /// </summary>
    private static EquatableArray<RecipientModel> RecipientsOf(MemberFacts member, AssemblyModel assembly)
    {
        List<RecipientModel>? found = null;
        foreach (var r in member.Recipients)
        {
            AddDistinct(ref found, r.Recipient);
        }

        AddReceiving(ref found, member.TypeLevel.Recipients, member.Category);
        AddReceiving(ref found, assembly.Recipients, member.Category);

        if (found is null)
        {
            return EquatableArray<RecipientModel>.Empty;
        }

        return found.Count == 1
            ? new EquatableArray<RecipientModel>(ImmutableArray.Create(found[0]))
            : found
                .OrderBy(r => r.Name, System.StringComparer.Ordinal)
                .ThenBy(r => r.Kind, System.StringComparer.Ordinal)
                .ThenBy(r => r.Country ?? string.Empty, System.StringComparer.Ordinal)
                .ThenBy(r => r.Purpose ?? string.Empty, System.StringComparer.Ordinal)
                .ToEquatableArray();

        // A type's or the assembly's recipient applies when it receives the member's category.
        static void AddReceiving(ref List<RecipientModel>? list, EquatableArray<RecipientFacts> declared, string? category)
        {
            foreach (var r in declared)
            {
                if (RecipientInfo.Receives(r.Categories.Items, category))
                {
                    AddDistinct(ref list, r.Recipient);
                }
            }
        }

        static void AddDistinct(ref List<RecipientModel>? list, RecipientModel recipient)
        {
            list ??= new List<RecipientModel>(4);
            if (!list.Contains(recipient))
            {
                list.Add(recipient);
            }
        }
    }

    /// <summary>The enum value's name; an undefined value (a cast integer) is written as Unspecified, which the schema knows.</summary>
    internal static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, System.Enum
        => System.Enum.IsDefined(typeof(TEnum), value) ? value.ToString() : "Unspecified";
}
