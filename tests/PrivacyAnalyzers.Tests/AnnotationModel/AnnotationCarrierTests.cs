using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.AnnotationModel;

/// <summary>The reader answers which declaration carried [NotPersonalData] and which type declares its own [DataSubject].</summary>
public sealed class AnnotationCarrierTests
{
    private const string Source = """
        using PrivacyAnalyzers;
        [NotPersonalData("Aggregates only")]
        public class Report
        {
            public class Row { public string Region { get; set; } = ""; }
            [NotPersonalData("Generated")] public string Id { get; set; } = "";
            public string Title { get; set; } = "";
        }
        [DataSubject("Customer")] public class Customer { }
        public class Vip : Customer { }
        """;

    private static (Compilation Compilation, AnnotationReader Reader) Create()
    {
        var compilation = CSharpCompilation.Create(
            "T",
            new[] { CSharpSyntaxTree.ParseText(Source) },
            TestReferences.Framework.Add(TestReferences.Annotations),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return (compilation, new AnnotationReader(compilation));
    }

    [Theory]
    [InlineData("Report", "Id", null, "Generated")]
    [InlineData("Report", "Title", "Report", "Aggregates only")]
    [InlineData("Report+Row", "Region", "Report", "Aggregates only")]
    public void NotPersonalData_names_the_declaration_that_carried_it(string type, string member, string? carrier, string reason)
    {
        var (compilation, reader) = Create();
        var symbol = compilation.GetTypeByMetadataName(type)!.GetMembers(member).Single();
        var attribute = reader.FindNotPersonalData(symbol, out var found);
        Assert.NotNull(attribute);
        Assert.Equal(reason, AnnotationReader.ReadConstructorString(attribute!, 0));
        Assert.Equal(carrier, found?.Name);
    }

    [Fact]
    public void Own_DataSubject_is_not_inherited_but_the_effective_one_is()
    {
        var (compilation, reader) = Create();
        var vip = compilation.GetTypeByMetadataName("Vip")!;
        Assert.Null(reader.FindOwnDataSubject(vip));
        Assert.NotNull(reader.FindDataSubject(vip));
        Assert.NotNull(reader.FindOwnDataSubject(compilation.GetTypeByMetadataName("Customer")!));
    }
}
