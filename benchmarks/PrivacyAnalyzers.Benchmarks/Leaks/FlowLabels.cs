using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PrivacyAnalyzers.Benchmarks.LeakQuality;

/// <summary>A file position, relative to the repository root, with '/' separators; lines are 1-based.</summary>
internal readonly record struct FilePosition(string Path, int Line)
{
    public static FilePosition Parse(string text, string where)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var line) || line <= 0)
        {
            throw new FormatException($"{where}: expected PATH:LINE, got '{text}'");
        }

        return new FilePosition(text[..colon].Replace('\\', '/'), line);
    }

    public override string ToString() => Path + ":" + Line.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// One labelled line: a real flow of personal data into a log or an exception (<c>flow</c>), or a log/throw that looks
/// risky but carries none (<c>safe</c>, for reading false reports; it is scored like any unlabelled line in scope).
/// </summary>
internal sealed record FlowLabel(string Type, string Repo, string Commit, string Rule, FilePosition CallSite, FilePosition Sink, string Member, string Kind, string Note)
{
    public bool IsFlow => Type == "flow";
}

/// <summary>A report of a leak rule, its location relative to the repository root.</summary>
internal sealed record LeakReport(string Rule, string Repo, FilePosition At, string Message, ImmutableArray<FilePosition> Additional);

/// <summary>
/// The labelled flow set (<c>benchmarks/leaks/flows.tsv</c>): tab-separated lines, <c>#</c> comments.
/// <code>
/// scope  REPO  COMMIT  PATH
/// flow   REPO  COMMIT  RULE  CALLSITE_PATH:LINE  SINK_PATH:LINE  MEMBER_PATH  KIND  NOTE
/// safe   REPO  COMMIT  RULE  PATH:LINE           PATH:LINE       WHAT         -     NOTE
/// </code>
/// </summary>
internal sealed class FlowLabels
{
    public static readonly string[] Kinds = { "direct", "through-parameter", "through-member", "wrapper", "helper-return", "generic-structured", "delegate-other" };

    private FlowLabels(ImmutableArray<FlowLabel> labels, ImmutableDictionary<string, ImmutableHashSet<string>> scope)
    {
        Labels = labels;
        Scope = scope;
    }

    public ImmutableArray<FlowLabel> Labels { get; }

    /// <summary>Repository → the files read completely (paths relative to the repository root).</summary>
    public ImmutableDictionary<string, ImmutableHashSet<string>> Scope { get; }

    public static FlowLabels Read(string path) => Parse(File.ReadAllLines(path), path);

    public static FlowLabels Parse(IEnumerable<string> lines, string source)
    {
        var labels = ImmutableArray.CreateBuilder<FlowLabel>();
        var scope = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var where = source + ":" + number.ToString(CultureInfo.InvariantCulture);
            if (raw.TrimStart().StartsWith('#') || raw.Trim().Length == 0)
            {
                continue;
            }

            var cells = raw.Split('\t');
            switch (cells[0])
            {
                case "scope" when cells.Length == 4:
                    if (!scope.TryGetValue(cells[1], out var files))
                    {
                        scope.Add(cells[1], files = new HashSet<string>(StringComparer.Ordinal));
                    }

                    files.Add(cells[3].Replace('\\', '/'));
                    break;
                case "flow" or "safe" when cells.Length == 9:
                    if (cells[3] is not ("PRIV020" or "PRIV021"))
                    {
                        throw new FormatException($"{where}: rule must be PRIV020 or PRIV021, got '{cells[3]}'");
                    }

                    if (cells[0] == "flow" && !Kinds.Contains(cells[7]))
                    {
                        throw new FormatException($"{where}: unknown kind '{cells[7]}' (one of {string.Join(", ", Kinds)})");
                    }

                    labels.Add(new FlowLabel(cells[0], cells[1], cells[2], cells[3], FilePosition.Parse(cells[4], where), FilePosition.Parse(cells[5], where), cells[6], cells[7], cells[8]));
                    break;
                default:
                    throw new FormatException($"{where}: expected 'scope' with 4 tab-separated cells or 'flow'/'safe' with 9, got {cells.Length} starting '{cells[0]}'");
            }
        }

