using System.IO;

namespace PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>The repository the tests were built from: the nearest folder above the test binaries that holds PrivacyAnalyzers.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "PrivacyAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PrivacyAnalyzers.sln above {AppContext.BaseDirectory}: the end-to-end tests run from the repository's build output.");
    }
}
