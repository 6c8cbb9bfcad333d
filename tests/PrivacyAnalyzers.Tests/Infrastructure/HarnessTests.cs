using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Tests.Harness;
using Xunit.Sdk;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>The harness itself: markup, mismatches, compile gate, editorconfig options, exceptions, and what Roslyn's test framework checks through it (locations, Fix All).</summary>
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

    [Fact]
    public void Numbered_locations_are_parsed_and_markup_nests()
    {
        var parsed = TestMarkup.ParseAll("class {|#1:C|} { int {|#0:[|secret|]|}; }");
        Assert.Equal("class C { int secret; }", parsed.Source);
        Assert.Equal("secret", parsed.Source.Substring(parsed.Spans.Single().Span.Start, parsed.Spans.Single().Span.Length));
        Assert.Equal("secret", parsed.Source.Substring(parsed.Locations[0].Start, parsed.Locations[0].Length));
        Assert.Equal("C", parsed.Source.Substring(parsed.Locations[1].Start, parsed.Locations[1].Length));
    }

    [Fact]
    public Task Additional_locations_are_stated_with_numbered_markup() =>
        new AnalyzerTest().WithAnalyzer<FieldWithOwnerAnalyzer>()
            .WithSource("class {|#1:C|} { int {|#0:secret|}; }")
            .WithDiagnostics(AnalyzerTest.Diagnostic("TEST003").WithLocation(0).WithLocation(1))
            .RunAsync();

    [Fact]
    public async Task A_wrong_additional_location_fails()
    {
        await Assert.ThrowsAnyAsync<XunitException>(() =>
            new AnalyzerTest().WithAnalyzer<FieldWithOwnerAnalyzer>()
                .WithSource("class C { int {|#0:secret|}; int {|#1:other|}; }")
                .WithDiagnostics(AnalyzerTest.Diagnostic("TEST003").WithLocation(0).WithLocation(1))
                .RunAsync());
    }

    [Fact]
    public Task A_fix_is_checked_one_at_a_time_and_with_Fix_All_in_every_scope() =>
        new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>()
            .WithSource("class C { int [|secret|]; }")
            .WithSource("class D { int [|secret|]; }")
            .WithCodeFix(new RenameFix(FixAllProviderKind.Batch))
            .ExpectFixed("class C { int hidden; }", "class D { int hidden; }")
            .RunAsync();

    [Fact]
    public async Task A_Fix_All_that_differs_from_fixing_one_at_a_time_fails()
    {
        var failure = await Assert.ThrowsAnyAsync<XunitException>(() =>
            new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>()
                .WithSource("class C { int [|secret|]; }")
                .WithCodeFix(new RenameFix(FixAllProviderKind.RenamesDifferently))
                .ExpectFixed("class C { int hidden; }")
                .RunAsync());
        Assert.Contains("Fix all", failure.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public Task A_different_Fix_All_result_can_be_stated() =>
        new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>()
            .WithSource("class C { int [|secret|]; }")
            .WithCodeFix(new RenameFix(FixAllProviderKind.RenamesDifferently))
            .ExpectFixed("class C { int hidden; }")
            .ExpectBatchFixed("class C { int concealed; }")
            .RunAsync();

    [Fact]
    public async Task A_provider_without_Fix_All_must_say_so_and_a_provider_with_one_must_not()
    {
        await Assert.ThrowsAnyAsync<XunitException>(() =>
            new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>().WithSource("class C { int [|secret|]; }")
                .WithCodeFix(new RenameFix(FixAllProviderKind.None)).ExpectFixed("class C { int hidden; }").RunAsync());
        await Assert.ThrowsAnyAsync<XunitException>(() =>
            new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>().WithSource("class C { int [|secret|]; }")
                .WithCodeFix(new RenameFix(FixAllProviderKind.Batch)).WithoutFixAll("test").ExpectFixed("class C { int hidden; }").RunAsync());
        await new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>().WithSource("class C { int [|secret|]; }")
            .WithCodeFix(new RenameFix(FixAllProviderKind.None)).WithoutFixAll("the test provider has none").ExpectFixed("class C { int hidden; }").RunAsync();
    }

    [Fact]
    public async Task A_fix_that_leaves_a_compiler_error_fails()
    {
        await Assert.ThrowsAnyAsync<XunitException>(() =>
            new AnalyzerTest().WithAnalyzer<FieldNamedSecretAnalyzer>()
                .WithSource("class C { int [|secret|]; int M() => secret; }")
                .WithCodeFix(new RenameFix(FixAllProviderKind.Batch))
                .ExpectFixed("class C { int hidden; int M() => secret; }")
                .RunAsync());
    }

    public enum FixAllProviderKind
    {
        None,
        Batch,
        RenamesDifferently,
    }

    /// <summary>Renames the reported field to <c>hidden</c>; its Fix All renames the same way, differently, or does not exist.</summary>
    private sealed class RenameFix : CodeFixProvider
    {
        private readonly FixAllProviderKind _fixAll;

        public RenameFix(FixAllProviderKind fixAll) => _fixAll = fixAll;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TEST001");

        public override FixAllProvider? GetFixAllProvider() => _fixAll switch
        {
            FixAllProviderKind.Batch => WellKnownFixAllProviders.BatchFixer,
            FixAllProviderKind.RenamesDifferently => FixAllProvider.Create(async (context, document, diagnostics) =>
            {
                var root = (await document!.GetSyntaxRootAsync(context.CancellationToken))!;
                var tokens = diagnostics.Select(d => root.FindToken(d.Location.SourceSpan.Start));
                return document.WithSyntaxRoot(root.ReplaceTokens(tokens, (t, _) => SyntaxFactory.Identifier("concealed").WithTriviaFrom(t)));
            }),
            _ => null,
        };

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Rename to hidden", async cancellationToken =>
                {
                    var root = (await context.Document.GetSyntaxRootAsync(cancellationToken))!;
                    var token = root.FindToken(context.Span.Start);
                    return context.Document.WithSyntaxRoot(root.ReplaceToken(token, SyntaxFactory.Identifier("hidden").WithTriviaFrom(token)));
                }, equivalenceKey: "hidden"),
                context.Diagnostics);
            return Task.CompletedTask;
        }
    }

    /// <summary>Reports a field named <c>secret</c> with its containing type as additional location.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class FieldWithOwnerAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST003", "t", "field '{0}'", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(
                c =>
                {
                    if (c.Symbol.Name == "secret")
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Rule, c.Symbol.Locations[0], new[] { c.Symbol.ContainingType.Locations[0] }, c.Symbol.Name));
                    }
                },
                SymbolKind.Field);
        }
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
