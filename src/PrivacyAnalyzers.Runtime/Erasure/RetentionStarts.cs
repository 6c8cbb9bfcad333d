using System;

namespace PrivacyAnalyzers.Erasure;

/// <summary>
/// The dates of the retention start events known for one object while an eraser walks it (from the members marked
/// <c>[RetentionStartDate]</c> of the data subject and of the nested object). Immutable: <see cref="With"/> returns a copy.
/// Used by generated code.
/// </summary>
public sealed class RetentionStarts
{
    private const int Count = 8;

    /// <summary>No start known.</summary>
    public static readonly RetentionStarts None = new(new DateTimeOffset?[Count]);

    private readonly DateTimeOffset?[] _dates;

    private RetentionStarts(DateTimeOffset?[] dates)
    {
        _dates = dates;
    }

    /// <summary>The date of <paramref name="start"/>, or null when unknown (no member holds it, or the event has not happened).</summary>
    /// <param name="start">The event.</param>
    /// <returns>Its date, or null.</returns>
    public DateTimeOffset? this[RetentionStart start] => (int)start is > 0 and < Count ? _dates[(int)start] : null;

    /// <summary>A copy in which <paramref name="start"/> happened at <paramref name="date"/> (null: not happened).</summary>
    /// <param name="start">The event.</param>
    /// <param name="date">Its date, or null.</param>
    /// <returns>The copy.</returns>
    public RetentionStarts With(RetentionStart start, DateTimeOffset? date)
    {
        if ((int)start is <= 0 or >= Count)
        {
            return this;
        }

        var copy = (DateTimeOffset?[])_dates.Clone();
        copy[(int)start] = date;
        return new RetentionStarts(copy);
    }
}

/// <summary>Date arithmetic for retention ends (used by generated code).</summary>
public static class RetentionClock
{
    /// <summary>A holder's <see cref="DateTime"/> as an instant: UTC when its kind is unspecified.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset From(DateTime date) =>
        date.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : new DateTimeOffset(date);

    /// <summary>A nullable holder's date as an instant, or null.</summary>
    /// <param name="date">The date, or null.</param>
    /// <returns>The instant, or null.</returns>
    public static DateTimeOffset? From(DateTime? date) => date.HasValue ? From(date.Value) : null;

    /// <summary>The end of a retention of the given ISO 8601 components from <paramref name="start"/>; null when the start is unknown.</summary>
    /// <param name="start">When the retention started, or null.</param>
    /// <param name="years">Years.</param>
    /// <param name="months">Months.</param>
    /// <param name="days">Days (weeks already counted as seven days).</param>
    /// <param name="hours">Hours.</param>
    /// <param name="minutes">Minutes.</param>
    /// <param name="seconds">Seconds.</param>
    /// <returns>The end, or null.</returns>
    public static DateTimeOffset? End(DateTimeOffset? start, int years, int months, int days, int hours, int minutes, int seconds)
    {
        if (!start.HasValue)
        {
            return null;
        }

        try
        {
            return start.Value.AddYears(years).AddMonths(months).AddDays(days).AddHours(hours).AddMinutes(minutes).AddSeconds(seconds);
        }
        catch (ArgumentOutOfRangeException)
        {
            return DateTimeOffset.MaxValue;
        }
    }

    /// <summary>
    /// Two retention ends combined. Whichever is sooner: the earlier of the known ends (if one is unknown, the known one
    /// already bounds it). Whichever is later: the later end, unknown while either is unknown.
    /// </summary>
    /// <param name="first">The first end, or null.</param>
    /// <param name="second">The alternative end, or null.</param>
    /// <param name="combination">How they combine.</param>
    /// <returns>The combined end, or null.</returns>
    public static DateTimeOffset? Combine(DateTimeOffset? first, DateTimeOffset? second, RetentionCombination combination)
    {
        if (combination == RetentionCombination.WhicheverIsLater)
        {
            return first.HasValue && second.HasValue ? (first.Value >= second.Value ? first : second) : null;
        }

        if (!first.HasValue)
        {
            return second;
        }

        if (!second.HasValue)
        {
            return first;
        }

        return first.Value <= second.Value ? first : second;
    }
}
