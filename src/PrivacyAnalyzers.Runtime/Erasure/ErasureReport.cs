using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PrivacyAnalyzers.Erasure;

/// <summary>What an eraser did with one member.</summary>
public enum ErasureOutcome
{
    /// <summary>The value was removed (null, or the documented anonymised value of a member that cannot be null).</summary>
    Erased = 0,

    /// <summary>The value was replaced by one that no longer identifies the person (a token, the year only).</summary>
    Anonymised = 1,

    /// <summary>The value was kept: <see cref="ErasureEntry.Reason"/> says why and <see cref="ErasureEntry.RetainedUntil"/> until when, when known.</summary>
    Retained = 2,

    /// <summary>Not erased: the member leads to another data subject (a referrer, a spouse), whose data is theirs.</summary>
    OtherDataSubject = 3,

    /// <summary>Not erased although it should be: the eraser cannot write the member (init-only, get-only, a copy); reported at build time as PRIV040.</summary>
    CannotWrite = 4,
}

/// <summary>One line of an <see cref="ErasureReport"/>.</summary>
public sealed class ErasureEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="path">The member path (<c>Customer.Orders[0].ShippingAddress</c>).</param>
    /// <param name="category">The member's personal-data category, or null.</param>
    /// <param name="outcome">What was done.</param>
    /// <param name="reason">Why, in words a DPO can read; null for a plain erasure.</param>
    /// <param name="retainedUntil">Until when a retained value is kept, when known.</param>
    public ErasureEntry(string path, string? category, ErasureOutcome outcome, string? reason, DateTimeOffset? retainedUntil)
    {
        Path = path;
        Category = category;
        Outcome = outcome;
        Reason = reason;
        RetainedUntil = retainedUntil;
    }

    /// <summary>The member path, from the data subject's type (<c>Customer.Orders[0].ShippingAddress</c>).</summary>
    public string Path { get; }

    /// <summary>The member's personal-data category, or null.</summary>
    public string? Category { get; }

    /// <summary>What was done.</summary>
    public ErasureOutcome Outcome { get; }

    /// <summary>Why (for a retained, not erased or unwritable member), in words a DPO can read.</summary>
    public string? Reason { get; }

    /// <summary>Until when a retained value is kept: the end of its retention, when the retention and its start are known.</summary>
    public DateTimeOffset? RetainedUntil { get; }

    /// <summary>One line: path, outcome, reason, until.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(Path).Append(": ").Append(OutcomeText(Outcome));
        if (Reason is not null)
        {
            builder.Append(" (").Append(Reason).Append(')');
        }

        if (RetainedUntil is { } until)
        {
            builder.Append(" until ").Append(until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string OutcomeText(ErasureOutcome outcome) => outcome switch
    {
        ErasureOutcome.Erased => "erased",
        ErasureOutcome.Anonymised => "anonymised",
        ErasureOutcome.Retained => "retained",
        ErasureOutcome.OtherDataSubject => "not erased: another data subject",
        _ => "not erased: cannot write",
    };
}

/// <summary>What an eraser did, member by member, in the order it walked them.</summary>
public sealed class ErasureReport
{
    internal ErasureReport(ErasureRequest request, string dataSubject, IReadOnlyList<ErasureEntry> entries)
    {
        Request = request;
        DataSubject = dataSubject;
        Entries = entries;
    }

    /// <summary>The request the report answers.</summary>
    public ErasureRequest Request { get; }

    /// <summary>The kind of data subject ("Customer").</summary>
    public string DataSubject { get; }

    /// <summary>Every annotated member reached, and every link to another data subject.</summary>
    public IReadOnlyList<ErasureEntry> Entries { get; }

    /// <summary>Whether every member that should have been erased was (no <see cref="ErasureOutcome.CannotWrite"/>).</summary>
    public bool IsComplete
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Outcome == ErasureOutcome.CannotWrite)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The paths of the entries with <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The paths, in walk order.</returns>
    public IReadOnlyList<string> PathsWith(ErasureOutcome outcome)
    {
        var paths = new List<string>();
        foreach (var entry in Entries)
        {
            if (entry.Outcome == outcome)
            {
                paths.Add(entry.Path);
            }
        }

        return paths;
    }

    /// <summary>The report as text, one entry a line.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(Request.Kind == ErasureKind.SubjectRequest ? "Erasure request" : "Retention purge")
            .Append(" for a ").Append(DataSubject)
            .Append(" at ").Append(Request.Now.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var entry in Entries)
        {
            builder.Append("  ").Append(entry.ToString()).Append('\n');
        }

        return builder.ToString();
    }
}
