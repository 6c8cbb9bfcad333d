using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV013: a member marked with our [PersonalData] whose effective legal basis is Consent and whose effective
/// purpose (after defaults) is unstated or lists no purpose (" ; ").
/// </summary>
internal static class ConsentPurposeRule
{
    public static Diagnostic? Check(Compilation compilation, EffectiveAnnotation annotation, string member)
    {
        if (annotation.Origin != AnnotationOrigin.PersonalData
            || annotation.LegalBasis.Value != LegalBasisValue.Consent
            || !AnnotationReader.SplitList(annotation.Purpose.Value).IsEmpty)
        {
            return null;
        }

        var location = AnnotationReader.GetAttributeLocation(annotation.Attribute);
        return location is null ? null : CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV013, location, member);
    }
}
