namespace PrivacyAnalyzers;

/// <summary>
/// Whether a retention period (<see cref="PersonalDataAttribute.Retention"/>) is the time the data is kept, or the most
/// it may be kept: a policy that says "for at most 3 years after the end of the contract" ("cel mult 3 ani") states an
/// upper bound, and the notice must not turn it into "3 years".
/// </summary>
public enum RetentionBound
{
    /// <summary>Not stated here; inherited from the type or assembly defaults, and <see cref="Exactly"/> when stated nowhere.</summary>
    Unspecified = 0,

    /// <summary>The data is kept for the period stated ("3 years after the end of the contract").</summary>
    Exactly = 1,

    /// <summary>The period is an upper bound: the data is kept for no longer than it ("for at most 3 years after the end of the contract").</summary>
    AtMost = 2,
}
