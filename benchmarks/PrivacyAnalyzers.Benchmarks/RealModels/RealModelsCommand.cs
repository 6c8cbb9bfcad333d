using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;

namespace PrivacyAnalyzers.Benchmarks.RealModels;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmarks -- realmodels [--skip-tests] [--in-process]
/// [--stack-mb N] [--dump DIR] FOLDER [FOLDER…]</c>: the annotate-then-generate pass (<see cref="RealModelPass"/>) over each folder of
/// C# sources, printed as Markdown with a summary table at the end. Each folder runs in a child process, so a stack
/// overflow or any other crash is reported against the repository that caused it and the other folders still run.
/// <c>--dump DIR</c> writes the files the pass annotated and the generated files under DIR/{folder name}/ for reading.
/// </summary>
public static class RealModelsCommand
{
    private const string ChildSwitch = "--child";

    public static int Run(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var skipTests = args.Contains("--skip-tests");
        var inProcess = args.Contains("--in-process") || args.Contains(ChildSwitch);
        var stackIndex = Array.IndexOf(args, "--stack-mb");
        var stackMb = stackIndex >= 0 ? double.Parse(args[stackIndex + 1], CultureInfo.InvariantCulture) : 1.5;
        var dumpIndex = Array.IndexOf(args, "--dump");
        var dump = dumpIndex >= 0 ? Path.GetFullPath(args[dumpIndex + 1]) : null;
        var folders = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (stackIndex < 0 || i != stackIndex + 1) && (dumpIndex < 0 || i != dumpIndex + 1)).ToList();
        if (folders.Count == 0 || folders.Any(f => !Directory.Exists(f)))
        {
            Console.Error.WriteLine("usage: realmodels [--skip-tests] [--in-process] [--stack-mb N] [--dump DIR] FOLDER [FOLDER...]  (every FOLDER must exist)");
            return 2;
        }

        if (args.Contains(ChildSwitch))
        {
            // One folder, on a thread with the stack a compiler thread-pool thread gets on Linux (1.5 MB), not the main
            // thread's 8 MB: a recursion the build would not survive must not pass here.
            var thread = new Thread(() => RealModelPass.Run(folders[0], skipTests, dump, Console.Out), (int)(stackMb * 1024 * 1024));
            thread.Start();
            thread.Join();
            return 0;
        }

        Console.WriteLine("# Annotate-then-generate pass over real code bases");
        Console.WriteLine();
        Console.WriteLine($"`realmodels {string.Join(' ', args)}` — {RuntimeInformation()}, {Environment.ProcessorCount} cores, "
            + $"generator {typeof(Generator.PrivacyGenerator).Assembly.GetName().Version}, compiler {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}, "
            + $"references: .NET shared framework{(HasAspNetCore() ? " + ASP.NET Core shared framework" : string.Empty)} + PrivacyAnalyzers.Annotations/.Runtime; "
            + $"the pass runs on a {stackMb} MB stack.");
        Console.WriteLine();
        var summaries = new List<string>();
        foreach (var folder in folders)
        {
            if (inProcess)
            {
                var writer = new SummaryFilter(Console.Out, summaries);
                var thread = new Thread(() => RealModelPass.Run(folder, skipTests, dump, writer), (int)(stackMb * 1024 * 1024));
                thread.Start();
                thread.Join();
            }
            else
            {
                RunChild(folder, skipTests, stackMb, dump, summaries);
            }
        }

        Console.WriteLine("## Summary");
        Console.WriteLine();
        Console.WriteLine(RealModelPass.Summary.Header);
        foreach (var line in summaries)
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    private static void RunChild(string folder, bool skipTests, double stackMb, string? dump, List<string> summaries)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (string.Equals(Path.GetFileNameWithoutExtension(Environment.ProcessPath), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in new[] { "realmodels", ChildSwitch, "--stack-mb", stackMb.ToString(CultureInfo.InvariantCulture) }.Concat(skipTests ? new[] { "--skip-tests" } : Array.Empty<string>())
            .Concat(dump is null ? Array.Empty<string>() : new[] { "--dump", dump })
            .Append(folder))
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var errors = new List<string>();
        child.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.Add(e.Data);
                }
            }
        };
        child.BeginErrorReadLine();
        var sawSummary = false;
        string? line;
        while ((line = child.StandardOutput.ReadLine()) is not null)
        {
            if (line.StartsWith(RealModelPass.Summary.Prefix, StringComparison.Ordinal))
            {
                summaries.Add(line.Substring(RealModelPass.Summary.Prefix.Length));
                sawSummary = true;
            }
            else
            {
                Console.WriteLine(line);
            }
        }

        child.WaitForExit();
        if (child.ExitCode != 0 || !sawSummary)
        {
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            var stackOverflow = errors.Any(e => e.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase));
            Console.WriteLine();
            Console.WriteLine($"**The process crashed on {name}** after {watch.Elapsed.TotalSeconds:F1} s: exit code {child.ExitCode}{(stackOverflow ? ", stack overflow" : string.Empty)}. Last lines of its error output:");
            Console.WriteLine();
            Console.WriteLine("```");
            lock (errors)
            {
                // A stack overflow prints the repeating frames; the first lines and the distinct frames say where.
                foreach (var error in errors.Take(12).Concat(errors.Skip(12).Distinct().TakeLast(30)))
                {
                    Console.WriteLine(error);
                }
            }

            Console.WriteLine("```");
            Console.WriteLine();
            summaries.Add($"| {name} | **crashed**: exit code {child.ExitCode}{(stackOverflow ? ", stack overflow" : string.Empty)} | | | | | | | | | | |");
        }
    }

    private static bool HasAspNetCore()
    {
        _ = RealModelSources.References;
        return RealModelSources.AspNetCoreDirectory is not null;
    }

    private static string RuntimeInformation() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + " " + System.Runtime.InteropServices.RuntimeInformation.OSArchitecture;

    /// <summary>Passes a section through, keeping its summary line for the table at the end (in-process runs).</summary>
    private sealed class SummaryFilter : TextWriter
    {
        private readonly TextWriter _inner;
        private readonly List<string> _summaries;

        public SummaryFilter(TextWriter inner, List<string> summaries)
        {
            _inner = inner;
            _summaries = summaries;
        }

        public override System.Text.Encoding Encoding => _inner.Encoding;

        public override void Write(char value) => _inner.Write(value);

        public override void WriteLine(string? value)
        {
            if (value is not null && value.StartsWith(RealModelPass.Summary.Prefix, StringComparison.Ordinal))
            {
                _summaries.Add(value.Substring(RealModelPass.Summary.Prefix.Length));
            }
            else
            {
                _inner.WriteLine(value);
            }
        }
    }
}
