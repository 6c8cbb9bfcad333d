using System;

namespace PrivacyAnalyzers;

/// <summary>
/// Marks a property, field or record positional parameter that holds personal data (GDPR Art. 4(1)).
/// The annotation feeds the generated data inventory, the privacy policy, the Art. 30 record of processing
/// and the access / portability exporters; the analyzers check it is complete and true.
/// </summary>
/// <remarks>
/// Every property left unset is inherited, nearest first: from the member's <see cref="DataSubjectAttribute"/>
/// type, then from the assembly's <see cref="PersonalDataDefaultsAttribute"/>.
/// </remarks>
/// <example>
/// <code>
/// [PersonalData(Category = "Contact.Email", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
/// public string Email { get; set; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class PersonalDataAttribute : Attribute
{
    /// <summary>Marks personal data whose category is given by <see cref="Category"/> (or not yet known).</summary>
    public PersonalDataAttribute()
    {
    }

    /// <summary>Marks personal data of the given category, such as <c>"Contact.Email"</c>.</summary>
    /// <param name="category">A category id of the taxonomy (see <see cref="Category"/>).</param>
    public PersonalDataAttribute(string category)
    {
        Category = category;
    }

    /// <summary>
    /// The category id: a built-in taxonomy id such as <c>"Identity.NationalId"</c>, <c>"Contact.Email"</c>,
    /// <c>"Financial.BankAccount"</c>, <c>"Special.Health"</c>; a top-level id (<c>"Contact"</c>) where the leaf is not
    /// known; or an id the project declares with <see cref="PersonalDataCategoryAttribute"/>.
    /// </summary>
    public string? Category { get; set; }

    /// <summary>The lawful basis of the processing, GDPR Art. 6(1). <see cref="PrivacyAnalyzers.LegalBasis.Unspecified"/> inherits it.</summary>
    public LegalBasis LegalBasis { get; set; }

    /// <summary>How long the data is kept, as an ISO 8601 duration: <c>"P1Y"</c>, <c>"P3Y6M"</c>, <c>"P30D"</c>, <c>"PT24H"</c>.</summary>
    public string? Retention { get; set; }

    /// <summary>When the <see cref="Retention"/> period starts.</summary>
    public RetentionStart RetentionFrom { get; set; }

    /// <summary>
    /// Free text for conditions a duration cannot express, printed next to the retention in the policy
    /// ("or after six unanswered communications, whichever is sooner").
    /// </summary>
    public string? RetentionNote { get; set; }

    /// <summary>
    /// A second retention period, for policies that state two ends (an ISO 8601 duration like <see cref="Retention"/>;
    /// <c>"P0D"</c> when the data goes as soon as the event happens). It runs from <see cref="AlternativeRetentionFrom"/>
    /// and combines with <see cref="Retention"/> as <see cref="RetentionCombination"/> says.
    /// </summary>
    /// <example><c>Retention = "P12M", RetentionFrom = RetentionStart.LastActivity, AlternativeRetention = "P0D",
    /// AlternativeRetentionFrom = RetentionStart.UnansweredCommunications, RetentionCombination = RetentionCombination.WhicheverIsSooner</c></example>
    public string? AlternativeRetention { get; set; }

    /// <summary>When the <see cref="AlternativeRetention"/> period starts.</summary>
    public RetentionStart AlternativeRetentionFrom { get; set; }

    /// <summary>How <see cref="Retention"/> and <see cref="AlternativeRetention"/> combine (sooner or later of the two).</summary>
    public RetentionCombination RetentionCombination { get; set; }

    /// <summary>
    /// Whether <see cref="Retention"/> is the time the data is kept (<see cref="PrivacyAnalyzers.RetentionBound.Exactly"/>,
    /// the default) or the most it may be kept (<see cref="PrivacyAnalyzers.RetentionBound.AtMost"/>: "for at most 3
    /// years after the end of the contract"). It applies to <see cref="Retention"/> only.
    /// </summary>
    /// <example><c>Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract, RetentionBound = RetentionBound.AtMost</c></example>
    public RetentionBound RetentionBound { get; set; }

    /// <summary>
    /// With <see cref="RetentionStart.UnansweredCommunications"/> (as <see cref="RetentionFrom"/> or
    /// <see cref="AlternativeRetentionFrom"/>): how many consecutive communications must go unanswered, a whole number
    /// of at least 1 ("after six unanswered communications" is <c>6</c>). 0 leaves it unstated (inherited).
    /// </summary>
    public int UnansweredCommunications { get; set; }

    /// <summary>
    /// Why the data is processed, in plain words for the privacy policy. Several purposes are separated by
    /// semicolons: <c>"Invoicing; Delivery of the order"</c>.
    /// </summary>
    public string? Purpose { get; set; }

    /// <summary>
    /// Art. 13(1)(d) / 14(2)(b): the legitimate interests pursued by the controller or a third party, where the legal
    /// basis is <see cref="LegalBasis.LegitimateInterests"/> (Art. 6(1)(f)): <c>"Preventing fraud against our customers"</c>.
    /// Printed in the notice next to each such purpose and in the record; without it the notice says "To complete".
    /// </summary>
    public string? LegitimateInterest { get; set; }

    /// <summary>Where the data comes from; decides whether it is part of a portability export.</summary>
    public DataSource Source { get; set; }

    /// <summary>A plain-language description of the data for the inventory and the policy ("the e-mail address you log in with").</summary>
    public string? Description { get; set; }

    /// <summary>For special-category data (<c>"Special.*"</c>): the GDPR Art. 9(2) condition that allows processing it.</summary>
    public SpecialCategoryCondition SpecialCategoryCondition { get; set; }

    /// <summary>For criminal data (<c>"Criminal"</c>): the GDPR Art. 10 condition that allows processing it.</summary>
    public CriminalDataCondition CriminalDataCondition { get; set; }

    /// <summary>
    /// What the generated eraser does with this member on an erasure request or when its retention runs out; by default
    /// decided by the legal basis and the category (see <see cref="ErasureAction"/> and docs/erasure.md).
    /// </summary>
    public ErasureAction OnErasure { get; set; }
}
