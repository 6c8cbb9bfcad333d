using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Vocabulary.Literals;

/// <summary>
/// Where a string literal goes, as names PRIV002 reads for context: the member, variable or parameter it initialises or
/// is assigned to (<c>SerieCI</c>, <c>Iban</c>), and the types around it (the type that declares that member, the type
/// whose constructor or method receives it, the type the literal is written in: <c>Supplier</c>, <c>Banca</c>).
/// </summary>
internal readonly struct LiteralTarget
{
    private LiteralTarget(string? memberName, IReadOnlyList<string> ownerNames)
    {
        MemberName = memberName;
        OwnerNames = ownerNames;
    }

    /// <summary>The name of what the literal is stored in, or null (a literal passed to <c>Console.WriteLine</c>).</summary>
    public string? MemberName { get; }

    /// <summary>The names of the types that hold or receive the value, nearest first.</summary>
    public IReadOnlyList<string> OwnerNames { get; }

    public static LiteralTarget Of(SyntaxNode literal, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        string? member = null;
        var owners = new List<string>();
        SyntaxNode node = literal;
        while (node.Parent is ParenthesizedExpressionSyntax or InterpolatedStringExpressionSyntax or InterpolationSyntax || node is InterpolatedStringTextSyntax)
        {
            node = node.Parent!;
        }

        switch (node.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable }:
                member = variable.Identifier.ValueText;
                AddOwner(owners, model.GetDeclaredSymbol(variable, cancellationToken)?.ContainingType);
                break;
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                member = property.Identifier.ValueText;
                break;
            case EqualsValueClauseSyntax { Parent: ParameterSyntax parameter }:
                member = parameter.Identifier.ValueText;
                break;
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                member = assignment.Left switch
                {
                    IdentifierNameSyntax name => name.Identifier.ValueText,
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    _ => null,
                };
                AddOwner(owners, model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol?.ContainingType);
                break;
            case ArgumentSyntax argument:
                if (argument.NameColon is { } nameColon)
                {
                    member = nameColon.Name.Identifier.ValueText;
                }

                if (argument.Parent?.Parent is { } call && model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol method)
                {
                    var index = ((ArgumentListSyntax)argument.Parent).Arguments.IndexOf(argument);
                    member ??= argument.NameColon is null && index >= 0 && index < method.Parameters.Length ? method.Parameters[index].Name : null;
                    AddOwner(owners, method.ContainingType);
                }

                break;
        }

        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is BaseTypeDeclarationSyntax type)
            {
                owners.Add(type.Identifier.ValueText);
                break;
            }
        }

        return new LiteralTarget(member, owners);
    }

    private static void AddOwner(List<string> owners, INamedTypeSymbol? type)
    {
        if (type is not null && type.SpecialType == SpecialType.None && !string.IsNullOrEmpty(type.Name))
        {
            owners.Add(type.Name);
        }
    }
}
