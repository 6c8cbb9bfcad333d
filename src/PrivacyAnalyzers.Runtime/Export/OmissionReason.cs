namespace PrivacyAnalyzers.Export;

/// <summary>
/// Why an export names a value without writing it (<see cref="PersonalDataWriter.WriteOmitted"/>). An export says what
/// it leaves out, so that the person who receives it can tell "nothing here" from "something here, not shown".
/// </summary>
public enum OmissionReason
{
    /// <summary>The same object was already written earlier in this export (a shared object or a cycle).</summary>
    WrittenAbove = 0,

    /// <summary>A link back to the data subject this export is about (its data is the export itself).</summary>
    DataSubject = 1,

    /// <summary>
    /// Another person: an object of a <c>[DataSubject]</c> type other than the exported subject (a referrer, a spouse,
    /// the users of a role). Their data belongs to them, not to this export (GDPR Art. 15(4)).
    /// </summary>
    OtherDataSubject = 2,

    /// <summary>A credential or secret (<c>Credentials.*</c>: password hash, 2FA secret, recovery codes): held, withheld for security.</summary>
    Credential = 3,

    /// <summary>Data nested deeper than <see cref="PersonalDataWriter.MaxDepth"/> levels.</summary>
    TooDeep = 4,
}
