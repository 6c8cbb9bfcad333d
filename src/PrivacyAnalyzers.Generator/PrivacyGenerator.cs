using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Generator.Emitting;
using PrivacyAnalyzers.Generator.Model;
using PrivacyAnalyzers.Generator.Parsing;

namespace PrivacyAnalyzers.Generator;

/// <summary>
/// Generates the assembly's personal-data inventory (<c>[assembly: PrivacyInventoryJson]</c> and
/// <c>PrivacyAnalyzers.Generated.{Assembly}.AssemblyPrivacyInventory</c>) and, for every <c>[DataSubject]</c> type, a
/// reflection-free exporter <c>{Type}PrivacyExporter</c>. Parsers build equatable models (no symbols, no syntax); emitters
/// take only the models.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PrivacyGenerator : IIncrementalGenerator
{
    /// <summary>The readings kept between compilations (<see cref="ParseCache"/>); set by <see cref="Initialize"/>.</summary>
    internal ParseCache? Cache { get; private set; }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Marked declarations are found in two halves (MarkedDeclarations): by written name, from syntax, walked once per
        // file; by the bound attribute class, which ParseCache runs only for what an edit can have changed. Both run
        // in one step on every compilation. ForAttributeWithMetadataName would bind every marked declaration on every
        // compilation (most of the generator's cost per keystroke), and every syntax provider costs the driver a table
        // per file per compilation (docs/performance.md, issue 14).
        var cache = Cache = new ParseCache();
        var assembly = context.CompilationProvider
            .Select((compilation, token) => cache.Assembly(compilation, token))
            .WithTrackingName(TrackingNames.Assembly);
        var readings = context.CompilationProvider
            .Select((compilation, token) => cache.Read(compilation, token));
        var members = readings
            .Select(static (read, _) => read.Members)
            .WithTrackingName(TrackingNames.PersonalDataMembers);
        var subjects = readings
            .Select(static (read, _) => read.Subjects)
            .WithTrackingName(TrackingNames.SubjectTypes);

        // Each member's reading holds only its own attributes (and its type's facts, once per type); the defaults are
        // applied here, from equatable inputs, so an edit that changes no annotation leaves every input equal and this
        // step cached.
        var inventory = members
            .Combine(subjects)
            .Combine(assembly)
            .Select(static (input, _) => InventoryParser.Merge(input.Left.Left.Items, input.Left.Right.Items, input.Right))
            .WithTrackingName(TrackingNames.Inventory);

        context.RegisterSourceOutput(inventory, static (spc, model) =>
        {
            if (model.Entries.IsEmpty && model.Subjects.IsEmpty)
            {
                return;
            }

            if (!model.Assembly.HasRuntime)
            {
                spc.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.PRIV032, Location.None, model.Assembly.AssemblyName));
                return;
            }

            spc.AddSource(InventoryEmitter.HintName, SourceText.From(InventoryEmitter.Emit(model), System.Text.Encoding.UTF8));
        });

        // The parse result carries diagnostics with locations, which move whenever text above the type changes; the
        // models alone (no locations) are what the emitting steps depend on, so an edit elsewhere in the file re-emits nothing.
        // The walk of each subject's types is kept between compilations while what it read is unchanged (ParseCache):
        // this step runs for every subject on every compilation, the walk only after an edit that can change it.
        var parsedExporters = readings
            .SelectMany(static (read, _) => read.Exporters.Items);
        var exporters = parsedExporters
            .Select(static (result, _) => result.Exporter)
            .WithTrackingName(TrackingNames.Exporters);

        // Class and file names are made unique across all exporters, once, from their identities (names only): an edit
        // inside one type leaves the names equal, so it re-emits that exporter alone.
        var identities = exporters
            .Select(static (model, _) => model is null ? null : ExporterNames.IdentityOf(model))
            .Collect()
            .Select(static (all, _) => new Boxed<EquatableArray<ExporterName>>(ExporterNames.Resolve(all.Where(i => i is not null).Select(i => i!).OrderBy(i => i.SubjectTypeFullyQualified, System.StringComparer.Ordinal).ToEquatableArray())))
            .WithTrackingName(TrackingNames.ExporterNames);

        // Exporters, erasers and retention schedules are written when the assembly references the runtime and the project
        // has not switched them off (build property PrivacyAnalyzersGenerateExporters=false: a project that answers no
        // access, portability or erasure request from this assembly then does not compile about 180 lines per data
        // subject; the inventory and the privacy files are unchanged).
        // Yes/no values travel as Switch, step results as references (Boxed): see Switch for why (fewer methods to JIT-compile).
        var generateExporters = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => Switch.Of(GeneratorOptions.GenerateExporters(options.GlobalOptions)));
        var emitCode = assembly
            .Combine(generateExporters)
            .Select(static (pair, _) => Switch.Of(pair.Left.HasRuntime && pair.Right.IsOn));

        var exportersWithAssembly = exporters
            .Combine(emitCode)
            .Combine(identities)
            .Select(static (input, _) => input.Left.Right.IsOn && input.Left.Left is { } model ? ExporterNames.MakeUnique(model, input.Right.Value) : null)
            .WithTrackingName(TrackingNames.ExportersWithAssembly);

        context.RegisterSourceOutput(exportersWithAssembly, static (spc, exporter) =>
        {
            if (exporter is not null)
            {
                spc.AddSource(exporter.HintName, SourceText.From(ExporterEmitter.Emit(exporter), System.Text.Encoding.UTF8));
            }
        });

        // Erasers (docs/erasure.md) are built by the exporter's walk and named after the exporter's final name.
        var erasers = parsedExporters
            .Select(static (result, _) => result.Eraser)
            .Combine(emitCode)
            .Combine(identities)
            .Select(static (input, _) => input.Left.Right.IsOn && input.Left.Left is { } model ? EraserEmitter.Name(model, input.Right.Value) : null)
            .WithTrackingName(TrackingNames.Erasers);

        context.RegisterSourceOutput(erasers, static (spc, eraser) =>
        {
            if (eraser is not null)
            {
                spc.AddSource(EraserEmitter.HintName(eraser), SourceText.From(EraserEmitter.Emit(eraser), System.Text.Encoding.UTF8));
            }
        });

        var diagnostics = parsedExporters
            .Select(static (result, _) => new Boxed<EquatableArray<DiagnosticInfo>>(result.Diagnostics))
            .Collect()
            .Combine(generateExporters)
            .Select(static (input, _) => new Boxed<EquatableArray<DiagnosticInfo>>(input.Left.SelectMany(d => d.Value).Where(d => input.Right.IsOn || !GeneratorOptions.AboutGeneratedCode(d.Id)).Distinct().ToEquatableArray()))
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(diagnostics, static (spc, all) =>
        {
            foreach (var diagnostic in all.Value)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }
}
