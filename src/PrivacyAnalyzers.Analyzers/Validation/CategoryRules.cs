using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV012 (special-category or criminal data without its Art. 9(2) / Art. 10 condition) and PRIV014 (a category id
/// that is neither built in nor declared). Both are about the category a [PersonalData] states and are reported at it.
/// </summary>
internal static class CategoryRules
{
    /// <summary>The diagnostic property that carries PRIV014's suggested id to the code fix.</summary>
    public const string SuggestionProperty = "Suggestion";

    public static Diagnostic? CheckUnknown(Compilation compilation, AttributeData personalData, string? category, DeclaredCategories declared, string member)
    {
        if (CategoryKindOf.Status(category, declared) != CategoryStatus.Unknown)
        {
            return null;
        }

        var location = CategoryLocation(personalData);
        if (location is null)
        {
            return null;
        }

        var suggestion = CategorySuggester.Suggest(category!, declared);
        var hint = suggestion is null
            ? "; use a built-in id such as 'Contact.Email' or declare it"
            : $"; did you mean '{suggestion}'?";
        var properties = suggestion is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion);
        return CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV014, location, properties, category, member, hint);
    }

    public static Diagnostic? CheckCondition(Compilation compilation, EffectiveAnnotation annotation, DeclaredCategories declared, string member)
    {
        if (annotation.Origin != AnnotationOrigin.PersonalData)
        {
            return null;
        }

        var kind = CategoryKindOf.Kind(annotation.Category, declared);
        if (kind == CategoryKind.Special && annotation.SpecialCategoryCondition == SpecialCategoryConditionValue.Unspecified)
        {
            var location = CategoryLocation(annotation.Attribute);
            return location is null ? null : CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV012, location, member, "special-category", annotation.Category, "Art. 9(2)", AttributeArgumentNames.SpecialCategoryCondition);
        }

        if (kind == CategoryKind.Criminal && annotation.CriminalDataCondition == CriminalDataConditionValue.Unspecified)
        {
            var location = CategoryLocation(annotation.Attribute);
            return location is null ? null : CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV012, location, member, "criminal-offence", annotation.Category, "Art. 10", AttributeArgumentNames.CriminalDataCondition);
        }

        return null;
    }

    /// <summary>Where the category is written: the named Category argument, else the constructor argument.</summary>
    public static Location? CategoryLocation(AttributeData personalData) =>
        AnnotationReader.GetArgumentLocation(personalData, AttributeArgumentNames.Category, AnnotationReader.HasNamedArgument(personalData, AttributeArgumentNames.Category) ? -1 : 0);
}
