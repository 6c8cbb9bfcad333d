using System.Linq;
using System.Text;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>Identity and content fingerprint of an inventory entry.</summary>
internal static class EntryKey
{
    /// <summary>The member's identity across releases: <c>Namespace.Type.Member</c>.</summary>
    public static string Of(InventoryEntry entry) => entry.Type + "." + entry.Member;

    /// <summary>Every field of the entry, to recognise the same entry given twice.</summary>
    public static string Fingerprint(InventoryEntry e)
    {
        var builder = new StringBuilder();
        void Add(object? value) => builder.Append(value?.ToString() ?? "\u0000").Append('\u0001');
        Add(e.Type);
        Add(e.Member);
        Add(e.MemberType);
        Add(e.DataSubject);
        Add(e.Category);
        Add(e.LegalBasis);
        Add(e.Retention);
        Add(e.RetentionFrom);
        Add(e.RetentionNote);
        Add(string.Join("\u0002", e.Purposes));
        Add(e.Source);
        Add(e.Description);
        Add(e.SpecialCategoryCondition);
        Add(e.CriminalDataCondition);
        Add(string.Join("\u0002", e.Recipients.Select(r => $"{r.Name}\u0003{r.Kind}\u0003{r.Country}\u0003{r.Safeguard}\u0003{r.Purpose}")));
        Add(e.Origin);
        Add(e.LegitimateInterest);
        return builder.ToString();
    }
}
