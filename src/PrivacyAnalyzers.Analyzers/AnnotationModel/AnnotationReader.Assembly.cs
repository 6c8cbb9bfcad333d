using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.AnnotationModel;

// Assembly-level and type-level declarations the inventory needs: the controller, the declared categories and the
// [DataSubject] name and description. Same rules as the rest of the reader: unreadable arguments are unstated.
internal sealed partial class AnnotationReader
{
    /// <summary>
    /// The assembly's [DataController] made into the caller's model by <paramref name="create"/>, whose parameters are
    /// <see cref="AttributeArgumentNames.ControllerDetails"/> in that order (the name, never null, then ten optional
    /// details, the <c>AllRecipientsDeclared</c> statement, the security measures, the representative, the
    /// automated decision-making and the statement that there is none); null when the attribute is absent or its name is missing. The reader knows the attribute, the caller its
    /// model: the generator builds its equatable model directly, and the field list is written once per assembly that
    /// needs it (ControllerDetailsTests).
    /// </summary>
    public T? ReadController<T>(IAssemblySymbol assembly, ControllerFactory<T> create)
        where T : class
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (Is(attribute, Types.Controller))
            {
                var name = ReadConstructorString(attribute, 0);
                if (string.IsNullOrWhiteSpace(name))
                {
                    return null;
                }

                return create(
                    name!,
                    ReadNamedString(attribute, AttributeArgumentNames.Address),
                    ReadNamedString(attribute, AttributeArgumentNames.Country),
                    ReadNamedString(attribute, AttributeArgumentNames.RegistrationNumber),
                    ReadNamedString(attribute, AttributeArgumentNames.TaxId),
                    ReadNamedString(attribute, AttributeArgumentNames.Email),
                    ReadNamedString(attribute, AttributeArgumentNames.Phone),
                    ReadNamedString(attribute, AttributeArgumentNames.Website),
                    ReadNamedString(attribute, AttributeArgumentNames.DpoName),
                    ReadNamedString(attribute, AttributeArgumentNames.DpoEmail),
                    ReadNamedString(attribute, AttributeArgumentNames.SupervisoryAuthority),
                    ReadNamedBool(attribute, AttributeArgumentNames.AllRecipientsDeclared),
                    ReadNamedString(attribute, AttributeArgumentNames.SecurityMeasures),
                    ReadNamedString(attribute, AttributeArgumentNames.Representative),
                    ReadNamedString(attribute, AttributeArgumentNames.AutomatedDecisionMaking),
                    ReadNamedBool(attribute, AttributeArgumentNames.NoAutomatedDecisionMaking),
                    ReadNamedString(attribute, AttributeArgumentNames.ProvisionRequirement),
                    (JurisdictionValue)ReadNamedInt(attribute, AttributeArgumentNames.Jurisdiction));
            }
        }

        return null;
    }

    /// <summary>The categories the assembly declares with [PersonalDataCategory], in declaration order (unreadable ids skipped).</summary>
    public ImmutableArray<DeclaredCategoryInfo> ReadDeclaredCategories(IAssemblySymbol assembly)
    {
        var builder = ImmutableArray.CreateBuilder<DeclaredCategoryInfo>();
        foreach (var attribute in assembly.GetAttributes())
        {
            if (Is(attribute, Types.Category) && ReadConstructorString(attribute, 0) is { Length: > 0 } id)
            {
                builder.Add(new DeclaredCategoryInfo(id, ReadNamedString(attribute, AttributeArgumentNames.Description), ReadNamedBool(attribute, AttributeArgumentNames.IsSpecialCategory)));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The kind of data subject a [DataSubject] names (its constructor argument, or a named <c>Name</c>), or null when unreadable.</summary>
    public static string? ReadDataSubjectName(AttributeData dataSubject) =>
        ReadConstructorString(dataSubject, 0) ?? ReadNamedString(dataSubject, AttributeArgumentNames.Name);

    /// <summary>The [DataSubject] declared on the type itself (not inherited), or null when there is none or its name is unreadable.</summary>
    public DataSubjectInfo? ReadOwnDataSubject(INamedTypeSymbol type)
    {
        if (FindOwnDataSubject(type) is not { } attribute)
        {
            return null;
        }

        var name = ReadDataSubjectName(attribute);
        return string.IsNullOrWhiteSpace(name) ? null : new DataSubjectInfo(
            name!,
            ReadNamedString(attribute, AttributeArgumentNames.Description),
            ReadNamedBool(attribute, AttributeArgumentNames.ExportCredentials),
            ReadNamedString(attribute, AttributeArgumentNames.ProcessedOnBehalfOf),
            ReadNamedString(attribute, AttributeArgumentNames.ObtainedFrom));
    }
}

/// <summary>[assembly: PersonalDataCategory] as read.</summary>
internal sealed class DeclaredCategoryInfo
{
    public DeclaredCategoryInfo(string id, string? description, bool isSpecialCategory)
    {
        Id = id;
        Description = description;
        IsSpecialCategory = isSpecialCategory;
    }

    public string Id { get; }
    public string? Description { get; }
    public bool IsSpecialCategory { get; }
}

/// <summary>A type's own [DataSubject] name, description and export options.</summary>
internal sealed class DataSubjectInfo
{
    public DataSubjectInfo(string name, string? description, bool exportCredentials, string? processedOnBehalfOf = null, string? obtainedFrom = null)
    {
        Name = name;
        Description = description;
        ExportCredentials = exportCredentials;
        ProcessedOnBehalfOf = processedOnBehalfOf;
        ObtainedFrom = obtainedFrom;
    }

    /// <summary>[DataSubject(ProcessedOnBehalfOf)]: the controller for which the project processes this data as a processor (Art. 28).</summary>
    public string? ProcessedOnBehalfOf { get; }

    /// <summary>[DataSubject(ObtainedFrom)]: the source of data not collected from the person (Art. 14(2)(f)).</summary>
    public string? ObtainedFrom { get; }

    public string Name { get; }
    public string? Description { get; }

    /// <summary>[DataSubject(ExportCredentials = true)]: the exporter writes Credentials.* values instead of withholding them.</summary>
    public bool ExportCredentials { get; }
}

/// <summary>
/// Builds the caller's model of [DataController] from its details, in the order of
/// <see cref="AttributeArgumentNames.ControllerDetails"/> (more than a <c>Func</c> can take).
/// </summary>
internal delegate T ControllerFactory<T>(
    string name,
    string? address,
    string? country,
    string? registrationNumber,
    string? taxId,
    string? email,
    string? phone,
    string? website,
    string? dpoName,
    string? dpoEmail,
    string? supervisoryAuthority,
    bool allRecipientsDeclared,
    string? securityMeasures,
    string? representative,
    string? automatedDecisionMaking,
    bool noAutomatedDecisionMaking,
    string? provisionRequirement,
    JurisdictionValue jurisdiction);
