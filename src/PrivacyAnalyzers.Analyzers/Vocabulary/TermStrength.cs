namespace PrivacyAnalyzers.Vocabulary;

/// <summary>How much a term alone says about personal data.</summary>
internal enum TermStrength
{
    /// <summary>Personal data only on a person (<c>Name</c> on a Customer, not on a Product).</summary>
    Weak = 0,

    /// <summary>Personal data unless the containing type is clearly not about a person (<c>Email</c>, <c>Iban</c>, <c>Password</c>).</summary>
    Strong = 1,

    /// <summary>Personal data whatever the containing type (<c>Cnp</c>, <c>DateOfBirth</c>, <c>Passport</c>).</summary>
    Always = 2,
}
