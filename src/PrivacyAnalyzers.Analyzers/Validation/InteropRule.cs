using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV017 (Info): a member marked personal data only by ASP.NET Core Identity's [PersonalData] / [ProtectedPersonalData]
/// or by a Microsoft.Extensions.Compliance data classification counts as annotated, but the inventory still lacks what
/// those attributes cannot say: a category always, and a legal basis and a retention unless the [DataSubject] type or the
/// assembly defaults supply them.
/// </summary>
internal static class InteropRule
{
    public static Diagnostic? Check(Compilation compilation, EffectiveAnnotation annotation, string memberName)
    {
        if (annotation.Origin == AnnotationOrigin.PersonalData)
        {
            return null;
        }

        var missing = new List<string>(3) { "category" };
        if (!annotation.LegalBasis.IsStated)
        {
            missing.Add("legal basis");
        }

        if (!annotation.Retention.IsStated)
        {
            missing.Add("retention");
        }

        var location = AnnotationReader.GetAttributeLocation(annotation.Attribute);
        if (location is null)
        {
            return null;
        }

        var what = missing.Count switch
        {
            1 => missing[0],
            2 => missing[0] + " and " + missing[1],
            _ => missing[0] + ", " + missing[1] + " and " + missing[2],
        };
        return CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV017, location, memberName, Describe(annotation), what);
    }

    private static string Describe(EffectiveAnnotation annotation)
    {
        var name = annotation.Attribute.AttributeClass?.Name ?? "an attribute";
        if (name.EndsWith("Attribute", System.StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - "Attribute".Length);
        }

        return annotation.Origin == AnnotationOrigin.AspNetCoreIdentity
            ? $"ASP.NET Core Identity's [{name}]"
            : $"the data classification [{name}]";
    }
}
