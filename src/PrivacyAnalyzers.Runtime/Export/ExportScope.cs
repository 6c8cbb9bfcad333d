namespace PrivacyAnalyzers.Export;

/// <summary>Which personal data an export contains.</summary>
public enum ExportScope
{
    /// <summary>GDPR Art. 15 (right of access): every annotated member.</summary>
    Access = 0,

    /// <summary>
    /// GDPR Art. 20 (right to data portability): only members whose effective source is
    /// <see cref="DataSource.ProvidedBySubject"/> or <see cref="DataSource.Observed"/> and whose effective legal basis is
    /// <see cref="LegalBasis.Consent"/> or <see cref="LegalBasis.Contract"/>.
    /// </summary>
    Portability = 1,
}
