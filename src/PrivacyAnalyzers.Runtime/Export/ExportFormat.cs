namespace PrivacyAnalyzers.Export;

/// <summary>The file format of a personal-data export.</summary>
public enum ExportFormat
{
    /// <summary>JSON (RFC 8259), UTF-8 without a byte-order mark: nested objects and arrays, numbers and booleans typed.</summary>
    Json = 0,

    /// <summary>CSV (RFC 4180), UTF-8 with a byte-order mark: a header and one row per field (<c>path,category,value</c>).</summary>
    Csv = 1,

    /// <summary>XML 1.0, UTF-8: one element per member, the category in an attribute.</summary>
    Xml = 2,
}
