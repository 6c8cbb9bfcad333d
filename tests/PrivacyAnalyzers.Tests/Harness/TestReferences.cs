using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>Metadata references for test compilations.</summary>
public static class TestReferences
{
    /// <summary>
    /// The .NET reference assemblies the analyzer and code-fix tests compile against (Microsoft.CodeAnalysis.Testing):
    /// <c>Microsoft.NETCore.App.Ref</c> of the running runtime's version. The framework takes it from the NuGet cache or
    /// downloads it once from the configured NuGet feed into <c>$TMPDIR/test-packages</c> (so a clean CI machine needs
    /// nothing installed beforehand). net10.0 and not net8.0, because tests reference assemblies of the test process
    /// (Microsoft.Extensions.*, built for net10.0). One shared instance: the framework resolves the pack once per
    /// instance and process, not per test.
    /// </summary>
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", $"{Environment.Version.Major}.{Environment.Version.Minor}.{Environment.Version.Build}"),
        Path.Combine("ref", "net10.0"));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferenceAssemblies = new(
        () => Task.Run(() => ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, default)).GetAwaiter().GetResult());

    /// <summary><see cref="ReferenceAssemblies"/>, resolved (for the compilations tests build by hand next to the framework's).</summary>
    public static ImmutableArray<MetadataReference> ReferenceAssembliesResolved => LazyReferenceAssemblies.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyFramework = new(LoadFramework);

    /// <summary>The .NET runtime's own assemblies (System.*, netstandard, mscorlib), taken from the test process (for in-house compilations that are emitted and loaded).</summary>
    public static ImmutableArray<MetadataReference> Framework => LazyFramework.Value;

    /// <summary>PrivacyAnalyzers.Annotations, as a user's project references it.</summary>
    public static MetadataReference Annotations { get; } = MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location);

    /// <summary>A reference to the assembly that holds <paramref name="type"/>.</summary>
    public static MetadataReference Of(Type type) => MetadataReference.CreateFromFile(type.Assembly.Location);

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib" or "Microsoft.CSharp" or "Microsoft.Win32.Primitives")
            {
                builder.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return builder.ToImmutable();
    }
}
