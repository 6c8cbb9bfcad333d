using System.Diagnostics;
using System.IO;
using System.Text;

namespace PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The third-party tools some end-to-end tests drive: the csharp-ls language server (a dotnet tool) and the SARIF
/// multitool (an npm package). <c>.ci/run</c> installs both and names them in <c>PRIVACY_CSHARP_LS</c> and
/// <c>PRIVACY_SARIF_MULTITOOL</c>. Without those variables a local run installs them itself, once per run, into the run's
/// temporary folder, from the repository's nuget.config and the npm registry. Under CI (<c>CI=true</c>) a missing
/// variable is a failure that says so: CI must not depend on what happens to be installed. Never a skip.
/// </summary>
internal static class ExternalTools
{
    public const string CSharpLsVersion = "0.28.0";
    public const string SarifMultitoolVersion = "5.7.0";
    public const string CSharpLsVariable = "PRIVACY_CSHARP_LS";
    public const string SarifMultitoolVariable = "PRIVACY_SARIF_MULTITOOL";

    private static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The path of the <c>csharp-ls</c> executable.</summary>
    public static Task<string> CSharpLsAsync(PackedPackage package) => package.SharedAsync("tool:csharp-ls", async () =>
    {
        if (Configured(CSharpLsVariable, "csharp-ls") is { } configured)
        {
            return configured;
        }

        var folder = Path.Combine(package.WorkRoot, "tools", "csharp-ls");
        var install = await DotNetCli.RunAsync(
            RepositoryRoot.Path,
            ["tool", "install", "csharp-ls", "--version", CSharpLsVersion, "--tool-path", folder, "--configfile", Path.Combine(RepositoryRoot.Path, "nuget.config")],
            package.ConsumerEnvironment,
            TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        var executable = Path.Combine(folder, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        if (!install.Succeeded || !File.Exists(executable))
        {
            throw new InvalidOperationException($"Could not install csharp-ls {CSharpLsVersion} as a dotnet tool (set {CSharpLsVariable} to an installed csharp-ls to use that one). {install.Describe()}");
        }

        return executable;
    });

    /// <summary>The path of the <c>sarif-multitool</c> command (the npm package's bin).</summary>
    public static Task<string> SarifMultitoolAsync(PackedPackage package) => package.SharedAsync("tool:sarif-multitool", async () =>
    {
        if (Configured(SarifMultitoolVariable, "the SARIF multitool") is { } configured)
        {
            return configured;
        }

        var folder = Path.Combine(package.WorkRoot, "tools", "npm");
        Directory.CreateDirectory(folder);
        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        var (exitCode, output) = await RunAsync(npm, ["install", "--no-audit", "--no-fund", "--prefix", folder, $"@microsoft/sarif-multitool@{SarifMultitoolVersion}"], folder, TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        var executable = Path.Combine(folder, "node_modules", ".bin", OperatingSystem.IsWindows() ? "sarif-multitool.cmd" : "sarif-multitool");
        if (exitCode != 0 || !File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Could not install @microsoft/sarif-multitool@{SarifMultitoolVersion} with `npm install` (exit {exitCode}; node and npm must be on PATH, or set {SarifMultitoolVariable}). Output:\n{output}");
        }

        return executable;
    });

    /// <summary>Runs a program that is not dotnet; output and error interleaved.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var gate = new object();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (-1, $"`{fileName}` could not be started: {exception.Message}");
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new System.Threading.CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{fileName} {string.Join(' ', arguments)}` did not finish within {timeout.TotalMinutes} min. Output so far:\n{Snapshot()}");
        }

        return (process.ExitCode, Snapshot());

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    output.Append(line).Append('\n');
                }
            }
        }

        string Snapshot()
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    private static string? Configured(string variable, string what)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(value))
        {
            return File.Exists(value)
                ? value
                : throw new InvalidOperationException($"{variable} names {value}, which does not exist: {what} is not installed there.");
        }

        return OnCi
            ? throw new InvalidOperationException($"CI=true but {variable} is not set: .ci/run installs {what} and exports {variable}; run the tests through .ci/run.")
            : null;
    }
}
