using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Benchmarks.Profile;

/// <summary>One diagnostic as one line — file, line and column, id, message, properties in key order — for comparing two builds' output.</summary>
internal static class DiagnosticDump
{
    public static string Line(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var properties = string.Join(", ", diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        return FormattableString.Invariant(
            $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1} {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} [{properties}]");
    }
}
