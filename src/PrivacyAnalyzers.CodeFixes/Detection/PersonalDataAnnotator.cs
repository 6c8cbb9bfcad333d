using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Detection;

namespace PrivacyAnalyzers.CodeFixes;

/// <summary>
/// Writes [PersonalData(Category = "…")] (with LegalBasis = … when the user chose one) or [NotPersonalData("…")] on the members PRIV001 reported in one document, all at
/// once (one fix and Fix All share this): properties and fields get the attribute on a line of its own, record positional
/// parameters inline; a field declaring several variables is split when they need different attributes; the using is
/// added once per document.
/// </summary>
internal static class PersonalDataAnnotator
{
    public const string PersonalDataAttributeName = "PrivacyAnalyzers.PersonalDataAttribute";
    public const string NotPersonalDataAttributeName = "PrivacyAnalyzers.NotPersonalDataAttribute";
    public const string LegalBasisTypeName = "PrivacyAnalyzers.LegalBasis";

    /// <summary>The reason written by "Mark as not personal data": a reviewer must replace it (it is easy to grep).</summary>
    public const string PlaceholderReason = "TODO: explain why this is not personal data";

    public static async Task<Document> FixAsync(
        Document document, IEnumerable<Diagnostic> diagnostics, bool personalData, LegalBasisValue legalBasis, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null)
        {
            return document;
        }

        var attributeType = model.Compilation.GetTypeByMetadataName(personalData ? PersonalDataAttributeName : NotPersonalDataAttributeName);
        if (attributeType is null)
        {
            return document;
        }

