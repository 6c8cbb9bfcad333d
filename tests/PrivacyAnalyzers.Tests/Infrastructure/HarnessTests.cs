using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Tests.Harness;
using Xunit.Sdk;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>The harness itself: markup, mismatches, compile gate, editorconfig options, exceptions.</summary>
public sealed class HarnessTests
{
    [Fact]
    public void Markup_is_removed_and_spans_point_at_the_text()
    {
        var (source, spans) = TestMarkup.Parse("class [|A|] { int {|X001:b|}; }");
        Assert.Equal("class A { int b; }", source);
        Assert.Equal(2, spans.Count);
        Assert.Equal("A", source.Substring(spans[0].Span.Start, spans[0].Span.Length));
        Assert.Null(spans[0].Id);
        Assert.Equal("X001", spans[1].Id);
        Assert.Equal("b", source.Substring(spans[1].Span.Start, spans[1].Span.Length));
    }

    [Fact]
    public Task Reports_on_marked_spans_pass() =>
        new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>()
            .WithSource("class C { int [|secret|]; int other; }")
            .WithMessages("field 'secret'")
            .RunAsync();

    [Fact]
    public async Task A_missing_diagnostic_fails()
    {
        await Assert.ThrowsAnyAsync<XunitException>(() =>
            new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>().WithSource("class C { int [|other|]; }").RunAsync());
    }

    [Fact]
    public async Task An_unexpected_diagnostic_fails()
    {
        await Assert.ThrowsAnyAsync<XunitException>(() =>
            new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>().WithSource("class C { int secret; }").RunAsync());
    }

    [Fact]
    public async Task Source_that_does_not_compile_fails_unless_allowed()
    {
        await Assert.ThrowsAnyAsync<XunitException>(() =>
            new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>().WithSource("class C { int [|secret|]; Missing m; }").RunAsync());
        await new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>().WithSource("class C { int [|secret|]; Missing m; }").AllowCompilerErrors().RunAsync();
    }

    [Fact]
    public Task Editorconfig_severity_is_applied() =>
        new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>()
            .WithEditorConfig("dotnet_diagnostic.TEST001.severity", "error")
            .WithSource("class C { int [|secret|]; }")
            .WithExpected(new ExpectedDiagnostic(Severity: DiagnosticSeverity.Error))
            .RunAsync();

    [Fact]
    public Task Editorconfig_options_reach_the_analyzer() =>
        new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>()
            .WithEditorConfig("test.extra_name", "other")
            .WithSource("class C { int [|secret|]; int [|other|]; }")
            .RunAsync();

    [Fact]
    public async Task An_analyzer_that_throws_fails_the_test()
    {
        var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
            new AnalyzerTest().WithAnalyzer<ThrowingAnalyzer>().WithSource("class C { }").RunAsync());
        Assert.Contains("threw", failure.Message, StringComparison.Ordinal);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class FieldNamedSecretAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "t", "field '{0}'", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(
                c =>
                {
                    var options = c.Options.AnalyzerConfigOptionsProvider.GetOptions(c.Symbol.Locations[0].SourceTree!);
                    options.TryGetValue("test.extra_name", out var extra);
                    if (c.Symbol.Name == "secret" || c.Symbol.Name == extra)
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, c.Symbol.Locations[0], c.Symbol.Name));
                    }
                },
                SymbolKind.Field);
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST002", "t", "m", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(_ => throw new InvalidOperationException("boom"), SymbolKind.NamedType);
        }
    }
}
