using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV016: a property that overrides or implements (implicitly or explicitly) a property marked personal data, and
/// carries no decision of its own (neither a marker nor [NotPersonalData]). Our attributes are read from the member
/// itself only, so the override would be missing from the inventory and the exports of the derived type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DroppedAnnotationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PRIV016);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = PrivacyTypes.Create(start.Compilation);
            if (!types.HasAnnotations && types.AspNetPersonalData is null && types.DataClassification is null)
            {
                return;
            }

            var reader = new AnnotationReader(types, start.Compilation.Assembly);
            start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, reader), SymbolKind.Property);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, AnnotationReader reader)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (property.IsIndexer || property.Locations.IsEmpty || !property.Locations[0].IsInSource)
        {
            return;
        }

        if (property.OverriddenProperty is null && property.ExplicitInterfaceImplementations.IsEmpty && property.ContainingType?.AllInterfaces.IsEmpty != false)
        {
            return;
        }

        if (reader.IsAnnotated(property))
        {
            return;
        }

        var implemented = ImplementedMembers.FindAnnotatedBase(property, reader, out _);
        if (implemented is null)
        {
            return;
        }

        if (CompilationDiagnostics.Create(context.Compilation, RuleDescriptors.PRIV016, property.Locations[0], MemberNames.Of(property), MemberNames.Of(implemented)) is { } diagnostic)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
