using System;

namespace PrivacyAnalyzers.Inventory;

/// <summary>A category the project declares with <c>[assembly: PersonalDataCategory]</c>.</summary>
public sealed class InventoryCategory
{
    /// <summary>Creates a declared category.</summary>
    public InventoryCategory(string id, string? description, bool isSpecialCategory)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Description = description;
        IsSpecialCategory = isSpecialCategory;
    }

    /// <summary>The category id.</summary>
    public string Id { get; }

    /// <summary>A plain-language description, or null.</summary>
    public string? Description { get; }

    /// <summary>Whether it is special-category data (Art. 9).</summary>
    public bool IsSpecialCategory { get; }
}
