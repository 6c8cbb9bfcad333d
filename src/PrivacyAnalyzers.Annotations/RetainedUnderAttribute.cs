using System;

namespace PrivacyAnalyzers;

/// <summary>
/// The same personal data kept on another legal basis, for its own period: "12 months after the end of the contract
/// (performance of a contract), then 10 years under the accounting law (legal obligation)". The member's own
/// <see cref="PersonalDataAttribute.LegalBasis"/> and <see cref="PersonalDataAttribute.Retention"/> say how long the data
/// is kept for its purposes; each <c>[RetainedUnder]</c> adds a processing on <see cref="LegalBasis"/>, with its retention
/// and purpose, that the notice and the Art. 30 record state next to it. On a member it applies to that member; on a
/// type, to every annotated member of the type (and of types derived from it); on the assembly, to every annotated member
/// of the assembly. For one legal basis the nearest declaration wins (member, then type, then assembly).
/// </summary>
/// <example><code>[RetainedUnder(LegalBasis.LegalObligation, Retention = "P10Y", RetentionFrom = RetentionStart.EndOfContract, Purpose = "Keeping the accounting records", RetentionNote = "Legea contabilității nr. 82/1991")]</code></example>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter,
    AllowMultiple = true,
    Inherited = true)]
public sealed class RetainedUnderAttribute : Attribute
{
    /// <summary>Declares that the data is also kept on <paramref name="legalBasis"/>.</summary>
    /// <param name="legalBasis">The legal basis of this retention (Art. 6(1)): <see cref="PrivacyAnalyzers.LegalBasis.LegalObligation"/> for a period a law imposes.</param>
    public RetainedUnderAttribute(LegalBasis legalBasis)
    {
        LegalBasis = legalBasis;
    }

    /// <summary>The legal basis of this retention.</summary>
    public LegalBasis LegalBasis { get; }

    /// <summary>How long the data is kept on this basis, as an ISO 8601 duration (<c>"P10Y"</c>; <c>"P0D"</c> with a start: until that event).</summary>
    public string? Retention { get; set; }

    /// <summary>When this <see cref="Retention"/> starts.</summary>
    public RetentionStart RetentionFrom { get; set; }

    /// <summary>Free text printed next to this retention: the law that imposes it (<c>"Legea contabilității nr. 82/1991, art. 25"</c>).</summary>
    public string? RetentionNote { get; set; }

    /// <summary>Why the data is kept on this basis, in plain words for the notice (<c>"Keeping the accounting records"</c>); without it the notice and the record say "To complete".</summary>
    public string? Purpose { get; set; }
}
