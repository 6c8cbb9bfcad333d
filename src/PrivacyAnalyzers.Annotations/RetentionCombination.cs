namespace PrivacyAnalyzers;

/// <summary>
/// How a retention period (<see cref="PersonalDataAttribute.Retention"/> from
/// <see cref="PersonalDataAttribute.RetentionFrom"/>) combines with an alternative one
/// (<see cref="PersonalDataAttribute.AlternativeRetention"/> from <see cref="PersonalDataAttribute.AlternativeRetentionFrom"/>),
/// for policies that state two ends: "12 months after the last engagement or after six unanswered communications,
/// whichever is sooner".
/// </summary>
public enum RetentionCombination
{
    /// <summary>Not stated here; inherited from the type or assembly defaults. With an alternative retention stated nowhere else, <see cref="WhicheverIsSooner"/>.</summary>
    Unspecified = 0,

    /// <summary>The data is erased when the first of the two periods ends ("whichever is sooner").</summary>
    WhicheverIsSooner = 1,

    /// <summary>The data is kept until both periods have ended ("whichever is later"; "or as long as the law requires").</summary>
    WhicheverIsLater = 2,
}
