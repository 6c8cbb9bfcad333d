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

    /// <summary>Default purposes (semicolon-separated) for the type's members.</summary>
    public string? Purpose { get; set; }

    /// <summary>Default source for the type's members.</summary>
    public DataSource Source { get; set; }

    /// <summary>A plain-language description of this kind of data subject for the policy.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// Whether the generated exporter writes the values of credentials and secrets (<c>Credentials.*</c>: password
    /// hashes, two-factor secrets, recovery codes). False by default: the export says that such a value is held and was
    /// withheld, without writing it. A password hash or a 2FA secret in a file sent by e-mail helps an attacker more than
    /// it informs the person; set this only where a careful reading of Art. 15 for your case requires the values.
    /// </summary>
    public bool ExportCredentials { get; set; }
}
