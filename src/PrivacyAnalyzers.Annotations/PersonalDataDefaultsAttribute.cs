using System;

namespace PrivacyAnalyzers;

/// <summary>
/// Assembly-wide defaults for annotated personal data. A member's own <see cref="PersonalDataAttribute"/> wins,
/// then its <see cref="DataSubjectAttribute"/> type, then these defaults.
/// </summary>
/// <example><code>[assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract)]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PersonalDataDefaultsAttribute : Attribute
{
    /// <summary>Default legal basis.</summary>
    public LegalBasis LegalBasis { get; set; }

    /// <summary>Default retention (ISO 8601 duration).</summary>
    public string? Retention { get; set; }

    /// <summary>Default start of the retention period.</summary>
    public RetentionStart RetentionFrom { get; set; }

    /// <summary>Default retention note.</summary>
    public string? RetentionNote { get; set; }

    /// <summary>Default alternative retention (see <see cref="PersonalDataAttribute.AlternativeRetention"/>).</summary>
    public string? AlternativeRetention { get; set; }

    /// <summary>Default start of the alternative retention period.</summary>
    public RetentionStart AlternativeRetentionFrom { get; set; }

    /// <summary>Default combination of the two retention periods (see <see cref="PersonalDataAttribute.RetentionCombination"/>).</summary>
    public RetentionCombination RetentionCombination { get; set; }

    /// <summary>Default bound of the retention (see <see cref="PersonalDataAttribute.RetentionBound"/>).</summary>
    public RetentionBound RetentionBound { get; set; }

    /// <summary>Default number of consecutive unanswered communications (see <see cref="PersonalDataAttribute.UnansweredCommunications"/>).</summary>
    public int UnansweredCommunications { get; set; }

    /// <summary>Default purposes (semicolon-separated).</summary>
    public string? Purpose { get; set; }

    /// <summary>Default legitimate interest pursued (see <see cref="PersonalDataAttribute.LegitimateInterest"/>).</summary>
    public string? LegitimateInterest { get; set; }

    /// <summary>Default source.</summary>
    public DataSource Source { get; set; }
}
