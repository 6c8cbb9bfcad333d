using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// A processing activity as the Art. 30 record and the policy present it: the personal data of one kind of data
/// subject processed for one purpose on one legal basis. An entry with several purposes takes part in several
/// activities; an entry without a purpose forms an activity with an empty purpose (shown as "purpose not stated").
/// </summary>
public sealed class ProcessingActivity
{
    internal ProcessingActivity(string? dataSubject, string purpose, LegalBasis legalBasis, IReadOnlyList<InventoryEntry> entries)
    {
        DataSubject = dataSubject;
        Purpose = purpose;
        LegalBasis = legalBasis;
        Entries = entries;
    }

    /// <summary>The data subject's kind, or null for entries of types without <c>[DataSubject]</c>.</summary>
    public string? DataSubject { get; }

    /// <summary>The purpose; empty when the entries state none.</summary>
    public string Purpose { get; }

    /// <summary>The legal basis.</summary>
    public LegalBasis LegalBasis { get; }

    /// <summary>The entries processed, in inventory order.</summary>
    public IReadOnlyList<InventoryEntry> Entries { get; }

    /// <summary>
    /// The activities of an inventory, ordered by data subject (as <see cref="DataSubjects"/> orders them), purpose
    /// (ordinal, unstated last), then legal basis.
    /// </summary>
    public static IReadOnlyList<ProcessingActivity> Of(PrivacyInventory inventory)
    {
        var groups = new Dictionary<(string?, string, LegalBasis), List<InventoryEntry>>();
        var order = new List<(string?, string, LegalBasis)>();
        foreach (var entry in WithRetainedUnder(inventory.Entries))
        {
            var purposes = entry.Purposes.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (purposes.Count == 0)
            {
                purposes.Add(string.Empty);
            }

            foreach (var purpose in purposes)
            {
                var key = (entry.DataSubject, purpose, entry.LegalBasis);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups.Add(key, list = new List<InventoryEntry>());
                    order.Add(key);
                }

                list.Add(entry);
            }
        }

        var subjects = DataSubjects(inventory);
        return order
            .OrderBy(k => subjects.IndexOf(k.Item1))
            .ThenBy(k => k.Item2.Length == 0 ? 1 : 0)
            .ThenBy(k => k.Item2, StringComparer.Ordinal)
            .ThenBy(k => (int)k.Item3)
            .Select(k => new ProcessingActivity(k.Item1, k.Item2, k.Item3, groups[k]))
            .ToList();
    }

    /// <summary>
    /// The entries, each followed by one entry per retention of it on another legal basis (<c>[RetainedUnder]</c>): the same
    /// member on that basis, for that purpose (none stated: "To complete"), with that retention. So the notice and the
    /// record state the processing the law requires, with its period, next to the processing for the contract.
    /// </summary>
    public static IEnumerable<InventoryEntry> WithRetainedUnder(IEnumerable<InventoryEntry> entries)
    {
        foreach (var entry in entries)
        {
            yield return entry;
            foreach (var retained in entry.RetainedUnder)
            {
                yield return AsRetainedUnder(entry, retained);
            }
        }
    }

    /// <summary>The entry as processed on the basis of <paramref name="retained"/>, with its retention and purpose.</summary>
    internal static InventoryEntry AsRetainedUnder(InventoryEntry entry, InventoryRetainedUnder retained) => new(
        entry.Type,
        entry.Member,
        entry.MemberType,
        entry.DataSubject,
        entry.Category,
        retained.LegalBasis,
        retained.Retention,
        retained.RetentionFrom,
        retained.RetentionNote,
        string.IsNullOrWhiteSpace(retained.Purpose) ? Array.Empty<string>() : new[] { retained.Purpose!.Trim() },
        entry.Source,
        entry.Description,
        entry.SpecialCategoryCondition,
        entry.CriminalDataCondition,
        entry.Recipients,
        entry.Origin,
        erasure: entry.Erasure);

    /// <summary>
    /// The activities as a document in <paramref name="language"/> lists them: by data subject (as
    /// <see cref="DataSubjects"/> orders them), stated purposes before an unstated one, purposes alphabetically as the
    /// reader sees them (<paramref name="display"/>: translated, capitalised) in the language's order
    /// (<see cref="TextOrder"/>), then by the purpose as written and the legal basis, so that the order is total.
    /// </summary>
    internal static IReadOnlyList<ProcessingActivity> InReadingOrder(PrivacyInventory inventory, ReportLanguage language, Func<string, string> display)
    {
        var subjects = DataSubjects(inventory);
        var order = TextOrder.For(language);
        return Of(inventory)
            .Select(a => (Activity: a, Shown: a.Purpose.Length == 0 ? string.Empty : display(a.Purpose)))
            .OrderBy(x => subjects.IndexOf(x.Activity.DataSubject))
            .ThenBy(x => x.Activity.Purpose.Length == 0 ? 1 : 0)
            .ThenBy(x => x.Shown, order)
            .ThenBy(x => x.Activity.Purpose, StringComparer.Ordinal)
            .ThenBy(x => (int)x.Activity.LegalBasis)
            .Select(x => x.Activity)
            .ToList();
    }

    /// <summary>A purpose as a document shows it: translated by <paramref name="translate"/>, without a final full stop, with a capital letter.</summary>
    internal static string Display(string purpose, Func<string, string> translate) =>
        PrivacyPolicyBuilder.Capitalize(translate(purpose).Trim().TrimEnd('.'));

    /// <summary>
    /// The kinds of data subject that have entries: those the inventory lists (in its order), then any other named
    /// subject (ordinal), then null (entries of types without <c>[DataSubject]</c>) last.
    /// </summary>
    public static List<string?> DataSubjects(PrivacyInventory inventory)
    {
        var used = new HashSet<string?>(inventory.Entries.Select(e => e.DataSubject));
        var result = new List<string?>();
        foreach (var subject in inventory.Subjects)
        {
            if (used.Contains(subject.Name) && !result.Contains(subject.Name))
            {
                result.Add(subject.Name);
            }
        }

        foreach (var name in used.Where(n => n is not null && !result.Contains(n)).OrderBy(n => n, StringComparer.Ordinal))
        {
            result.Add(name);
        }

        if (used.Contains(null))
        {
            result.Add(null);
        }

        return result;
    }
}
