namespace PrivacyAnalyzers;

/// <summary>The ground for a transfer of personal data outside the EEA, GDPR Chapter V (Art. 45–49).</summary>
public enum TransferSafeguard
{
    /// <summary>Not stated. For a recipient inside the EEA none is needed.</summary>
    Unspecified = 0,

    /// <summary>Art. 45: the Commission decided the country ensures an adequate level of protection.</summary>
    AdequacyDecision = 1,

    /// <summary>Art. 46(2)(c): standard data-protection clauses adopted by the Commission.</summary>
    StandardContractualClauses = 2,

    /// <summary>Art. 47: binding corporate rules.</summary>
    BindingCorporateRules = 3,

    /// <summary>Art. 49: a derogation for a specific situation, such as the data subject's explicit consent.</summary>
    Derogation = 4,
}
