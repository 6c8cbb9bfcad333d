using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Durations;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV054: a retention detail that cannot apply. On the attribute that writes it (a [PersonalData], a [DataSubject] or
/// [assembly: PersonalDataDefaults]): <c>UnansweredCommunications</c> below 1, or a <c>RetentionBound</c> that is not a
/// member of the enum. On a member, once the defaults are applied: <c>RetentionBound.AtMost</c> with no retention, or a
/// zero one, to bound; <c>UnansweredCommunications</c> while neither <c>RetentionFrom</c> nor
/// <c>AlternativeRetentionFrom</c> is <c>RetentionStart.UnansweredCommunications</c>. Reported at the argument or the
/// member's attribute, in source only. An invalid duration is PRIV010's.
/// </summary>
internal static class RetentionDetailRule
{
    /// <summary>The values the attribute itself writes wrong.</summary>
    /// <param name="owner">What the attribute is on, as the message names it.</param>
    public static void CheckArguments(Compilation compilation, AttributeData attribute, string owner, List<Diagnostic> diagnostics)
    {
        if (AnnotationReader.HasNamedArgument(attribute, AttributeArgumentNames.UnansweredCommunications)
            && AnnotationReader.ReadNamedInt(attribute, AttributeArgumentNames.UnansweredCommunications) is < 0 and var count
            && AnnotationReader.GetArgumentLocation(attribute, AttributeArgumentNames.UnansweredCommunications) is { } countLocation)
        {
            Add(diagnostics, CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV054, countLocation, owner,
                $"UnansweredCommunications is {count}; state the number of consecutive unanswered communications that ends the retention, a whole number of at least 1 (\"after six unanswered communications\" is 6)"));
        }

        if (AnnotationReader.HasNamedArgument(attribute, AttributeArgumentNames.RetentionBound)
            && AnnotationReader.ReadNamedInt(attribute, AttributeArgumentNames.RetentionBound) is var bound and (< 0 or > (int)RetentionBoundValue.AtMost)
            && AnnotationReader.GetArgumentLocation(attribute, AttributeArgumentNames.RetentionBound) is { } boundLocation)
        {
            Add(diagnostics, CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV054, boundLocation, owner,
                $"RetentionBound is {bound}, which is not a member of RetentionBound; use RetentionBound.Exactly or RetentionBound.AtMost"));
        }
    }

    /// <summary>The member's effective retention details, defaults applied.</summary>
    public static Diagnostic? CheckMember(Compilation compilation, EffectiveAnnotation annotation, string member)
    {
        if (annotation.Origin != AnnotationOrigin.PersonalData)
        {
            return null;
        }

        string? problem = null;
        if (annotation.RetentionBound.Value == RetentionBoundValue.AtMost
            && (annotation.Retention.Value is null || (Iso8601Duration.TryParse(annotation.Retention.Value, out var duration, out _) && duration.IsZero)))
        {
            problem = $"RetentionBound.AtMost{Where(annotation.RetentionBound.From)} bounds no retention: "
                + (annotation.Retention.Value is null ? "no Retention is stated" : $"its Retention is {annotation.Retention.Value}")
                + "; state the longest period the data may be kept (Retention = \"P3Y\") or remove the bound";
        }
        else if (annotation.UnansweredCommunications.Value > 0
            && annotation.RetentionFrom.Value != RetentionStartValue.UnansweredCommunications
            && annotation.AlternativeRetentionFrom.Value != RetentionStartValue.UnansweredCommunications)
        {
            problem = $"UnansweredCommunications = {annotation.UnansweredCommunications.Value}{Where(annotation.UnansweredCommunications.From)} counts the communications that end a retention, "
                + "but neither RetentionFrom nor AlternativeRetentionFrom is RetentionStart.UnansweredCommunications; set one of them to it, or remove the count";
        }

        if (problem is null)
        {
            return null;
        }

        var location = AnnotationReader.GetAttributeLocation(annotation.Attribute);
        return location is null ? null : CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV054, location, member, problem);
    }

    private static void Add(List<Diagnostic> diagnostics, Diagnostic? diagnostic)
    {
        if (diagnostic is not null)
        {
            diagnostics.Add(diagnostic);
        }
    }

    private static string Where(AnnotationLevel level) => level switch
    {
        AnnotationLevel.Type => " (from its [DataSubject] type)",
        AnnotationLevel.Assembly => " (from [assembly: PersonalDataDefaults])",
        _ => string.Empty,
    };
}
