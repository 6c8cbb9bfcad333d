using System.IO;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Erasure;
using PrivacyAnalyzers.Export;
using PrivacyAnalyzers.Tests.Generator;

namespace PrivacyAnalyzers.Tests.Erasure;

/// <summary>
/// What a caller of the generated exporters, erasers and retention schedules sees at their entry points (the argument
/// checks, which the runtime's shared helpers make), and retention ends shared by several members of one type (which
/// the eraser computes once per object).
/// </summary>
public sealed class GeneratedEntryPointTests
{
    private const string Model = """
        using System;
        using PrivacyAnalyzers;

        [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Source = DataSource.ProvidedBySubject)]

        namespace Clinic
        {
            [DataSubject("Patient")]
            public class Patient
            {
                [PersonalData("Identity.Name", LegalBasis = LegalBasis.LegalObligation, Retention = "P5Y", RetentionFrom = RetentionStart.EndOfContract)]
                public string? Name { get; set; }
                [PersonalData("Contact.Email", LegalBasis = LegalBasis.LegalObligation, Retention = "P5Y", RetentionFrom = RetentionStart.EndOfContract)]
                public string? Email { get; set; }
                [PersonalData("Profile.Nick", OnErasure = ErasureAction.Anonymise, LegalBasis = LegalBasis.LegalObligation, Retention = "P5Y", RetentionFrom = RetentionStart.EndOfContract)]
                public string? Nick { get; set; }
                [PersonalData("Profile.Note", Retention = "P1Y")] public string? Note { get; set; }
                [PersonalData("Profile.Remark", Retention = "P1Y")] public string? Remark { get; set; }
                [PersonalData("Profile.Hobby")] public string? Hobby { get; set; }
                [RetentionStartDate(RetentionStart.EndOfContract)] public DateTimeOffset? ContractEndedAt { get; set; }
            }

            [DataSubject("Visitor")]
            public struct Visitor
            {
                [PersonalData("Identity.Name")] public string? Name { get; set; }
            }
        }
        """;

    private static readonly DateTimeOffset ContractEnd = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<GeneratorRun> Run = new(() => GeneratorRunner.Run(Model).AssertCompilesClean());

    private static readonly Lazy<Assembly> Compiled = new(() => Run.Value.Load());

    private static Type Generated(string name) => Compiled.Value.GetType("Clinic." + name, throwOnError: true)!;

    private static object Patient()
    {
        var patient = Activator.CreateInstance(Generated("Patient"))!;
        foreach (var (member, value) in new[] { ("Name", "Ana Popescu"), ("Email", "ana@example.com"), ("Nick", "anapop"), ("Note", "NOTE"), ("Remark", "REMARK"), ("Hobby", "chess") })
        {
            patient.GetType().GetProperty(member)!.SetValue(patient, value);
        }

        patient.GetType().GetProperty("ContractEndedAt")!.SetValue(patient, ContractEnd);
        return patient;
    }

