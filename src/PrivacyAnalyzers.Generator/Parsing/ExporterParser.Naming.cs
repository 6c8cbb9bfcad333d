using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>The names the exporter is generated under: type codes, the exporter class name, type parameters and constraints.</summary>
internal sealed partial class ExporterParser
{
    private static string TypeCode(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolNames.Code);

    private static string ExporterClassName(INamedTypeSymbol type)
    {
        var builder = new StringBuilder();
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            chain.Insert(0, current);
        }

        foreach (var part in chain)
        {
            builder.Append(part.Name);
            if (part.Arity > 0)
            {
                builder.Append("Of").Append(part.Arity);
            }
        }

        return builder.Append("PrivacyExporter").ToString();
    }

    private static ImmutableArray<ITypeParameterSymbol> AllTypeParameters(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            chain.Insert(0, current);
        }

        return chain.SelectMany(t => t.TypeParameters).ToImmutableArray();
    }

    private static string? ConstraintClause(ITypeParameterSymbol parameter)
    {
        var parts = new List<string>();
        if (parameter.HasUnmanagedTypeConstraint)
        {
            parts.Add("unmanaged");
        }
        else if (parameter.HasValueTypeConstraint)
        {
            parts.Add("struct");
        }
        else if (parameter.HasReferenceTypeConstraint)
        {
            parts.Add(parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
        }
        else if (parameter.HasNotNullConstraint)
        {
            parts.Add("notnull");
        }

        foreach (var constraint in parameter.ConstraintTypes)
        {
            parts.Add(constraint.ToDisplayString(SymbolNames.Code));
        }

        if (parameter.HasConstructorConstraint && !parameter.HasValueTypeConstraint)
        {
            parts.Add("new()");
        }

        return parts.Count == 0 ? null : "where " + SymbolNames.Identifier(parameter.Name) + " : " + string.Join(", ", parts);
    }

    /// <summary>Whether the namespace already declares a type with the exporter's name (then the generated class gets a distinct one).</summary>
    private bool IsClassNameTaken(INamespaceSymbol? ns, string className)
    {
        if (ns is null)
        {
            return false;
        }

        var metadataName = (ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted).WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None)) + ".") + className;
        return _compilation.Assembly.GetTypeByMetadataName(metadataName) is not null;
    }
}
