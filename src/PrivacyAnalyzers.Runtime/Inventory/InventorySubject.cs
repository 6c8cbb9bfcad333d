using System;

namespace PrivacyAnalyzers.Inventory;

/// <summary>A kind of data subject: a <c>[DataSubject]</c> type.</summary>
public sealed class InventorySubject
{
    /// <summary>Creates a subject.</summary>
    public InventorySubject(string name, string type, string? description, string? processedOnBehalfOf = null, string? obtainedFrom = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Description = description;
        ProcessedOnBehalfOf = processedOnBehalfOf;
        ObtainedFrom = obtainedFrom;
    }

    /// <summary>The data subject's kind ("Customer").</summary>
    public string Name { get; }

    /// <summary>The type's full name.</summary>
    public string Type { get; }

    /// <summary>A plain-language description, or null.</summary>
    public string? Description { get; }

    /// <summary>
    /// The controller on whose behalf this subject's data is processed, when the project acts as its processor
    /// (Art. 28 GDPR; <c>[DataSubject(ProcessedOnBehalfOf)]</c>), or null when the project is the controller.
    /// </summary>
    public string? ProcessedOnBehalfOf { get; }

    /// <summary>Where data not collected from the person comes from (Art. 14(2)(f); <c>[DataSubject(ObtainedFrom)]</c>), or null.</summary>
    public string? ObtainedFrom { get; }
}
