using System.IO;
using System.Threading;

namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>
/// Counts the code-fix tests run and how many of them check Fix All (document, project and solution scope) or state
/// that the provider has none. With <c>PRIVACY_HARNESS_STATS=path</c> set, each count is appended to that file.
/// </summary>
internal static class HarnessStatistics
{
    private static int _withFixAll;
    private static int _withoutFixAll;

    public static void CountFixTest(bool checksFixAll)
    {
        var withFixAll = checksFixAll ? Interlocked.Increment(ref _withFixAll) : Volatile.Read(ref _withFixAll);
        var withoutFixAll = checksFixAll ? Volatile.Read(ref _withoutFixAll) : Interlocked.Increment(ref _withoutFixAll);
        if (Environment.GetEnvironmentVariable("PRIVACY_HARNESS_STATS") is { Length: > 0 } path)
        {
            lock (typeof(HarnessStatistics))
            {
                File.AppendAllText(path, $"fix tests checking Fix All in document, project and solution: {withFixAll}; without Fix All by design: {withoutFixAll}\n");
            }
        }
    }
}
