using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Tests.Generator;

namespace PrivacyAnalyzers.Tests.Erasure;

/// <summary>The generated eraser and retention schedule, run on a model with one member per rule (docs/erasure.md).</summary>
public sealed class ErasureTests
{
    private static readonly Lazy<Assembly> Compiled = new(() =>
        GeneratorRunner.Run(ErasureSources.Model, ErasureSources.Probe).AssertCompilesClean().Load());

    private static string Call(string method, params object[] arguments) =>
        (string)Compiled.Value.GetType("Probe")!.GetMethod(method)!.Invoke(null, arguments)!;

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<string, string> Fields(string values) =>
        values.Split('|').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static string Entry(string report, string path) =>
        Assert.Single(Lines(report), l => l.TrimStart().StartsWith(path + ":", StringComparison.Ordinal)).Trim();

    [Fact]
    public void A_subject_request_erases_what_has_no_reason_to_stay_and_keeps_the_legal_obligations()
    {
        var output = Call("Subject");
        var values = Fields(Lines(output)[0]);
        Assert.Equal("<null>", values["Email"]);
        Assert.Equal("[erased]", values["Name"]); // cannot be null: the documented token
        Assert.Equal("1990-01-01", values["BirthDate"]); // a date of birth keeps its year only
        Assert.Equal("1991-01-01", values["Born"]);
        Assert.Equal("TAX-1900714", values["TaxId"]); // legal obligation
        Assert.Equal("<null>", values["Segment"]);
        Assert.Equal("COMPLAINT-42", values["Complaint"]); // legal claims
        Assert.Equal("0", values["Phones"]);
        Assert.Equal("0", values["Score"]);
        Assert.Equal("[erased]", values["Nick"]);
        Assert.Equal("<null>", values["Street"]); // a struct, erased on a copy written back
        Assert.Equal("120.5/<null>/<null>", values["Order0"]); // the amount is kept (legal obligation), the rest erased
        Assert.Equal("99/<null>/<null>", values["Order1"]);

        Assert.Equal("Customer.TaxId: retained (legal obligation: P10Y from end of contract) until 2035-01-01", Entry(output, "Customer.TaxId"));
        Assert.Equal("Customer.Complaint: retained (kept for legal claims (Art. 17(3)(e)): P6Y from end of contract) until 2031-01-01", Entry(output, "Customer.Complaint"));
        Assert.Equal("Customer.Orders[0].Total: retained (legal obligation: P10Y from collection) until 2034-01-01", Entry(output, "Customer.Orders[0].Total"));
        Assert.Equal("Customer.Orders[1].Total: retained (legal obligation: P10Y from collection) until 2040-01-01", Entry(output, "Customer.Orders[1].Total"));
        Assert.Equal("Customer.Email: erased", Entry(output, "Customer.Email"));
        Assert.Equal("Customer.BirthDate: anonymised", Entry(output, "Customer.BirthDate"));
        Assert.Equal("Customer.Nick: anonymised", Entry(output, "Customer.Nick"));
    }

    [Fact]
    public void Another_data_subject_is_reported_and_never_changed()
    {
        var output = Call("Subject");
        var values = Fields(Lines(output)[0]);
        Assert.Equal("ion@example.com/Ion Ionescu", values["Referrer"]);
        Assert.Equal("Maria Popescu", values["Spouse"]);
        Assert.Equal("Customer.Referrer: not erased: another data subject (Customer)", Entry(output, "Customer.Referrer"));
        Assert.Equal("Customer.Spouse: not erased: another data subject (Person)", Entry(output, "Customer.Spouse"));
        Assert.StartsWith("Customer.Friends: not erased: another data subject", Entry(output, "Customer.Friends"), StringComparison.Ordinal);

        // The orders point back at the subject itself: a cycle, not another person, and walked once.
        Assert.DoesNotContain(Lines(output), l => l.Contains(".Customer:", StringComparison.Ordinal));
        Assert.Single(Lines(output), l => l.Contains("Customer.Orders[0].ShipTo:", StringComparison.Ordinal));
    }

