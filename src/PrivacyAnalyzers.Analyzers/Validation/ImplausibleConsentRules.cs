using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV050–PRIV052: consent (Art. 6(1)(a)) declared for processing the subject cannot refuse without losing the service.
/// A member is reported by at most one of them, the most specific first: PRIV051 (cookie data for a strictly necessary
/// purpose: ePrivacy Art. 5(3)), else PRIV050 (authentication, security, fraud prevention: Recitals 47, 49), else PRIV052
/// (the service or the contract itself, or the account's credentials: Art. 7(4)). The purpose words have one home,
/// <see cref="PurposeVocabulary"/>. Reported at the member's [PersonalData]; the member's effective legal basis and
/// purposes count, wherever they were stated.
/// </summary>
internal static class ImplausibleConsentRules
{
    /// <summary>
    /// The diagnostic property that carries the legal bases the code fix may set, best first, comma-separated
    /// ("LegitimateInterests,Contract"). Present only when every purpose of the member is one the rule recognised, so
    /// that no purpose the subject may really refuse is moved off consent.
    /// </summary>
    public const string BasesProperty = "Bases";

    public static Diagnostic? Check(Compilation compilation, EffectiveAnnotation annotation, string member)
    {
        if (annotation.Origin != AnnotationOrigin.PersonalData || annotation.LegalBasis.Value != LegalBasisValue.Consent)
        {
            return null;
        }

        var purposes = annotation.Purpose.Value;
        var matches = PurposeVocabulary.Match(purposes);
        var from = ConsentFrom(annotation.LegalBasis.From);

        if (IsCookieData(annotation) && First(matches, PurposeKind.Security, PurposeKind.StrictlyNecessaryStorage) is { } necessary)
        {
            var bases = PurposeVocabulary.EveryPurposeIs(purposes, matches, PurposeKind.Security, PurposeKind.StrictlyNecessaryStorage) ? "Contract,LegitimateInterests" : null;
            return Create(compilation, RuleDescriptors.PRIV051, annotation, bases, member, from, necessary.Purpose, necessary.Words);
        }

        if (First(matches, PurposeKind.Security) is { } security)
        {
            string? bases = null;
            if (PurposeVocabulary.EveryPurposeIs(purposes, matches, PurposeKind.Security))
            {
                bases = OnlyAuthentication(matches) ? "Contract,LegitimateInterests" : "LegitimateInterests,Contract";
            }

            return Create(compilation, RuleDescriptors.PRIV050, annotation, bases, member, from, security.Purpose, security.Words);
        }

        if (First(matches, PurposeKind.ServiceDelivery) is { } service)
        {
            var bases = PurposeVocabulary.EveryPurposeIs(purposes, matches, PurposeKind.ServiceDelivery, PurposeKind.Security, PurposeKind.StrictlyNecessaryStorage) ? "Contract" : null;
            return Create(compilation, RuleDescriptors.PRIV052, annotation, bases, member, from, $"its purpose '{service.Purpose}' is the service itself ('{service.Words}')");
        }

        if (IsCredential(annotation.Category))
        {
            return Create(compilation, RuleDescriptors.PRIV052, annotation, null, member, from, $"it is a credential of the subject's account ({annotation.Category})");
        }

        return null;
    }

    /// <summary>Cookie data: the category is Online.CookieId (or below it), or its description or a purpose names cookies.</summary>
    private static bool IsCookieData(EffectiveAnnotation annotation) =>
        annotation.Category is { } category && (category == CookieCategory || category.StartsWith(CookieCategory + ".", StringComparison.Ordinal))
        || PurposeVocabulary.MentionsCookies(annotation.Description)
        || PurposeVocabulary.MentionsCookies(annotation.Purpose.Value);

    private const string CookieCategory = "Online.CookieId";

    private static bool IsCredential(string? category) =>
        category is not null && (category == "Credentials" || category.StartsWith("Credentials.", StringComparison.Ordinal));

    /// <summary>Whether the security purposes are all about logging in (then the contract is the nearer basis).</summary>
    private static bool OnlyAuthentication(ImmutableArray<PurposeMatch> matches)
    {
        foreach (var match in matches)
        {
            if (match.Kind == PurposeKind.Security && match.Words is not ("authentication" or "log in" or "sign in"))
            {
                return false;
            }
        }

        return true;
    }

    private static PurposeMatch? First(ImmutableArray<PurposeMatch> matches, params PurposeKind[] kinds)
    {
        foreach (var match in matches)
        {
            if (Array.IndexOf(kinds, match.Kind) >= 0)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>Where the consent was stated, as the message says it.</summary>
    internal static string ConsentFrom(AnnotationLevel level) => level switch
    {
        AnnotationLevel.Type => " (from its [DataSubject] type)",
        AnnotationLevel.Assembly => " (from [assembly: PersonalDataDefaults])",
        _ => string.Empty,
    };

    private static Diagnostic? Create(Compilation compilation, DiagnosticDescriptor descriptor, EffectiveAnnotation annotation, string? bases, params object?[] arguments)
    {
        var location = AnnotationReader.GetAttributeLocation(annotation.Attribute);
        if (location is null)
        {
            return null;
        }

        var properties = bases is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(BasesProperty, bases);
        return CompilationDiagnostics.Create(compilation, descriptor, location, properties, arguments);
    }
}
