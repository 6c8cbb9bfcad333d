using System.IO;
using System.Runtime.CompilerServices;

namespace PrivacyAnalyzers.Tool.Tests;

/// <summary>Paths in this repository and the configuration the tests were built in.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the tests use the tool and task built in the same configuration.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string Source(params string[] parts) => Path.Combine(new[] { Root, "src" }.Concat(parts).ToArray());

    private static string FindRoot([CallerFilePath] string path = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(path)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PrivacyAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PrivacyAnalyzers.sln not found above " + path);
    }
}
