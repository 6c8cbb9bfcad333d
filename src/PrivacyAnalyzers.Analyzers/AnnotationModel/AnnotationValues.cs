namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>
/// The inheritable values one attribute states (a member's [PersonalData], a type's [DataSubject] or the assembly's
/// [PersonalDataDefaults]). Unstated values are null / Unspecified.
/// </summary>
internal sealed class AnnotationValues
{
    public static readonly AnnotationValues Empty = new();

    public LegalBasisValue LegalBasis { get; set; }

    public string? Retention { get; set; }

    public RetentionStartValue RetentionFrom { get; set; }

    public string? RetentionNote { get; set; }

    public string? AlternativeRetention { get; set; }

    public RetentionStartValue AlternativeRetentionFrom { get; set; }

    public RetentionCombinationValue RetentionCombination { get; set; }

    public string? Purpose { get; set; }

    public string? LegitimateInterest { get; set; }

    public DataSourceValue Source { get; set; }

    public RetentionBoundValue RetentionBound { get; set; }

    /// <summary>The number of consecutive unanswered communications; 0 is unstated, a negative number is kept as written (PRIV054 reports it).</summary>
    public int UnansweredCommunications { get; set; }
}
