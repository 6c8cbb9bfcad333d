namespace PrivacyAnalyzers;

/// <summary>What role a recipient of personal data plays (GDPR Art. 4(9), 4(8), 4(10), 26).</summary>
public enum RecipientKind
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,

    /// <summary>A processor acting on the controller's behalf (hosting, e-mail delivery, analytics under contract).</summary>
    Processor = 1,

    /// <summary>A joint controller (Art. 26), deciding purposes and means together with us.</summary>
    JointController = 2,

    /// <summary>An independent controller or other third party (a payment provider, a courier, a partner).</summary>
    ThirdParty = 3,

    /// <summary>A public authority receiving data under a legal obligation (tax authority, police on request).</summary>
    PublicAuthority = 4,
}
