using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// The controller/processor split of an inventory (Art. 28 GDPR). A kind of data subject whose <c>[DataSubject]</c>
/// says <c>ProcessedOnBehalfOf</c> is processed for another controller: its data stays out of the project's notice
/// (Art. 13/14) and Art. 30(1) record, and goes to the processor's record of Art. 30(2). The role is decided per kind
/// of data subject: when any <c>[DataSubject]</c> of that name declares it, all its data is processed on that behalf.
/// </summary>
internal static class ProcessorRole
{
    /// <summary>The controller on whose behalf a kind of data subject's data is processed, or null when the project is its controller.</summary>
    public static string? OnBehalfOf(PrivacyInventory inventory, string? subject) =>
        subject is null
            ? null
            : inventory.Subjects.FirstOrDefault(s => s.Name == subject && !string.IsNullOrWhiteSpace(s.ProcessedOnBehalfOf))?.ProcessedOnBehalfOf!.Trim();

    /// <summary>Whether any data in the inventory is processed on behalf of another controller.</summary>
    public static bool HasProcessorData(PrivacyInventory inventory) =>
        inventory.Subjects.Any(s => !string.IsNullOrWhiteSpace(s.ProcessedOnBehalfOf)) && inventory.Entries.Any(e => OnBehalfOf(inventory, e.DataSubject) is not null);

    /// <summary>The inventory of what the project processes as controller: the entries of processor subjects removed.</summary>
    public static PrivacyInventory AsController(PrivacyInventory inventory) => Filter(inventory, processor: false);

    /// <summary>The inventory of what the project processes on behalf of other controllers.</summary>
    public static PrivacyInventory AsProcessor(PrivacyInventory inventory) => Filter(inventory, processor: true);

    private static PrivacyInventory Filter(PrivacyInventory inventory, bool processor)
    {
        if (!inventory.Subjects.Any(s => !string.IsNullOrWhiteSpace(s.ProcessedOnBehalfOf)))
        {
            return processor ? new PrivacyInventory(inventory.Assembly, inventory.Controller, Array.Empty<InventorySubject>(), inventory.DeclaredCategories, Array.Empty<InventoryEntry>(), inventory.SchemaVersion) : inventory;
        }

        var roles = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool IsProcessor(string? subject)
        {
            if (subject is null)
            {
                return false;
            }

            if (!roles.TryGetValue(subject, out var value))
            {
                roles.Add(subject, value = OnBehalfOf(inventory, subject) is not null);
            }

            return value;
        }

        return new PrivacyInventory(
            inventory.Assembly,
            inventory.Controller,
            inventory.Subjects.Where(s => IsProcessor(s.Name) == processor).ToList(),
            inventory.DeclaredCategories,
            inventory.Entries.Where(e => IsProcessor(e.DataSubject) == processor).ToList(),
            inventory.SchemaVersion);
    }
}
