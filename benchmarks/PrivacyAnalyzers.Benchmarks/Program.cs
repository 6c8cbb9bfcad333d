using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using PrivacyAnalyzers.Benchmarks.Profile;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- --filter '*Export*' --job short --inProcess</c>
/// runs BenchmarkDotNet benchmarks; <c>-- profile [ENTITIES] [SUBJECT_EVERY]</c> prints where the time goes on the workload.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "detection")
        {
            Environment.ExitCode = DetectionQuality.DetectionScorer.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "profile")
        {
            WorkloadProfile.Run(
                args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000,
                args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