    private static object? Invoke(string type, string method, params object?[] arguments)
    {
        try
        {
            return Generated(type).GetMethod(method)!.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static string ParamName(Action call) => Assert.Throws<ArgumentNullException>(call).ParamName!;

    [Fact]
    public void The_eraser_and_retention_schedule_name_the_missing_argument_the_subject_first()
    {
        var now = DateTimeOffset.UnixEpoch;
        Assert.Equal("subject", ParamName(() => Invoke("PatientPrivacyEraser", "Erase", null, null)));
        Assert.Equal("subject", ParamName(() => Invoke("PatientPrivacyEraser", "Erase", null, ErasureRequest.FromSubject(now))));
        Assert.Equal("request", ParamName(() => Invoke("PatientPrivacyEraser", "Erase", Patient(), null)));
        Assert.Equal("subject", ParamName(() => Invoke("PatientPrivacyEraser", "Preview", null, null)));
        Assert.Equal("request", ParamName(() => Invoke("PatientPrivacyEraser", "Preview", Patient(), null)));
        Assert.Equal("subject", ParamName(() => Invoke("PatientPrivacyRetention", "ExpiredMembers", null, now)));
        Assert.Equal("subject", ParamName(() => Invoke("PatientPrivacyRetention", "Purge", null, now)));

        // A struct subject is never null: only the request is checked.
        var visitor = Activator.CreateInstance(Generated("Visitor"))!;
        Assert.Equal("request", ParamName(() => Invoke("VisitorPrivacyEraser", "Erase", visitor, null)));
        Assert.Equal("request", ParamName(() => Invoke("VisitorPrivacyEraser", "Preview", visitor, null)));
    }

    [Fact]
    public void The_exporter_names_the_missing_argument_the_subject_first()
    {
        Assert.Equal("subject", ParamName(() => Invoke("PatientPrivacyExporter", "Export", null, null, ExportFormat.Json, ExportScope.Access)));
        Assert.Equal("stream", ParamName(() => Invoke("PatientPrivacyExporter", "Export", Patient(), null, ExportFormat.Json, ExportScope.Access)));
        Assert.Equal("subject", ParamName(() => Invoke("PatientPrivacyExporter", "Write", null, null)));
        Assert.Equal("writer", ParamName(() => Invoke("PatientPrivacyExporter", "Write", Patient(), null)));

        var visitor = Activator.CreateInstance(Generated("Visitor"))!;
        Assert.Equal("stream", ParamName(() => Invoke("VisitorPrivacyExporter", "Export", visitor, null, ExportFormat.Json, ExportScope.Access)));
        Assert.Equal("writer", ParamName(() => Invoke("VisitorPrivacyExporter", "Write", visitor, null)));
    }

    [Fact]
    public void A_null_subject_writes_nothing_to_the_stream()
    {
        using var stream = new MemoryStream();
        Assert.Equal("subject", ParamName(() => Invoke("PatientPrivacyExporter", "Export", null, stream, ExportFormat.Json, ExportScope.Access)));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void A_struct_subject_is_exported_and_erased_through_its_entry_points()
    {
        var visitor = Activator.CreateInstance(Generated("Visitor"))!;
        visitor.GetType().GetProperty("Name")!.SetValue(visitor, "Radu");
        using (var stream = new MemoryStream())
        {
            Invoke("VisitorPrivacyExporter", "Export", visitor, stream, ExportFormat.Csv, ExportScope.Access);
            Assert.Contains("Radu", System.Text.Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
        }

        var arguments = new object?[] { visitor, ErasureRequest.FromSubject(DateTimeOffset.UnixEpoch) };
        var report = (ErasureReport)Generated("VisitorPrivacyEraser").GetMethod("Erase")!.Invoke(null, arguments)!;
        Assert.Equal("Visitor.Name: erased", Assert.Single(report.Entries).ToString());
        Assert.Null(arguments[0]!.GetType().GetProperty("Name")!.GetValue(arguments[0])); // erased through the ref parameter
    }

    [Fact]
    public void Members_that_share_a_retention_are_decided_with_its_end_computed_once()
    {
        // The three members with "P5Y from end of contract" share one computed end, the two with an unknown start one text.
        var eraser = Run.Value.Source("Clinic.PatientPrivacyErasure.g.cs");
        Assert.Single(eraser.Split('\n'), l => l.TrimStart().StartsWith("var end", StringComparison.Ordinal));
        Assert.Equal(2, eraser.Split('\n').Count(l => l.TrimStart().StartsWith("const string retention", StringComparison.Ordinal)));

        var end = ContractEnd.AddYears(5);
        var subject = (ErasureReport)Invoke("PatientPrivacyEraser", "Preview", Patient(), ErasureRequest.FromSubject(end.AddSeconds(-1)))!;
        Assert.Equal(
            new[]
            {
                "Patient.Email: retained (legal obligation: P5Y from end of contract) until 2030-03-01",
                "Patient.Hobby: erased",
                "Patient.Name: retained (legal obligation: P5Y from end of contract) until 2030-03-01",
                "Patient.Nick: anonymised", // an explicit Anonymise is done on a subject's request (docs/erasure.md)
                "Patient.Note: erased",
                "Patient.Remark: erased",
            },
            subject.Entries.Select(e => e.ToString()).OrderBy(t => t, StringComparer.Ordinal));
        Assert.All(subject.Entries.Where(e => e.Outcome == ErasureOutcome.Retained), e => Assert.Equal(end, e.RetainedUntil));

        // At the end itself the retention has run out (an end at or before the request's time).
        Assert.Equal(new[] { "Patient.Email", "Patient.Name", "Patient.Nick" }, Sorted((IReadOnlyList<string>)Invoke("PatientPrivacyRetention", "ExpiredMembers", Patient(), end)!));
        Assert.Empty((IReadOnlyList<string>)Invoke("PatientPrivacyRetention", "ExpiredMembers", Patient(), end.AddTicks(-1))!);

        var patient = Patient();
        var purge = (ErasureReport)Invoke("PatientPrivacyRetention", "Purge", patient, end)!;
        Assert.Null(patient.GetType().GetProperty("Name")!.GetValue(patient));
        Assert.Null(patient.GetType().GetProperty("Email")!.GetValue(patient));
        Assert.Equal("[erased]", patient.GetType().GetProperty("Nick")!.GetValue(patient)); // anonymised: the token
        Assert.Equal("NOTE", patient.GetType().GetProperty("Note")!.GetValue(patient)); // its start is not known: kept
        Assert.Equal(
            "Patient.Note: retained (retention P1Y from an unspecified event: its start is not known)",
            Assert.Single(purge.Entries, e => e.Path == "Patient.Note").ToString());
        Assert.Equal(ErasureOutcome.Anonymised, Assert.Single(purge.Entries, e => e.Path == "Patient.Nick").Outcome);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void The_model_compiles_without_warnings(LanguageVersion version) =>
        GeneratorRunner.Run(GeneratorRunner.Compile(new[] { Model }, version)).AssertCompilesClean();

    private static string[] Sorted(IEnumerable<string> paths) => paths.OrderBy(p => p, StringComparer.Ordinal).ToArray();
}
