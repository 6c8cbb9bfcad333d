using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>
/// The attribute types of PrivacyAnalyzers and of the libraries we interoperate with, resolved once per compilation
/// (in a CompilationStart action) and compared by symbol afterwards. Any of them may be absent.
/// </summary>
internal sealed class PrivacyTypes
{
    public const string PersonalDataName = "PrivacyAnalyzers.PersonalDataAttribute";
    public const string NotPersonalDataName = "PrivacyAnalyzers.NotPersonalDataAttribute";
    public const string DataSubjectName = "PrivacyAnalyzers.DataSubjectAttribute";
    public const string RecipientName = "PrivacyAnalyzers.RecipientAttribute";
    public const string RetainedUnderName = "PrivacyAnalyzers.RetainedUnderAttribute";
    public const string DefaultsName = "PrivacyAnalyzers.PersonalDataDefaultsAttribute";
    public const string ControllerName = "PrivacyAnalyzers.DataControllerAttribute";
    public const string CategoryName = "PrivacyAnalyzers.PersonalDataCategoryAttribute";
    public const string ProcessingPurposeName = "PrivacyAnalyzers.ProcessingPurposeAttribute";
    public const string AspNetPersonalDataName = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";
    public const string AspNetProtectedPersonalDataName = "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute";
    public const string DataClassificationName = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";
    public const string NoDataClassificationName = "Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute";

    private PrivacyTypes(Compilation compilation)
    {
        PersonalData = compilation.GetTypeByMetadataName(PersonalDataName);
        NotPersonalData = compilation.GetTypeByMetadataName(NotPersonalDataName);
        DataSubject = compilation.GetTypeByMetadataName(DataSubjectName);
        Recipient = compilation.GetTypeByMetadataName(RecipientName);
        RetainedUnder = compilation.GetTypeByMetadataName(RetainedUnderName);
        Defaults = compilation.GetTypeByMetadataName(DefaultsName);
        Controller = compilation.GetTypeByMetadataName(ControllerName);
        Category = compilation.GetTypeByMetadataName(CategoryName);
        AspNetPersonalData = compilation.GetTypeByMetadataName(AspNetPersonalDataName);
        AspNetProtectedPersonalData = compilation.GetTypeByMetadataName(AspNetProtectedPersonalDataName);
        DataClassification = compilation.GetTypeByMetadataName(DataClassificationName);
        NoDataClassification = compilation.GetTypeByMetadataName(NoDataClassificationName);
        ProcessingPurpose = compilation.GetTypeByMetadataName(ProcessingPurposeName);
    }

    public INamedTypeSymbol? PersonalData { get; }
    public INamedTypeSymbol? NotPersonalData { get; }
    public INamedTypeSymbol? DataSubject { get; }
    public INamedTypeSymbol? Recipient { get; }
    public INamedTypeSymbol? RetainedUnder { get; }
    public INamedTypeSymbol? Defaults { get; }
    public INamedTypeSymbol? Controller { get; }
    public INamedTypeSymbol? Category { get; }
    public INamedTypeSymbol? AspNetPersonalData { get; }
    public INamedTypeSymbol? AspNetProtectedPersonalData { get; }
    public INamedTypeSymbol? DataClassification { get; }
    public INamedTypeSymbol? NoDataClassification { get; }
    public INamedTypeSymbol? ProcessingPurpose { get; }

    /// <summary>Whether the PrivacyAnalyzers annotations are referenced at all.</summary>
    public bool HasAnnotations => PersonalData is not null;

    public static PrivacyTypes Create(Compilation compilation) => new(compilation);

    public bool IsPersonalData(AttributeData attribute) => Is(attribute, PersonalData);

    public bool IsNotPersonalData(AttributeData attribute) => Is(attribute, NotPersonalData);

    public bool IsDataSubject(AttributeData attribute) => Is(attribute, DataSubject);

    public bool IsRecipient(AttributeData attribute) => Is(attribute, Recipient);

    public bool IsProcessingPurpose(AttributeData attribute) => Is(attribute, ProcessingPurpose);
    public bool IsRetainedUnder(AttributeData attribute) => Is(attribute, RetainedUnder);

    /// <summary>ASP.NET Core Identity's [PersonalData] / [ProtectedPersonalData] (the latter derives from the former).</summary>
    public bool IsAspNetCoreIdentity(AttributeData attribute) =>
        Is(attribute, AspNetPersonalData) || Is(attribute, AspNetProtectedPersonalData) || InheritsFrom(attribute.AttributeClass, AspNetPersonalData);

    /// <summary>
    /// A subclass of Microsoft.Extensions.Compliance's DataClassificationAttribute that classifies: not its
    /// <c>[NoDataClassification]</c> ("specifically not classified", which its redactor provider maps to no redaction).
    /// </summary>
    public bool IsDataClassification(AttributeData attribute) =>
        InheritsFrom(attribute.AttributeClass, DataClassification) && !InheritsFrom(attribute.AttributeClass, NoDataClassification);

    /// <summary>The first classifying DataClassificationAttribute on a symbol (see <see cref="IsDataClassification"/>), or null.</summary>
    public AttributeData? FindDataClassification(ISymbol symbol)
    {
        if (DataClassification is null)
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsDataClassification(attribute))
            {
                return attribute;
            }
        }

        return null;
    }

    private static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

    private static bool InheritsFrom(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
