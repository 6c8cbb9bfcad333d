using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Benchmarks.Workload;
using PrivacyAnalyzers.Generator;

namespace PrivacyAnalyzers.Benchmarks.Generation;

/// <summary>
/// The generator on the default workload, as the IDE runs it: a first run, then one run after each kind of edit, from
/// a driver that has seen the unedited compilation. An edit inside a method body or to an unrelated file must reuse
/// every step and re-emit nothing; an edit to one annotated class re-emits that class's exporter and the inventory.
/// Compilations are bound in setup, so the figures are the generator's own work, not the compiler's binding.
/// The <c>floor</c> rows run <see cref="FloorGenerator"/>: the same attribute lookups doing nothing, Roslyn's own share.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private Compilation _methodBodyEdited = null!;
    private Compilation _unrelatedFileEdited = null!;
    private Compilation _annotatedClassEdited = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _floorWarm = null!;
    private Func<GeneratorDriver> _keystroke = null!;
    private Func<GeneratorDriver> _floorKeystroke = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = WorkloadProject.Create().Compile();
        var service = _compilation.SyntaxTrees.First(t => t.FilePath.EndsWith("Service0.cs", StringComparison.Ordinal));
        var subject = _compilation.SyntaxTrees.First(t => t.FilePath.EndsWith("Customer0.cs", StringComparison.Ordinal));

        // Inside a method body of a service (it maps an annotated entity).
        _methodBodyEdited = Edit(_compilation, service, "return list.Count;", "return list.Count + 0;");

        // A file with no annotation at all, the Privacy.cs of assembly attributes aside: a new helper method.
        var unrelated = _compilation.SyntaxTrees.First(t => t.FilePath.EndsWith("Service1.cs", StringComparison.Ordinal));
        _unrelatedFileEdited = Edit(_compilation, unrelated, "public int Count(", "public static int Two() => 2;\n\n    public int Count(");

        // One [DataSubject] class: an annotation's category changes.
        var text = subject.GetText().ToString();
        var index = text.IndexOf("[PersonalData(\"", StringComparison.Ordinal);
        _annotatedClassEdited = Edit(_compilation, subject, text.Substring(index, text.IndexOf(')', index) - index + 1), "[PersonalData(\"Contact.Phone\")]");

        foreach (var compilation in new[] { _compilation, _methodBodyEdited, _unrelatedFileEdited, _annotatedClassEdited })
        {
            _ = compilation.GetDiagnostics();
        }

        _warm = NewDriver().RunGenerators(_compilation);
        _floorWarm = NewFloorDriver().RunGenerators(_compilation);
        _keystroke = Keystrokes(floor: false);
        _floorKeystroke = Keystrokes(floor: true);
    }

    [Benchmark(Description = "floor: keystroke (a new compilation each time)")]
    public GeneratorDriver FloorKeystroke() => _floorKeystroke();

    [Benchmark(Description = "keystroke (a new compilation each time)")]
    public GeneratorDriver Keystroke() => _keystroke();

    [Benchmark(Description = "floor: first run")]
    public GeneratorDriver FloorFirstRun() => NewFloorDriver().RunGenerators(_compilation);

    [Benchmark(Description = "floor: edit inside a method body")]
    public GeneratorDriver FloorMethodBodyEdit() => _floorWarm.RunGenerators(_methodBodyEdited);

    [Benchmark(Description = "floor: edit to an unrelated file")]
    public GeneratorDriver FloorUnrelatedFileEdit() => _floorWarm.RunGenerators(_unrelatedFileEdited);

    [Benchmark(Description = "first run")]
    public GeneratorDriver FirstRun() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "edit inside a method body")]
    public GeneratorDriver MethodBodyEdit() => _warm.RunGenerators(_methodBodyEdited);

    [Benchmark(Description = "edit to an unrelated file")]
    public GeneratorDriver UnrelatedFileEdit() => _warm.RunGenerators(_unrelatedFileEdited);

    [Benchmark(Description = "edit to one annotated class")]
    public GeneratorDriver AnnotatedClassEdit() => _warm.RunGenerators(_annotatedClassEdited);

    /// <summary>
    /// Keystrokes as the IDE sees them: each call types into a method body, making a new syntax tree and a new compilation
    /// (nothing of it bound yet), and runs the generator on it from the previous call's driver. Unlike the edit cases above
    /// (one edited compilation, bound in setup, run again and again), this includes what a new compilation costs the
    /// generator: Roslyn's lazily built state of the new compilation that the generator's first questions pay for.
    /// </summary>
    public Func<GeneratorDriver> Keystrokes(bool floor)
    {
        var driver = floor ? _floorWarm : _warm;
        var type = KeystrokesWithoutGenerator();
        return () => driver = driver.RunGenerators(type());
    }

    /// <summary>What <see cref="Keystrokes"/> costs without the generator: each call a new tree and compilation, typed into a method body.</summary>
    public Func<Compilation> KeystrokesWithoutGenerator()
    {
        Compilation compilation = _compilation;
        var tree = _compilation.SyntaxTrees.First(t => t.FilePath.EndsWith("Service0.cs", StringComparison.Ordinal));
        var text = tree.GetText().ToString();
        var count = 0;
        return () =>
        {
            var typed = SourceText.From(text.Replace("return list.Count;", "return list.Count + " + (++count % 10).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";", StringComparison.Ordinal));
            var newTree = tree.WithChangedText(typed);
            compilation = compilation.ReplaceSyntaxTree(tree, newTree);
            tree = newTree;
            return compilation;
        };
    }

    private static GeneratorDriver NewDriver() => NewDriver(new PrivacyGenerator());

    private static GeneratorDriver NewFloorDriver() => NewDriver(new FloorGenerator());

    private static GeneratorDriver NewDriver(IIncrementalGenerator generator) => CSharpGeneratorDriver.Create(
        new[] { generator.AsSourceGenerator() },
        parseOptions: WorkloadProject.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static Compilation Edit(CSharpCompilation compilation, SyntaxTree tree, string find, string replace)
    {
        var text = tree.GetText().ToString();
        if (!text.Contains(find, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{tree.FilePath} no longer contains '{find}'; update the benchmark's edit.");
        }

        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text.Replace(find, replace, StringComparison.Ordinal))));
    }
}
