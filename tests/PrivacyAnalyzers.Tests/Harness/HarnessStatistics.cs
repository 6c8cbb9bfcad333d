using System.IO;
using System.Threading;

namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>
/// Counts the builder's runs on Roslyn's test framework: analyzer tests, code-fix tests checking Fix All in document,
/// project and solution, and code-fix tests whose provider has no Fix All by design. With
/// <c>PRIVACY_HARNESS_STATS=path</c> set, the running totals are appended to that file after each run (the last line
/// holds the totals of a test run).
/// </summary>
internal static class HarnessStatistics
{
    private static int _analyzerTests;
    private static int _withFixAll;
    private static int _withoutFixAll;

    public static void CountAnalyzerTest() => Write(Interlocked.Increment(ref _analyzerTests), Volatile.Read(ref _withFixAll), Volatile.Read(ref _withoutFixAll));

    public static void CountFixTest(bool checksFixAll)
    {
        var withFixAll = checksFixAll ? Interlocked.Increment(ref _withFixAll) : Volatile.Read(ref _withFixAll);
        var withoutFixAll = checksFixAll ? Volatile.Read(ref _withoutFixAll) : Interlocked.Increment(ref _withoutFixAll);
        Write(Volatile.Read(ref _analyzerTests), withFixAll, withoutFixAll);
    }

    private static void Write(int analyzerTests, int withFixAll, int withoutFixAll)
    {
        if (Environment.GetEnvironmentVariable("PRIVACY_HARNESS_STATS") is { Length: > 0 } path)
        {
            lock (typeof(HarnessStatistics))
            {
                File.AppendAllText(path, $"analyzer tests: {analyzerTests}; code-fix tests checking Fix All in document, project and solution: {withFixAll}; without Fix All by design: {withoutFixAll}\n");
            }
        }
    }
}
