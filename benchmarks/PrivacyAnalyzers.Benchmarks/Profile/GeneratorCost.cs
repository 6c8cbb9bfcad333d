using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Benchmarks.Generation;

namespace PrivacyAnalyzers.Benchmarks.Profile;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- generatorcost [RUNS]</c>: every case of
/// <see cref="GeneratorBenchmarks"/> (the floor's included) on one setup, each run RUNS times after two warm-up runs,
/// printing the bytes allocated per run (the same in every run, independent of the load) and the median and fastest
/// wall time. For a machine too loaded for BenchmarkDotNet's in-process time limit (its setup compiles the workload
/// four times for every case).
/// </summary>
public static class GeneratorCost
{
    public static void Run(int runs, bool allocationTypes = false, bool keystrokesOnly = false)
    {
        var benchmarks = new GeneratorBenchmarks();
        benchmarks.Setup();
        var cases = new (string Name, Func<GeneratorDriver> Run)[]
        {
            ("floor: first run", benchmarks.FloorFirstRun),
            ("floor: edit inside a method body", benchmarks.FloorMethodBodyEdit),
            ("floor: edit to an unrelated file", benchmarks.FloorUnrelatedFileEdit),
            ("first run", benchmarks.FirstRun),
            ("edit inside a method body", benchmarks.MethodBodyEdit),
            ("edit to an unrelated file", benchmarks.UnrelatedFileEdit),
            ("edit to one annotated class", benchmarks.AnnotatedClassEdit),
        };
        var withoutGenerator = benchmarks.KeystrokesWithoutGenerator();
        var floorKeystrokes = benchmarks.Keystrokes(floor: true);
        var keystrokes = benchmarks.Keystrokes(floor: false);
        cases = cases.Concat(new (string, Func<GeneratorDriver>)[]
        {
            ("keystrokes, new compilation each: no generator (new tree and compilation only)", () => { GC.KeepAlive(withoutGenerator()); return null!; }),
            ("keystrokes, new compilation each: floor", floorKeystrokes),
            ("keystrokes, new compilation each", keystrokes),
        }).ToArray();

        if (keystrokesOnly)
        {
            // For a profiler: only the keystrokes case, RUNS times (docs/performance.md).
            GeneratorDriver? last = null;
            for (var i = 0; i < runs; i++)
            {
                last = keystrokes();
            }

            Console.WriteLine("generator diagnostics on each run: " + string.Join(", ", last!.GetRunResult().Diagnostics.GroupBy(d => d.Id + " " + d.Severity).Select(g => g.Key + " ×" + g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture))));

            return;
        }

        if (allocationTypes)
        {
            // AllocationTick events (about one per 100 KB allocated) by type, over RUNS runs of each case after two warm-ups.
            foreach (var (name, run) in cases)
            {
                _ = run();
                _ = run();
                using var listener = new GeneratorFresh.AllocationListener();
                for (var i = 0; i < runs; i++)
                {
                    GC.KeepAlive(run());
                }

                listener.Dispose();
                Console.WriteLine($"{name}: allocation samples by type (~100 KB each), per run, top 15:");
                foreach (var (type, bytes) in listener.ByType.OrderByDescending(p => p.Value).Take(15))
                {
                    Console.WriteLine($"  {bytes / (double)runs / 1048576.0,8:N2} MB  {type}");
                }
            }

            return;
        }

        Console.WriteLine("| case | allocated per run | median (loaded machine) | fastest (loaded machine) |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (name, run) in cases)
        {
            _ = run();
            _ = run();
            var allocations = new long[runs];
            var times = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                GC.KeepAlive(run());
                times[i] = watch.Elapsed.TotalMilliseconds;
                allocations[i] = GC.GetTotalAllocatedBytes(precise: true) - before;
            }

            Array.Sort(times);
            Array.Sort(allocations);
            Console.WriteLine($"| {name} | {allocations[runs / 2] / 1048576.0:N2} MB ({allocations[0]:N0}–{allocations[^1]:N0} B) | {times[runs / 2]:N1} ms | {times[0]:N1} ms |");
        }
    }
}
