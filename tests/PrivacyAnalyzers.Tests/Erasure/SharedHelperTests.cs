using System.IO;
using System.Text;
using PrivacyAnalyzers.Erasure;
using PrivacyAnalyzers.Export;

namespace PrivacyAnalyzers.Tests.Erasure;

/// <summary>
/// The runtime's shared helpers that the generated exporters and erasers call instead of repeating the code in every
/// generated class: argument checks, the session set-up, the short forms of <see cref="ErasureSession.Decide"/>, the
/// retention schedule's list of expired members.
/// </summary>
public sealed class SharedHelperTests
{
    private static readonly DateTimeOffset Now = new(2030, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static string ParamName(Action call) => Assert.Throws<ArgumentNullException>(call).ParamName!;

    [Fact]
    public void Start_checks_the_subject_before_the_request_and_sets_up_the_session()
    {
        Assert.Equal("subject", ParamName(() => ErasureSession.Start(null, null, "Customer", false)));
        Assert.Equal("subject", ParamName(() => ErasureSession.Start(null, ErasureRequest.FromSubject(Now), "Customer", false)));
        Assert.Equal("request", ParamName(() => ErasureSession.Start(new object(), null, "Customer", false)));

        var subject = new object();
        var request = ErasureRequest.ForRetention(Now);
        var session = ErasureSession.Start(subject, request, "Customer", true);
        Assert.Same(subject, session.Subject);
        Assert.Same(request, session.Request);
        Assert.True(session.IsPreview);
        Assert.False(ErasureSession.Start(subject, request, "Customer", false).IsPreview);
        Assert.Equal("Customer", session.ToReport().DataSubject);
    }

    public static IEnumerable<object?[]> Decisions()
    {
        var ends = new DateTimeOffset?[] { null, Now.AddTicks(-1), Now, Now.AddTicks(1) };
        foreach (var kind in new[] { ErasureKind.SubjectRequest, ErasureKind.Retention })
        {
            foreach (var preview in new[] { false, true })
            {
                foreach (var anonymise in new[] { false, true })
                {
                    foreach (var retainReason in new[] { null, "legal obligation" })
                    {
                        foreach (var retention in new[] { null, "P1Y from collection" })
                        {
                            foreach (var end in ends)
                            {
                                yield return new object?[] { kind, preview, anonymise, retainReason, retention, end };
                            }
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public void The_short_forms_decide_and_report_what_Decide_does(ErasureKind kind, bool preview, bool anonymise, string? retainReason, string? retention, DateTimeOffset? end)
    {
        var outcome = anonymise ? ErasureOutcome.Anonymised : ErasureOutcome.Erased;
        var request = new ErasureRequest(Now, kind);
        var expected = new ErasureSession(request, null, "Customer", preview);
        var actual = new ErasureSession(request, null, "Customer", preview);

        var write = expected.Decide("C.X", "Cat", outcome, retainReason, retention, end, null);
        Assert.Equal(write, anonymise ? actual.Anonymise("C.X", "Cat", retainReason, retention, end) : actual.Erase("C.X", "Cat", retainReason, retention, end));
        if (!end.HasValue)
        {
            Assert.Equal(
                expected.Decide("C.Y", "Cat", outcome, retainReason, retention, null, null),
                anonymise ? actual.Anonymise("C.Y", "Cat", retainReason, retention) : actual.Erase("C.Y", "Cat", retainReason, retention));
        }

        if (!end.HasValue && retainReason is null && retention is null)
        {
            Assert.Equal(expected.Decide("C.Z", null, outcome, null, null, null, null), anonymise ? actual.Anonymise("C.Z", null) : actual.Erase("C.Z", null));
        }

        Assert.Equal(Lines(expected.ToReport()), Lines(actual.ToReport()));
        Assert.Equal(Outcomes(expected.ToReport()), Outcomes(actual.ToReport()));
        if (preview)
        {
            Assert.False(write); // a preview never writes
        }
    }

    [Fact]
    public void A_retention_runs_out_at_its_end_not_a_tick_later()
    {
        var session = new ErasureSession(ErasureRequest.ForRetention(Now), null, "Customer", false);
        Assert.True(session.Erase("C.AtEnd", null, null, "P1Y from collection", Now));
        Assert.False(session.Erase("C.TickBefore", null, null, "P1Y from collection", Now.AddTicks(1)));
        Assert.False(session.Anonymise("C.Unknown", null, null, "P1Y from collection")); // no end known: kept by a purge
        Assert.False(session.Erase("C.Plain", null)); // nothing declared: a purge keeps it
        Assert.Equal(
            new[]
            {
                "C.AtEnd: erased (retention P1Y from collection ran out)",
                "C.TickBefore: retained (retention P1Y from collection has not run out) until 2030-06-01",
                "C.Unknown: retained (retention P1Y from collection: its start is not known)",
                "C.Plain: retained (no retention period declared)",
            },
            Lines(session.ToReport()));
    }

    [Fact]
    public void Expired_members_are_every_entry_neither_retained_nor_another_data_subject_in_walk_order()
    {
        var session = new ErasureSession(ErasureRequest.ForRetention(Now), null, "Customer", true);
        session.Decide("C.Kept", null, ErasureOutcome.Erased, null, "P1Y from collection", Now.AddDays(1), null);
        session.Decide("C.Gone", null, ErasureOutcome.Erased, null, "P1Y from collection", Now.AddDays(-1), null);
        session.OtherSubject("C.Referrer", "Customer", new object());
        session.Decide("C.Readonly", null, ErasureOutcome.Erased, null, "P1Y from collection", Now.AddDays(-1), "it is get-only");
        session.Decide("C.Nick", null, ErasureOutcome.Anonymised, null, "P1Y from collection", Now, null);
        Assert.Equal(new[] { "C.Gone", "C.Readonly", "C.Nick" }, ErasureSession.ExpiredMembers(session.ToReport()));
        Assert.Equal("preview", ParamName(() => ErasureSession.ExpiredMembers(null!)));
    }

    [Fact]
    public void CreateFor_checks_the_subject_before_the_stream()
    {
        Assert.Equal("subject", ParamName(() => PersonalDataWriter.CreateFor(null, null!, ExportFormat.Json, ExportScope.Access)));
        Assert.Equal("stream", ParamName(() => PersonalDataWriter.CreateFor(new object(), null!, ExportFormat.Json, ExportScope.Access)));
        using var stream = new MemoryStream();
        using var writer = PersonalDataWriter.CreateFor(new object(), stream, ExportFormat.Xml, ExportScope.Portability);
        Assert.IsType<XmlPersonalDataWriter>(writer);
        Assert.Equal(ExportScope.Portability, writer.Scope);
        Assert.False(writer.IsAccess);
    }

    [Fact]
    public void StartSubject_checks_its_arguments_then_starts_and_enters_the_subject()
    {
        using var stream = new MemoryStream();
        using var writer = PersonalDataWriter.Create(stream, ExportFormat.Csv, ExportScope.Access);
        Assert.True(writer.IsAccess);
        Assert.Equal("subject", ParamName(() => PersonalDataWriter.StartSubject(null, null, "Customer", "Shop.Customer")));
        Assert.Equal("writer", ParamName(() => PersonalDataWriter.StartSubject(new object(), null, "Customer", "Shop.Customer")));
        Assert.Equal("writer", ParamName(() => PersonalDataWriter.StartSubject(null, "Visit", "Shop.Visit")));

        var subject = new object();
        PersonalDataWriter.StartSubject(subject, writer, "Customer", "Shop.Customer");
        Assert.False(writer.TryStartObject("Back", null, subject)); // entered: a link back to it is not written again
        writer.WriteEndSubject();
        writer.Flush();
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("Back", text, StringComparison.Ordinal);
        Assert.Contains("the data subject of this export", text, StringComparison.Ordinal);
    }

    private static string[] Lines(ErasureReport report) => report.Entries.Select(e => e.ToString()).ToArray();

    private static ErasureOutcome[] Outcomes(ErasureReport report) => report.Entries.Select(e => e.Outcome).ToArray();
}
