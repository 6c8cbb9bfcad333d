using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>
/// What a personal-data member effectively declares once the defaults are applied: its own [PersonalData] first,
/// then its [DataSubject] type, then the assembly's [PersonalDataDefaults]. Each inherited value says where it came from.
/// </summary>
internal sealed class EffectiveAnnotation
{
    public EffectiveAnnotation(
        ISymbol member,
        AnnotationOrigin origin,
        AttributeData attribute,
        string? category,
        string? description,
        SpecialCategoryConditionValue specialCategoryCondition,
        CriminalDataConditionValue criminalDataCondition,
        Sourced<LegalBasisValue> legalBasis,
        Sourced<string?> retention,
        Sourced<RetentionStartValue> retentionFrom,
        Sourced<string?> retentionNote,
        Sourced<string?> purpose,
        Sourced<DataSourceValue> source,
        string? dataSubject,
        ImmutableArray<RecipientInfo> recipients,
        Sourced<string?> alternativeRetention = default,
        Sourced<RetentionStartValue> alternativeRetentionFrom = default,
        Sourced<RetentionCombinationValue> retentionCombination = default,
        Sourced<string?> legitimateInterest = default,
        Sourced<RetentionBoundValue> retentionBound = default,
        Sourced<int> unansweredCommunications = default)
    {
        Member = member;
        Origin = origin;
        Attribute = attribute;
        Category = category;
        Description = description;
        SpecialCategoryCondition = specialCategoryCondition;
        CriminalDataCondition = criminalDataCondition;
        LegalBasis = legalBasis;
        Retention = retention;
        RetentionFrom = retentionFrom;
        RetentionNote = retentionNote;
        Purpose = purpose;
        Source = source;
        DataSubject = dataSubject;
        Recipients = recipients;
        AlternativeRetention = alternativeRetention;
        AlternativeRetentionFrom = alternativeRetentionFrom;
        RetentionCombination = retentionCombination;
        LegitimateInterest = legitimateInterest;
        RetentionBound = retentionBound;
        UnansweredCommunications = unansweredCommunications;
    }

    /// <summary>Whether <see cref="Retention"/> is exact or an upper bound ("at most").</summary>
    public Sourced<RetentionBoundValue> RetentionBound { get; }

    /// <summary>The number of consecutive unanswered communications that ends a retention from UnansweredCommunications; 0 unstated.</summary>
    public Sourced<int> UnansweredCommunications { get; }

    /// <summary>The property, field or record positional parameter's property.</summary>
    public ISymbol Member { get; }

    public AnnotationOrigin Origin { get; }

    /// <summary>The attribute that made the member personal data (ours, or an interop one).</summary>
    public AttributeData Attribute { get; }

    /// <summary>The category id as written (not validated), or null.</summary>
    public string? Category { get; }

    public string? Description { get; }

    public SpecialCategoryConditionValue SpecialCategoryCondition { get; }

    public CriminalDataConditionValue CriminalDataCondition { get; }

    public Sourced<LegalBasisValue> LegalBasis { get; }

    public Sourced<string?> Retention { get; }

    public Sourced<RetentionStartValue> RetentionFrom { get; }

    public Sourced<string?> RetentionNote { get; }

    /// <summary>A second retention period (ISO 8601 duration as written) for policies that state two ends, or unstated.</summary>
    public Sourced<string?> AlternativeRetention { get; }

    public Sourced<RetentionStartValue> AlternativeRetentionFrom { get; }

    /// <summary>How <see cref="Retention"/> and <see cref="AlternativeRetention"/> combine.</summary>
    public Sourced<RetentionCombinationValue> RetentionCombination { get; }

    /// <summary>The purposes as written: several are separated by semicolons (see <see cref="AnnotationReader.SplitList"/>).</summary>
    public Sourced<string?> Purpose { get; }

    public Sourced<DataSourceValue> Source { get; }

    /// <summary>The legitimate interest pursued (Art. 13(1)(d)), for a member on Art. 6(1)(f), or unstated.</summary>
    public Sourced<string?> LegitimateInterest { get; }

    /// <summary>The [DataSubject] name of the containing type (or a base type), or null.</summary>
    public string? DataSubject { get; }

    /// <summary>Recipients declared on the member, its type and the assembly that receive this member's category.</summary>
    public ImmutableArray<RecipientInfo> Recipients { get; }
}
