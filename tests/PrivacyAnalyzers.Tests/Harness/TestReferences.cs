using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>Metadata references for test compilations, taken from the test process itself (no network, no packs).</summary>
public static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyFramework = new(LoadFramework);

    /// <summary>The .NET runtime's own assemblies (System.*, Microsoft.*, netstandard, mscorlib).</summary>
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
