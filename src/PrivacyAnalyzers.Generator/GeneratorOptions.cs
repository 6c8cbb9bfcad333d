using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Generator;

/// <summary>
/// The build properties the generator reads (made visible to the compiler by <c>buildTransitive/PrivacyAnalyzers.props</c>;
/// documented in docs/outputs.md).
/// </summary>
internal static class GeneratorOptions
{
    /// <summary>The MSBuild property that switches the generated exporters, erasers and retention schedules off.</summary>
    public const string GenerateExportersProperty = "build_property.PrivacyAnalyzersGenerateExporters";

    /// <summary>
    /// Whether to write exporters, erasers and retention schedules: yes unless the property says <c>false</c> (any case,
    /// surrounding blanks ignored). Any other value, or none, keeps the default: only an explicit <c>false</c> removes code
    /// a project may call (the compiler then reports each use of a missing exporter or eraser).
    /// </summary>
    public static bool GenerateExporters(AnalyzerConfigOptions global) =>
        !(global.TryGetValue(GenerateExportersProperty, out var value) && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The generator's diagnostics that are about the code it writes (what an exporter or eraser cannot read, write or
    /// follow; a subject without an exporter): not reported when that code is switched off. PRIV041 (a member retained on
    /// erasure without a legal basis that permits it) is about the annotations and is reported either way; PRIV032 (the
    /// runtime is not referenced) is reported by the inventory step.
    /// </summary>
    public static bool AboutGeneratedCode(string id) => id is "PRIV030" or "PRIV031" or "PRIV033" or "PRIV040" or "PRIV043";
}
