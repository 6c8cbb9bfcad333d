using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Logging;
using PrivacyAnalyzers.CodeFixes.Leaks;
using PrivacyAnalyzers.Leaks;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Leaks;

/// <summary>
/// The PRIV020 fix for projects using Microsoft's redaction: the logged personal data goes through a classified
/// [LoggerMessage] parameter. The fixed code is compiled with Microsoft.Extensions.Telemetry.Abstractions' own
/// [LoggerMessage] generator (Microsoft.Gen.Logging from the package), which must accept it without a diagnostic.
/// </summary>
public sealed class ClassifiedLoggingCodeFixTests
{
    private const string RouteKey = ClassifiedLoggingCodeFixProvider.EquivalenceKeyPrefix + "Route.PrivateDataAttribute";
    private const string ParameterKey = ClassifiedLoggingCodeFixProvider.EquivalenceKeyPrefix + "Parameter.PrivateDataAttribute";

    private static AnalyzerTest Test(bool telemetry = true)
    {
        var test = new AnalyzerTest()
            .WithAnalyzer<PersonalDataLogAnalyzer>()
            .WithReference(typeof(ILogger))
            .WithReference(typeof(DataClassificationAttribute))
            .WithReference(typeof(Redactor));
        return telemetry ? test.WithReference(typeof(LogPropertiesAttribute)) : test;
    }

    private static async Task<(Project Fixed, ImmutableArray<Diagnostic> Before)> FixAsync(string source, string? key, bool telemetry = true)
    {
        var test = Test(telemetry);
        var workspace = new AdhocWorkspace();
        var project = test.CreateProject(workspace, new[] { ("Customer.cs", LeakSources.Customer), ("Taxonomy.cs", ComplianceRedactionTests.Taxonomy), ("Service.cs", source) });
        var before = await test.GetDiagnosticsAsync(project);
        var fixedProject = await CodeFixRunner.FixOneByOneAsync(project, new ClassifiedLoggingCodeFixProvider(), key, null, test.GetDiagnosticsAsync);
        return (fixedProject, before);
    }

