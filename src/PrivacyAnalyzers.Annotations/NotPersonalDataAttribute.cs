using System;

namespace PrivacyAnalyzers;

/// <summary>
/// States deliberately that a member (or every member of a type) is not personal data although its name looks
/// like it — <c>Product.Name</c>, an anonymised statistic, a company's own e-mail address. Silences PRIV001.
/// The reason is kept for reviewers and auditors.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct,
    AllowMultiple = false,
    Inherited = true)]
public sealed class NotPersonalDataAttribute : Attribute
{
    /// <summary>Marks the member or type as not personal data.</summary>
    /// <param name="reason">Why this is not personal data ("Anonymised aggregate", "Company mailbox").</param>
    public NotPersonalDataAttribute(string reason)
    {
        Reason = reason;
    }

    /// <summary>Why this is not personal data.</summary>
    public string Reason { get; }
}
