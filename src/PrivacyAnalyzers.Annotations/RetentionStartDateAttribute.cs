using System;

namespace PrivacyAnalyzers;

/// <summary>
/// Marks the member that holds the date a retention period starts from, so that the generated retention schedule
/// (<c>{Type}PrivacyRetention</c>) and eraser can compute when each member's retention runs out: for example
/// <c>[RetentionStartDate(RetentionStart.LastActivity)] public DateTimeOffset LastActivityAt { get; set; }</c>.
/// The member is a <see cref="DateTimeOffset"/> or <see cref="DateTime"/> (nullable or not; a <see cref="DateTime"/> of
/// unspecified kind is read as UTC); null means the event has not happened yet. A holder on a nested type applies to
/// that type's members; a holder on the [DataSubject] type applies everywhere else.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = true)]
public sealed class RetentionStartDateAttribute : Attribute
{
    /// <summary>Marks the member as the date of <paramref name="start"/>.</summary>
    /// <param name="start">The event whose date the member holds.</param>
    public RetentionStartDateAttribute(RetentionStart start)
    {
        Start = start;
    }

    /// <summary>The event whose date the member holds.</summary>
    public RetentionStart Start { get; }
}
