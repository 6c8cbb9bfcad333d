using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>
/// What a file declares that other files' declarations can depend on, as text: extern aliases, usings, assembly and
/// module attributes, namespaces, and every type's header (attributes, modifiers, kind, name, type parameters, base
/// list, constraints), with its constants and enum members in full (an attribute argument may read them). Member
/// bodies, the other members and trivia outside these nodes are left out. Two versions of a file with the same
/// skeleton declare the same types under the same names and bases, so a change between them cannot change how another
/// file's declarations bind — only the members of the file's own types (which <see cref="ParseCache"/> tracks by
/// file, for the types an exporter examines).
/// </summary>
internal static class DeclarationSkeleton
{
    public static string Of(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        var root = tree.GetRoot(cancellationToken);
        if (root is not CompilationUnitSyntax unit)
        {
            // Not C#: never equal to anything, so nothing is reused.
            return "\u0000" + System.Guid.NewGuid().ToString("N");
        }

        foreach (var alias in unit.Externs)
        {
            builder.Append(alias.ToString()).Append('\n');
        }

        foreach (var @using in unit.Usings)
        {
            builder.Append(@using.ToString()).Append('\n');
        }

        foreach (var list in unit.AttributeLists)
        {
            builder.Append(list.ToString()).Append('\n');
        }

        foreach (var member in unit.Members)
        {
            Append(builder, member);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, MemberDeclarationSyntax member)
    {
        switch (member)
        {
            case BaseNamespaceDeclarationSyntax ns:
                builder.Append("namespace ").Append(ns.Name.ToString()).Append(" {\n");
                foreach (var alias in ns.Externs)
                {
                    builder.Append(alias.ToString()).Append('\n');
                }

                foreach (var @using in ns.Usings)
                {
                    builder.Append(@using.ToString()).Append('\n');
                }

                foreach (var inner in ns.Members)
                {
                    Append(builder, inner);
                }

                builder.Append("}\n");
                break;
            case EnumDeclarationSyntax @enum:
                builder.Append(@enum.ToString()).Append('\n');
                break;
            case DelegateDeclarationSyntax @delegate:
                builder.Append(@delegate.ToString()).Append('\n');
                break;
            case TypeDeclarationSyntax type:
                foreach (var list in type.AttributeLists)
                {
                    builder.Append(list.ToString()).Append('\n');
                }

                builder.Append(type.Modifiers.ToString()).Append(' ').Append(type.Keyword.Text).Append(' ');
                if (type is RecordDeclarationSyntax record)
                {
                    builder.Append(record.ClassOrStructKeyword.Text).Append(' ');
                }

                builder.Append(type.Identifier.Text)
                    .Append(type.TypeParameterList?.ToString())
                    .Append(type.ParameterList?.ToString())
                    .Append(type.BaseList?.ToString())
                    .Append(type.ConstraintClauses.ToString())
                    .Append(" {\n");
                foreach (var inner in type.Members)
                {
                    if (inner is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                    {
                        Append(builder, inner);
                    }
                    else if (inner is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                    {
                        builder.Append(field.ToString()).Append('\n');
                    }
                }

                builder.Append("}\n");
                break;
            case GlobalStatementSyntax:
                // A top-level statement is the body of the implicit Main: only that there are some is declared.
                builder.Append("<top-level statement>\n");
                break;
            default:
                // Anything else outside a type (an incomplete member): kept whole; a change there starts afresh.
                builder.Append(member.ToString()).Append('\n');
                break;
        }
    }
}
