using System.IO;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>One diagnostic line of MSBuild console output: <c>path(line,col): warning ID: message [project]</c>.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    private static readonly Regex Pattern = new(
        @"^\s*(?<file>.+?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>warning|error|info) (?<id>[A-Za-z]+\d+): (?<message>.*?)(?: \[[^\]]+\])?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The file name without folders, for messages and comparisons.</summary>
    public string FileName => Path.GetFileName(File);

    public override string ToString() => $"{FileName}({Line},{Column}): {Severity} {Id}: {Message}";

    /// <summary>Every distinct diagnostic in the output (MSBuild may print a line twice).</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
        output.Split('\n')
            .Select(line => Pattern.Match(line))
            .Where(match => match.Success)
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Value.Trim(),
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value))
            .Distinct()
            .ToList();
}
