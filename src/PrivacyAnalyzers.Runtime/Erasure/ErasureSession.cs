using System;
using System.Collections.Generic;
using System.ComponentModel;
using PrivacyAnalyzers.Export;

namespace PrivacyAnalyzers.Erasure;

/// <summary>
/// The state of one walk of a generated eraser: the request, the objects already visited (cycles, shared objects), and
/// the report being built. Generated code calls it; applications call <c>{Type}PrivacyEraser.Erase</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ErasureSession
{
    private readonly ReferenceSet _visited = new();
    private readonly List<ErasureEntry> _entries = new();
    private readonly string _dataSubject;

    /// <summary>Creates a session.</summary>
    /// <param name="request">The request.</param>
    /// <param name="subject">The data subject being erased (a reference to it elsewhere in the graph is not another person).</param>
    /// <param name="dataSubject">The kind of data subject ("Customer").</param>
    /// <param name="preview">True to decide and report without writing (the retention schedule).</param>
    public ErasureSession(ErasureRequest request, object? subject, string dataSubject, bool preview)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Subject = subject;
        _dataSubject = dataSubject;
        IsPreview = preview;
    }

    /// <summary>
    /// Starts the walk of a generated <c>Erase</c> or <c>Preview</c>: checks their arguments, the subject first (an
    /// <see cref="ArgumentNullException"/> naming <c>subject</c> or <c>request</c>), and creates the session. Shared code
    /// for the generated erasers, so that each needs no argument checks of its own.
    /// </summary>
    /// <param name="subject">The data subject (a struct subject arrives boxed and is never null).</param>
    /// <param name="request">The request.</param>
    /// <param name="dataSubject">The kind of data subject ("Customer").</param>
    /// <param name="preview">True for <c>Preview</c> (decide and report without writing).</param>
    /// <returns>The session.</returns>
    public static ErasureSession Start(object? subject, ErasureRequest? request, string dataSubject, bool preview)
    {
        if (subject is null)
        {
            throw new ArgumentNullException(nameof(subject));
        }

        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        return new ErasureSession(request, subject, dataSubject, preview);
    }

    /// <summary>
    /// What a generated <c>ExpiredMembers</c> returns from the retention preview it made: the paths of the entries that a
    /// purge erases or anonymises, or cannot write (every entry neither <see cref="ErasureOutcome.Retained"/> nor
    /// <see cref="ErasureOutcome.OtherDataSubject"/>), in walk order.
    /// </summary>
    /// <param name="preview">The report of a <c>Preview</c> with <see cref="ErasureRequest.ForRetention"/>.</param>
    /// <returns>The member paths.</returns>
    public static IReadOnlyList<string> ExpiredMembers(ErasureReport preview)
    {
        if (preview is null)
        {
            throw new ArgumentNullException(nameof(preview));
        }

        var expired = new List<string>();
        foreach (var entry in preview.Entries)
        {
            if (entry.Outcome != ErasureOutcome.Retained && entry.Outcome != ErasureOutcome.OtherDataSubject)
            {
                expired.Add(entry.Path);
            }
        }

        return expired;
    }

    /// <summary>The request.</summary>
    public ErasureRequest Request { get; }

    /// <summary>The data subject being erased.</summary>
    public object? Subject { get; }

    /// <summary>Whether the walk only reports.</summary>
    public bool IsPreview { get; }

    /// <summary>Marks an object visited; false when it was already (a cycle or a shared object: erased once).</summary>
    /// <param name="value">The object.</param>
    /// <returns>Whether to walk it.</returns>
    public bool Enter(object value) => _visited.Add(value);

    /// <summary>
    /// Decides one annotated member and reports the decision. Returns true when the caller must write the erased value
    /// (never in a preview, never for a member it cannot write).
    /// </summary>
    /// <param name="path">The member path.</param>
    /// <param name="category">The category, or null.</param>
    /// <param name="outcome">What erasing it means (<see cref="ErasureOutcome.Erased"/> or <see cref="ErasureOutcome.Anonymised"/>).</param>
    /// <param name="retainReason">Why a subject's request keeps it (legal obligation, public task, legal claims), or null when it does not.</param>
    /// <param name="retention">The retention in words ("P10Y from end of contract"), or null when none is declared.</param>
    /// <param name="end">When its retention ends, or null when unknown.</param>
    /// <param name="cannotWrite">Why the member cannot be written, or null.</param>
    /// <returns>Whether to write.</returns>
    public bool Decide(string path, string? category, ErasureOutcome outcome, string? retainReason, string? retention, DateTimeOffset? end, string? cannotWrite)
    {
        var expired = end.HasValue && end.Value <= Request.Now;
        if (Request.Kind == ErasureKind.SubjectRequest)
        {
            if (retainReason is not null && !expired)
            {
                _entries.Add(new ErasureEntry(path, category, ErasureOutcome.Retained, retention is null ? retainReason : retainReason + ": " + retention, end));
                return false;
            }
        }
        else if (!expired)
        {
            var reason = retention is null
                ? "no retention period declared"
                : end.HasValue ? "retention " + retention + " has not run out" : "retention " + retention + ": its start is not known";
            _entries.Add(new ErasureEntry(path, category, ErasureOutcome.Retained, reason, end));
            return false;
        }

        if (cannotWrite is not null)
        {
            _entries.Add(new ErasureEntry(path, category, ErasureOutcome.CannotWrite, cannotWrite, null));
            return false;
        }

        _entries.Add(new ErasureEntry(path, category, outcome, expired && retention is not null ? "retention " + retention + " ran out" : null, null));
        return !IsPreview;
    }

    /// <summary>
    /// <see cref="Decide"/> for a member that is erased (<see cref="ErasureOutcome.Erased"/>) and that the eraser can
    /// write, with no retention and no reason to keep it: the common case, one short call in generated code.
    /// </summary>
    /// <param name="path">The member path.</param>
    /// <param name="category">The category, or null.</param>
    /// <returns>Whether to write.</returns>
    public bool Erase(string path, string? category) => Decide(path, category, ErasureOutcome.Erased, null, null, null, null);

    /// <summary><see cref="Decide"/> for a writable member with a retention whose end is not known at build time or at all (its start is unspecified).</summary>
    /// <param name="path">The member path.</param>
    /// <param name="category">The category, or null.</param>
    /// <param name="retainReason">Why a subject's request keeps it, or null.</param>
    /// <param name="retention">The retention in words, or null.</param>
    /// <returns>Whether to write.</returns>
    public bool Erase(string path, string? category, string? retainReason, string? retention) =>
        Decide(path, category, ErasureOutcome.Erased, retainReason, retention, null, null);

    /// <summary><see cref="Decide"/> for a writable member that is erased.</summary>
    /// <param name="path">The member path.</param>
    /// <param name="category">The category, or null.</param>
    /// <param name="retainReason">Why a subject's request keeps it, or null.</param>
    /// <param name="retention">The retention in words, or null.</param>
    /// <param name="end">When its retention ends, or null when unknown.</param>
    /// <returns>Whether to write.</returns>
    public bool Erase(string path, string? category, string? retainReason, string? retention, DateTimeOffset? end) =>
        Decide(path, category, ErasureOutcome.Erased, retainReason, retention, end, null);

    /// <summary><see cref="Erase(string, string?)"/> for a member that is anonymised (<see cref="ErasureOutcome.Anonymised"/>).</summary>
    /// <param name="path">The member path.</param>
    /// <param name="category">The category, or null.</param>
    /// <returns>Whether to write.</returns>
    public bool Anonymise(string path, string? category) => Decide(path, category, ErasureOutcome.Anonymised, null, null, null, null);

    /// <summary><see cref="Erase(string, string?, string?, string?)"/> for a member that is anonymised.</summary>
    /// <param name="path">The member path.</param>
    /// <param name="category">The category, or null.</param>
    /// <param name="retainReason">Why a subject's request keeps it, or null.</param>
    /// <param name="retention">The retention in words, or null.</param>
    /// <returns>Whether to write.</returns>
    public bool Anonymise(string path, string? category, string? retainReason, string? retention) =>
        Decide(path, category, ErasureOutcome.Anonymised, retainReason, retention, null, null);

    /// <summary><see cref="Erase(string, string?, string?, string?, DateTimeOffset?)"/> for a member that is anonymised.</summary>
    /// <param name="path">The member path.</param>
    /// <param name="category">The category, or null.</param>
    /// <param name="retainReason">Why a subject's request keeps it, or null.</param>
    /// <param name="retention">The retention in words, or null.</param>
    /// <param name="end">When its retention ends, or null when unknown.</param>
    /// <returns>Whether to write.</returns>
    public bool Anonymise(string path, string? category, string? retainReason, string? retention, DateTimeOffset? end) =>
        Decide(path, category, ErasureOutcome.Anonymised, retainReason, retention, end, null);

    /// <summary>Reports a link to another data subject (not followed, not erased); nothing for null or the subject itself.</summary>
    /// <param name="path">The member path.</param>
    /// <param name="dataSubject">The kind of data subject linked to.</param>
    /// <param name="value">The member's value.</param>
    public void OtherSubject(string path, string dataSubject, object? value)
    {
        if (value is null || ReferenceEquals(value, Subject))
        {
            return;
        }

        _entries.Add(new ErasureEntry(path, null, ErasureOutcome.OtherDataSubject, dataSubject, null));
    }

    /// <summary>Reports an object the eraser cannot write back (a struct copied out of a collection or a get-only member).</summary>
    /// <param name="path">The member path.</param>
    /// <param name="why">Why.</param>
    public void CannotWrite(string path, string why) => _entries.Add(new ErasureEntry(path, null, ErasureOutcome.CannotWrite, why, null));

    /// <summary>The report of the walk.</summary>
    /// <returns>The report.</returns>
    public ErasureReport ToReport() => new(Request, _dataSubject, _entries.ToArray());

    /// <summary>Indexed path of a collection item.</summary>
    /// <param name="path">The collection's path.</param>
    /// <param name="index">The item's index.</param>
    /// <returns><c>path[index]</c>.</returns>
    public static string Item(string path, int index) => path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}

/// <summary>The documented anonymised values (docs/erasure.md), used by generated code.</summary>
public static class ErasureValues
{
    /// <summary>What text that cannot be null becomes.</summary>
    public const string Token = "[erased]";

    /// <summary>A date reduced to its year (1 January, midnight, same kind).</summary>
    /// <param name="date">The date.</param>
    /// <returns>1 January of its year.</returns>
    public static DateTime YearOnly(DateTime date) => new(date.Year, 1, 1, 0, 0, 0, date.Kind);

    /// <summary>A date reduced to its year (1 January, midnight, same offset).</summary>
    /// <param name="date">The date.</param>
    /// <returns>1 January of its year.</returns>
    public static DateTimeOffset YearOnly(DateTimeOffset date) => new(date.Year, 1, 1, 0, 0, 0, date.Offset);

    /// <summary>Empties a collection (nothing for null or a read-only one).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    public static void Clear<T>(ICollection<T>? collection)
    {
        if (collection is not null && !collection.IsReadOnly)
        {
            collection.Clear();
        }
    }
}
