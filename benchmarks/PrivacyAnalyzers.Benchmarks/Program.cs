using BenchmarkDotNet.Running;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- --filter '*Export*' --job short --inProcess</c>
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
