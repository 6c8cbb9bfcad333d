using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Benchmarks.LeakQuality;

/// <summary>
/// The pinned annotation list of the leak benchmark: one line per annotated member, <c>Namespace.Type.Member -&gt; Category</c>
/// (<c>-&gt; -</c> for personal data without a category), and <c>Namespace.Type -&gt; @DataSubject</c> for a type marked
/// <c>[DataSubject("Type")]</c>; nested types are joined with dots, generic types are named without their arity;
/// <c>#</c> starts a comment. Applied by a syntax rewrite to the repository's own declarations, so that what counts as
/// personal data does not move when PRIV001's detection does.
/// </summary>
internal sealed class AnnotationList
{
    public const string DataSubjectMarker = "@DataSubject";
    public const string NoCategory = "-";

    private AnnotationList(ImmutableDictionary<string, string> members, ImmutableHashSet<string> subjects)
    {
        Members = members;
        Subjects = subjects;
    }

    /// <summary>Full member name → category (<see cref="NoCategory"/> for none).</summary>
    public ImmutableDictionary<string, string> Members { get; }

    /// <summary>Full names of the types marked [DataSubject].</summary>
    public ImmutableHashSet<string> Subjects { get; }

    public static AnnotationList Empty { get; } = new(ImmutableDictionary<string, string>.Empty, ImmutableHashSet<string>.Empty);

    public static AnnotationList Parse(IEnumerable<string> lines, string source)
    {
        var members = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var subjects = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var arrow = line.IndexOf("->", StringComparison.Ordinal);
            if (arrow <= 0)
            {
                throw new FormatException($"{source}:{number}: expected 'Namespace.Type.Member -> Category', got '{raw}'");
            }

            var name = line[..arrow].Trim();
            var value = line[(arrow + 2)..].Trim();
            if (value.Length == 0)
            {
                throw new FormatException($"{source}:{number}: no category after '->' (write '-' for none)");
            }

            if (value == DataSubjectMarker)
            {
                subjects.Add(name);
            }
            else if (!members.TryAdd(name, value) && members[name] != value)
            {
                throw new FormatException($"{source}:{number}: '{name}' is listed twice with different categories");
            }
        }

