using System;

namespace PrivacyAnalyzers.Erasure;

/// <summary>Why data is being erased.</summary>
public enum ErasureKind
{
    /// <summary>
    /// The data subject asked for erasure (GDPR Art. 17): everything is erased except what the law lets or makes the
    /// controller keep (a legal obligation, a public task, legal claims), which is kept until its retention ends.
    /// </summary>
    SubjectRequest = 0,

    /// <summary>
    /// A retention purge (storage limitation, Art. 5(1)(e)): exactly the members whose retention has run out at
    /// <see cref="ErasureRequest.Now"/> are erased, whatever their legal basis; everything else is kept.
    /// </summary>
    Retention = 1,
}

/// <summary>An erasure: when it happens and why. Passed to a generated <c>{Type}PrivacyEraser.Erase</c>.</summary>
public sealed class ErasureRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="now">The time of the request: retention ends are compared with it.</param>
    /// <param name="kind">A subject's request or a retention purge.</param>
    public ErasureRequest(DateTimeOffset now, ErasureKind kind)
    {
        Now = now;
        Kind = kind;
    }

    /// <summary>The time of the request: a retention has run out when its end is at or before it.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>A subject's request or a retention purge.</summary>
    public ErasureKind Kind { get; }

    /// <summary>The data subject asked for erasure at <paramref name="now"/>.</summary>
    /// <param name="now">The time of the request.</param>
    /// <returns>The request.</returns>
    public static ErasureRequest FromSubject(DateTimeOffset now) => new(now, ErasureKind.SubjectRequest);

    /// <summary>A retention purge at <paramref name="now"/>: only what has expired is erased.</summary>
    /// <param name="now">The date the retention ends are compared with.</param>
    /// <returns>The request.</returns>
    public static ErasureRequest ForRetention(DateTimeOffset now) => new(now, ErasureKind.Retention);
}
