using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.CodeFixes;

/// <summary>
/// Adds <c>using PrivacyAnalyzers;</c> where a file keeps its usings (top of the file, or inside its only namespace),
/// in sorted position (System usings first when the file puts them first), once.
/// </summary>
internal static class UsingDirectiveAdder
{
    public const string Namespace = "PrivacyAnalyzers";

    /// <param name="root">The file.</param>
    /// <param name="anchor">A node of <paramref name="root"/> that needs the using: the namespace around it that holds usings gets it.</param>
    /// <param name="endOfLine">The file's line break.</param>
    public static CompilationUnitSyntax Add(CompilationUnitSyntax root, SyntaxNode? anchor, SyntaxTrivia endOfLine)
    {
        if (HasUsing(root.Usings))
        {
            return root;
        }

        if (root.Usings.Count == 0 && anchor?.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault(n => n.Usings.Count > 0) is { } ns)
        {
            return HasUsing(ns.Usings) ? root : root.ReplaceNode(ns, ns.WithUsings(Insert(ns.Usings, endOfLine)));
        }

        if (root.Usings.Count > 0)
        {
            return root.WithUsings(Insert(root.Usings, endOfLine));
        }

        // No usings at all: the file header (comments) stays first, then the using and a blank line.
        var directive = Create(endOfLine);
        var firstToken = root.GetFirstToken(includeZeroWidth: true);
        var header = firstToken.LeadingTrivia;
        root = root.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(endOfLine));
        return root.WithUsings(root.Usings.Add(directive.WithLeadingTrivia(header)));
    }

    private static SyntaxList<UsingDirectiveSyntax> Insert(SyntaxList<UsingDirectiveSyntax> usings, SyntaxTrivia endOfLine)
    {
        var index = usings.Count;
        for (var i = 0; i < usings.Count; i++)
        {
            var existing = usings[i];
            if (existing.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) || existing.Alias is not null)
            {
                index = i;
                break;
            }

            var name = existing.Name?.ToString() ?? string.Empty;
            if (existing.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) || IsSystem(name))
            {
                continue;
            }

            if (string.Compare(name, Namespace, StringComparison.OrdinalIgnoreCase) > 0)
            {
                index = i;
                break;
            }
        }

        var directive = Create(endOfLine);
        if (index == 0)
        {
            // Take over the file header from the using that was first.
            var first = usings[0];
            directive = directive.WithLeadingTrivia(first.GetLeadingTrivia());
            usings = usings.Replace(first, first.WithoutLeadingTrivia());
        }
        else
        {
            directive = directive.WithLeadingTrivia(usings[index - 1].GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
        }

        return usings.Insert(index, directive);
    }

    private static UsingDirectiveSyntax Create(SyntaxTrivia endOfLine) =>
        SyntaxFactory.UsingDirective(SyntaxFactory.IdentifierName(Namespace))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(endOfLine));

    private static bool HasUsing(SyntaxList<UsingDirectiveSyntax> usings) =>
        usings.Any(u => u.Alias is null && !u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && u.Name?.ToString() == Namespace);

    private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
}
