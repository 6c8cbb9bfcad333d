using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Leaks;

namespace PrivacyAnalyzers.CodeFixes.Leaks;

/// <summary>Adds the source member's [PersonalData] to the target members of PRIV023 diagnostics, one edit per target.</summary>
internal static class AnnotationCopier
{
    private const string AttributeNamespace = "PrivacyAnalyzers";

    public static bool CanFix(Diagnostic diagnostic) =>
        diagnostic.AdditionalLocations.Count > 0
        && diagnostic.AdditionalLocations[0].IsInSource
        && diagnostic.Properties.ContainsKey(PersonalDataCopyAnalyzer.SourceMemberKey);

    public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // One attribute per target declaration (the first diagnostic that names it wins), grouped by document.
        var targets = new Dictionary<DocumentId, Dictionary<Microsoft.CodeAnalysis.Text.TextSpan, string>>();
        foreach (var diagnostic in diagnostics)
        {
            var target = diagnostic.AdditionalLocations[0];
            var document = solution.GetDocument(target.SourceTree);
            if (document is null || !diagnostic.Properties.TryGetValue(PersonalDataCopyAnalyzer.SourceMemberKey, out var sourceId) || sourceId is null)
            {
                continue;
            }

            if (!targets.TryGetValue(document.Id, out var spans))
            {
                spans = new Dictionary<Microsoft.CodeAnalysis.Text.TextSpan, string>();
                targets.Add(document.Id, spans);
            }

            if (!spans.ContainsKey(target.SourceSpan))
            {
                spans.Add(target.SourceSpan, sourceId);
            }
        }

        foreach (var pair in targets.OrderBy(p => p.Key.Id))
        {
            solution = await AnnotateDocumentAsync(solution, pair.Key, pair.Value, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    private static async Task<Solution> AnnotateDocumentAsync(Solution solution, DocumentId documentId, Dictionary<Microsoft.CodeAnalysis.Text.TextSpan, string> targets, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(documentId)!;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return solution;
        }

        var compilation = model.Compilation;
        var reader = new AnnotationReader(compilation);
        if (reader.Types.PersonalData is null)
        {
            return solution;
        }

        var newLine = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString().Contains("\r\n") ? "\r\n" : "\n";
        var editor = new SyntaxEditor(root, solution.Services);
        var needsUsing = false;
        foreach (var target in targets.OrderBy(t => t.Key.Start))
        {
            var span = target.Key;
            var sourceId = target.Value;
            var declaration = FindDeclaration(root.FindNode(span, getInnermostNodeForTie: true));
            var attribute = BuildAttribute(reader, compilation, sourceId, cancellationToken);
            if (declaration is null || attribute is null)
            {
                continue;
            }

            needsUsing |= !IsAttributeInScope(model, declaration.SpanStart, reader.Types.PersonalData);
            editor.ReplaceNode(declaration, (current, _) => AddAttribute(current, attribute, newLine));
        }

        var newRoot = editor.GetChangedRoot();
        if (needsUsing && newRoot is CompilationUnitSyntax unit)
        {
            newRoot = AddUsing(unit, newLine);
        }

        return solution.WithDocumentSyntaxRoot(documentId, newRoot);
    }

    private static SyntaxNode? FindDeclaration(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ParameterSyntax:
                case PropertyDeclarationSyntax:
                case FieldDeclarationSyntax:
                    return current;
                case VariableDeclaratorSyntax when current.Parent?.Parent is FieldDeclarationSyntax field:
                    return field;
            }
        }

