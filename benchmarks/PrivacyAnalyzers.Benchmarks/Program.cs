using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;
using PrivacyAnalyzers.Benchmarks.Profile;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- --filter '*Export*' --job short --inProcess</c>
/// runs BenchmarkDotNet benchmarks; <c>-- profile [ENTITIES] [SUBJECT_EVERY]</c> prints where the time goes on the workload;
/// <c>-- analyzeralloc [RULES…]</c> prints each analyzer's allocations on the workload (<see cref="AnalyzerAllocations"/>);
/// <c>-- vocabloop [ROUNDS]</c> runs the <see cref="Analyzers.VocabularyBenchmarks"/> rows in a loop and prints the fastest round (<see cref="VocabularyLoop"/>);
/// <c>-- priv001cost [RUNS] [--dump FILE] [--against DLL]</c> prints PRIV001's execution time (Roslyn's telemetry) on the workload (<see cref="Priv001Cost"/>);
/// <c>-- generatorcost [RUNS] [--alloc-types] [--keystrokes-only]</c> prints the generator's allocations and times per edit beside the floor (<see cref="GeneratorCost"/>);
/// <c>-- generatorfresh [RUNS] [--emit] [--only gen|floor|floorfiles|variants] [--dump DIR] [--cold] [--parts] [--alloc-types]</c> prints the generator's cost on a fresh, unbound compilation, as in a build, beside the floor (<see cref="GeneratorFresh"/>);
/// <c>-- exportersize [ENTITIES] [SUBJECT_EVERY] [--dump DIR]</c> prints the size of the generated exporters, erasers and retention schedules (<see cref="ExporterSize"/>);
/// <c>-- realmodels FOLDER…</c> runs the annotate-then-generate pass over real code bases (<see cref="RealModels.RealModelsCommand"/>);
/// <c>-- leaks [--annotations FILE] [--labels FILE] FOLDER…</c> runs and scores the leak rules PRIV020–PRIV023 on real code bases (<see cref="LeakQuality.LeaksCommand"/>);
/// <c>-- detection --repos DIR[:DIR…]</c> scores PRIV001/PRIV002 on the labelled corpus (<see cref="DetectionQuality.DetectionScorer"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "realmodels")
        {
            return RealModels.RealModelsCommand.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "leaks")
        {
            return LeakQuality.LeaksCommand.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "detection")
        {
            return DetectionQuality.DetectionScorer.Run(args);
        }

        if (args.Length > 0 && args[0] == "analyzeralloc")
        {
            AnalyzerAllocations.Run(args[1..]);
            return 0;
        }

        if (args.Length > 0 && args[0] == "vocabloop")
        {
            VocabularyLoop.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200, args.Length > 2 ? args[2] : null);
            return 0;
        }

        if (args.Length > 0 && args[0] == "priv001cost")
        {
            Priv001Cost.Run(args[1..]);
            return 0;
        }

        if (args.Length > 0 && args[0] == "generatorcost")
        {
            GeneratorCost.Run(args.Length > 1 && int.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var runs) ? runs : 7, args.Contains("--alloc-types"), args.Contains("--keystrokes-only"));
            return 0;
        }

        if (args.Length > 0 && args[0] == "generatorfresh")
        {
            return GeneratorFresh.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "exportersize")
        {
            var dumpAt = Array.IndexOf(args, "--dump");
            var sizeArgs = dumpAt < 0 ? args : args[..dumpAt].Concat(args[(dumpAt + 2)..]).ToArray();
            ExporterSize.Run(
                sizeArgs.Length > 1 ? int.Parse(sizeArgs[1], CultureInfo.InvariantCulture) : 2000,
                sizeArgs.Length > 2 ? int.Parse(sizeArgs[2], CultureInfo.InvariantCulture) : 20,
                System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..")),
                dumpAt < 0 || dumpAt + 1 >= args.Length ? null : args[dumpAt + 1]);
            return 0;
        }

        if (args.Length > 0 && args[0] == "profile")
        {
            WorkloadProfile.Run(
                args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000,
                args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
