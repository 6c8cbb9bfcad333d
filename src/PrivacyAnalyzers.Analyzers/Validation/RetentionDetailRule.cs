using System.Collections.Generic;
using System.Collections.Immutable;
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

    /// <summary>
    /// The [RetainedUnder]s among <paramref name="attributes"/> (of a member, a type or the assembly): PRIV010 for an invalid
    /// <c>Retention</c>, PRIV054 for one with no legal basis or no retention.
    /// </summary>
    public static void CheckRetainedUnder(Compilation compilation, AnnotationReader reader, ImmutableArray<AttributeData> attributes, string owner, List<Diagnostic> diagnostics)
    {
        foreach (var info in reader.ReadRetainedUnder(attributes))
        {
            Add(diagnostics, RetentionRule.Check(compilation, info.Attribute, owner));
            string? problem = null;
            if (info.LegalBasis == LegalBasisValue.Unspecified || info.LegalBasis > LegalBasisValue.LegitimateInterests)
            {
                problem = "[RetainedUnder] names no legal basis; name the basis the data is kept on, such as LegalBasis.LegalObligation for a period a law imposes";
            }
            else if (string.IsNullOrWhiteSpace(info.Retention))
            {
                problem = $"[RetainedUnder(LegalBasis.{info.LegalBasis})] states no Retention; state how long the data is kept on that basis (Retention = \"P10Y\", or \"P0D\" with RetentionFrom = RetentionStart.StatutoryPeriodEnd for \"as long as the law requires\")";
            }

            if (problem is not null && AnnotationReader.GetAttributeLocation(info.Attribute) is { } location)
            {
                Add(diagnostics, CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV054, location, owner, problem));
            }
        }
    }

    /// <summary>The member's effective retention details, defaults applied.</summary>
    public static Diagnostic? CheckMember(Compilation compilation, AnnotationReader reader, EffectiveAnnotation annotation, string member)
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

        else if (annotation.LegalBasis.IsStated && RepeatsOwnBasis(annotation, reader.GetEffectiveRetainedUnder(annotation.Member)) is { } repeated)
        {
            problem = $"[RetainedUnder(LegalBasis.{repeated})] names the member's own legal basis; the retention on its own basis is its Retention, and [RetainedUnder] is for another basis (LegalObligation for a period a law imposes)";
        }

        if (problem is null)
        {
            return null;
        }

        var location = AnnotationReader.GetAttributeLocation(annotation.Attribute);
        return location is null ? null : CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV054, location, member, problem);
    }

    private static LegalBasisValue? RepeatsOwnBasis(EffectiveAnnotation annotation, ImmutableArray<RetainedUnderInfo> retainedUnder)
    {
        foreach (var info in retainedUnder)
        {
            if (info.LegalBasis == annotation.LegalBasis.Value)
            {
                return info.LegalBasis;
            }
        }

        return null;
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
