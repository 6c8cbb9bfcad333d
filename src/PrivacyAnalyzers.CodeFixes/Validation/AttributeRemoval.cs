using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.CodeFixes.Validation;

/// <summary>Removes one attribute from a syntax tree, and its brackets when it was alone, keeping the layout around it.</summary>
internal static class AttributeRemoval
{
    public static SyntaxNode Remove(SyntaxNode root, AttributeSyntax attribute)
    {
        if (attribute.Parent is not AttributeListSyntax list)
        {
            return root;
        }

        if (list.Attributes.Count > 1)
        {
            var remaining = list.Attributes.Where(a => a != attribute).Select(a => a.WithoutTrivia()).ToList();
            var separators = Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), remaining.Count - 1);
            var newList = list.WithAttributes(SyntaxFactory.SeparatedList(remaining, separators));
            return root.ReplaceNode(list, newList);
        }

        // The list goes; the token after it takes over the list's leading trivia (indentation, blank lines, comments),
        // keeping its own comments but not its own indentation.
        var tracked = root.TrackNodes(list);
        var currentList = tracked.GetCurrentNode(list)!;
        var currentNext = currentList.GetLastToken().GetNextToken();
        if (currentNext.RawKind != 0)
        {
            var keptComments = currentNext.LeadingTrivia.Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia));
            tracked = tracked.ReplaceToken(currentNext, currentNext.WithLeadingTrivia(currentList.GetLeadingTrivia().AddRange(keptComments)));
            currentList = tracked.GetCurrentNode(list)!;
        }

        return tracked.RemoveNode(currentList, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
    }
}
