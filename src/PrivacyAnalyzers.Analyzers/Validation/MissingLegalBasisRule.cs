using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV011: a member marked with our [PersonalData] whose effective legal basis is unstated at every level — the
/// member, its [DataSubject] type (or nearest base type with one), and the [assembly: PersonalDataDefaults].
/// Interop-marked members are reported by PRIV017 instead.
/// </summary>
internal static class MissingLegalBasisRule
{
    public static Diagnostic? Check(Compilation compilation, EffectiveAnnotation annotation, string member)
    {
        if (annotation.Origin != AnnotationOrigin.PersonalData || annotation.LegalBasis.IsStated)
        {
            return null;
        }

        var location = AnnotationReader.GetAttributeLocation(annotation.Attribute);
        return location is null ? null : CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV011, location, member);
    }
}
