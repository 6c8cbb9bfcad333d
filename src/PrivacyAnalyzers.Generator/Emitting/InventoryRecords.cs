using System.Collections.Generic;
using PrivacyAnalyzers.Generator.Model;
using PrivacyAnalyzers.InventoryFormat;
using static PrivacyAnalyzers.InventoryFormat.InventorySchema;

namespace PrivacyAnalyzers.Generator.Emitting;

/// <summary>
/// The generator's inventory model as the shared format's record (src/Shared/InventoryText.cs), which writes it. A new
/// property is a line in the schema's field table there and a line here.
/// </summary>
internal static class InventoryRecords
{
    /// <summary>The compact JSON (schema version 2) the assembly carries.</summary>
    public static string CompactJson(InventoryModel inventory) => InventoryText.Compact(From(inventory));

    public static InventoryRecord From(InventoryModel inventory)
    {
        string?[]? controller = null;
        if (inventory.Assembly.Controller is { } c)
        {
            controller = new[] { c.Name, c.Address, c.Country, c.RegistrationNumber, c.TaxId, c.Email, c.Phone, c.Website, c.DpoName, c.DpoEmail, c.SupervisoryAuthority, InventorySchema.FlagValue(c.AllRecipientsDeclared), c.SecurityMeasures, c.Representative, c.AutomatedDecisionMaking, InventorySchema.FlagValue(c.NoAutomatedDecisionMaking), c.ProvisionRequirement, c.Jurisdiction };
        }

        var subjects = new List<string?[]>(inventory.Subjects.Length);
        foreach (var subject in inventory.Subjects)
        {
            subjects.Add(new[] { subject.Name, subject.Type, subject.Description, subject.ProcessedOnBehalfOf, subject.ObtainedFrom });
        }

        var categories = new List<CategoryRecord>(inventory.Assembly.DeclaredCategories.Length);
        foreach (var category in inventory.Assembly.DeclaredCategories)
        {
            categories.Add(new CategoryRecord(category.Id, category.Description, category.IsSpecialCategory));
        }

        var entries = new List<EntryRecord>(inventory.Entries.Length);
        foreach (var entry in inventory.Entries)
        {
            var values = NewValues(Entry);
            values[EntryType] = entry.Type;
            values[EntryMember] = entry.Member;
            values[EntryMemberType] = entry.MemberType;
            values[EntryDataSubject] = entry.DataSubject;
            values[EntryCategory] = entry.Category;
            values[EntryLegalBasis] = entry.LegalBasis;
            values[EntryRetention] = entry.Retention;
            values[EntryRetentionFrom] = entry.RetentionFrom;
            values[EntryRetentionNote] = entry.RetentionNote;
            values[EntryAlternativeRetention] = entry.AlternativeRetention;
            values[EntryAlternativeRetentionFrom] = entry.AlternativeRetentionFrom;
            values[EntryRetentionCombination] = entry.RetentionCombination;
            values[EntrySource] = entry.Source;
            values[EntryDescription] = entry.Description;
            values[EntrySpecialCategoryCondition] = entry.SpecialCategoryCondition;
            values[EntryCriminalDataCondition] = entry.CriminalDataCondition;
            values[EntryOrigin] = entry.Origin;
            values[EntryErasure] = entry.Erasure;
            values[EntryLegitimateInterest] = entry.LegitimateInterest;
            values[EntryRetentionBound] = entry.RetentionBound;
            values[EntryUnansweredCommunications] = InventorySchema.CountValue(entry.UnansweredCommunications);

            var recipients = new List<string?[]>(entry.Recipients.Length);
            foreach (var r in entry.Recipients)
            {
                recipients.Add(new[] { r.Name, r.Kind, r.Country, r.Safeguard, r.Purpose, r.TransferDetails, r.Note });
            }

            var purposes = new List<string>(entry.Purposes.Length);
            foreach (var purpose in entry.Purposes)
            {
                purposes.Add(purpose);
            }

            var retainedUnder = new List<string?[]>(entry.RetainedUnder.Length);
            foreach (var r in entry.RetainedUnder)
            {
                retainedUnder.Add(new[] { r.LegalBasis, r.Retention, r.RetentionFrom, r.RetentionNote, r.Purpose });
            }

            entries.Add(new EntryRecord(values, purposes, recipients, retainedUnder));
        }

        return new InventoryRecord(inventory.Assembly.AssemblyName, controller, subjects, categories, entries);
    }
}
