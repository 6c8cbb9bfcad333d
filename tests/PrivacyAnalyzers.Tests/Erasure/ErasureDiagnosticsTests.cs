using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Tests.Generator;
using PrivacyAnalyzers.Tests.Harness;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.Tests.Erasure;

/// <summary>PRIV040–PRIV043: what the eraser cannot do is said at build time, never skipped silently.</summary>
public sealed class ErasureDiagnosticsTests
{
    private const string Records = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        namespace Clinic
        {
            [DataSubject("Patient")]
            public record Patient([property: PersonalData("Identity.Name")] string Name)
            {
                [PersonalData("Contact.Email")] public string? Email { get; init; }
                [PersonalData("Contact.Phone")] public string? Phone { get; }
                [PersonalData("Contact.Phone")] public string? Mobile { get; set; }
                [PersonalData("Health.Note", LegalBasis = LegalBasis.Consent, OnErasure = ErasureAction.Retain)] public string? Note { get; set; }
                [PersonalData("Health.Record", LegalBasis = LegalBasis.LegalObligation, OnErasure = ErasureAction.Retain)] public string? Record { get; set; }
                [PersonalData("Profile.Card")] public Card Card { get; set; } = new Card();
                [PersonalData("Profile.Visits", Retention = "P1Y", RetentionFrom = RetentionStart.LastActivity)] public string? Visits { get; set; }
                public readonly List<Visit> History = new List<Visit>();
            }

            public class Card { public string Number = ""; }

            public class Visit
            {
                [PersonalData("Health.Reason")] public readonly string Reason = "";
            }
        }
        """;

    private static readonly Lazy<GeneratorRun> Run = new(() => GeneratorRunner.Run(GeneratorRunner.Compile(new[] { Records, Probe })));

    private const string Probe = """
        using System;
        using PrivacyAnalyzers.Erasure;
        public static class Probe
        {
            public static string Run()
            {
                var p = new Clinic.Patient("Ana") { Email = "ana@example.com", Mobile = "0700", Note = "NOTE", Record = "RECORD", Visits = "3" };
                p.History.Add(new Clinic.Visit());
                var report = Clinic.PatientPrivacyEraser.Erase(p, ErasureRequest.FromSubject(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
                return report.ToString() + "complete=" + report.IsComplete + "\nName=" + p.Name + "|Email=" + p.Email + "|Mobile=" + (p.Mobile ?? "<null>") + "|Note=" + (p.Note ?? "<null>") + "|Record=" + p.Record;
            }
        }
        """;

    private static string[] Messages(string id) =>
        Run.Value.GeneratorDiagnostics.Where(d => d.Id == id).Select(d => d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(m => m, StringComparer.Ordinal).ToArray();

    [Fact]
    public void PRIV040_names_every_member_the_eraser_cannot_write_and_why()
    {
        var messages = Messages("PRIV040");
        Assert.Contains(messages, m => m.StartsWith("'Clinic.Patient.Name' is personal data the generated eraser cannot erase: it is a positional record member (init-only)", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("'Clinic.Patient.Email' is personal data the generated eraser cannot erase: it is init-only", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("'Clinic.Patient.Phone' is personal data the generated eraser cannot erase: it is get-only", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("'Clinic.Visit.Reason' is personal data the generated eraser cannot erase: it is a readonly field", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("Patient.Mobile", StringComparison.Ordinal));
        Assert.All(Run.Value.GeneratorDiagnostics.Where(d => d.Id == "PRIV040"), d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(Run.Value.GeneratorDiagnostics, d => d.Id == "PRIV040" && d.Location.GetLineSpan().Path == "/src/Test0.cs");
    }

    [Fact]
    public void PRIV041_reports_a_Retain_without_a_basis_that_permits_it_and_the_eraser_deletes_it()
    {
        var message = Assert.Single(Messages("PRIV041"));
        Assert.StartsWith("'Clinic.Patient.Note' says OnErasure = ErasureAction.Retain, but its legal basis (consent)", message, StringComparison.Ordinal);
        var output = Run.Value.AssertCompilesClean().Load().GetType("Probe")!.GetMethod("Run")!.Invoke(null, null) as string;
        Assert.Contains("|Note=<null>|Record=RECORD", output, StringComparison.Ordinal);
    }

    [Fact]
    public Task PRIV042_reports_a_retention_whose_start_no_member_holds() =>
        new AnalyzerTest().WithAnalyzer<RetentionStartAnalyzer>()
            .WithSource(Records.Replace("public string? Visits", "public string? [|Visits|]", StringComparison.Ordinal))
            .WithExpected(new ExpectedDiagnostic("The retention of 'Patient.Visits' runs from last activity, but neither its type nor the data subject type has a member marked [RetentionStartDate(RetentionStart.LastActivity)]; the generated retention schedule cannot tell when it runs out", DiagnosticSeverity.Info))
            .RunAsync();

    [Fact]
    public void PRIV042_is_no_longer_reported_by_the_generator()
    {
        Assert.Empty(Run.Value.GeneratorDiagnostics.Where(d => d.Id == "PRIV042"));
        Assert.NotEmpty(Run.Value.GeneratorDiagnostics.Where(d => d.Id == "PRIV041"));
    }

    [Fact]
    public void PRIV043_reports_a_non_nullable_member_with_no_anonymised_value()
    {
        var message = Assert.Single(Messages("PRIV043"));
        Assert.StartsWith("'Clinic.Patient.Card' cannot be null and PrivacyAnalyzers knows no anonymised value for 'Clinic.Card'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_lists_what_could_not_be_written_and_the_rest_is_erased()
    {
        var output = (string)Run.Value.AssertCompilesClean().Load().GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Contains("Patient.Name: not erased: cannot write (it is a positional record member (init-only))", output, StringComparison.Ordinal);
        Assert.Contains("Patient.Email: not erased: cannot write (it is init-only)", output, StringComparison.Ordinal);
        Assert.Contains("Patient.History[0].Reason: not erased: cannot write (it is a readonly field)", output, StringComparison.Ordinal);
        Assert.Contains("complete=False", output, StringComparison.Ordinal);
        Assert.Contains("Name=Ana|Email=ana@example.com|Mobile=<null>", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "Collection")]
    [InlineData(2, "LastActivity")]
    [InlineData(3, "EndOfContract")]
    [InlineData(4, "ConsentWithdrawal")]
    [InlineData(5, "AccountClosure")]
    [InlineData(6, "UnansweredCommunications")]
    [InlineData(7, "StatutoryPeriodEnd")]
    public void Every_retention_start_is_read_from_its_holder(int value, string start)
    {
        var source = """
            using System;
            using PrivacyAnalyzers;
            namespace Club
            {
                [DataSubject("Member")]
                public class Member
                {
                    [PersonalData("Contact.Email", LegalBasis = LegalBasis.Consent, Retention = "P1M", RetentionFrom = RetentionStart.START)] public string? Email { get; set; }
                    [RetentionStartDate(RetentionStart.START)] public DateTimeOffset? At { get; set; }
                }
            }
            public static class Probe
            {
                public static string Run(int month, int day)
                {
                    var m = new Club.Member { Email = "x@example.com", At = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) };
                    return string.Join(",", Club.MemberPrivacyRetention.ExpiredMembers(m, new DateTimeOffset(2030, month, day, 0, 0, 0, TimeSpan.Zero)));
                }
            }
            """.Replace("START", start, StringComparison.Ordinal);
        var run = GeneratorRunner.Run(GeneratorRunner.Compile(new[] { source }, LanguageVersion.CSharp8)).AssertCompilesClean();
        var method = run.Load().GetType("Probe")!.GetMethod("Run")!;
        Assert.Equal(string.Empty, method.Invoke(null, new object[] { 1, 31 })); // P1M from 2030-01-01 runs until 2030-02-01
        Assert.Equal("Member.Email", method.Invoke(null, new object[] { 2, 1 }));
        Assert.InRange(value, 1, 7);
    }
    [Fact]
    public void Data_kept_on_another_legal_basis_is_not_purged_before_that_period_ends()
    {
        // Consent for one month, and [RetainedUnder] a legal obligation for a year: the notice says it is kept a year, so
        // the retention schedule must not purge it after the month. Under an obligation whose start is unknown
        // (StatutoryPeriodEnd with no holder), it is never purged by the schedule.
        var source = """
            using System;
            using PrivacyAnalyzers;
            namespace Club
            {
                [DataSubject("Member")]
                public class Member
                {
                    [PersonalData("Contact.Email", LegalBasis = LegalBasis.Consent, Retention = "P1M", RetentionFrom = RetentionStart.Collection)]
                    [RetainedUnder(LegalBasis.LegalObligation, Retention = "P1Y", RetentionFrom = RetentionStart.Collection)]
                    public string? Email { get; set; }