    [Fact]
    public void Unannotated_and_not_personal_members_are_untouched_and_not_reported()
    {
        var output = Call("Subject");
        var values = Fields(Lines(output)[0]);
        Assert.Equal("NOTES-UNANNOTATED", values["Notes"]);
        Assert.Equal("REF-NOTPERSONAL", values["Reference"]);
        Assert.DoesNotContain(Lines(output), l => l.Contains(".Notes", StringComparison.Ordinal) || l.Contains(".Reference", StringComparison.Ordinal) || l.Contains("LastActivityAt", StringComparison.Ordinal));
    }

    [Fact]
    public void Erasing_twice_changes_nothing_more()
    {
        var lines = Lines(Call("Twice"));
        Assert.Equal(lines[0], lines[1]);
        Assert.Contains(lines, l => l.Trim() == "Customer.TaxId: retained (legal obligation: P10Y from end of contract) until 2035-01-01");
    }

    [Fact]
    public void Preview_reports_without_changing_anything()
    {
        var output = Call("Preview");
        var values = Fields(Lines(output)[0]);
        Assert.Equal("ana@example.com", values["Email"]);
        Assert.Equal("Customer.Email: erased", Entry(output, "Customer.Email"));
    }

    [Fact]
    public void A_retention_purge_erases_exactly_what_has_expired_whichever_is_sooner_or_later()
    {
        // 2030-06: the segment (P2Y from last activity 2027-01-01) has run out; order 1's address (sooner of 2028 and
        // 2031) has, its note (later of the two) has not; the legal obligations and the consented e-mail (no retention) stay.
        var lines = Lines(Call("Retention", 2030, 6));
        Assert.Equal("Customer.Orders[0].Note,Customer.Orders[0].ShipTo,Customer.Orders[1].ShipTo,Customer.Segment", lines[0]); // walk order: members by name
        var after = Fields(lines[2]);
        Assert.Equal("<null>", after["Segment"]);
        Assert.Equal("ana@example.com", after["Email"]);
        Assert.Equal("TAX-1900714", after["TaxId"]);
        Assert.Equal("120.5/<null>/<null>", after["Order0"]);
        Assert.Equal("99/<null>/NOTE-NEW", after["Order1"]);
        var report = string.Join("\n", lines);
        Assert.Equal("Customer.Segment: erased (retention P2Y from last activity ran out)", Entry(report, "Customer.Segment"));
        Assert.Equal("Customer.Email: retained (no retention period declared)", Entry(report, "Customer.Email"));
        Assert.Equal("Customer.Orders[1].Note: retained (retention P3Y from end of contract or P1Y from collection, whichever is later has not run out) until 2031-01-01", Entry(report, "Customer.Orders[1].Note"));

        // 2026-06: only order 0's address (sooner: 2025-01-01) has run out; its note (later: 2028-01-01) has not.
        var early = Lines(Call("Retention", 2026, 6));
        Assert.Equal("Customer.Orders[0].ShipTo", early[0]);
        Assert.Equal("120.5/<null>/NOTE-OLD", Fields(early[2])["Order0"]);
    }

    [Fact]
    public void An_export_after_erasure_holds_no_erased_value()
    {
        var bytes = (byte[])Compiled.Value.GetType("Probe")!.GetMethod("ExportAfterErasure")!.Invoke(null, null)!;
        var text = Encoding.UTF8.GetString(bytes);
        foreach (var erased in new[] { "ana@example.com", "Ana Popescu", "1990-07-14", "SEGMENT-VIP", "+40700000001", "anapop", "Strada Florilor", "SHIP-OLD", "NOTE-NEW" })
        {
            Assert.DoesNotContain(erased, text, StringComparison.Ordinal);
        }

        Assert.Contains("TAX-1900714", text, StringComparison.Ordinal); // retained, still the subject's data
        Assert.DoesNotContain("ion@example.com", text, StringComparison.Ordinal); // another subject: a link, in the export as before
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void The_eraser_compiles_without_warnings(LanguageVersion version)
    {
        var run = GeneratorRunner.Run(GeneratorRunner.Compile(new[] { ErasureSources.Model }, version)).AssertCompilesClean();
        Assert.Contains("Shop.CustomerPrivacyErasure.g.cs", run.Sources.Keys);
        Assert.Contains("Shop.PersonPrivacyErasure.g.cs", run.Sources.Keys);
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id is "PRIV040" or "PRIV041" or "PRIV043"));
    }
}
