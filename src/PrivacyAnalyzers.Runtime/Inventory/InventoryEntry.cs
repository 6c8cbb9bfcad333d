using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Inventory;

/// <summary>One annotated member with its effective annotation (defaults of its type and assembly applied).</summary>
public sealed class InventoryEntry
{
    /// <summary>Creates an entry.</summary>
    public InventoryEntry(
        string type,
        string member,
        string memberType,
        string? dataSubject,
        string? category,
        LegalBasis legalBasis,
        string? retention,
        RetentionStart retentionFrom,
        string? retentionNote,
        IReadOnlyList<string> purposes,
        DataSource source,
        string? description,
        SpecialCategoryCondition specialCategoryCondition,
        CriminalDataCondition criminalDataCondition,
        IReadOnlyList<InventoryRecipient> recipients,
        string origin,
        string? alternativeRetention = null,
        RetentionStart alternativeRetentionFrom = RetentionStart.Unspecified,
        RetentionCombination retentionCombination = RetentionCombination.Unspecified,
        ErasureAction erasure = ErasureAction.Delete,
        string? legitimateInterest = null,
        RetentionBound retentionBound = RetentionBound.Unspecified,
        int unansweredCommunications = 0,
        IReadOnlyList<InventoryRetainedUnder>? retainedUnder = null)
    {
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Member = member ?? throw new ArgumentNullException(nameof(member));
        MemberType = memberType ?? throw new ArgumentNullException(nameof(memberType));
        DataSubject = dataSubject;
        Category = category;
        LegalBasis = legalBasis;
        Retention = retention;
        RetentionFrom = retentionFrom;
        RetentionNote = retentionNote;
        Purposes = purposes ?? throw new ArgumentNullException(nameof(purposes));
        Source = source;
        Description = description;
        SpecialCategoryCondition = specialCategoryCondition;
        CriminalDataCondition = criminalDataCondition;
        Recipients = recipients ?? throw new ArgumentNullException(nameof(recipients));
        Origin = origin ?? throw new ArgumentNullException(nameof(origin));
        AlternativeRetention = alternativeRetention;
        AlternativeRetentionFrom = alternativeRetentionFrom;
        RetentionCombination = retentionCombination;
        Erasure = erasure;
        LegitimateInterest = legitimateInterest;
        RetentionBound = retentionBound;
        RetainedUnder = retainedUnder ?? Array.Empty<InventoryRetainedUnder>();
        UnansweredCommunications = unansweredCommunications < 0 ? throw new ArgumentOutOfRangeException(nameof(unansweredCommunications), "The number of unanswered communications is 0 (not stated) or more.") : unansweredCommunications;
    }

    /// <summary>
    /// The same data kept on other legal bases, each with its period and purpose (<c>[RetainedUnder]</c>, nearest level per
    /// basis), ordered by legal basis; empty when none.
    /// </summary>
    public IReadOnlyList<InventoryRetainedUnder> RetainedUnder { get; }

    /// <summary>
    /// Whether <see cref="Retention"/> is the time the data is kept or an upper bound (<see cref="RetentionBound.AtMost"/>:
    /// "for at most 3 years"); <see cref="RetentionBound.Unspecified"/> reads as exact.
    /// </summary>
    public RetentionBound RetentionBound { get; }

    /// <summary>
    /// For a retention from <see cref="RetentionStart.UnansweredCommunications"/>: how many consecutive communications must go
    /// unanswered; 0 when not stated.
    /// </summary>
    public int UnansweredCommunications { get; }

    /// <summary>
    /// The legitimate interest pursued (Art. 13(1)(d); <c>[PersonalData(LegitimateInterest)]</c> or its defaults), for data
    /// processed on Art. 6(1)(f), or null when not stated.
    /// </summary>
    public string? LegitimateInterest { get; }

    /// <summary>The containing type's full name, without <c>global::</c> (<c>Shop.Customers.Customer</c>; nested types use <c>+</c>).</summary>
    public string Type { get; }

    /// <summary>The member's name.</summary>
    public string Member { get; }

    /// <summary>The member's type as C# writes it (<c>string?</c>, <c>System.Net.IPAddress</c>, <c>List&lt;Shop.Order&gt;</c>).</summary>
    public string MemberType { get; }

    /// <summary>The <c>[DataSubject]</c> name of the containing type, or null.</summary>
    public string? DataSubject { get; }

    /// <summary>The category id as written, or null.</summary>
    public string? Category { get; }

    /// <summary>The effective legal basis.</summary>
    public LegalBasis LegalBasis { get; }

    /// <summary>The effective retention (ISO 8601 duration as written), or null.</summary>
    public string? Retention { get; }

    /// <summary>The effective start of the retention period.</summary>
    public RetentionStart RetentionFrom { get; }

    /// <summary>The effective retention note, or null.</summary>
    public string? RetentionNote { get; }

    /// <summary>The effective alternative retention (ISO 8601 duration as written) for a policy that states two ends, or null.</summary>
    public string? AlternativeRetention { get; }

    /// <summary>The effective start of the alternative retention period.</summary>
    public RetentionStart AlternativeRetentionFrom { get; }

    /// <summary>How <see cref="Retention"/> and <see cref="AlternativeRetention"/> combine.</summary>
    public RetentionCombination RetentionCombination { get; }

    /// <summary>
    /// What the generated eraser does with it on a subject's erasure request (docs/erasure.md), defaults applied:
    /// <see cref="ErasureAction.Retain"/> (legal obligation or public task, Art. 17(3)(b)),
    /// <see cref="ErasureAction.RetainForLegalClaims"/> (Art. 17(3)(e)), <see cref="ErasureAction.Anonymise"/> or
    /// <see cref="ErasureAction.Delete"/> (also what an inventory written before the property existed reads as).
    /// </summary>
    public ErasureAction Erasure { get; }

    /// <summary>The effective purposes, split on semicolons and trimmed.</summary>
    public IReadOnlyList<string> Purposes { get; }

    /// <summary>The effective source.</summary>
    public DataSource Source { get; }

    /// <summary>The plain-language description, or null.</summary>
    public string? Description { get; }

    /// <summary>The Art. 9(2) condition, for special-category data.</summary>
    public SpecialCategoryCondition SpecialCategoryCondition { get; }

    /// <summary>The Art. 10 condition, for criminal data.</summary>
    public CriminalDataCondition CriminalDataCondition { get; }

    /// <summary>Recipients of this member (declared on it, its type or the assembly), ordered by name.</summary>
    public IReadOnlyList<InventoryRecipient> Recipients { get; }

    /// <summary>Which attribute made it personal data: <c>PersonalData</c>, <c>AspNetCoreIdentity</c> or <c>DataClassification</c>.</summary>
    public string Origin { get; }
}