        // What to annotate: the declaration node of each diagnostic, with the attribute it gets.
        var targets = new Dictionary<SyntaxNode, string?>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location.SourceTree != root.SyntaxTree)
            {
                continue;
            }

            var target = FindTarget(root, diagnostic.Location.SourceSpan);
            if (target is not null && !targets.ContainsKey(target))
            {
                targets.Add(target, diagnostic.Properties.TryGetValue(UnannotatedPersonalDataAnalyzer.CategoryProperty, out var category) ? category : null);
            }
        }

        if (targets.Count == 0)
        {
            return document;
        }

        var names = AttributeNames.Resolve(model, targets.Keys.First().SpanStart, attributeType);
        string? basis = null;
        var needsUsing = names.NeedsUsing;
        if (personalData && legalBasis != LegalBasisValue.Unspecified && model.Compilation.GetTypeByMetadataName(LegalBasisTypeName) is { } legalBasisType)
        {
            var enumNames = AttributeNames.Resolve(model, targets.Keys.First().SpanStart, legalBasisType);
            basis = enumNames.Name + "." + legalBasis;
            needsUsing |= enumNames.NeedsUsing;
        }
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var endOfLine = text.ToString().Contains("\r\n") ? SyntaxFactory.CarriageReturnLineFeed : SyntaxFactory.LineFeed;

        // Members to rewrite: a property, a parameter, or a whole field declaration (for its declarators).
        var members = targets.Keys.Select(t => t is VariableDeclaratorSyntax ? t.Parent!.Parent! : t).Distinct().ToList();
        var tracked = unit.TrackNodes(members);
        foreach (var original in members)
        {
            var current = tracked.GetCurrentNode(original);
            if (current is null)
            {
                continue;
            }

            switch (current)
            {
                case PropertyDeclarationSyntax property:
                    tracked = tracked.ReplaceNode(current, AddToMember(property, Attribute(names.Name, personalData, targets[original], basis), endOfLine));
                    break;
                case ParameterSyntax parameter:
                    tracked = tracked.ReplaceNode(current, AddToParameter(parameter, Attribute(names.Name, personalData, targets[original], basis)));
                    break;
                case FieldDeclarationSyntax field:
                    tracked = tracked.ReplaceNode(current, FixField(field, (FieldDeclarationSyntax)original, targets, names.Name, personalData, basis, endOfLine));
                    break;
            }
        }

        if (needsUsing)
        {
            tracked = UsingDirectiveAdder.Add(tracked, tracked.GetCurrentNode(members[0]), endOfLine);
        }

        return document.WithSyntaxRoot(tracked);
    }

    /// <summary>The property, variable declarator (of a field) or parameter whose identifier the diagnostic points at.</summary>
    public static SyntaxNode? FindTarget(SyntaxNode root, TextSpan span)
    {
        var node = root.FindToken(span.Start).Parent;
        return node switch
        {
            PropertyDeclarationSyntax property => property,
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } declarator => declarator,
            ParameterSyntax parameter => parameter,
            _ => null,
        };
    }

    private static IEnumerable<SyntaxNode> FixField(
        FieldDeclarationSyntax field,
        FieldDeclarationSyntax original,
        Dictionary<SyntaxNode, string?> targets,
        string name,
        bool personalData,
        string? basis,
        SyntaxTrivia endOfLine)
    {
        var originals = original.Declaration.Variables;
        var categories = originals.Select(v => targets.TryGetValue(v, out var c) ? (true, c) : (false, null)).ToList();

        // One attribute for the whole declaration when every variable gets the same one.
        if (categories.All(c => c.Item1) && categories.Select(c => personalData ? c.Item2 : null).Distinct().Count() == 1)
        {
            return new[] { AddToMember(field, Attribute(name, personalData, categories[0].Item2, basis), endOfLine) };
        }

        // Otherwise one declaration per variable, each with its own attribute (or none).
        var leading = field.GetLeadingTrivia();
        var indentation = Indentation(leading);
        var variables = field.Declaration.Variables;
        var result = new List<SyntaxNode>();
        for (var i = 0; i < variables.Count; i++)
        {
            var single = field
                .WithDeclaration(field.Declaration.WithVariables(SyntaxFactory.SingletonSeparatedList(variables[i].WithoutTrivia())))
                .WithLeadingTrivia(i == 0 ? leading : indentation);
            if (i < variables.Count - 1)
            {
                single = single.WithSemicolonToken(single.SemicolonToken.WithTrailingTrivia(endOfLine));
            }

            if (categories[i].Item1)
            {
                single = AddToMember(single, Attribute(name, personalData, categories[i].Item2, basis), endOfLine);
            }

            result.Add(single);
        }

        return result;
    }

    /// <summary>
    /// <c>[PersonalData(Category = "…", LegalBasis = LegalBasis.…)]</c> (each argument when known) or
    /// <c>[NotPersonalData("TODO: …")]</c>.
    /// </summary>
    private static AttributeListSyntax Attribute(string name, bool personalData, string? category, string? basis)
    {
        var arguments = new List<AttributeArgumentSyntax>();
        if (!personalData)
        {
            arguments.Add(SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(PlaceholderReason))));
        }
        else
        {
            if (category is not null)
            {
                arguments.Add(SyntaxFactory.AttributeArgument(
                    SyntaxFactory.NameEquals("Category"),
                    null,
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(category))));
            }

            if (basis is not null)
            {
                arguments.Add(SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals("LegalBasis"), null, SyntaxFactory.ParseExpression(basis)));
            }
        }

        var attribute = SyntaxFactory.Attribute(
            SyntaxFactory.ParseName(name),
            arguments.Count == 0 ? null : SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments)));
        return SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute)).NormalizeWhitespace();
    }

    private static TMember AddToMember<TMember>(TMember member, AttributeListSyntax list, SyntaxTrivia endOfLine)
        where TMember : MemberDeclarationSyntax
    {
        var leading = member.GetLeadingTrivia();
        var startsLine = leading.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia))
            || member.GetFirstToken().GetPreviousToken().TrailingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia))
            || member.GetFirstToken().GetPreviousToken().IsKind(SyntaxKind.None);
        if (!startsLine)
        {
            // A member written on one line with others ("{ public string Email; }"): the attribute goes inline.
            var inline = member.WithoutLeadingTrivia();
            return (TMember)inline.WithAttributeLists(inline.AttributeLists.Insert(0, list.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.Space)));
        }

        var updated = member.WithLeadingTrivia(Indentation(leading));
        return (TMember)updated.WithAttributeLists(updated.AttributeLists.Insert(0, list.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine)));
    }

    private static ParameterSyntax AddToParameter(ParameterSyntax parameter, AttributeListSyntax list)
    {
        var leading = parameter.GetLeadingTrivia();
        var updated = parameter.WithoutLeadingTrivia();
        return updated.WithAttributeLists(updated.AttributeLists.Insert(0, list.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.Space)));
    }

    /// <summary>The whitespace after the last line break of a leading trivia list: the member's indentation.</summary>
    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var result = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        foreach (var trivia in leading)
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia) || trivia.HasStructure)
            {
                result.Clear();
            }
            else if (trivia.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                result.Add(trivia);
            }
            else
            {
                result.Clear();
            }
        }

        return SyntaxFactory.TriviaList(result);
    }
}
