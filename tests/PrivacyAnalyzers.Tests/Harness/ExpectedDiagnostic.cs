using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>
/// Extra expectations for the n-th marked span of a test (in source order over all documents): its message and
/// severity. Spans alone are given by markup.
/// </summary>
public sealed record ExpectedDiagnostic(string? Message = null, DiagnosticSeverity? Severity = null);
