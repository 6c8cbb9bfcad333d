using System;

namespace PrivacyAnalyzers.Inventory;

/// <summary>A recipient of personal data, from <c>[Recipient]</c>.</summary>
public sealed class InventoryRecipient
{
    /// <summary>Creates a recipient.</summary>
    public InventoryRecipient(string name, RecipientKind kind, string? country, TransferSafeguard safeguard, string? purpose, string? transferDetails = null, string? note = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Kind = kind;
        Country = country;
        Safeguard = safeguard;
        Purpose = purpose;
        TransferDetails = transferDetails;
        Note = note;
    }

    /// <summary>The recipient's name.</summary>
    public string Name { get; }

    /// <summary>The recipient's role.</summary>
    public RecipientKind Kind { get; }

    /// <summary>ISO 3166-1 alpha-2 country where the recipient processes the data, or null.</summary>
    public string? Country { get; }

    /// <summary>The Chapter V ground of a transfer outside the EEA.</summary>
    public TransferSafeguard Safeguard { get; }

    /// <summary>The transfer's details as the policy states them (instrument relied on, where a copy is available), or null.</summary>
    public string? TransferDetails { get; }

    /// <summary>A note for the reviewer: written in the record of processing, never in the public notice; or null.</summary>
    public string? Note { get; }

    /// <summary>Why the recipient receives the data, or null.</summary>
    public string? Purpose { get; }
}
