namespace PrivacyAnalyzers;

/// <summary>
/// What the generated eraser (<c>{Type}PrivacyEraser.Erase</c>) does with a [PersonalData] member when the data subject
/// asks for erasure (GDPR Art. 17) or its retention has run out. See docs/erasure.md.
/// </summary>
public enum ErasureAction
{
    /// <summary>
    /// Decided by the member's effective legal basis and category: retained when the basis is a legal obligation or a
    /// public task (Art. 17(3)(b)); otherwise a date of birth is anonymised (year only) and everything else deleted.
    /// </summary>
    Default = 0,

    /// <summary>
    /// The value is removed: null for a nullable member; a member that cannot be null gets its category's anonymised value
    /// (a fixed token for text, the default for numbers, dates and other values).
    /// </summary>
    Delete = 1,

    /// <summary>
    /// The value is replaced by one that no longer identifies the person: a fixed token for text, the year only for a
    /// date, the default for numbers and other values.
    /// </summary>
    Anonymise = 2,

    /// <summary>
    /// The value is kept on a subject's request because the law makes the controller keep it (legal basis
    /// <see cref="LegalBasis.LegalObligation"/> or <see cref="LegalBasis.PublicTask"/>, Art. 17(3)(b)); it is still erased
    /// when its retention runs out. Any other basis is reported (PRIV041).
    /// </summary>
    Retain = 3,

    /// <summary>
    /// The value is kept on a subject's request because it is needed for the establishment, exercise or defence of legal
    /// claims (Art. 17(3)(e)), on any legal basis; it is still erased when its retention runs out.
    /// </summary>
    RetainForLegalClaims = 4,
}
