using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Generator;

/// <summary>The descriptors the generator reports (declared with every other rule in <see cref="RuleDescriptors"/>).</summary>
internal static class GeneratorDiagnostics
{
    public static DiagnosticDescriptor Find(string id) => id switch
    {
        RuleIdentifiers.ExportMemberNotAccessible => RuleDescriptors.PRIV030,
        RuleIdentifiers.NoExporterForSubject => RuleDescriptors.PRIV031,
        RuleIdentifiers.RuntimeNotReferenced => RuleDescriptors.PRIV032,
        RuleIdentifiers.ExportBoundary => RuleDescriptors.PRIV033,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Not a generator diagnostic."),
    };
}