    private static async Task<List<CodeAction>> ActionsAsync(string source, bool telemetry)
    {
        var test = Test(telemetry);
        var workspace = new AdhocWorkspace();
        var project = test.CreateProject(workspace, new[] { ("Customer.cs", LeakSources.Customer), ("Taxonomy.cs", ComplianceRedactionTests.Taxonomy), ("Service.cs", source) });
        var diagnostics = await test.GetDiagnosticsAsync(project);
        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics)
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            await new ClassifiedLoggingCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), default));
        }

        return actions;
    }

    private static async Task<string> TextAsync(Project project, string name) =>
        (await project.Documents.Single(d => d.Name == name).GetTextAsync()).ToString();

    /// <summary>Compiles the project with Telemetry's [LoggerMessage] generator and returns every error and warning.</summary>
    private static async Task<List<Diagnostic>> CompileWithTelemetryGeneratorAsync(Project project)
    {
        var path = typeof(ClassifiedLoggingCodeFixTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TelemetryLoggingGenerator").Value!;
        Assert.True(File.Exists(path), $"The generator {path} is missing.");
        var generators = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(path, new GeneratorLoader()).GetGenerators(LanguageNames.CSharp);
        Assert.NotEmpty(generators);
        var compilation = (await project.GetCompilationAsync())!;
        var driver = CSharpGeneratorDriver.Create(generators.ToArray()).WithUpdatedParseOptions((CSharpParseOptions)project.ParseOptions!);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.True(output.SyntaxTrees.Count() > compilation.SyntaxTrees.Count(), "The generator produced nothing.");
        return generatorDiagnostics.Concat(output.GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
    }

    /// <summary>The [LoggerMessage] generator type of Microsoft.Extensions.Telemetry.Abstractions (Microsoft.Gen.Logging), loaded from the package.</summary>
    private static Type TelemetryGeneratorType()
    {
        var path = typeof(ClassifiedLoggingCodeFixTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TelemetryLoggingGenerator").Value!;
        Type?[] types;
        try
        {
            types = Assembly.LoadFrom(path).GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            types = partial.Types;
        }

        return types.Single(t => t is { IsAbstract: false } && t.GetCustomAttributes(inherit: false).Any(a => a is GeneratorAttribute))!;
    }

    private sealed class GeneratorLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    /// <summary>Why the provider has no Fix All (stated by every test that runs it on the test framework).</summary>
    private const string NoFixAll = "each fix rewrites the containing type (makes it partial and adds a [LoggerMessage] method named after the message), so fixes of several calls in one type would edit the same declaration: they are applied one at a time";

    private const string RoutedSource = """
        using Microsoft.Extensions.Logging;

        public class Service
        {
            public void Register(ILogger logger, Customer customer)
            {
                logger.LogInformation("Registered {Email} with id {Id}", [|customer.Email|], customer.Id);
            }
        }
        """;

    [Fact]
    public async Task A_logger_call_is_routed_through_a_classified_LoggerMessage_method_that_Telemetrys_generator_compiles()
    {
        // On the test framework: the one fix, no Fix All (by design), nothing left to report and no compiler error after it.
        await Test()
            .WithSource(LeakSources.Customer, "/src/Customer.cs")
            .WithSource(ComplianceRedactionTests.Taxonomy, "/src/Taxonomy.cs")
            .WithSource(RoutedSource, "/src/Service.cs")
            .WithSourceGenerator(TelemetryGeneratorType())
            .WithCodeFix(new ClassifiedLoggingCodeFixProvider(), RouteKey)
            .WithoutFixAll(NoFixAll)
            .ExpectFixed(LeakSources.Customer, ComplianceRedactionTests.Taxonomy, """
                using Microsoft.Extensions.Logging;

                public partial class Service
                {
                    public void Register(ILogger logger, Customer customer)
                    {
                        LogRegistered(logger, customer.Email, customer.Id);
                    }

                    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Email} with id {Id}")]
                    private static partial void LogRegistered(ILogger logger, [PrivateData] string email, int id);
                }
                """)
            .RunAsync();

        // In-house: the fixed code through Microsoft.Extensions.Telemetry.Abstractions' own [LoggerMessage] generator.
        var (fixedProject, before) = await FixAsync(RoutedSource.Replace("[|", "", StringComparison.Ordinal).Replace("|]", "", StringComparison.Ordinal), RouteKey);
        Assert.Single(before);
        Assert.Empty(await CompileWithTelemetryGeneratorAsync(fixedProject));
    }

    [Fact]
    public void The_provider_offers_no_Fix_All() =>
        Assert.Null(new ClassifiedLoggingCodeFixProvider().GetFixAllProvider());

    [Fact]
    public async Task Every_argument_carrying_personal_data_is_classified_and_an_exception_is_kept()
    {
        var (fixedProject, before) = await FixAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            namespace Shop
            {
                public static class Outer
                {
                    public class Mailer
                    {
                        public void Fail(ILogger logger, Customer customer, Exception error) =>
                            logger.LogError(error, "Could not mail {Email} or call {Phone} ({Status})", customer.Email, customer.Phone, customer.Status);
                    }
                }
            }
            """, RouteKey);

        Assert.Equal(2, before.Length);
        var text = await TextAsync(fixedProject, "Service.cs");
        Assert.Contains("public static partial class Outer", text, StringComparison.Ordinal);
        Assert.Contains("public partial class Mailer", text, StringComparison.Ordinal);
        Assert.Contains("LogCouldNotMail(logger, error, customer.Email, customer.Phone, customer.Status);", text, StringComparison.Ordinal);
        Assert.Contains(
            "private static partial void LogCouldNotMail(ILogger logger, Exception exception, [PrivateData] string email, [PrivateData] string? phone, CustomerStatus status);",
            text,
            StringComparison.Ordinal);
        Assert.Empty(await Test().GetDiagnosticsAsync(fixedProject));
        Assert.Empty(await CompileWithTelemetryGeneratorAsync(fixedProject));
    }

    [Fact]
    public async Task A_call_to_an_existing_LoggerMessage_method_classifies_its_parameter()
    {
        var (fixedProject, _) = await FixAsync("""
            using Microsoft.Extensions.Logging;

            public static partial class Log
            {
                [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Bounced {Email}")]
                public static partial void Bounced(ILogger logger, string email);
            }

            public class Service
            {
                public void Bounce(ILogger logger, Customer customer) => Log.Bounced(logger, customer.Email);
            }
            """.Replace("public static partial void Bounced(ILogger logger, string email);", "public static partial void Bounced(ILogger logger, string email);\n    public static partial void Bounced(ILogger logger, string email) { }", StringComparison.Ordinal), ParameterKey);

        var text = await TextAsync(fixedProject, "Service.cs");
        Assert.Contains("public static partial void Bounced(ILogger logger, [PrivateData] string email);", text, StringComparison.Ordinal);
        Assert.Empty(await Test().GetDiagnosticsAsync(fixedProject));
    }

    [Fact]
    public async Task The_fix_offers_the_projects_classification_then_UnknownDataClassification()
    {
        var actions = await ActionsAsync("""
            using Microsoft.Extensions.Logging;
            public class Service
            {
                public void Register(ILogger logger, Customer customer) => logger.LogInformation("Registered {Email}", customer.Email);
            }
            """, telemetry: true);

        Assert.Equal(
            new[]
            {
                "Log through a [LoggerMessage] method with the personal data classified [PrivateData]",
                "Log through a [LoggerMessage] method with the personal data classified [UnknownDataClassification]",
            },
            actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData(false, "logger.LogInformation(\"Registered {Email}\", customer.Email)")]
    [InlineData(true, "logger.LogInformation($\"Registered {customer.Email}\")")]
    [InlineData(true, "logger.LogInformation(\"Registered {Email} {Id}\", customer.Email)")]
    [InlineData(true, "logger.LogInformation(\"Registered {User.Email}\", customer.Email)")]
    public async Task Not_offered_without_Telemetry_or_for_a_message_that_is_not_a_matching_constant(bool telemetry, string call)
    {
        var actions = await ActionsAsync($$"""
            using Microsoft.Extensions.Logging;
            public class Service
            {
                public void Register(ILogger logger, Customer customer) => {{call}};
            }
            """, telemetry);

        Assert.Empty(actions);
    }
}
