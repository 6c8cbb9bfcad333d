namespace PrivacyAnalyzers.Vocabulary;

/// <summary>What a vocabulary word or phrase says when it occurs in an identifier.</summary>
internal enum WordRole
{
    /// <summary>Names personal data of a category: <c>Email</c>, <c>Cnp</c>, <c>date of birth</c>.</summary>
    Term,

    /// <summary>Names a person whose data a member or type holds: <c>Customer</c>, <c>Client</c>, <c>Angajat</c>, <c>Kunde</c>.</summary>
    Subject,

    /// <summary>
    /// Names something that is not a person and owns what follows: <c>File</c>Name, <c>Host</c>Name, <c>Product</c>Name,
    /// a <c>Company</c>'s address. In a type name it makes the type a non-subject context.
    /// </summary>
    Owner,

    /// <summary>
    /// Says the member is about the data, not the data: <c>Type</c>, <c>Confirmed</c>, <c>Length</c>, <c>Policy</c>, <c>Template</c>.
    /// </summary>
    Meta,

    /// <summary>
    /// A technical word that makes a type a non-subject context wherever it occurs in the type name (<c>SmtpClient</c>,
    /// <c>EmailSettings</c>, <c>ConnectionOptions</c>) and negates a member name like <see cref="Meta"/>.
    /// </summary>
    Technical,

    /// <summary>A phrase known not to be personal data though it contains a term: <c>client secret</c>, <c>email subject</c>.</summary>
    NotPersonal,

    /// <summary>A word skipped inside phrases: <c>of</c> in DateOfBirth, <c>de</c> in DataDeNastere.</summary>
    StopWord,
}
