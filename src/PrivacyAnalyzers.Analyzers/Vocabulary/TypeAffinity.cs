using System;

namespace PrivacyAnalyzers.Vocabulary;

/// <summary>
/// Which member types a term can be held in besides text (strings, user-defined types, unknown types).
/// A <c>bool EmailConfirmed</c> or an <c>int MaxEmailLength</c> is not an e-mail address.
/// </summary>
[Flags]
internal enum TypeAffinity
{
    /// <summary>Text and user-defined types only.</summary>
    Text = 0,

    /// <summary>Also numbers: a CNP or a phone number stored as <c>long</c>, a salary as <c>decimal</c>.</summary>
    Number = 1,

    /// <summary>Also <c>DateTime</c>, <c>DateTimeOffset</c>, <c>DateOnly</c>: a birth date.</summary>
    Date = 2,

    /// <summary>Also enums: a gender, a blood type.</summary>
    Enum = 4,

    /// <summary>Also <c>bool</c>: <c>HasDisability</c>, <c>HasCriminalRecord</c> (special categories only).</summary>
    Bool = 8,

    /// <summary>Also <c>Guid</c>: a device or cookie identifier.</summary>
    Guid = 16,

    /// <summary>Also binary content (<c>byte[]</c>, streams): a photo, a fingerprint, a password hash.</summary>
    Binary = 32,
}
