using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Vocabulary;

internal sealed partial class PersonalDataInference
{
    // How many computed members a computed member may read through (Afficher => Identite, Identite => Nom + " " + Prenom).
    private const int MaxComputedDepth = 2;

    // How many sources one computed value may name before it is not read as a display of them.
    private const int MaxComputedSources = 8;

    /// <summary>
    /// A get-only text property whose getter is one expression built only from members of its own type (or its base types)
    /// that PRIV001 reports — concatenated, interpolated, joined with <c>string.Format</c>, <c>string.Join</c>,
    /// <c>string.Concat</c>, chosen by a ternary or <c>??</c>, with literals between them — holds what it is computed from:
    /// <c>Personne.Identite =&gt; Nom + " " + Prenom</c>, <c>Afficher =&gt; $"{Prenom} {Nom}"</c>. Its category is
    /// <c>Identity.Name</c> when every source is a name, else the first source's; its confidence the lowest of theirs. Reads
    /// only the member's own getter syntax: no method call but string formatting, no other object's member, no local; a
    /// source that is itself computed is read through at most <see cref="MaxComputedDepth"/> levels (a getter reading itself
    /// stops there). A partial or generated property (more than one declaration, or none) is not read. Null when the
    /// getter is not such a value.
    /// </summary>
    private PersonalDataGuess? InferComputed(IPropertySymbol property, DetectionOptions options, int depth)
    {
        if (depth >= MaxComputedDepth || property.SetMethod is not null || property.IsIndexer || property.IsStatic
            || property.ContainingType is not { } containing || property.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        if (property.DeclaringSyntaxReferences[0].GetSyntax() is not PropertyDeclarationSyntax declaration
            || GetterExpression(declaration) is not { } expression)
        {
            return null;
        }

        var sources = new List<ISymbol>(4);
        if (!CollectSources(expression, containing, sources) || sources.Count == 0)
        {
            return null;
        }

        string? category = null;
        var allNames = true;
        var confidence = Confidence.High;
        var evidence = new StringBuilder("computed from ");
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            if (SymbolEqualityComparer.Default.Equals(source, property))
            {
                return null;
            }

            var guess = InferMember(source, options, depth + 1);
            if (!guess.IsPersonalData)
            {
                return null;
            }

            category ??= guess.Category;
            allNames &= guess.Category == "Identity.Name";
            if (guess.Confidence < confidence)
            {
                confidence = guess.Confidence;
            }

            evidence.Append(i == 0 ? "'" : ", '").Append(source.Name).Append('\'');
        }

        return new PersonalDataGuess(true, allNames ? "Identity.Name" : category, confidence, evidence.ToString());
    }

    /// <summary>The one expression a property's getter returns (<c>=&gt; x</c>, <c>get =&gt; x</c>, <c>get { return x; }</c>); null otherwise.</summary>
    private static ExpressionSyntax? GetterExpression(PropertyDeclarationSyntax declaration)
    {
        if (declaration.ExpressionBody is { } body)
        {
            return body.Expression;
        }

        if (declaration.AccessorList is not { Accessors.Count: 1 } accessors
            || accessors.Accessors[0] is not { } getter || !getter.IsKind(SyntaxKind.GetAccessorDeclaration))
        {
            return null;
        }

        if (getter.ExpressionBody is { } getterBody)
        {
            return getterBody.Expression;
        }

        return getter.Body is { Statements.Count: 1 } block && block.Statements[0] is ReturnStatementSyntax { Expression: { } returned }
            ? returned
            : null;
    }

    /// <summary>
    /// Adds the members of <paramref name="type"/> that <paramref name="expression"/> is built from to
    /// <paramref name="sources"/>; false when it holds anything but those members, literals and string formatting.
    /// </summary>
    private static bool CollectSources(ExpressionSyntax expression, INamedTypeSymbol type, List<ISymbol> sources)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax:
                return true;
            case ParenthesizedExpressionSyntax parenthesized:
                return CollectSources(parenthesized.Expression, type, sources);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) || binary.IsKind(SyntaxKind.CoalesceExpression):
                return CollectSources(binary.Left, type, sources) && CollectSources(binary.Right, type, sources);
            case ConditionalExpressionSyntax conditional:
                // The condition chooses; the value is one of the branches.
                return CollectSources(conditional.WhenTrue, type, sources) && CollectSources(conditional.WhenFalse, type, sources);
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolationSyntax interpolation && !CollectSources(interpolation.Expression, type, sources))
                    {
                        return false;
                    }
                }

                return true;
            case InvocationExpressionSyntax invocation when IsStringFormatting(invocation.Expression):
                foreach (var argument in invocation.ArgumentList.Arguments)
                {
                    if (!CollectSources(argument.Expression, type, sources))
                    {
                        return false;
                    }
                }

                return true;
            case IdentifierNameSyntax identifier:
                return AddSource(identifier.Identifier.ValueText, type, sources);
            case MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax } access
                when access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && access.Name is IdentifierNameSyntax name:
                return AddSource(name.Identifier.ValueText, type, sources);
            default:
                return false;
        }
    }

    /// <summary><c>string.Format</c>, <c>string.Join</c>, <c>string.Concat</c> (also spelt <c>String</c>).</summary>
    private static bool IsStringFormatting(ExpressionSyntax callee) =>
        callee is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax { Identifier.ValueText: "Format" or "Join" or "Concat" } } access
        && access.Expression is PredefinedTypeSyntax { Keyword.ValueText: "string" } or IdentifierNameSyntax { Identifier.ValueText: "String" };

    /// <summary>The instance property or field named <paramref name="name"/> on <paramref name="type"/> or a base type; false when none (a local, a type, a method).</summary>
    private static bool AddSource(string name, INamedTypeSymbol type, List<ISymbol> sources)
    {
        if (sources.Count >= MaxComputedSources)
        {
            return false;
        }

        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is (IPropertySymbol { IsIndexer: false } or IFieldSymbol) && !member.IsStatic)
                {
                    sources.Add(member);
                    return true;
                }

                return false;
            }
        }

        return false;
    }
}
