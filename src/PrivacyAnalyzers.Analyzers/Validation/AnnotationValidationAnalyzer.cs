using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// Validates the annotations written in the compilation: PRIV010 retention, PRIV011 legal basis, PRIV012 Art. 9/10
/// condition, PRIV013 consent purpose, PRIV014 category, PRIV015 contradictions, PRIV017 interop markers, PRIV018 [ProcessingPurpose] names, PRIV050–PRIV052
/// implausible consent, PRIV053 statutory retention without a legal obligation, PRIV054 retention details that cannot
/// apply. One pass per
/// type over its fields and properties (record positional parameters included, through their properties), plus the
/// assembly-level [PersonalDataDefaults]. Only attributes written in source are reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AnnotationValidationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        RuleDescriptors.PRIV010,
        RuleDescriptors.PRIV011,
        RuleDescriptors.PRIV012,
        RuleDescriptors.PRIV013,
        RuleDescriptors.PRIV014,
        RuleDescriptors.PRIV015,
        RuleDescriptors.PRIV017,
        RuleDescriptors.PRIV018,
        RuleDescriptors.PRIV050,
        RuleDescriptors.PRIV051,
        RuleDescriptors.PRIV052,
        RuleDescriptors.PRIV053,
        RuleDescriptors.PRIV054);

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
            var obligations = new LegalObligationIndex(start.Compilation, reader, start.CancellationToken);
            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, reader, obligations), SymbolKind.NamedType);
            start.RegisterSymbolAction(symbolContext => AnalyzeParameters(symbolContext, reader), SymbolKind.Method);

            var assemblyAttributes = start.Compilation.Assembly.GetAttributes();
            if (reader.ReadRetainedUnder(assemblyAttributes) is { IsEmpty: false } retainedUnder)
            {
                // Each [assembly: RetainedUnder] is reported in the tree that writes it.
                start.RegisterSyntaxTreeAction(treeContext =>
                {
                    var found = new List<Diagnostic>();
                    foreach (var info in retainedUnder)
                    {
                        if (info.Attribute.ApplicationSyntaxReference?.SyntaxTree == treeContext.Tree)
                        {
                            RetentionDetailRule.CheckRetainedUnder(start.Compilation, reader, ImmutableArray.Create(info.Attribute), "[assembly: RetainedUnder]", found);
                        }
                    }

                    foreach (var diagnostic in found)
                    {
                        treeContext.ReportDiagnostic(diagnostic);
                    }
                });
            }

            if (reader.FindAssemblyDefaults(start.Compilation.Assembly) is { ApplicationSyntaxReference: { } reference } defaults)
            {
                start.RegisterSyntaxTreeAction(treeContext =>
                {
                    if (treeContext.Tree != reference.SyntaxTree)
                    {
                        return;
                    }

                    const string owner = "[assembly: PersonalDataDefaults]";
                    var found = new List<Diagnostic>();
                    Add(found, RetentionRule.Check(start.Compilation, defaults, owner));
                    RetentionDetailRule.CheckArguments(start.Compilation, defaults, owner, found);
                    foreach (var diagnostic in found)
                    {
                        treeContext.ReportDiagnostic(diagnostic);
                    }
                });
            }
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, AnnotationReader reader, LegalObligationIndex obligations)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var diagnostics = new List<Diagnostic>();

        if (reader.FindOwnDataSubject(type) is { } subject)
        {
            Add(diagnostics, RetentionRule.Check(context.Compilation, subject, type.Name));
            RetentionDetailRule.CheckArguments(context.Compilation, subject, type.Name, diagnostics);
        }

        ProcessingPurposeRule.Check(context.Compilation, reader, type, diagnostics);
        RetentionDetailRule.CheckRetainedUnder(context.Compilation, reader, type.GetAttributes(), type.Name, diagnostics);

        foreach (var member in type.GetMembers())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (member is IPropertySymbol or IFieldSymbol && !(member is IFieldSymbol { IsImplicitlyDeclared: true }))
            {
                AnalyzeMember(context.Compilation, member, reader, obligations, diagnostics);
            }
        }

        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>
    /// [PersonalData] on a parameter (a class's primary constructor, a method): the rules about what the attribute
    /// says (PRIV010, PRIV012, PRIV014, PRIV015). A record's positional parameters are checked through their properties.
    /// PRIV011, PRIV013 and PRIV050–PRIV053 are about stored data and apply to fields, properties and positional records only.
    /// </summary>
    private static void AnalyzeParameters(SymbolAnalysisContext context, AnnotationReader reader)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.Parameters.IsEmpty || method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove)
        {
            return;
        }

        List<Diagnostic>? diagnostics = null;
        foreach (var parameter in method.Parameters)
        {
            var marker = reader.FindPersonalDataMarker(parameter, out var origin);
            if (marker is null || IsPositionalRecordParameter(parameter))
            {
                continue;
            }

            diagnostics ??= new List<Diagnostic>();
            var name = MemberNames.Of(parameter);
            ContradictionRule.Check(context.Compilation, reader, parameter, name, marker, origin, diagnostics);
            if (origin == AnnotationOrigin.PersonalData)
            {
                var category = AnnotationReader.ReadCategory(marker);
                Add(diagnostics, RetentionRule.Check(context.Compilation, marker, name));
                RetentionDetailRule.CheckArguments(context.Compilation, marker, name, diagnostics);
                Add(diagnostics, CategoryRules.CheckUnknown(context.Compilation, marker, category, reader.DeclaredCategories, name));
                if (reader.GetEffectiveAnnotation(parameter) is { } annotation)
                {
                    Add(diagnostics, CategoryRules.CheckCondition(context.Compilation, annotation, reader.DeclaredCategories, name));
                }
            }
        }

        if (diagnostics is not null)
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static bool IsPositionalRecordParameter(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor || constructor.ContainingType is not { IsRecord: true } type)
        {
            return false;
        }

        foreach (var member in type.GetMembers(parameter.Name))
        {
            if (member is IPropertySymbol property && SymbolEqualityComparer.Default.Equals(AnnotationReader.FindPositionalParameter(property), parameter))
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeMember(Compilation compilation, ISymbol member, AnnotationReader reader, LegalObligationIndex obligations, List<Diagnostic> diagnostics)
    {
        var marker = reader.FindPersonalDataMarker(member, out var origin);
        if (marker is null)
        {
            return;
        }

        var name = MemberNames.Of(member);
        var countBefore = diagnostics.Count;
        ContradictionRule.Check(compilation, reader, member, name, marker, origin, diagnostics);
        var contradicted = diagnostics.Count > countBefore;

        var annotation = reader.GetEffectiveAnnotation(member);
        if (annotation is null)
        {
            return;
        }

        if (origin == AnnotationOrigin.PersonalData)
        {
            Add(diagnostics, RetentionRule.Check(compilation, marker, name));
            RetentionDetailRule.CheckArguments(compilation, marker, name, diagnostics);
            Add(diagnostics, RetentionDetailRule.CheckMember(compilation, reader, annotation, name));
            RetentionDetailRule.CheckRetainedUnder(compilation, reader, AnnotationReader.GetMemberAttributes(member), name, diagnostics);
            Add(diagnostics, CategoryRules.CheckUnknown(compilation, marker, annotation.Category, reader.DeclaredCategories, name));
            Add(diagnostics, CategoryRules.CheckCondition(compilation, annotation, reader.DeclaredCategories, name));
            Add(diagnostics, MissingLegalBasisRule.Check(compilation, annotation, name));
            Add(diagnostics, ConsentPurposeRule.Check(compilation, annotation, name));
            Add(diagnostics, ImplausibleConsentRules.Check(compilation, annotation, name));
            Add(diagnostics, StatutoryRetentionRule.Check(compilation, annotation, name, obligations));
        }
        else if (!contradicted)
        {
            Add(diagnostics, InteropRule.Check(compilation, annotation, name));
        }
    }

    private static void Add(List<Diagnostic> diagnostics, Diagnostic? diagnostic)
    {
        if (diagnostic is not null)
        {
            diagnostics.Add(diagnostic);
        }
    }
}
