using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV015: annotations that cannot all be true. Only real contradictions are reported:
/// <list type="bullet">
/// <item>a personal-data marker (ours or an interop one) and [NotPersonalData] on the same member (a record's positional
/// parameter and its property count as one member), or on the member and its containing type;</item>
/// <item>two different categories in one [PersonalData] (constructor argument and <c>Category =</c>);</item>
/// <item>an Art. 9(2) condition on a category that is known and not special, or an Art. 10 condition on a known
/// category that is not criminal (the category or the condition is wrong, and the policy would say the wrong thing).</item>
/// </list>
/// Combinations that the law allows are not contradictions: consent with an Art. 9(2) condition other than explicit
/// consent, an explicit-consent condition with a contract legal basis, a retention counted from consent withdrawal under
/// another legal basis.
/// </summary>
internal static class ContradictionRule
{
    /// <summary>Diagnostic property: which contradiction (see the Kind* constants).</summary>
    public const string KindProperty = "Kind";

    /// <summary>Marked personal data and not personal data; additional location 0 = marker, 1 = [NotPersonalData].</summary>
    public const string KindNotPersonalData = "NotPersonalData";

    public const string KindCategory = "Category";

    public const string KindCondition = "Condition";

    public static void Check(Compilation compilation, AnnotationReader reader, ISymbol member, string memberName, AttributeData? marker, AnnotationOrigin origin, List<Diagnostic> diagnostics)
    {
        if (marker is null)
        {
            return;
        }

        CheckNotPersonalData(compilation, reader, member, memberName, marker, origin, diagnostics);
        if (origin != AnnotationOrigin.PersonalData)
        {
            return;
        }

        var named = AnnotationReader.ReadNamedString(marker, AttributeArgumentNames.Category);
        var positional = AnnotationReader.ReadConstructorString(marker, 0);
        if (named is not null && positional is not null && named != positional)
        {
            Add(compilation, diagnostics, AnnotationReader.GetArgumentLocation(marker, AttributeArgumentNames.Category), KindCategory, null, memberName,
                $"its category is given twice, '{positional}' and Category = '{named}'; keep one");
        }

        var category = AnnotationReader.ReadCategory(marker);
        var declared = reader.DeclaredCategories;
        if (CategoryKindOf.Status(category, declared) != CategoryStatus.Known)
        {
            return;
        }

        var kind = CategoryKindOf.Kind(category, declared);
        if (kind != CategoryKind.Special && AnnotationReader.ReadNamedInt(marker, AttributeArgumentNames.SpecialCategoryCondition) != 0)
        {
            Add(compilation, diagnostics, AnnotationReader.GetArgumentLocation(marker, AttributeArgumentNames.SpecialCategoryCondition), KindCondition, null, memberName,
                $"SpecialCategoryCondition is set but '{category}' is not a special category (Art. 9); correct the category or remove the condition");
        }

        if (kind != CategoryKind.Criminal && AnnotationReader.ReadNamedInt(marker, AttributeArgumentNames.CriminalDataCondition) != 0)
        {
            Add(compilation, diagnostics, AnnotationReader.GetArgumentLocation(marker, AttributeArgumentNames.CriminalDataCondition), KindCondition, null, memberName,
                $"CriminalDataCondition is set but '{category}' is not criminal-offence data (Art. 10); correct the category or remove the condition");
        }
    }

    private static void CheckNotPersonalData(Compilation compilation, AnnotationReader reader, ISymbol member, string memberName, AttributeData marker, AnnotationOrigin origin, List<Diagnostic> diagnostics)
    {
        var notPersonal = reader.FindNotPersonalData(member, out var carrier);
        if (notPersonal is null)
        {
            return;
        }

        var onType = carrier?.Name;
        var markerName = MarkerName(origin);
        var reason = AnnotationReader.ReadConstructorString(notPersonal, 0);
        var notName = reason is null ? "[NotPersonalData]" : $"[NotPersonalData(\"{reason}\")]";
        var text = onType is null
            ? $"it is marked both {markerName} and {notName}; remove the one that is wrong"
            : $"it is marked {markerName} but its type '{onType}' is marked {notName}; remove the one that is wrong";
        var markerLocation = AnnotationReader.GetAttributeLocation(marker);
        var notLocation = AnnotationReader.GetAttributeLocation(notPersonal);
        var location = markerLocation ?? notLocation;
        if (location is null || markerLocation is null || notLocation is null)
        {
            // One of the two is in metadata (an inherited type attribute of a referenced assembly): report at what is in source, no fix.
            Add(compilation, diagnostics, location, KindNotPersonalData, null, memberName, text);
            return;
        }

        Add(compilation, diagnostics, location, KindNotPersonalData, new[] { markerLocation, notLocation }, memberName, text);
    }

    /// <summary>How a message names the attribute that made a member personal data.</summary>
    public static string MarkerName(AnnotationOrigin origin) => origin switch
    {
        AnnotationOrigin.AspNetCoreIdentity => "ASP.NET Core Identity's [PersonalData]",
        AnnotationOrigin.DataClassification => "a data classification attribute",
        _ => "[PersonalData]",
    };

    private static void Add(Compilation compilation, List<Diagnostic> diagnostics, Location? location, string kind, Location[]? additional, string memberName, string text)
    {
        if (location is not null
            && CompilationDiagnostics.Create(
                compilation,
                RuleDescriptors.PRIV015,
                location,
                additional,
                ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind),
                memberName,
                text) is { } diagnostic)
        {
            diagnostics.Add(diagnostic);
        }
    }
}
