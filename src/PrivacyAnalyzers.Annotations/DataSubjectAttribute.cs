using System;

namespace PrivacyAnalyzers;

/// <summary>
/// Marks a type whose personal data belongs to one kind of data subject (<c>"Customer"</c>, <c>"Employee"</c>,
/// <c>"Visitor"</c>). Such a type is a root for the generated access and portability exporters, and may carry
/// defaults its annotated members inherit when they do not state their own.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = true)]
public sealed class DataSubjectAttribute : Attribute
{
    /// <summary>Marks the type as holding the personal data of <paramref name="name"/>.</summary>
    /// <param name="name">The kind of data subject, as the privacy policy names it: <c>"Customer"</c>.</param>
    public DataSubjectAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The kind of data subject.</summary>
    public string Name { get; }

    /// <summary>Default legal basis for the type's members.</summary>
    public LegalBasis LegalBasis { get; set; }

    /// <summary>Default retention (ISO 8601 duration) for the type's members.</summary>
    public string? Retention { get; set; }

    /// <summary>Default start of the retention period for the type's members.</summary>
    public RetentionStart RetentionFrom { get; set; }

    /// <summary>Default retention note for the type's members (see <see cref="PersonalDataAttribute.RetentionNote"/>).</summary>
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

    /// <summary>Default purposes (semicolon-separated) for the type's members.</summary>
    public string? Purpose { get; set; }

    /// <summary>Default legitimate interest pursued for the type's members (see <see cref="PersonalDataAttribute.LegitimateInterest"/>).</summary>
    public string? LegitimateInterest { get; set; }

    /// <summary>Default source for the type's members.</summary>
    public DataSource Source { get; set; }

    /// <summary>A plain-language description of this kind of data subject for the policy.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// The controller (or kind of controller) on whose behalf this data subject's personal data is processed, when the
    /// project acts as its <em>processor</em> (Art. 28 GDPR): <c>"Our customers, the CRM account holders"</c>. The
    /// purposes and means are the customer's, who informs these people with its own notice, so this data is kept out of
    /// the project's privacy notice and out of its Art. 30(1) record; it is written in the processor's record of
    /// Art. 30(2) (<c>records-of-processing-processor.csv</c>) instead. Unset: the project is the controller.
    /// </summary>
    public string? ProcessedOnBehalfOf { get; set; }

    /// <summary>
    /// Art. 14(2)(f): where the data of this data subject comes from when it is not collected from the person
    /// (members whose <see cref="DataSource"/> is <see cref="DataSource.ThirdParty"/>), as the notice names it:
    /// <c>"The customer (the account holder), who defines its users in its CRM account"</c>; say also whether it came
    /// from publicly accessible sources. Public text, printed in the notice. When a member is received from a third
    /// party and this is not stated, the notice says "To complete".
    /// </summary>
    public string? ObtainedFrom { get; set; }

    /// <summary>
    /// Whether the generated exporter writes the values of credentials and secrets (<c>Credentials.*</c>: password
    /// hashes, two-factor secrets, recovery codes). False by default: the export says that such a value is held and was
    /// withheld, without writing it. A password hash or a 2FA secret in a file sent by e-mail helps an attacker more than
    /// it informs the person; set this only where a careful reading of Art. 15 for your case requires the values.
    /// </summary>
    public bool ExportCredentials { get; set; }
}
