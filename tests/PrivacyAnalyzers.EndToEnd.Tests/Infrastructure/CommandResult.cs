namespace PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>What a <c>dotnet</c> command did: its exit code and its interleaved standard output and error.</summary>
internal sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Duration)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The command and its whole output, for assertion messages.</summary>
    public string Describe() =>
        $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode} after {Duration.TotalSeconds:F1} s. Output:\n{Output}";
}