                    [PersonalData("Contact.Phone", LegalBasis = LegalBasis.Consent, Retention = "P1M", RetentionFrom = RetentionStart.Collection)]
                    [RetainedUnder(LegalBasis.LegalObligation, Retention = "P0D", RetentionFrom = RetentionStart.StatutoryPeriodEnd)]
                    public string? Phone { get; set; }

                    [PersonalData("Identity.Name", LegalBasis = LegalBasis.Consent, Retention = "P1M", RetentionFrom = RetentionStart.Collection)]
                    public string? Name { get; set; }

                    [RetentionStartDate(RetentionStart.Collection)] public DateTimeOffset? CollectedAt { get; set; }
                }
            }
            public static class Probe
            {
                public static string Run(int year, int month, int day)
                {
                    var m = new Club.Member { Email = "x@example.com", Phone = "0700000000", Name = "Ana", CollectedAt = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) };
                    return string.Join(",", Club.MemberPrivacyRetention.ExpiredMembers(m, new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero)));
                }
            }
            """;
        var run = GeneratorRunner.Run(GeneratorRunner.Compile(new[] { source }, LanguageVersion.CSharp8)).AssertCompilesClean();
        var method = run.Load().GetType("Probe")!.GetMethod("Run")!;
        Assert.Equal(string.Empty, method.Invoke(null, new object[] { 2030, 1, 31 }));
        Assert.Equal("Member.Name", method.Invoke(null, new object[] { 2030, 2, 1 }));
        Assert.Equal("Member.Name", method.Invoke(null, new object[] { 2030, 12, 31 }));
        Assert.Equal("Member.Email,Member.Name", method.Invoke(null, new object[] { 2031, 1, 1 }));
        Assert.Equal("Member.Email,Member.Name", method.Invoke(null, new object[] { 2040, 1, 1 }));
    }
}