        return new AnnotationList(members.ToImmutable(), subjects.ToImmutable());
    }

    public static AnnotationList Read(string path) => Parse(File.ReadAllLines(path), path);

    /// <summary>Writes the list of what <paramref name="compilation"/>'s source declares with PrivacyAnalyzers' attributes.</summary>
    public static string Write(Compilation compilation, string header)
    {
        var personalData = compilation.GetTypeByMetadataName("PrivacyAnalyzers.PersonalDataAttribute");
        var dataSubject = compilation.GetTypeByMetadataName("PrivacyAnalyzers.DataSubjectAttribute");
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().Where(n => n is BaseTypeDeclarationSyntax or PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax))
            {
                if (node is ParameterSyntax && node.Parent?.Parent is not RecordDeclarationSyntax)
                {
                    continue;
                }

                var symbol = model.GetDeclaredSymbol(node);
                if (symbol is null)
                {
                    continue;
                }

                foreach (var attribute in symbol.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, dataSubject) && node is BaseTypeDeclarationSyntax type)
                    {
                        lines.Add($"{FullName(type)} -> {DataSubjectMarker}");
                    }
                    else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, personalData) && MemberName(node) is { } member)
                    {
                        var category = attribute.NamedArguments.Where(a => a.Key == "Category").Select(a => a.Value.Value as string).FirstOrDefault()
                            ?? attribute.ConstructorArguments.Select(a => a.Value as string).FirstOrDefault();
                        lines.Add($"{member} -> {category ?? NoCategory}");
                    }
                }
            }
        }

        var text = new StringBuilder(header);
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The list applied to one syntax tree: the rewritten tree, and the list entries it applied.</summary>
    /// <remarks>A type is marked [DataSubject] once, on its first declaration met (<paramref name="typesMarked"/> is shared across trees).</remarks>
    public (SyntaxTree Tree, IReadOnlyList<string> Applied) Apply(SyntaxTree tree, HashSet<string> typesMarked)
    {
        var rewriter = new Rewriter(this, typesMarked);
        var root = rewriter.Visit(tree.GetRoot());
        return rewriter.Applied.Count == 0
            ? (tree, rewriter.Applied)
            : (tree.WithRootAndOptions(root, tree.Options), rewriter.Applied);
    }

    /// <summary><c>Namespace.Outer.Inner</c> for a type declaration, from the syntax alone.</summary>
    public static string FullName(BaseTypeDeclarationSyntax type)
    {
        var parts = new List<string>();
        for (SyntaxNode? node = type; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax t:
                    parts.Add(t.Identifier.ValueText);
                    break;
                case BaseNamespaceDeclarationSyntax n:
                    parts.Add(n.Name.ToString().Replace(" ", string.Empty, StringComparison.Ordinal));
                    break;
            }
        }

        parts.Reverse();
        return string.Join('.', parts);
    }

    /// <summary><c>Namespace.Type.Member</c> for a property, a field's variable or a record's positional parameter.</summary>
    public static string? MemberName(SyntaxNode node) => node switch
    {
        PropertyDeclarationSyntax p when p.Parent is BaseTypeDeclarationSyntax t => FullName(t) + "." + p.Identifier.ValueText,
        VariableDeclaratorSyntax v when v.Parent?.Parent is FieldDeclarationSyntax { Parent: BaseTypeDeclarationSyntax t } => FullName(t) + "." + v.Identifier.ValueText,
        ParameterSyntax p when p.Parent?.Parent is RecordDeclarationSyntax r => FullName(r) + "." + p.Identifier.ValueText,
        _ => null,
    };

    private static AttributeListSyntax PersonalData(string category, SyntaxTriviaList leading)
    {
        var arguments = category == NoCategory
            ? null
            : SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals("Category"),
                null,
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(category)))));
        return SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::PrivacyAnalyzers.PersonalData"), arguments)))
            .NormalizeWhitespace()
            .WithLeadingTrivia(leading);
    }

    private sealed class Rewriter : CSharpSyntaxRewriter
    {
        private readonly AnnotationList _list;
        private readonly HashSet<string> _typesMarked;

        public Rewriter(AnnotationList list, HashSet<string> typesMarked)
        {
            _list = list;
            _typesMarked = typesMarked;
        }

        public List<string> Applied { get; } = new();

        // Attributes are added in front of the declaration's own trivia, on the same line: line numbers do not move, so
        // the reports' lines are the repository's lines.
        public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
        {
            var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
            return MemberName(node) is { } name && _list.Members.TryGetValue(name, out var category)
                ? Mark(visited, name, category)
                : visited;
        }

        public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node)
        {
            var visited = (FieldDeclarationSyntax)base.VisitFieldDeclaration(node)!;
            foreach (var variable in node.Declaration.Variables)
            {
                // A declaration of several fields gets the attribute once, for all of them (the first listed one's category).
                if (MemberName(variable) is { } name && _list.Members.TryGetValue(name, out var category))
                {
                    Applied.AddRange(node.Declaration.Variables.Select(MemberName).Where(n => n is not null && _list.Members.ContainsKey(n) && n != name)!);
                    return Mark(visited, name, category);
                }
            }

            return visited;
        }

        public override SyntaxNode? VisitParameter(ParameterSyntax node)
        {
            var visited = (ParameterSyntax)base.VisitParameter(node)!;
            return MemberName(node) is { } name && _list.Members.TryGetValue(name, out var category)
                ? Mark(visited, name, category)
                : visited;
        }

        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) => MarkSubject(node, (TypeDeclarationSyntax)base.VisitClassDeclaration(node)!);

        public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node) => MarkSubject(node, (TypeDeclarationSyntax)base.VisitRecordDeclaration(node)!);

        public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) => MarkSubject(node, (TypeDeclarationSyntax)base.VisitStructDeclaration(node)!);

        private T Mark<T>(T node, string name, string category)
            where T : MemberDeclarationSyntax
        {
            Applied.Add(name);
            var attribute = PersonalData(category, node.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space);
            return (T)node.WithoutLeadingTrivia().WithAttributeLists(node.WithoutLeadingTrivia().AttributeLists.Insert(0, attribute));
        }

        private ParameterSyntax Mark(ParameterSyntax node, string name, string category)
        {
            Applied.Add(name);
            var attribute = PersonalData(category, node.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space);
            return node.WithoutLeadingTrivia().WithAttributeLists(node.WithoutLeadingTrivia().AttributeLists.Insert(0, attribute));
        }

        private SyntaxNode MarkSubject(TypeDeclarationSyntax original, TypeDeclarationSyntax visited)
        {
            var name = FullName(original);
            if (!_list.Subjects.Contains(name) || !_typesMarked.Add(name))
            {
                return visited;
            }

            Applied.Add(name);
            var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(
                    SyntaxFactory.ParseName("global::PrivacyAnalyzers.DataSubject"),
                    SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(original.Identifier.ValueText))))))))
                .WithLeadingTrivia(visited.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space);
            var bare = visited.WithoutLeadingTrivia();
            return bare.WithAttributeLists(bare.AttributeLists.Insert(0, attribute));
        }
    }

    public static string Describe(int applied, int listed) => string.Format(CultureInfo.InvariantCulture, "{0} of {1} list entries applied", applied, listed);
}
