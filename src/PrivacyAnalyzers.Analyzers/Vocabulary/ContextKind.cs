namespace PrivacyAnalyzers.Vocabulary;

/// <summary>What the containing type says about its members.</summary>
internal enum ContextKind
{
    /// <summary>Nothing either way (<c>Order</c>, <c>Invoice</c>, <c>LogEntry</c>).</summary>
    Neutral,

    /// <summary>About a person: [DataSubject], or named <c>Customer</c>, <c>Client</c>, <c>Angajat</c>, <c>Kunde</c>, an address type…</summary>
    Subject,

    /// <summary>Not about a person: <c>Product</c>, <c>Company</c>, <c>EmailTemplate</c>, <c>SmtpSettings</c>, <c>Options</c>…</summary>
    NonSubject,

    /// <summary>Infrastructure: settings, options, configuration, clients of protocols (<c>SmtpSettings</c>, <c>AppConfiguration</c>).
    /// Its values are configured, not collected from people: even <c>AdminEmail</c> there is not reported.</summary>
    Infrastructure,
}
