using System;

namespace PrivacyAnalyzers.Vocabulary.Literals;

/// <summary>The kinds of personal data PRIV002 recognises in string literals.</summary>
[Flags]
internal enum LiteralKinds
{
    None = 0,
    Cnp = 1,
    Iban = 2,
    PaymentCard = 4,
    Email = 8,
    Phone = 16,

    /// <summary>An identity-document series and number (two letters, six digits) stored in a member named for one.</summary>
    IdentityDocument = 32,
    All = Cnp | Iban | PaymentCard | Email | Phone | IdentityDocument,
}

/// <summary>What a literal was recognised as, with the words the message uses.</summary>
internal readonly struct LiteralFinding
{
    public LiteralFinding(LiteralKinds kind, string description)
    {
        Kind = kind;
        Description = description;
    }

    public LiteralKinds Kind { get; }

    /// <summary>"a Romanian CNP (personal numeric code)", "an IBAN (RO)", …</summary>
    public string Description { get; }
}
