using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Durations;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV010: the <c>Retention</c> of a [PersonalData], [DataSubject] or [assembly: PersonalDataDefaults] is not a strict
/// ISO 8601 duration (see <see cref="Iso8601Duration"/>). Reported at the argument, in source only.
/// </summary>
internal static class RetentionRule
{
    public const string Argument = AttributeArgumentNames.Retention;

    /// <summary>The diagnostic property that carries the corrected duration to the code fix, when there is one.</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <param name="attribute">The attribute that may state a retention.</param>
    /// <param name="owner">What the attribute is on, as the message names it: "Customer.Email", "Customer", "[assembly: PersonalDataDefaults]".</param>
    public static Diagnostic? Check(Compilation compilation, AttributeData attribute, string owner)
    {
        if (!AnnotationReader.HasNamedArgument(attribute, Argument))
        {
            return null;
        }

        var text = AnnotationReader.ReadNamedString(attribute, Argument);
        if (text is null)
        {
            // null (explicit or from a const null) means "inherit"; an unreadable argument is a compiler error already.
            return null;
        }

        if (Iso8601Duration.TryParse(text, out _, out var error))
        {
            return null;
        }

        var location = AnnotationReader.GetArgumentLocation(attribute, Argument);
        if (location is null)
        {
            return null;
        }

        var properties = Iso8601Duration.Suggest(text) is { } suggestion
            ? ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, suggestion)
            : ImmutableDictionary<string, string?>.Empty;
        return CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV010, location, properties, text, owner, error);
    }
}
