using System;

namespace PrivacyAnalyzers.Inventory;

/// <summary>A kind of data subject: a <c>[DataSubject]</c> type.</summary>
public sealed class InventorySubject
{
    /// <summary>Creates a subject.</summary>
    public InventorySubject(string name, string type, string? description)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Description = description;
    }

    /// <summary>The data subject's kind ("Customer").</summary>
    public string Name { get; }

    /// <summary>The type's full name.</summary>
    public string Type { get; }

    /// <summary>A plain-language description, or null.</summary>
    public string? Description { get; }
}
