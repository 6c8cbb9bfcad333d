using System;

namespace PrivacyAnalyzers.Inventory;

/// <summary>
/// The same data kept on another legal basis, for its own period (<c>[RetainedUnder]</c>): "10 years after the end of the
/// contract, under a legal obligation (the accounting law)".
/// </summary>
public sealed class InventoryRetainedUnder
{
    /// <summary>Creates a retention on another legal basis.</summary>
    public InventoryRetainedUnder(LegalBasis legalBasis, string? retention, RetentionStart retentionFrom = RetentionStart.Unspecified, string? retentionNote = null, string? purpose = null)
    {
        LegalBasis = legalBasis;
        Retention = retention;
        RetentionFrom = retentionFrom;
        RetentionNote = retentionNote;
        Purpose = purpose;
    }

    /// <summary>The legal basis the data is kept on.</summary>
    public LegalBasis LegalBasis { get; }

    /// <summary>How long (ISO 8601 duration as written), or null.</summary>
    public string? Retention { get; }

    /// <summary>When the period starts.</summary>
    public RetentionStart RetentionFrom { get; }

    /// <summary>The note (the law's name), or null.</summary>
    public string? RetentionNote { get; }

    /// <summary>Why the data is kept on this basis, or null.</summary>
    public string? Purpose { get; }
}
