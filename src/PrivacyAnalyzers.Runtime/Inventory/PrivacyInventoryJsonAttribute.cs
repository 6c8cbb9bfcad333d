using System;

namespace PrivacyAnalyzers.Inventory;

/// <summary>
/// Carries an assembly's inventory as JSON (schema in <c>docs/inventory-schema.md</c>). The source generator adds it
/// to every assembly that holds annotated personal data; the build task and the <c>privacy</c> tool read it from the
/// compiled assembly's metadata without loading the assembly. Not meant to be written by hand.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PrivacyInventoryJsonAttribute : Attribute
{
    /// <summary>Attaches the inventory JSON.</summary>
    public PrivacyInventoryJsonAttribute(string json)
    {
        Json = json;
    }

    /// <summary>The inventory JSON document.</summary>
    public string Json { get; }
}
