using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Generator;

/// <summary>The descriptors the generator reports (declared with every other rule in <see cref="RuleDescriptors"/>).</summary>
internal static class GeneratorDiagnostics
{
    public static DiagnosticDescriptor Find(string id) => id switch
    {
        "PRIV030" => RuleDescriptors.PRIV030,
        "PRIV031" => RuleDescriptors.PRIV031,
        "PRIV032" => RuleDescriptors.PRIV032,
        "PRIV033" => RuleDescriptors.PRIV033,
        "PRIV040" => RuleDescriptors.PRIV040,
        "PRIV041" => RuleDescriptors.PRIV041,
        "PRIV043" => RuleDescriptors.PRIV043,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Not a generator diagnostic."),
    };
}
