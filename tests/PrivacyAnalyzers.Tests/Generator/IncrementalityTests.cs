using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Generator;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>A second run on an unchanged or unrelatedly edited compilation reuses every named step, and the models hold no symbols or syntax.</summary>
public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly string[] AlwaysRecorded = TrackedSteps;

    [Fact]
    public void Every_named_step_is_cached_on_a_cloned_compilation()
    {
        var compilation = GeneratorRunner.Compile(new[] { ShopSources.Model, ShopSources.Records });
        var first = GeneratorRunner.Run(compilation);
        var second = GeneratorRunner.Run(compilation.Clone(), first.Driver);
        AssertAllStepsReused(second);
        AssertSameSources(first, second);
    }

    [Fact]
    public void Every_named_step_is_cached_after_adding_an_unrelated_file()
    {
        var compilation = GeneratorRunner.Compile(new[] { ShopSources.Model, ShopSources.Records });
        var first = GeneratorRunner.Run(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Shop { public static class Helpers { public static int Two() => 2; } }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options, "/src/Helpers.cs"));
        var second = GeneratorRunner.Run(edited, first.Driver);
        AssertAllStepsReused(second);
        AssertSameSources(first, second);
    }

    [Fact]
    public void Every_named_step_is_cached_after_editing_a_method_body_in_an_annotated_file()
    {
        var withMethod = ShopSources.Model.Replace("public string? Hidden => hidden;", "public string? Hidden => hidden;\n        public int Compute() { return 1; }", StringComparison.Ordinal);
        var compilation = GeneratorRunner.Compile(new[] { withMethod });
        var first = GeneratorRunner.Run(compilation);
        var tree = compilation.SyntaxTrees.First();
        var newTree = tree.WithChangedText(tree.GetText().Replace(withMethod.IndexOf("return 1;", StringComparison.Ordinal), "return 1;".Length, "return 2 + 40;"));
        var second = GeneratorRunner.Run(compilation.ReplaceSyntaxTree(tree, newTree), first.Driver);

        // The edit moves the text after it, so diagnostics located there (PRIV033 on a [DataSubject] type below the
        // edit) are reported again at their new position: the diagnostics step changes, every model and source does not.
        AssertAllStepsReused(second, except: TrackingNames.Diagnostics);
        AssertSameSources(first, second);
        Assert.Equal(
            first.GeneratorDiagnostics.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal),
            second.GeneratorDiagnostics.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Changing_an_annotation_changes_the_output()
    {
        var compilation = GeneratorRunner.Compile(new[] { ShopSources.Model });
        var first = GeneratorRunner.Run(compilation);
        var tree = compilation.SyntaxTrees.First();
        var text = tree.GetText().ToString();
        var edited = text.Replace("[PersonalData(\"Contact.Email\")]", "[PersonalData(\"Contact.Email\", Source = DataSource.Derived)]", StringComparison.Ordinal);
        var second = GeneratorRunner.Run(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(edited))), first.Driver);
        Assert.NotEqual(first.Source("Shop.CustomerPrivacyExporter.g.cs"), second.Source("Shop.CustomerPrivacyExporter.g.cs"));
        var source = second.Source("PrivacyInventory.g.cs");
        const string Start = "PrivacyInventoryJson(@\"";
        var json = source.Substring(source.IndexOf(Start, StringComparison.Ordinal) + Start.Length);
        json = json.Substring(0, json.IndexOf("\")]", StringComparison.Ordinal)).Replace("\"\"", "\"", StringComparison.Ordinal);
        var email = PrivacyAnalyzers.Inventory.InventoryJson.Parse(json).Entries.Single(e => e.Type == "Shop.Customer" && e.Member == "Email");
        Assert.Equal(PrivacyAnalyzers.DataSource.Derived, email.Source);
    }

    [Fact]
    public void Editing_one_annotated_class_re_emits_only_its_exporter_its_eraser_and_the_inventory()
    {
        static string Subject(string name, string category) => $$"""
            using PrivacyAnalyzers;
            namespace People;
            [DataSubject("{{name}}", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
            public sealed class {{name}}
            {
                [PersonalData("{{category}}")] public string? Email { get; set; }
                [PersonalData("Identity.Name")] public string? Name { get; set; }
                public int Id { get; set; }
            }
            """;
        var compilation = GeneratorRunner.Compile(new[] { Subject("Customer", "Contact.Email"), Subject("Employee", "Contact.Email"), Subject("Patient", "Contact.Email") });
        var first = GeneratorRunner.Run(compilation);
        var tree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Subject("Customer", "Contact.Phone"))));

        var second = GeneratorRunner.Run(edited, first.Driver);

        var steps = second.Result.Results.Single().TrackedSteps;
        var exporterReasons = steps[TrackingNames.Exporters].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(3, exporterReasons.Count);
        Assert.Single(exporterReasons, r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(2, exporterReasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        var eraserReasons = steps[TrackingNames.Erasers].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(3, eraserReasons.Count);
        Assert.Single(eraserReasons, r => r == IncrementalStepRunReason.Modified);

        // What the driver re-ran to produce sources: the edited type's exporter and eraser (the category is in both) and
        // the inventory, nothing else.
        var rerunOutputs = steps["SourceOutput"].Where(s => s.Outputs.Any(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)).ToList();
        Assert.Equal(3, rerunOutputs.Count);
        Assert.Contains("\"Contact.Phone\"", second.Source("People.CustomerPrivacyErasure.g.cs"), StringComparison.Ordinal);
        Assert.Equal(first.Source("People.EmployeePrivacyErasure.g.cs"), second.Source("People.EmployeePrivacyErasure.g.cs"));

        Assert.NotEqual(first.Source("People.CustomerPrivacyExporter.g.cs"), second.Source("People.CustomerPrivacyExporter.g.cs"));
        Assert.Contains("\"Contact.Phone\"", second.Source("People.CustomerPrivacyExporter.g.cs"), StringComparison.Ordinal);
        Assert.Equal(first.Source("People.EmployeePrivacyExporter.g.cs"), second.Source("People.EmployeePrivacyExporter.g.cs"));
        Assert.Equal(first.Source("People.PatientPrivacyExporter.g.cs"), second.Source("People.PatientPrivacyExporter.g.cs"));
        Assert.NotEqual(first.Source("PrivacyInventory.g.cs"), second.Source("PrivacyInventory.g.cs"));
    }

    [Fact]
    public void Every_named_step_is_cached_after_editing_an_unrelated_file()
    {
        var helpers = "namespace Shop { public static class Helpers { public static int Two() => 2; } }";
        var compilation = GeneratorRunner.Compile(new[] { ShopSources.Model, helpers });
        var first = GeneratorRunner.Run(compilation);
        var tree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(helpers.Replace("=> 2;", "=> 1 + 1; public static string Name => \"x\";", StringComparison.Ordinal))));
        var second = GeneratorRunner.Run(edited, first.Driver);
        AssertAllStepsReused(second);
        AssertSameSources(first, second);
    }

    [Fact]
    public void Step_outputs_hold_no_symbols_syntax_compilations_or_locations()
    {
        var run = GeneratorRunner.Run(ShopSources.Model, ShopSources.Records);
        var steps = run.Result.Results.Single().TrackedSteps;
        foreach (var name in AlwaysRecorded)
        {
            Assert.True(steps.ContainsKey(name), $"Step '{name}' was not tracked.");
        }

        foreach (var name in TrackedSteps.Where(steps.ContainsKey))
        {
            foreach (var step in steps[name])
            {
                foreach (var (output, _) in step.Outputs)
                {
                    ModelWalker.AssertNoRoslynObjects(output, name);
                }
            }
        }
    }

    [Fact]
    public void The_walker_rejects_a_symbol_inside_a_model()
    {
        var compilation = GeneratorRunner.Compile(new[] { "class C { }" });
        var holder = new List<object> { "fine", compilation.GetTypeByMetadataName("C")! };
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => ModelWalker.AssertNoRoslynObjects(holder, "test"));
    }

    private static void AssertAllStepsReused(GeneratorRun run, string? except = null)
    {
        var steps = run.Result.Results.Single().TrackedSteps;
        foreach (var name in AlwaysRecorded)
        {
            Assert.True(steps.ContainsKey(name), $"Step '{name}' was not tracked.");
        }

        foreach (var name in TrackedSteps.Where(steps.ContainsKey).Where(n => n != except))
        {
            foreach (var step in steps[name])
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step '{name}' output was {reason}.");
                }
            }
        }
    }

    private static void AssertSameSources(GeneratorRun first, GeneratorRun second)
    {
        Assert.Equal(first.Sources.Count, second.Sources.Count);
        foreach (var pair in first.Sources)
        {
            Assert.Equal(pair.Value, second.Sources[pair.Key]);
        }
    }
}

/// <summary>Walks a model graph (properties, fields, enumerables) and fails on ISymbol, SyntaxNode, SyntaxTree, Compilation, SemanticModel, Location or AttributeData.</summary>
internal static class ModelWalker
{
    public static void AssertNoRoslynObjects(object? root, string step)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, step, visited, 0);
    }

    private static void Walk(object? value, string path, HashSet<object> visited, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 64)
        {
            return;
        }

        if (value is ISymbol or SyntaxNode or SyntaxTree or Compilation or SemanticModel or Location or AttributeData or SyntaxToken or SyntaxReference)
        {
            throw new Xunit.Sdk.XunitException($"{path} holds a {value.GetType().Name}; models must hold names and values only.");
        }

        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable enumerable)
        {
            var i = 0;
            foreach (var item in enumerable)
            {
                Walk(item, path + "[" + i++ + "]", visited, depth + 1);
            }

            return;
        }

        var type = value.GetType();
        if (type.Namespace is { } ns && (ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && type.Name is not ("TextSpan" or "LinePositionSpan" or "LinePosition")))
        {
            throw new Xunit.Sdk.XunitException($"{path} holds a Roslyn {type.FullName}.");
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, visited, depth + 1);
        }
    }
}
