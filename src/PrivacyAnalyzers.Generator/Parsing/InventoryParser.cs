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

    private static readonly InventoryPart EmptyPart = new(null, EquatableArray<EntryModel>.Empty);

    public static AssemblyModel ParseAssembly(Compilation compilation, CancellationToken cancellationToken)
    {
        var reader = ReaderCache.For(compilation);
        var hasRuntime = compilation.GetTypeByMetadataName(RuntimeAttributeName) is not null && compilation.GetTypeByMetadataName(RuntimeWriterName) is not null;
        var controller = reader.ReadController(
            compilation.Assembly,
            static (name, address, country, registration, taxId, email, phone, website, dpoName, dpoEmail, authority, allRecipients, security, representative, automated, noAutomated, provision) =>
                new ControllerModel(name, address, country, registration, taxId, email, phone, website, dpoName, dpoEmail, authority, allRecipients, security, representative, automated, noAutomated, provision));
        var categories = reader.ReadDeclaredCategories(compilation.Assembly)
            .Select(k => new CategoryModel(k.Id, k.Description, k.IsSpecialCategory))
            .ToEquatableArray();
        return new AssemblyModel(compilation.AssemblyName ?? string.Empty, hasRuntime, controller, categories);
    }

    /// <summary>A member marked personal data (ours or ASP.NET Core Identity's): its entry.</summary>
    public static InventoryPart ParseMember(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var reader = ReaderCache.For(context.SemanticModel.Compilation);
        ISymbol? member = context.TargetSymbol switch
        {
            IPropertySymbol property => property,
            IFieldSymbol field => (ISymbol)field,
            IParameterSymbol parameter => PropertyOfPositionalParameter(parameter),
            _ => null,
        };

        if (member is null || Entry(reader, member) is not { } entry)
        {
            return EmptyPart;
        }

        return new InventoryPart(null, ImmutableArray.Create(entry).ToEquatableArray());
    }

    /// <summary>A [DataSubject] type: the subject, and an entry for every member it declares that is marked personal data by any attribute (interop ones included).</summary>
    public static InventoryPart ParseSubjectType(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return EmptyPart;
        }

        var reader = ReaderCache.For(context.SemanticModel.Compilation);
        var info = reader.ReadOwnDataSubject(type);
        var subject = info is null ? null : new SubjectModel(info.Name, SymbolNames.InventoryName(type), info.Description, info.ProcessedOnBehalfOf, info.ObtainedFrom);
        var entries = ImmutableArray.CreateBuilder<EntryModel>();
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is IPropertySymbol or IFieldSymbol && member.CanBeReferencedByName && Entry(reader, member) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new InventoryPart(subject, entries.ToImmutable().ToEquatableArray());
    }

    /// <summary>Merges the parts: subjects ordered by name then type, entries by type then member (ordinal), duplicates removed.</summary>
    public static InventoryModel Merge(ImmutableArray<InventoryPart> parts, AssemblyModel assembly)
    {
        var subjects = parts.Where(p => p.Subject is not null).Select(p => p.Subject!)
            .Distinct()
            .OrderBy(s => s.Name, System.StringComparer.Ordinal)
            .ThenBy(s => s.Type, System.StringComparer.Ordinal)
            .ToEquatableArray();
        var entries = parts.SelectMany(p => p.Entries)
            .GroupBy(e => (e.Type, e.Member))
            .Select(g => g.First())
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

    private static EntryModel? Entry(AnnotationReader reader, ISymbol member)
    {
        if (member.ContainingType is not { } type || reader.GetEffectiveAnnotation(member) is not { } annotation)
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

        var recipients = annotation.Recipients
            .Select(r => new RecipientModel(r.Name, EnumName(r.Kind), r.Country, EnumName(r.Safeguard), r.Purpose, r.TransferDetails, r.Note))
            .Distinct()
            .OrderBy(r => r.Name, System.StringComparer.Ordinal)
            .ThenBy(r => r.Kind, System.StringComparer.Ordinal)
            .ThenBy(r => r.Country ?? string.Empty, System.StringComparer.Ordinal)
            .ThenBy(r => r.Purpose ?? string.Empty, System.StringComparer.Ordinal)
            .ToEquatableArray();

        return new EntryModel(
            SymbolNames.InventoryName(type),
            member.Name,
            memberType.ToDisplayString(SymbolNames.MemberType),
            annotation.DataSubject,
            annotation.Category,
            EnumName(annotation.LegalBasis.Value),
            annotation.Retention.Value,
            EnumName(annotation.RetentionFrom.Value),
            annotation.RetentionNote.Value,
            AnnotationReader.SplitList(annotation.Purpose.Value).ToEquatableArray(),
            EnumName(annotation.Source.Value),
            annotation.Description,
            EnumName(annotation.SpecialCategoryCondition),
            EnumName(annotation.CriminalDataCondition),
            recipients,
            annotation.Origin.ToString(),
            annotation.AlternativeRetention.Value,
            EnumName(annotation.AlternativeRetentionFrom.Value),
            EnumName(annotation.RetentionCombination.Value),
            AnnotationReader.EffectiveErasureAction(reader.ReadOnErasure(member), annotation.LegalBasis.Value, annotation.Category).ToString(),
            annotation.LegitimateInterest.Value);
    }

    /// <summary>The enum value's name; an undefined value (a cast integer) is written as Unspecified, which the schema knows.</summary>
    private static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, System.Enum
        => System.Enum.IsDefined(typeof(TEnum), value) ? value.ToString() : "Unspecified";
}
