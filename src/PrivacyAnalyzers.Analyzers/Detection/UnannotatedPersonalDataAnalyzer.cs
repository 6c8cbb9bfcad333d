using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Vocabulary;

namespace PrivacyAnalyzers.Detection;

/// <summary>
/// PRIV001: a property, field or record positional parameter that looks like personal data
/// (<see cref="PersonalDataInference"/>) and carries no decision about it ([PersonalData], [NotPersonalData] on it or
/// its type, ASP.NET Core Identity's [PersonalData], a DataClassification attribute).
/// Not reported: static members (constants, static fields and properties: one value per process, not per person),
/// compiler-generated members, indexers, explicit interface implementations, overrides and implementations of an
/// annotated member (PRIV016 covers those), private fields that back a property of the same name (the property is
/// reported), generated code, class/struct primary-constructor parameters. A record positional parameter is reported
/// once, on the parameter.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnannotatedPersonalDataAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that carries the inferred category to the code fix.</summary>
    public const string CategoryProperty = "Category";

    /// <summary>The diagnostic property that names what made the member look like personal data (as in the message).</summary>
    public const string EvidenceProperty = "Evidence";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PRIV001);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var reader = new AnnotationReader(start.Compilation);
            var inference = new PersonalDataInference(start.Compilation, reader);
            start.RegisterSymbolAction(c => Analyze(c, reader, inference), SymbolKind.Property, SymbolKind.Field);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, AnnotationReader reader, PersonalDataInference inference)
    {
        var member = context.Symbol;
        if (!IsCandidate(member) || member.Locations.IsEmpty || !member.Locations[0].IsInSource)
        {
            return;
        }

        var location = member.Locations[0];
        var options = DetectionOptions.For(context.Options.AnalyzerConfigOptionsProvider.GetOptions(location.SourceTree!));
        var guess = inference.Infer(member, options);
        if (!guess.IsPersonalData || guess.Category is null)
        {
            return;
        }

        // The expensive checks run only for members that look like personal data.
        if (reader.IsAnnotated(member) || ImplementsAnnotatedMember(member, reader) || BacksProperty(member))
        {
            return;
        }

        var evidence = guess.Evidence ?? "its name";
        var properties = ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, guess.Category).Add(EvidenceProperty, evidence);
        if (CompilationDiagnostics.Create(context.Compilation, RuleDescriptors.PRIV001, location, properties, member.Name, guess.Category, evidence) is { } diagnostic)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static bool IsCandidate(ISymbol member)
    {
        switch (member)
        {
            // Static members hold one value for the whole process, not a value per person: keys, constants, defaults,
            // caches. A static field that does keep a person's data copied from an annotated member is PRIV023's.
            case IFieldSymbol field:
                return !field.IsStatic
                    && !field.IsConst
                    && !field.IsImplicitlyDeclared
                    && field.AssociatedSymbol is null
                    && field.ContainingType is { TypeKind: not TypeKind.Enum };
            case IPropertySymbol property:
                return !property.IsStatic
                    && !property.IsIndexer
                    && property.ExplicitInterfaceImplementations.IsEmpty
                    && !(property.IsImplicitlyDeclared && AnnotationReader.FindPositionalParameter(property) is null);
            default:
                return false;
        }
    }

    private static bool ImplementsAnnotatedMember(ISymbol member, AnnotationReader reader)
    {
        if (member is IPropertySymbol property)
        {
            for (var overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
            {
                if (reader.IsAnnotated(overridden))
                {
                    return true;
                }
            }
        }

        var type = member.ContainingType;
        if (type is null || member.IsStatic)
        {
            return false;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var candidate in @interface.GetMembers(member.Name))
            {
                if (candidate is IPropertySymbol
                    && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member)
                    && reader.IsAnnotated(candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A field named like a property of its type (<c>_email</c>, <c>m_email</c>, <c>email</c> for <c>Email</c>).</summary>
    private static bool BacksProperty(ISymbol member)
    {
        if (member is not IFieldSymbol field || field.ContainingType is null)
        {
            return false;
        }

        var name = field.Name;
        var start = name.StartsWith("m_", StringComparison.Ordinal) ? 2 : 0;
        while (start < name.Length && name[start] == '_')
        {
            start++;
        }

        var length = name.Length - start;
        if (length == 0)
        {
            return false;
        }

        foreach (var other in field.ContainingType.GetMembers())
        {
            if (other is IPropertySymbol property
                && property.Name.Length == length
                && string.Compare(property.Name, 0, name, start, length, StringComparison.OrdinalIgnoreCase) == 0
                && !string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
