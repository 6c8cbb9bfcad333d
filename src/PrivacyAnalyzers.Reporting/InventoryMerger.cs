using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// Merges the inventories of several assemblies (a solution) into one, independent of the order they are given in:
/// inventories are taken in ordinal order of assembly name; the assembly names are joined by "; "; the controller is
/// the first declared one (a different controller in another assembly is reported in <see cref="MergeResult.Warnings"/>);
/// subjects and declared categories are unioned; entries are ordered by type then member, and an entry that two
/// inputs hold identically (the same assembly given twice) appears once.
/// </summary>
public static class InventoryMerger
{
    /// <summary>Merges the inventories.</summary>
    public static MergeResult Merge(IEnumerable<PrivacyInventory> inventories)
    {
        var ordered = inventories
            .OrderBy(i => i.Assembly, StringComparer.Ordinal)
            .ThenBy(i => InventoryJson.ToJson(i), StringComparer.Ordinal)
            .ToList();
        if (ordered.Count == 0)
        {
            throw new ArgumentException("At least one inventory is needed.", nameof(inventories));
        }

        if (ordered.Count == 1)
        {
            return new MergeResult(ordered[0], Array.Empty<string>());
        }

        var warnings = new List<string>();
        InventoryController? controller = null;
        string? controllerFrom = null;
        foreach (var inventory in ordered.Where(i => i.Controller is not null))
        {
            if (controller is null)
            {
                controller = inventory.Controller;
                controllerFrom = inventory.Assembly;
            }
            else if (!SameController(controller, inventory.Controller!))
            {
                warnings.Add($"{inventory.Assembly} declares the controller '{inventory.Controller!.Name}', which differs from '{controller.Name}' declared by {controllerFrom}; the merged inventory uses the latter.");
            }
        }

        var subjects = ordered.SelectMany(i => i.Subjects)
            .GroupBy(s => (s.Name, s.Type))
            .Select(g => g.First())
            .OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Type, StringComparer.Ordinal)
            .ToList();
        var categories = ordered.SelectMany(i => i.DeclaredCategories)
            .GroupBy(c => c.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();

        var entries = new List<InventoryEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in ordered.SelectMany(i => i.Entries).OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Member, StringComparer.Ordinal))
        {
            if (seen.Add(EntryKey.Fingerprint(entry)))
            {
                entries.Add(entry);
            }
        }

        var assemblies = string.Join("; ", ordered.Select(i => i.Assembly).Distinct(StringComparer.Ordinal));
        return new MergeResult(new PrivacyInventory(assemblies, controller, subjects, categories, entries), warnings);
    }

    private static bool SameController(InventoryController a, InventoryController b) =>
        a.Name == b.Name && a.Address == b.Address && a.Country == b.Country && a.RegistrationNumber == b.RegistrationNumber
        && a.TaxId == b.TaxId && a.Email == b.Email && a.Phone == b.Phone && a.Website == b.Website && a.DpoName == b.DpoName
        && a.DpoEmail == b.DpoEmail && a.SupervisoryAuthority == b.SupervisoryAuthority
        && a.AllRecipientsDeclared == b.AllRecipientsDeclared && a.SecurityMeasures == b.SecurityMeasures && a.Representative == b.Representative
        && a.AutomatedDecisionMaking == b.AutomatedDecisionMaking && a.NoAutomatedDecisionMaking == b.NoAutomatedDecisionMaking
        && a.ProvisionRequirement == b.ProvisionRequirement;
}

/// <summary>The merged inventory and what the merge had to decide.</summary>
public sealed class MergeResult
{
    internal MergeResult(PrivacyInventory inventory, IReadOnlyList<string> warnings)
    {
        Inventory = inventory;
        Warnings = warnings;
    }

    /// <summary>The merged inventory.</summary>
    public PrivacyInventory Inventory { get; }

    /// <summary>Conflicts the merge resolved (different controllers), one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
