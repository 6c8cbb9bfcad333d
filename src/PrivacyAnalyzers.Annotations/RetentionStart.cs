namespace PrivacyAnalyzers;

/// <summary>
/// The event from which a retention period (<see cref="PersonalDataAttribute.Retention"/>) is counted.
/// </summary>
public enum RetentionStart
{
    /// <summary>Not stated here; inherited from the type or assembly defaults, and <see cref="Collection"/> when stated nowhere.</summary>
    Unspecified = 0,

    /// <summary>The moment the data was collected ("1 year after collection").</summary>
    Collection = 1,

    /// <summary>The data subject's last activity or engagement ("12 months after the last login").</summary>
    LastActivity = 2,

    /// <summary>The end of the contract with the data subject ("3 years after the end of the contract").</summary>
    EndOfContract = 3,

    /// <summary>The withdrawal of the data subject's consent.</summary>
    ConsentWithdrawal = 4,

    /// <summary>The closure of the data subject's account.</summary>
    AccountClosure = 5,

    /// <summary>
    /// The data subject's failure to respond to a run of consecutive communications ("after six unanswered
    /// communications"); state the number in <see cref="PersonalDataAttribute.UnansweredCommunications"/>.
    /// </summary>
    UnansweredCommunications = 6,

    /// <summary>
    /// The end of a retention period a law imposes on the controller (accounting, tax, archiving law): "as long as the
    /// law requires". Usually the start of an <see cref="PersonalDataAttribute.AlternativeRetention"/> of <c>"P0D"</c>
    /// combined <see cref="RetentionCombination.WhicheverIsLater"/>; name the law in <see cref="PersonalDataAttribute.RetentionNote"/>.
    /// </summary>
    StatutoryPeriodEnd = 7,
}
