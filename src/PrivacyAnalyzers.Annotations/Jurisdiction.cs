namespace PrivacyAnalyzers;

/// <summary>
/// The data-protection law the controller's processing falls under (<see cref="DataControllerAttribute.Jurisdiction"/>):
/// it decides the regulation the notice and the record cite, what counts as a transfer to a third country, the
/// instruments a transfer rests on and the supervisory authority.
/// </summary>
public enum Jurisdiction
{
    /// <summary>
    /// Not stated: <see cref="UkGdpr"/> when the controller's <see cref="DataControllerAttribute.Country"/> is
    /// <c>"GB"</c>, <see cref="EuGdpr"/> otherwise.
    /// </summary>
    Unspecified = 0,

    /// <summary>
    /// Regulation (EU) 2016/679 (GDPR): a transfer is a recipient outside the European Economic Area; transfers rest on
    /// the Commission's adequacy decisions (Art. 45) or appropriate safeguards such as the Commission's standard
    /// contractual clauses (Art. 46).
    /// </summary>
    EuGdpr = 1,

    /// <summary>
    /// The UK GDPR and the Data Protection Act 2018: a transfer is a recipient outside the United Kingdom; transfers rest
    /// on UK adequacy regulations (Art. 45 UK GDPR, s.17A DPA 2018) or appropriate safeguards such as the ICO's
    /// International Data Transfer Agreement or Addendum to the EU standard contractual clauses (Art. 46(2)(d) UK
    /// GDPR); the supervisory authority is the Information Commissioner's Office (ICO).
    /// </summary>
    UkGdpr = 2,
}
