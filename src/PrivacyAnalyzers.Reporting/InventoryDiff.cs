using System.Collections.Generic;
using System.Linq;
using System;
using PrivacyAnalyzers.Durations;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>How a change affects the processing of personal data.</summary>
public enum ChangeKind
{
    /// <summary>A member holding personal data is new.</summary>
    Added = 0,

    /// <summary>The processing grew: new purpose, new recipient or third-country transfer, longer retention or a later/other start, another legal basis, category, data subject or Art. 9/10 condition.</summary>
    Widened = 1,

    /// <summary>A member holding personal data is gone.</summary>
    Removed = 2,

    /// <summary>The processing shrank: a purpose or recipient dropped, a shorter retention, a retention limit set where there was none.</summary>
    Narrowed = 3,

    /// <summary>A change of wording or metadata that neither widens nor narrows (description, retention note, source, member type, controller details).</summary>
    Changed = 4,
}

/// <summary>One difference between two inventories.</summary>
public sealed class InventoryChange
{
    internal InventoryChange(ChangeKind kind, string subject, string? field, string? oldValue, string? newValue, string summary)
    {
        Kind = kind;
        Subject = subject;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
        Summary = summary;
    }

    /// <summary>Whether it widens, narrows, adds, removes or only changes.</summary>
    public ChangeKind Kind { get; }

    /// <summary>The member (<c>Namespace.Type.Member</c>) or <c>controller</c>.</summary>
    public string Subject { get; }

    /// <summary>The inventory field that changed (<c>retention</c>, <c>purposes</c>, …), or null for an added/removed member.</summary>
    public string? Field { get; }

    /// <summary>The old value as the inventory writes it, or null.</summary>
    public string? OldValue { get; }

    /// <summary>The new value as the inventory writes it, or null.</summary>
    public string? NewValue { get; }

    /// <summary>The change in plain English, one line.</summary>
    public string Summary { get; }
}

/// <summary>
/// The differences in personal data between two inventories (two releases). Members are matched by type and member
/// name. <see cref="ExitCode"/> is 1 when anything was added or widened (legal review needed), 0 otherwise.
/// </summary>
public sealed class InventoryDiff
{
    private InventoryDiff(string oldName, string newName, IReadOnlyList<InventoryChange> changes)
    {
        OldName = oldName;
        NewName = newName;
        Changes = changes;
    }

    /// <summary>The old inventory's label: its file, or its assembly name(s).</summary>
    public string OldName { get; }

    /// <summary>The new inventory's label: its file, or its assembly name(s).</summary>
    public string NewName { get; }

    /// <summary>The changes, ordered by kind (added, widened, removed, narrowed, changed), then member, then field.</summary>
    public IReadOnlyList<InventoryChange> Changes { get; }

    /// <summary>Whether personal data was added or its processing widened.</summary>
    public bool NeedsReview => Changes.Any(c => c.Kind == ChangeKind.Added || c.Kind == ChangeKind.Widened);

    /// <summary>1 when personal data was added or its processing widened, 0 otherwise.</summary>
    public int ExitCode => NeedsReview ? 1 : 0;