        foreach (var label in labels)
        {
            if (!scope.TryGetValue(label.Repo, out var files) || !files.Contains(label.CallSite.Path) || !files.Contains(label.Sink.Path))
            {
                throw new FormatException($"{source}: {label.Type} at {label.CallSite} / {label.Sink} of {label.Repo} is not in a scope file of that repository");
            }
        }

        return new FlowLabels(labels.ToImmutable(), scope.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    /// <summary>
    /// Only PRIV020 and PRIV021 are scored (PRIV022/PRIV023 reports are printed, not scored).
    /// The matching rule: a report matches a flow when it is the same rule, in the same repository, and its primary location
    /// is on the flow's call-site line or on its sink line (same file). A report in a scope file that matches no flow is a
    /// false report; reports outside the scope are ignored.
    /// </summary>
    public static bool Matches(LeakReport report, FlowLabel flow) =>
        flow.IsFlow && report.Rule == flow.Rule && report.Repo == flow.Repo && (report.At == flow.CallSite || report.At == flow.Sink);

    public bool InScope(LeakReport report) =>
        Scope.TryGetValue(report.Repo, out var files) && files.Contains(report.At.Path);

    public Score ScoreReports(IReadOnlyList<LeakReport> reports, IEnumerable<string> repos)
    {
        var repoSet = repos.ToHashSet(StringComparer.Ordinal);
        var flows = Labels.Where(l => l.IsFlow && repoSet.Contains(l.Repo)).ToImmutableArray();
        var inScope = reports.Where(r => r.Rule is "PRIV020" or "PRIV021" && InScope(r)).ToImmutableArray();
        var found = flows.Where(f => inScope.Any(r => Matches(r, f))).ToImmutableHashSet();
        var falseReports = inScope.Where(r => !flows.Any(f => Matches(r, f))).ToImmutableArray();
        return new Score(flows, inScope, found, falseReports);
    }

    /// <summary>The outcome of scoring: the flows (of the repositories analysed), the reports in scope, which flows a report matched.</summary>
    internal sealed record Score(ImmutableArray<FlowLabel> Flows, ImmutableArray<LeakReport> Reports, ImmutableHashSet<FlowLabel> Found, ImmutableArray<LeakReport> FalseReports)
    {
        public (int Reports, int True, int False, int Flows, int Found, int Missed) Count(Func<string, bool> repo, string rule, string? kind = null)
        {
            var reports = Reports.Count(r => r.Rule == rule && repo(r.Repo));
            var falseReports = FalseReports.Count(r => r.Rule == rule && repo(r.Repo));
            var flows = Flows.Where(f => f.Rule == rule && repo(f.Repo) && (kind is null || f.Kind == kind)).ToList();
            var found = flows.Count(Found.Contains);
            return (kind is null ? reports : 0, kind is null ? reports - falseReports : 0, kind is null ? falseReports : 0, flows.Count, found, flows.Count - found);
        }
    }

    public static string Ratio(int numerator, int denominator) =>
        denominator == 0 ? "—" : (numerator / (double)denominator).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Prints the figures as Markdown tables, then the missed flows and the false reports.</summary>
    public static void Print(Score score, IReadOnlyCollection<string> repos, IReadOnlyList<FlowLabel> safeLabels, TextWriter output)
    {
        var rules = new[] { "PRIV020", "PRIV021" };
        output.WriteLine("### Precision and recall");
        output.WriteLine();
        output.WriteLine("Precision = reports that match a flow / reports in scope; recall = flows matched by a report / flows.");
        output.WriteLine();
        output.WriteLine("| rule | repository | reports in scope | true | false | precision | flows | found | missed | recall |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var rule in rules)
        {
            foreach (var repo in repos.Select(r => (Name: r, Test: (Func<string, bool>)(x => x == r))).Append(("**all**", _ => true)))
            {
                var c = score.Count(repo.Test, rule);
                output.WriteLine($"| {rule} | {repo.Name} | {c.Reports} | {c.True} | {c.False} | {Ratio(c.True, c.Reports)} | {c.Flows} | {c.Found} | {c.Missed} | {Ratio(c.Found, c.Flows)} |");
            }
        }

        output.WriteLine();
        output.WriteLine("| rule | kind | flows | found | missed | recall |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var rule in rules)
        {
            foreach (var kind in Kinds)
            {
                var c = score.Count(_ => true, rule, kind);
                if (c.Flows > 0)
                {
                    output.WriteLine($"| {rule} | {kind} | {c.Flows} | {c.Found} | {c.Missed} | {Ratio(c.Found, c.Flows)} |");
                }
            }
        }

        output.WriteLine();
        output.WriteLine("### Missed flows");
        output.WriteLine();
        foreach (var flow in score.Flows.Where(f => !score.Found.Contains(f)).OrderBy(f => f.Rule).ThenBy(f => f.Repo).ThenBy(f => f.Kind).ThenBy(f => f.CallSite.Path).ThenBy(f => f.CallSite.Line))
        {
            output.WriteLine($"- {flow.Rule} {flow.Kind} `{flow.Member}` {flow.Repo} {flow.CallSite} -> {flow.Sink}: {flow.Note}");
        }

        output.WriteLine();
        output.WriteLine("### False reports (in scope, matching no flow)");
        output.WriteLine();
        foreach (var report in score.FalseReports.OrderBy(r => r.Rule).ThenBy(r => r.Repo).ThenBy(r => r.At.Path).ThenBy(r => r.At.Line))
        {
            var safe = safeLabels.FirstOrDefault(s => s.Repo == report.Repo && s.Rule == report.Rule && (s.CallSite == report.At || s.Sink == report.At));
            output.WriteLine($"- {report.Rule} {report.Repo} {report.At}: {report.Message}{(safe is null ? " (unlabelled line)" : $" — labelled safe: {safe.Note}")}");
        }

        output.WriteLine();
    }

    /// <summary><c>leaks --self-check</c>: the parser and the matching rule on a small made-up set; returns the failures.</summary>
    public static IReadOnlyList<string> SelfCheck()
    {
        var failures = new List<string>();
        void Expect(bool condition, string what)
        {
            if (!condition)
            {
                failures.Add(what);
            }
        }

        var labels = Parse(
            new[]
            {
                "# made-up",
                "scope\to/r\tc1\tsrc/A.cs",
                "scope\to/r\tc1\tsrc/B.cs",
                "flow\to/r\tc1\tPRIV020\tsrc/A.cs:10\tsrc/B.cs:20\tUser.Email\tthrough-parameter\tNotify(user.Email) logs its parameter",
                "flow\to/r\tc1\tPRIV020\tsrc/A.cs:30\tsrc/A.cs:30\tUser.Name\tdirect\tlogged as is",
                "flow\to/r\tc1\tPRIV021\tsrc/A.cs:40\tsrc/A.cs:40\tUser.Email\tdirect\tin the message",
                "safe\to/r\tc1\tPRIV020\tsrc/A.cs:50\tsrc/A.cs:50\tUser.Id\t-\tan id",
            },
            "self-check");
        Expect(labels.Labels.Length == 4 && labels.Scope["o/r"].Count == 2, "parses 3 flows, 1 safe line and 2 scope files");

        LeakReport R(string rule, string path, int line) => new(rule, "o/r", new FilePosition(path, line), "m", ImmutableArray<FilePosition>.Empty);
        var reports = new[]
        {
            R("PRIV020", "src/B.cs", 20), // at the sink of the parameter flow: matches it
            R("PRIV020", "src/A.cs", 10), // at its call site too: a second true report of the same flow
            R("PRIV021", "src/A.cs", 30), // right line, wrong rule: false
            R("PRIV020", "src/A.cs", 50), // on the safe line: false
            R("PRIV020", "src/C.cs", 1), // outside the scope: ignored
            R("PRIV021", "src/A.cs", 40), // direct: matches
            R("PRIV022", "src/A.cs", 60), // a rule that is not scored: ignored
        };
        var score = labels.ScoreReports(reports, new[] { "o/r" });
        Expect(score.Reports.Length == 5, "the report outside the scope is ignored");
        Expect(score.Found.Count == 2 && score.Found.All(f => f.Member == "User.Email"), "the parameter flow and the exception flow are found, the direct log flow is not");
        Expect(score.FalseReports.Length == 2, "the wrong-rule and safe-line reports are false");
        var log = score.Count(r => r == "o/r", "PRIV020");
        Expect(log == (3, 2, 1, 2, 1, 1), $"PRIV020 counts (reports, true, false, flows, found, missed) = (3, 2, 1, 2, 1, 1), got {log}");
        var exception = score.Count(_ => true, "PRIV021");
        Expect(exception == (2, 1, 1, 1, 1, 0), $"PRIV021 counts = (2, 1, 1, 1, 1, 0), got {exception}");
        Expect(score.Count(_ => true, "PRIV020", "direct") is { Flows: 1, Found: 0, Missed: 1 }, "per kind: the direct log flow is missed");
        Expect(Ratio(2, 3) == "0.67" && Ratio(0, 0) == "—", "ratios print with two decimals, — for none");
        var report = new LeakReport("PRIV020", "o/r", new FilePosition("src/A.cs", 3), "Personal data 'User.Email' is written", ImmutableArray.Create(new FilePosition("src/B.cs", 9)));
        var roundTrip = LeaksCommand.Parse(LeaksCommand.Format(report), "self-check");
        Expect(roundTrip.At == report.At && roundTrip.Message == report.Message && roundTrip.Additional.SequenceEqual(report.Additional), "a saved report reads back the same");

        foreach (var (bad, what) in new[]
        {
            ("flow\to/r\tc1\tPRIV022\tsrc/A.cs:1\tsrc/A.cs:1\tX\tdirect\tn", "an unscored rule"),
            ("flow\to/r\tc1\tPRIV020\tsrc/A.cs:1\tsrc/A.cs:1\tX\tsideways\tn", "an unknown kind"),
            ("flow\to/r\tc1\tPRIV020\tsrc/A.cs\tsrc/A.cs:1\tX\tdirect\tn", "a position without a line"),
            ("flow\to/r\tc1\tPRIV020\tsrc/Z.cs:1\tsrc/Z.cs:1\tX\tdirect\tn", "a flow outside the scope"),
        })
        {
            try
            {
                Parse(new[] { "scope\to/r\tc1\tsrc/A.cs", bad }, "self-check");
                failures.Add("rejects " + what);
            }
            catch (FormatException)
            {
            }
        }

        var list = AnnotationList.Parse(new[] { "N.User.Email -> Contact.Email  # comment", "N.User -> @DataSubject", "N.User.Nick -> -" }, "self-check");
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "namespace N\n{\n    public class User\n    {\n        public string Email { get; set; }\n        public string Nick, Other;\n        public record Inner(string Email);\n    }\n}\n");
        var (applied, names) = list.Apply(tree, new HashSet<string>());
        var text = applied.ToString();
        Expect(names.Count == 3, $"applies the two members and the subject, got {string.Join(", ", names)}");
        Expect(text.Contains("[global::PrivacyAnalyzers.PersonalData(Category = \"Contact.Email\")] public string Email", StringComparison.Ordinal), "annotates Email with its category on the same line");
        Expect(text.Contains("[global::PrivacyAnalyzers.PersonalData] public string Nick, Other;", StringComparison.Ordinal), "annotates the field without a category");
        Expect(text.Contains("[global::PrivacyAnalyzers.DataSubject(\"User\")] public class User", StringComparison.Ordinal), "marks the subject");
        Expect(text.Contains("record Inner(string Email)", StringComparison.Ordinal), "leaves N.User.Inner.Email alone");
        Expect(applied.GetText().Lines.Count == tree.GetText().Lines.Count, "keeps the line numbers");
        return failures;
    }

    public static string Header(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append("# ").Append(line).Append('\n');
        }

        return text.ToString();
    }
}
