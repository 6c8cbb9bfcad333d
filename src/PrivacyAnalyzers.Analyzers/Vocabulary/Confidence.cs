namespace PrivacyAnalyzers.Vocabulary;

/// <summary>How sure detection is that a member holds personal data.</summary>
internal enum Confidence
{
    /// <summary>Not personal data.</summary>
    None = 0,

    /// <summary>Maybe: a weak term on a type that is not clearly about a person (<c>Order.Name</c>), or a strong term on a settings-like type.</summary>
    Low = 1,

    /// <summary>Probably: a strong term on a neutral type (<c>Order.Email</c>), or a weak term on a person (<c>Customer.Name</c>).</summary>
    Medium = 2,

    /// <summary>Almost certainly: a CNP, a birth date, an <c>IPAddress</c>, or a strong term on a person (<c>Customer.Email</c>).</summary>
    High = 3,
}