    /// <summary>Compares two inventories; the labels (file names) default to their assembly names.</summary>
    public static InventoryDiff Compare(PrivacyInventory oldInventory, PrivacyInventory newInventory, string? oldLabel = null, string? newLabel = null)
    {
        var changes = new List<InventoryChange>();
        var oldByKey = Index(oldInventory);
        var newByKey = Index(newInventory);
        const ReportLanguage en = ReportLanguage.English;
        var jurisdiction = Jurisdictions.Of(newInventory.Controller);

        foreach (var pair in newByKey.Where(p => !oldByKey.ContainsKey(p.Key)))
        {
            changes.Add(new InventoryChange(ChangeKind.Added, pair.Key, null, null, null, Describe(pair.Value, newInventory)));
        }

        foreach (var pair in oldByKey.Where(p => !newByKey.ContainsKey(p.Key)))
        {
            changes.Add(new InventoryChange(ChangeKind.Removed, pair.Key, null, null, null, Describe(pair.Value, oldInventory)));
        }

        foreach (var pair in newByKey.Where(p => oldByKey.ContainsKey(p.Key)))
        {
            var o = oldByKey[pair.Key];
            var n = pair.Value;
            var key = pair.Key;
            void Field(ChangeKind kind, string field, string? oldValue, string? newValue, string summary) =>
                changes.Add(new InventoryChange(kind, key, field, oldValue, newValue, summary));

            if (o.Category != n.Category)
            {
                Field(ChangeKind.Widened, "category", o.Category, n.Category,
                    $"category: {LegalText.CategoryName(o.Category, oldInventory.DeclaredCategories, en)} → {LegalText.CategoryName(n.Category, newInventory.DeclaredCategories, en)}");
            }

            if (o.DataSubject != n.DataSubject)
            {
                Field(ChangeKind.Widened, "dataSubject", o.DataSubject, n.DataSubject, $"data subject: {o.DataSubject ?? "none"} → {n.DataSubject ?? "none"}");
            }

            if (o.LegalBasis != n.LegalBasis)
            {
                Field(ChangeKind.Widened, "legalBasis", o.LegalBasis.ToString(), n.LegalBasis.ToString(),
                    $"legal basis: {LegalText.BasisWithArticle(o.LegalBasis, en)} → {LegalText.BasisWithArticle(n.LegalBasis, en)}");
            }

            if (o.SpecialCategoryCondition != n.SpecialCategoryCondition)
            {
                Field(ChangeKind.Widened, "specialCategoryCondition", o.SpecialCategoryCondition.ToString(), n.SpecialCategoryCondition.ToString(),
                    $"Art. 9(2) condition: {LegalText.SpecialCondition(o.SpecialCategoryCondition, en) ?? "none"} → {LegalText.SpecialCondition(n.SpecialCategoryCondition, en) ?? "none"}");
            }

            if (o.CriminalDataCondition != n.CriminalDataCondition)
            {
                Field(ChangeKind.Widened, "criminalDataCondition", o.CriminalDataCondition.ToString(), n.CriminalDataCondition.ToString(),
                    $"Art. 10 condition: {LegalText.CriminalCondition(o.CriminalDataCondition, en) ?? "none"} → {LegalText.CriminalCondition(n.CriminalDataCondition, en) ?? "none"}");
            }

            RetentionChange(o, n, Field);
            AlternativeRetentionChange(o, n, Field);
            RetentionDetailChange(o, n, Field);
            RetainedUnderChange(o, n, Field);

            if (ErasureRank(o.Erasure) != ErasureRank(n.Erasure) || (o.Erasure != n.Erasure && ErasureRank(o.Erasure) == 3))
            {
                // What an erasure request keeps: more kept (Delete → Anonymise → Retain) is wider, less is narrower.
                var (oldRank, newRank) = (ErasureRank(o.Erasure), ErasureRank(n.Erasure));
                Field(newRank > oldRank ? ChangeKind.Widened : newRank < oldRank ? ChangeKind.Narrowed : ChangeKind.Changed, "erasure", o.Erasure.ToString(), n.Erasure.ToString(),
                    $"on an erasure request: {ErasureWords(o.Erasure)} → {ErasureWords(n.Erasure)}");
            }

            if (o.RetentionNote != n.RetentionNote)
            {
                Field(ChangeKind.Changed, "retentionNote", o.RetentionNote, n.RetentionNote, $"retention note: {Quote(o.RetentionNote)} → {Quote(n.RetentionNote)}");
            }

            var oldPurposes = new HashSet<string>(o.Purposes.Select(p => p.Trim()), StringComparer.Ordinal);
            var newPurposes = new HashSet<string>(n.Purposes.Select(p => p.Trim()), StringComparer.Ordinal);
            foreach (var purpose in newPurposes.Where(p => !oldPurposes.Contains(p)).OrderBy(p => p, StringComparer.Ordinal))
            {
                Field(ChangeKind.Widened, "purposes", null, purpose, $"new purpose: {Quote(purpose)}");
            }

            foreach (var purpose in oldPurposes.Where(p => !newPurposes.Contains(p)).OrderBy(p => p, StringComparer.Ordinal))
            {
                Field(ChangeKind.Narrowed, "purposes", purpose, null, $"purpose dropped: {Quote(purpose)}");
            }

            var oldRecipients = o.Recipients.GroupBy(RecipientKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var newRecipients = n.Recipients.GroupBy(RecipientKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var recipient in newRecipients.Where(r => !oldRecipients.ContainsKey(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                var transfer = Countries.IsThirdCountry(recipient.Value.Country, jurisdiction) ? (jurisdiction == Jurisdiction.UkGdpr ? " (new transfer outside the United Kingdom)" : " (new transfer outside the EEA)") : string.Empty;
                Field(ChangeKind.Widened, "recipients", null, recipient.Key, $"new recipient: {RecipientText(recipient.Value)}{transfer}");
            }

            foreach (var recipient in oldRecipients.Where(r => !newRecipients.ContainsKey(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                Field(ChangeKind.Narrowed, "recipients", recipient.Key, null, $"recipient dropped: {RecipientText(recipient.Value)}");
            }

            foreach (var recipient in newRecipients.Where(r => oldRecipients.ContainsKey(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                var before = oldRecipients[recipient.Key].TransferDetails;
                var after = recipient.Value.TransferDetails;
                if (!string.Equals(before, after, StringComparison.Ordinal))
                {
                    Field(ChangeKind.Changed, "recipients", before, after, $"transfer details of {recipient.Value.Name}: {Quote(before)} → {Quote(after)}");
                }
            }

            if (o.Source != n.Source)
            {
                Field(ChangeKind.Changed, "source", o.Source.ToString(), n.Source.ToString(), $"source: {LegalText.Source(o.Source, en)} → {LegalText.Source(n.Source, en)}");
            }

            if (o.Description != n.Description)
            {
                Field(ChangeKind.Changed, "description", o.Description, n.Description, $"description: {Quote(o.Description)} → {Quote(n.Description)}");
            }

            if (o.MemberType != n.MemberType)
            {
                Field(ChangeKind.Changed, "memberType", o.MemberType, n.MemberType, $"member type: {o.MemberType} → {n.MemberType}");
            }
        }

        var oc = oldInventory.Controller;
        var nc = newInventory.Controller;
        var oldController = ControllerText(oc);
        var newController = ControllerText(nc);
        if (oldController != newController)
        {
            changes.Add(new InventoryChange(ChangeKind.Changed, "controller", "controller", oldController, newController, $"controller details: {Quote(oldController)} → {Quote(newController)}"));
        }

        var ordered = changes
            .OrderBy(c => (int)c.Kind)
            .ThenBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.Field, StringComparer.Ordinal)
            .ThenBy(c => c.Summary, StringComparer.Ordinal)
            .ToList();
        return new InventoryDiff(oldLabel ?? oldInventory.Assembly, newLabel ?? newInventory.Assembly, ordered);
    }

    private static void RetentionChange(InventoryEntry o, InventoryEntry n, Action<ChangeKind, string, string?, string?, string> field)
    {
        const ReportLanguage en = ReportLanguage.English;
        var oldText = RetentionText.Describe(o.Retention, o.RetentionFrom, en, addressingTheSubject: false);
        var newText = RetentionText.Describe(n.Retention, n.RetentionFrom, en, addressingTheSubject: false);
        var oldValue = o.Retention + (o.RetentionFrom == RetentionStart.Unspecified ? string.Empty : " from " + o.RetentionFrom);
        var newValue = n.Retention + (n.RetentionFrom == RetentionStart.Unspecified ? string.Empty : " from " + n.RetentionFrom);

        if (o.RetentionFrom != n.RetentionFrom)
        {
            // Two start events cannot be ordered in general (the end of a contract may come before or after the last
            // activity): any change of start is reviewed as a widening.
            field(ChangeKind.Widened, "retention", oldValue, newValue, $"retention: {oldText} → {newText} (the period now starts at another event)");
            return;
        }

        var oldValid = Iso8601Duration.TryParse(o.Retention, out var oldDuration, out _);
        var newValid = Iso8601Duration.TryParse(n.Retention, out var newDuration, out _);
        if (oldValid && newValid)
        {
            var delta = newDuration.ApproximateDays - oldDuration.ApproximateDays;
            if (Math.Abs(delta) < 1e-6)
            {
                return;
            }

            field(delta > 0 ? ChangeKind.Widened : ChangeKind.Narrowed, "retention", oldValue, newValue,
                $"retention: {oldText} → {newText} ({(delta > 0 ? "longer" : "shorter")})");
            return;
        }

        if (o.Retention == n.Retention)
        {
            return;
        }

        if (o.Retention is null && newValid)
        {
            field(ChangeKind.Narrowed, "retention", oldValue, newValue, $"retention: {oldText} → {newText} (a limit is now set)");
        }
        else
        {
            field(ChangeKind.Widened, "retention", oldValue, newValue, $"retention: {oldText} → {newText} (no valid limit any more)");
        }
    }

    /// <summary>
    /// A change of the retention's bound or of the number of unanswered communications that ends it: "at most" instead of
    /// exactly, or fewer communications, is narrower; the reverse is wider; a count stated where there was none is a
    /// change of wording (the period was already "until the person stops responding").
    /// </summary>
    private static void RetentionDetailChange(InventoryEntry o, InventoryEntry n, Action<ChangeKind, string, string?, string?, string> field)
    {
        var oldBound = o.RetentionBound == RetentionBound.AtMost ? RetentionBound.AtMost : RetentionBound.Exactly;
        var newBound = n.RetentionBound == RetentionBound.AtMost ? RetentionBound.AtMost : RetentionBound.Exactly;
        if (oldBound != newBound)
        {
            field(newBound == RetentionBound.AtMost ? ChangeKind.Narrowed : ChangeKind.Widened, "retentionBound", oldBound.ToString(), newBound.ToString(),
                newBound == RetentionBound.AtMost ? "retention: now an upper bound (at most)" : "retention: no longer an upper bound (exactly the period stated)");
        }

        if (o.UnansweredCommunications != n.UnansweredCommunications)
        {
            var kind = o.UnansweredCommunications == 0 || n.UnansweredCommunications == 0
                ? ChangeKind.Changed
                : n.UnansweredCommunications > o.UnansweredCommunications ? ChangeKind.Widened : ChangeKind.Narrowed;
            static string Count(int count) => count == 0 ? "not stated" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            field(kind, "unansweredCommunications", o.UnansweredCommunications == 0 ? null : Count(o.UnansweredCommunications), n.UnansweredCommunications == 0 ? null : Count(n.UnansweredCommunications),
                $"unanswered communications that end the retention: {Count(o.UnansweredCommunications)} → {Count(n.UnansweredCommunications)}");
        }
    }

    /// <summary>
    /// A retention on another legal basis (<c>[RetainedUnder]</c>) added (wider: the data is kept for one more processing),
    /// removed (narrower), or with another period or purpose (reviewed as wider: two periods from different events
    /// cannot be ordered in general).
    /// </summary>
    private static void RetainedUnderChange(InventoryEntry o, InventoryEntry n, Action<ChangeKind, string, string?, string?, string> field)
    {
        const ReportLanguage en = ReportLanguage.English;
        static string Text(InventoryRetainedUnder r) =>
            $"{LegalText.BasisName(r.LegalBasis, en)}: {RetentionText.Describe(new RetentionPeriod(r.Retention, r.RetentionFrom, null, RetentionStart.Unspecified, RetentionCombination.Unspecified, null), en, addressingTheSubject: false)}"
            + (string.IsNullOrWhiteSpace(r.Purpose) ? string.Empty : $" for {Quote(r.Purpose)}");
        var before = o.RetainedUnder.GroupBy(r => r.LegalBasis).ToDictionary(g => g.Key, g => g.First());
        var after = n.RetainedUnder.GroupBy(r => r.LegalBasis).ToDictionary(g => g.Key, g => g.First());
        foreach (var pair in after.OrderBy(p => (int)p.Key))
        {
            if (!before.TryGetValue(pair.Key, out var old))
            {
                field(ChangeKind.Widened, "retainedUnder", null, Text(pair.Value), $"now also kept on another legal basis, {Text(pair.Value)}");
            }
            else if (Text(old) != Text(pair.Value) || old.RetentionNote != pair.Value.RetentionNote)
            {
                field(ChangeKind.Widened, "retainedUnder", Text(old), Text(pair.Value), $"retention on another legal basis: {Text(old)} → {Text(pair.Value)}");
            }
        }

        foreach (var pair in before.Where(p => !after.ContainsKey(p.Key)).OrderBy(p => (int)p.Key))
        {
            field(ChangeKind.Narrowed, "retainedUnder", Text(pair.Value), null, $"no longer kept on another legal basis, {Text(pair.Value)}");
        }
    }

    // Default is what a hand-written inventory may say; it reads as the generator's absent value, Delete.
    private static int ErasureRank(ErasureAction action) => action switch
    {
        ErasureAction.Anonymise => 2,
        ErasureAction.Retain or ErasureAction.RetainForLegalClaims => 3,
        _ => 1,
    };

    private static string ErasureWords(ErasureAction action) => action switch
    {
        ErasureAction.Anonymise => "anonymised",
        ErasureAction.Retain => "kept (legal obligation or public task, Art. 17(3)(b))",
        ErasureAction.RetainForLegalClaims => "kept for legal claims (Art. 17(3)(e))",
        _ => "deleted",
    };

    /// <summary>
    /// A change of the second end of the retention (<c>AlternativeRetention</c>, its start, how the two ends combine).
    /// Widened when the period can now last longer: a "whichever is later" end added, a "whichever is sooner" end removed,
    /// a later second end, another start event (two events cannot be ordered), or ends that combine in an undeclared way.
    /// </summary>
    private static void AlternativeRetentionChange(InventoryEntry o, InventoryEntry n, Action<ChangeKind, string, string?, string?, string> field)
    {
        if (o.AlternativeRetention == n.AlternativeRetention && o.AlternativeRetentionFrom == n.AlternativeRetentionFrom && o.RetentionCombination == n.RetentionCombination)
        {
            return;
        }

        const ReportLanguage en = ReportLanguage.English;
        var before = RetentionPeriod.Of(o).WithoutNote();
        var after = RetentionPeriod.Of(n).WithoutNote();
        var kind = Classify(before, after, out var why);
        field(kind, "alternativeRetention", AlternativeValue(before), AlternativeValue(after),
            $"retention: {RetentionText.Describe(before, en, addressingTheSubject: false)} → {RetentionText.Describe(after, en, addressingTheSubject: false)} ({why})");

        static string? AlternativeValue(RetentionPeriod p) =>
            p.HasAlternative ? $"{p.Alternative} from {p.AlternativeFrom}, {p.Combination}" : null;

        static ChangeKind Classify(RetentionPeriod o, RetentionPeriod n, out string why)
        {
            if (!o.HasAlternative)
            {
                why = n.Combination switch
                {
                    RetentionCombination.WhicheverIsSooner => "a second, sooner end is now stated",
                    RetentionCombination.WhicheverIsLater => "a second end can now extend the period",
                    _ => "a second end is now stated without saying which applies",
                };
                return n.Combination == RetentionCombination.WhicheverIsSooner ? ChangeKind.Narrowed : ChangeKind.Widened;
            }

            if (!n.HasAlternative)
            {
                why = o.Combination switch
                {
                    RetentionCombination.WhicheverIsLater => "the second end that could extend the period was removed",
                    RetentionCombination.WhicheverIsSooner => "the second end that could shorten the period was removed",
                    _ => "the second end was removed",
                };
                return o.Combination == RetentionCombination.WhicheverIsLater ? ChangeKind.Narrowed : ChangeKind.Widened;
            }

            if (o.Combination != n.Combination)
            {
                var narrower = o.Combination == RetentionCombination.WhicheverIsLater && n.Combination == RetentionCombination.WhicheverIsSooner;
                why = n.Combination switch
                {
                    RetentionCombination.WhicheverIsSooner => "now whichever is sooner",
                    RetentionCombination.WhicheverIsLater => "now whichever is later",
                    _ => "which end applies is no longer declared",
                };
                return narrower ? ChangeKind.Narrowed : ChangeKind.Widened;
            }

            if (o.AlternativeFrom != n.AlternativeFrom)
            {
                why = "the second end now starts at another event";
                return ChangeKind.Widened;
            }

            if (Iso8601Duration.TryParse(o.Alternative, out var oldDuration, out _) && Iso8601Duration.TryParse(n.Alternative, out var newDuration, out _))
            {
                var longer = newDuration.ApproximateDays > oldDuration.ApproximateDays;
                why = longer ? "the second end is later" : "the second end is sooner";
                return longer ? ChangeKind.Widened : ChangeKind.Narrowed;
            }

            why = "the second end is not a valid duration on one side";
            return ChangeKind.Widened;
        }
    }

    private static Dictionary<string, InventoryEntry> Index(PrivacyInventory inventory)
    {
        var index = new Dictionary<string, InventoryEntry>(StringComparer.Ordinal);
        foreach (var entry in inventory.Entries)
        {
            // A merged inventory could hold the same member twice (two assemblies with the same type): keep the first.
            var key = EntryKey.Of(entry);
            if (!index.ContainsKey(key))
            {
                index.Add(key, entry);
            }
        }

        return index;
    }

    private static string RecipientKey(InventoryRecipient r) =>
        $"{r.Name} [{r.Kind}, {r.Country ?? "country not declared"}, {r.Safeguard}]";

    private static string RecipientText(InventoryRecipient r)
    {
        const ReportLanguage en = ReportLanguage.English;
        var text = $"{r.Name}, {LegalText.RecipientKindName(r.Kind, en)}";
        if (r.Country is not null)
        {
            text += ", " + Countries.Name(r.Country, en);
        }

        var safeguard = LegalText.Safeguard(r.Safeguard, en);
        if (safeguard is not null)
        {
            text += ", safeguard: " + safeguard;
        }

        return text;
    }

    private static string Describe(InventoryEntry e, PrivacyInventory inventory)
    {
        const ReportLanguage en = ReportLanguage.English;
        var parts = new List<string>
        {
            LegalText.CategoryName(e.Category, inventory.DeclaredCategories, en),
            "data subject: " + (e.DataSubject ?? "none"),
            "legal basis: " + LegalText.BasisWithArticle(e.LegalBasis, en),
            "retention: " + RetentionText.Describe(RetentionPeriod.Of(e).WithoutNote(), en, addressingTheSubject: false),
        };
        if (e.Purposes.Count > 0)
        {
            parts.Add("purposes: " + string.Join("; ", e.Purposes));
        }

        if (e.Recipients.Count > 0)
        {
            parts.Add("recipients: " + string.Join("; ", e.Recipients.Select(RecipientText)));
        }

        return string.Join("; ", parts);
    }

    private static string? ControllerText(InventoryController? c) =>
        c is null
            ? null
            : string.Join(", ", new[] { c.Name, c.Address, c.Country, c.RegistrationNumber, c.TaxId, c.Email, c.Phone, c.Website, c.DpoName, c.DpoEmail, c.SupervisoryAuthority, c.AllRecipientsDeclared ? "all recipients declared" : null, c.SecurityMeasures, c.Representative, c.AutomatedDecisionMaking, c.NoAutomatedDecisionMaking ? "no automated decision-making" : null, c.ProvisionRequirement, c.Jurisdiction == Jurisdiction.Unspecified ? null : Jurisdictions.Name(c.Jurisdiction) }
                .Where(v => !string.IsNullOrWhiteSpace(v)));

    private static string Quote(string? text) => text is null ? "none" : "\"" + text + "\"";
}