        return null;
    }

    /// <summary>The attribute to add: the source's [PersonalData] arguments as written in source, or as compiled from metadata.</summary>
    private static AttributeSyntax? BuildAttribute(AnnotationReader reader, Compilation compilation, string sourceId, CancellationToken cancellationToken)
    {
        var source = DocumentationCommentId.GetFirstSymbolForDeclarationId(sourceId, compilation);
        if (source is null)
        {
            return null;
        }

        var marker = reader.FindPersonalDataMarker(source, out var origin);
        var name = SyntaxFactory.IdentifierName("PersonalData");
        if (marker is null || origin != AnnotationOrigin.PersonalData)
        {
            // An interop marker (ASP.NET Core Identity, a data classification) has nothing of ours to copy.
            return SyntaxFactory.Attribute(name);
        }

        if (marker.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax written)
        {
            return SyntaxFactory.Attribute(name, written.ArgumentList?.WithoutTrivia());
        }

        var arguments = AnnotationReader.FormatArguments(marker);
        return arguments.Length == 0
            ? SyntaxFactory.Attribute(name)
            : SyntaxFactory.Attribute(name, SyntaxFactory.ParseAttributeArgumentList(arguments));
    }

    private static SyntaxNode AddAttribute(SyntaxNode declaration, AttributeSyntax attribute, string newLine)
    {
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
        switch (declaration)
        {
            case ParameterSyntax parameter:
                return parameter
                    .WithoutLeadingTrivia()
                    .WithAttributeLists(parameter.AttributeLists.Insert(0, list.WithLeadingTrivia(parameter.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space)));

            case MemberDeclarationSyntax member:
                var leading = member.GetLeadingTrivia();
                var indentation = Indentation(leading);
                var withIndent = member.WithLeadingTrivia(indentation);
                var lists = withIndent switch
                {
                    PropertyDeclarationSyntax property => property.AttributeLists,
                    FieldDeclarationSyntax field => field.AttributeLists,
                    _ => default,
                };
                var newList = list.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));
                return withIndent switch
                {
                    PropertyDeclarationSyntax property => property.WithAttributeLists(lists.Insert(0, newList)),
                    FieldDeclarationSyntax field => field.WithAttributeLists(lists.Insert(0, newList)),
                    _ => declaration,
                };

            default:
                return declaration;
        }
    }

    /// <summary>The whitespace after the last line break of a member's leading trivia: its indentation.</summary>
    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var result = SyntaxFactory.TriviaList();
        for (var i = leading.Count - 1; i >= 0; i--)
        {
            var trivia = leading[i];
            if (trivia.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                result = result.Insert(0, trivia);
                continue;
            }

            break;
        }

        return result;
    }

    private static bool IsAttributeInScope(SemanticModel model, int position, INamedTypeSymbol attributeType)
    {
        foreach (var symbol in model.LookupNamespacesAndTypes(position, name: "PersonalDataAttribute"))
        {
            if (SymbolEqualityComparer.Default.Equals(symbol, attributeType))
            {
                return true;
            }
        }

        return false;
    }

    private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, string newLine)
    {
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(AttributeNamespace))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));
        var usings = unit.Usings;
        var index = 0;
        while (index < usings.Count && IsBefore(usings[index], AttributeNamespace))
        {
            index++;
        }

        if (usings.Count == 0)
        {
            // Keep the file's leading trivia (a header comment) in front of the new using, then a blank line.
            var first = unit.GetLeadingTrivia();
            var body = unit.WithoutLeadingTrivia();
            return body.WithUsings(SyntaxFactory.SingletonList(directive.WithLeadingTrivia(first).WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine), SyntaxFactory.EndOfLine(newLine))));
        }

        if (index == 0)
        {
            // The new first using takes over the file's leading trivia.
            var leading = usings[0].GetLeadingTrivia();
            usings = usings.Replace(usings[0], usings[0].WithoutLeadingTrivia());
            return unit.WithUsings(usings.Insert(0, directive.WithLeadingTrivia(leading)));
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    private static bool IsBefore(UsingDirectiveSyntax existing, string name)
    {
        if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.Name is null)
        {
            return false;
        }

        var text = existing.Name.ToString();
        var existingIsSystem = text == "System" || text.StartsWith("System.", System.StringComparison.Ordinal);
        return existingIsSystem || string.CompareOrdinal(text, name) < 0;
    }
}
