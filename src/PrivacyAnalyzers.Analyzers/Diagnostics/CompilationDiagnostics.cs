using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Diagnostics;

/// <summary>
/// The one way our analyzers create the diagnostics they report, so that every location is in the compilation being
/// analysed. Roslyn rejects a diagnostic with a source location in a syntax tree the compilation does not contain (the
/// analyzer fails with AD0001 and reports nothing). Such locations come from symbols declared in another project of the
/// same solution: the IDE gives a project reference to the referencing project as a <c>CompilationReference</c>, so those
/// symbols have declaring syntax, in the other project's trees — while a command-line build sees the same project as
/// metadata, without any. The rule:
/// <list type="bullet">
/// <item>a primary location outside the compilation: no diagnostic. It would be about the other project's code, which
/// that project's own analysis reports where its user can see and fix it; reporting it here too would duplicate it in
/// the IDE and be missing from the build, where the other project is metadata.</item>
/// <item>an additional location outside the compilation: the diagnostic is kept, at its primary location (the code the
/// user is looking at), without additional locations. Code fixes read additional locations by position (PRIV015's
/// marker and [NotPersonalData], PRIV023's target), so dropping only some would shift their meaning; with none the fix
/// is simply not offered, and the warning still is.</item>
/// </list>
/// Locations that are not in source (<see cref="Location.None"/>, metadata) are left alone: Roslyn accepts them.
/// </summary>
internal static class CompilationDiagnostics
{
    /// <summary>Whether Roslyn accepts <paramref name="location"/> in a diagnostic reported on <paramref name="compilation"/>.</summary>
    public static bool Contains(Compilation compilation, Location location) =>
        !location.IsInSource || compilation.ContainsSyntaxTree(location.SourceTree!);

    /// <summary>Whether <paramref name="symbol"/> is declared by <paramref name="compilation"/> itself (not metadata, not another project).</summary>
    public static bool Declares(Compilation compilation, ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly);

    public static Diagnostic? Create(Compilation compilation, DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs) =>
        Create(compilation, descriptor, location, additionalLocations: null, properties: null, messageArgs);

    public static Diagnostic? Create(Compilation compilation, DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties, params object?[] messageArgs) =>
        Create(compilation, descriptor, location, additionalLocations: null, properties, messageArgs);

    /// <summary>The diagnostic, with the rule of this class applied; null when its primary location is outside the compilation.</summary>
    public static Diagnostic? Create(
        Compilation compilation,
        DiagnosticDescriptor descriptor,
        Location location,
        IReadOnlyList<Location>? additionalLocations,
        ImmutableDictionary<string, string?>? properties,
        params object?[] messageArgs)
    {
        if (!Contains(compilation, location))
        {
            return null;
        }

        if (additionalLocations is not null)
        {
            foreach (var additional in additionalLocations)
            {
                if (!Contains(compilation, additional))
                {
                    additionalLocations = null;
                    break;
                }
            }
        }

        return Diagnostic.Create(descriptor, location, additionalLocations, properties, messageArgs);
    }
}
