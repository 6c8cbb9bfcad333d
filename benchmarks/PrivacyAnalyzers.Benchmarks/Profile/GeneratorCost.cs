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
    public static void Run(int runs)
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
