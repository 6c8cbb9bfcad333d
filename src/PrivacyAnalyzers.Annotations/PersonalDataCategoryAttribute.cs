using System;

namespace PrivacyAnalyzers;

/// <summary>
/// Declares a project-specific category id next to the built-in taxonomy, so that
/// <c>[PersonalData(Category = "Loyalty.Points")]</c> is not reported as an unknown category (PRIV014).
/// </summary>
/// <example><code>[assembly: PersonalDataCategory("Loyalty.Points", Description = "Loyalty programme points and tier")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PersonalDataCategoryAttribute : Attribute
{
    /// <summary>Declares the category.</summary>
    /// <param name="id">The category id, dot-separated like the built-in ones.</param>
    public PersonalDataCategoryAttribute(string id)
    {
        Id = id;
    }

    /// <summary>The category id.</summary>
    public string Id { get; }

    /// <summary>A plain-language description for the policy.</summary>
    public string? Description { get; set; }

    /// <summary>Whether the category is special-category data (Art. 9) and therefore needs a condition.</summary>
    public bool IsSpecialCategory { get; set; }
}
