using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Inventory;

/// <summary>
/// The personal data one assembly holds, as its annotations declare it: the input of the privacy policy, the Art. 30
/// record of processing and <c>privacy diff</c>. Generated at compile time; serialised by <see cref="InventoryJson"/> in the
/// versioned schema of <c>docs/inventory-schema.md</c>. Entries are ordered by type name, then member name (ordinal).
/// </summary>
public sealed class PrivacyInventory
{
    /// <summary>
    /// The newest schema version this library reads: 2, the compact form the generator stores in assemblies. It reads
    /// version 1 too, and writes the readable form (inventory.json) in version 1, whose layout version 2 did not change.
    /// </summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>Creates an inventory.</summary>
    public PrivacyInventory(
        string assembly,
        InventoryController? controller,
        IReadOnlyList<InventorySubject> subjects,
        IReadOnlyList<InventoryCategory> declaredCategories,
        IReadOnlyList<InventoryEntry> entries,
        int schemaVersion = CurrentSchemaVersion)
    {
        Assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        Controller = controller;
        Subjects = subjects ?? throw new ArgumentNullException(nameof(subjects));
        DeclaredCategories = declaredCategories ?? throw new ArgumentNullException(nameof(declaredCategories));
        Entries = entries ?? throw new ArgumentNullException(nameof(entries));
        SchemaVersion = schemaVersion;
    }

    /// <summary>The schema version of the text this inventory was read from (1 readable, 2 compact).</summary>
    public int SchemaVersion { get; }

    /// <summary>The name of the assembly the inventory describes (several for a merged inventory, joined by "; ").</summary>
    public string Assembly { get; }

    /// <summary>The controller, from <c>[assembly: DataController]</c>, or null when not declared.</summary>
    public InventoryController? Controller { get; }

    /// <summary>The kinds of data subject (<c>[DataSubject]</c> types), ordered by name then type.</summary>
    public IReadOnlyList<InventorySubject> Subjects { get; }

    /// <summary>Categories the project declares with <c>[assembly: PersonalDataCategory]</c>.</summary>
    public IReadOnlyList<InventoryCategory> DeclaredCategories { get; }

    /// <summary>Every annotated member.</summary>
    public IReadOnlyList<InventoryEntry> Entries { get; }
}
