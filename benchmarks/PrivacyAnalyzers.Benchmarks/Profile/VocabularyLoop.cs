using System;
using System.Diagnostics;
using System.Linq;
using PrivacyAnalyzers.Benchmarks.Analyzers;

namespace PrivacyAnalyzers.Benchmarks.Profile;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- vocabloop [ROUNDS]</c>: the
/// <see cref="VocabularyBenchmarks"/> rows, each run ROUNDS times in one process (rows interleaved round by round), printing
/// the fastest and the median round per member and the bytes allocated per member. On a loaded machine the fastest round
/// is the figure least disturbed by other processes, and the thread's CPU time (Linux) leaves out the time the thread
/// waited for a core; BenchmarkDotNet's figures are the ones to report from an idle machine.
/// </summary>
public static class VocabularyLoop
{
    /// <summary>The calling thread's CPU time (Linux, <c>CLOCK_THREAD_CPUTIME_ID</c>): time the thread was not running is not counted.</summary>
    private static long ThreadCpuNanoseconds() => clock_gettime(3, out var spec) == 0 ? (spec.Seconds * 1_000_000_000) + spec.Nanoseconds : 0;

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out Timespec spec);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    public static void Run(int rounds, string? only = null)
    {
        var benchmarks = new VocabularyBenchmarks();
        benchmarks.Setup();
        var rows = new (string Name, Func<int> Body)[]
        {
            ("split a member name into words", benchmarks.Split),
            ("infer, every member", benchmarks.InferAll),
            ("infer, name without a term (common path)", benchmarks.InferNoTerm),
        };
        rows = rows.Where(r => only is null || r.Name.Contains(only, StringComparison.Ordinal)).ToArray();
        var times = rows.Select(_ => new double[rounds]).ToArray();
        var cpu = rows.Select(_ => new double[rounds]).ToArray();
        var bytes = new long[rows.Length];
        foreach (var row in rows)
        {
            row.Body();
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var r = 0; r < rows.Length; r++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpuBefore = ThreadCpuNanoseconds();
                var watch = Stopwatch.StartNew();
                rows[r].Body();
                times[r][round] = watch.Elapsed.TotalMilliseconds * 1e6 / VocabularyBenchmarks.Members;
                cpu[r][round] = (double)(ThreadCpuNanoseconds() - cpuBefore) / VocabularyBenchmarks.Members;
                bytes[r] += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        Console.WriteLine("| row | fastest round | median round | fastest round, thread CPU time | median, CPU | allocated |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (var r = 0; r < rows.Length; r++)
        {
            var sorted = times[r].OrderBy(t => t).ToArray();
            var cpuSorted = cpu[r].OrderBy(t => t).ToArray();
            Console.WriteLine(FormattableString.Invariant(
                $"| {rows[r].Name} | {sorted[0]:F1} ns | {sorted[sorted.Length / 2]:F1} ns | {cpuSorted[0]:F1} ns | {cpuSorted[cpuSorted.Length / 2]:F1} ns | {(double)bytes[r] / rounds / VocabularyBenchmarks.Members:F1} B |"));
        }

        // The analyzer's entry point over the workload's member symbols, one compilation (a fresh inference each time):
        // what the owner walk (TypeOwners) reads, and the pass's allocations; the fastest of a few passes.
        var walk = benchmarks.OwnerWalk();
        for (var i = 0; i < Math.Min(rounds, 5); i++)
        {
            var again = benchmarks.OwnerWalk();
            walk = again.Milliseconds < walk.Milliseconds ? again : walk;
        }

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"infer by symbol, one compilation: {walk.Members} members, {walk.Asked} types asked for an owner, {walk.Visited} type member lists read by the owner walk, {(double)walk.Bytes / walk.Members:F1} B per member, fastest pass {walk.Milliseconds:F1} ms"));
    }
}
