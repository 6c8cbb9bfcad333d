namespace PrivacyAnalyzers.Vocabulary;

/// <summary>What kind of value a member's type can hold, as far as personal data is concerned (collections unwrapped).</summary>
internal enum MemberTypeShape
{
    /// <summary>Strings, <c>object</c>, <c>dynamic</c>, type parameters, unresolved (error) types: any term.</summary>
    Text,

    /// <summary>A user-defined class, struct or record: only strong terms (a value object <c>Email Email</c>); its own members are analysed.</summary>
    Complex,

    Number,
    Date,
    Enum,
    Bool,
    Guid,
    Binary,

    /// <summary>Delegates, interfaces (services), tasks, framework types that are not data: never personal data.</summary>
    NotData,

    /// <summary><c>System.Net.IPAddress</c>: an IP address whatever the name.</summary>
    IpAddress,

    /// <summary><c>System.Net.Mail.MailAddress</c>: an e-mail address whatever the name.</summary>
    MailAddress,

    /// <summary><c>System.Net.NetworkInformation.PhysicalAddress</c>: a MAC address (device identifier) whatever the name.</summary>
    PhysicalAddress,
}
