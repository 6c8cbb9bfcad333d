using System;

namespace PrivacyAnalyzers;

/// <summary>
/// Someone who receives personal data: a processor (hosting, e-mail delivery), a third party (a payment provider),
/// a public authority. On a member it applies to that member; on a type, to every annotated member of the type;
/// on the assembly, to every annotated member of the assembly. Feeds the "who receives it" and "where it goes"
/// sections of the policy and the Art. 30 record.
/// </summary>
/// <example><code>[Recipient("PayPal", Kind = RecipientKind.ThirdParty, Country = "LU", Purpose = "Payment processing")]</code></example>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter,
    AllowMultiple = true,
    Inherited = true)]
public sealed class RecipientAttribute : Attribute
{
    /// <summary>Declares a recipient.</summary>
    /// <param name="name">The recipient's name, as the policy should print it ("OVH SAS", "Google Analytics").</param>
    public RecipientAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The recipient's name.</summary>
    public string Name { get; }

    /// <summary>The recipient's role.</summary>
    public RecipientKind Kind { get; set; }

    /// <summary>Where the recipient processes the data: ISO 3166-1 alpha-2 country code ("FR", "US").</summary>
    public string? Country { get; set; }

    /// <summary>For a country outside the EEA: the Chapter V ground of the transfer.</summary>
    public TransferSafeguard Safeguard { get; set; }

    /// <summary>
    /// The transfer's details as the public policy states them (GDPR Art. 13(1)(f)): the instrument relied on and where
    /// a copy is available ("EU-US Data Privacy Framework, adequacy decision of 10 July 2023"; "SCC module 2, copy on
    /// request"). This text is printed in the public notice; a note meant for the reviewer goes in <see cref="Note"/>.
    /// </summary>
    public string? TransferDetails { get; set; }

    /// <summary>
    /// A note for the data protection officer or reviewer (what was assumed, what must be checked): written in the
    /// record of processing activities, never in the public notice.
    /// </summary>
    public string? Note { get; set; }

    /// <summary>Why the recipient receives the data.</summary>
    public string? Purpose { get; set; }

    /// <summary>
    /// On a type or the assembly: the category ids (semicolon-separated, prefixes allowed: <c>"Contact; Financial.Transaction"</c>)
    /// this recipient receives. Empty means every annotated member in scope.
    /// </summary>
    public string? Categories { get; set; }
}
