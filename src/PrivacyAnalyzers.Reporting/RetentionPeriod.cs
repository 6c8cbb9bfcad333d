using System;
using PrivacyAnalyzers.Durations;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// Everything an entry says about how long it is kept: the retention and its start, the alternative retention and its
/// start, how the two combine, and the free-text note. Entries with equal periods are described together.
/// </summary>
public readonly struct RetentionPeriod : IEquatable<RetentionPeriod>
{
    /// <summary>Creates a period from its parts (the inventory entry's fields).</summary>
    public RetentionPeriod(string? retention, RetentionStart from, string? alternative, RetentionStart alternativeFrom, RetentionCombination combination, string? note)
        : this(retention, from, alternative, alternativeFrom, combination, note, RetentionBound.Unspecified, 0)
    {
    }

    /// <summary>Creates a period from its parts, with the bound of the retention and the number of unanswered communications.</summary>
    public RetentionPeriod(string? retention, RetentionStart from, string? alternative, RetentionStart alternativeFrom, RetentionCombination combination, string? note, RetentionBound bound, int unansweredCommunications)
    {
        // Unspecified reads as exact: both say the same, and are described together.
        Bound = bound == RetentionBound.AtMost ? RetentionBound.AtMost : RetentionBound.Exactly;
        UnansweredCommunications = unansweredCommunications > 0 ? unansweredCommunications : 0;
        Retention = retention;
        From = from;
        Alternative = alternative;
        AlternativeFrom = alternativeFrom;
        Combination = combination;
        Note = string.IsNullOrWhiteSpace(note) ? null : note!.Trim();
    }

    /// <summary>The ISO 8601 retention, or null.</summary>
    public string? Retention { get; }

    /// <summary>The event the retention starts at.</summary>
    public RetentionStart From { get; }

    /// <summary>The ISO 8601 alternative retention, or null.</summary>
    public string? Alternative { get; }

    /// <summary>The event the alternative retention starts at.</summary>
    public RetentionStart AlternativeFrom { get; }

    /// <summary>How the two ends combine.</summary>
    public RetentionCombination Combination { get; }

    /// <summary>The trimmed retention note, or null.</summary>
    public string? Note { get; }

    /// <summary>Whether <see cref="Retention"/> is exact or an upper bound (<see cref="RetentionBound.AtMost"/>); never Unspecified.</summary>
    public RetentionBound Bound { get; }

    /// <summary>How many consecutive communications must go unanswered (for a start of UnansweredCommunications); 0 when not stated.</summary>
    public int UnansweredCommunications { get; }

    /// <summary>Whether a second end is stated (a duration, or a start for a zero-length one).</summary>
    public bool HasAlternative => Alternative is not null || AlternativeFrom != RetentionStart.Unspecified;

    /// <summary>The period of an inventory entry.</summary>
    public static RetentionPeriod Of(InventoryEntry entry) => new(
        entry.Retention,
        entry.RetentionFrom,
        entry.AlternativeRetention,
        entry.AlternativeRetentionFrom,
        entry.RetentionCombination,
        entry.RetentionNote,
        entry.RetentionBound,
        entry.UnansweredCommunications);

    /// <summary>The same period without its note (for texts that show the note elsewhere or not at all).</summary>
    public RetentionPeriod WithoutNote() => new(Retention, From, Alternative, AlternativeFrom, Combination, null, Bound, UnansweredCommunications);

    /// <summary>Orders periods shortest first, unstated last, then by start, texts and note (deterministic).</summary>
    public static int Compare(RetentionPeriod a, RetentionPeriod b)
    {
        var result = (a.Retention is null).CompareTo(b.Retention is null);
        if (result == 0) result = a.SortDays.CompareTo(b.SortDays);
        if (result == 0) result = ((int)a.From).CompareTo((int)b.From);
        if (result == 0) result = string.CompareOrdinal(a.Retention, b.Retention);
        if (result == 0) result = string.CompareOrdinal(a.Alternative, b.Alternative);
        if (result == 0) result = ((int)a.AlternativeFrom).CompareTo((int)b.AlternativeFrom);
        if (result == 0) result = ((int)a.Combination).CompareTo((int)b.Combination);
        if (result == 0) result = string.CompareOrdinal(a.Note, b.Note);
        if (result == 0) result = ((int)a.Bound).CompareTo((int)b.Bound);
        if (result == 0) result = a.UnansweredCommunications.CompareTo(b.UnansweredCommunications);
        return result;
    }

    /// <inheritdoc/>
    public bool Equals(RetentionPeriod other) =>
        string.Equals(Retention, other.Retention, StringComparison.Ordinal)
        && From == other.From
        && string.Equals(Alternative, other.Alternative, StringComparison.Ordinal)
        && AlternativeFrom == other.AlternativeFrom
        && Combination == other.Combination
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && Bound == other.Bound
        && UnansweredCommunications == other.UnansweredCommunications;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RetentionPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Retention is null ? 0 : StringComparer.Ordinal.GetHashCode(Retention);
            hash = (hash * 31) + (int)From;
            hash = (hash * 31) + (Alternative is null ? 0 : StringComparer.Ordinal.GetHashCode(Alternative));
            hash = (hash * 31) + (int)AlternativeFrom;
            hash = (hash * 31) + (int)Combination;
            hash = (hash * 31) + (Note is null ? 0 : StringComparer.Ordinal.GetHashCode(Note));
            hash = (hash * 31) + (int)Bound;
            return (hash * 31) + UnansweredCommunications;
        }
    }

    private double SortDays => Iso8601Duration.TryParse(Retention, out var d, out _) ? d.ApproximateDays : double.MaxValue;
}
