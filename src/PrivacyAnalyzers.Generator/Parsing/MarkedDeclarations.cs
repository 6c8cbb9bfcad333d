using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>
/// Finds the declarations marked with an attribute the generator reads — our <c>[PersonalData]</c>, ASP.NET Core
/// Identity's <c>[PersonalData]</c> and <c>[ProtectedPersonalData]</c> on members, <c>[DataSubject]</c> on types — the
/// way Roslyn's <c>ForAttributeWithMetadataName</c> does, in two halves that the pipeline runs at different times:
/// <list type="number">
/// <item><b>By written name</b> (syntax only, kept per file by <see cref="ParseCache"/>): an attribute whose rightmost name is the
/// attribute's, with or without the <c>Attribute</c> suffix, or a <c>using</c> alias of it anywhere in the
/// compilation.</item>
/// <item><b>By the bound attribute class</b> (<see cref="Confirm"/>): the declared symbol carries, from an attribute written
/// in the same file, an attribute whose class has the full name. Only this half binds anything, and
/// <see cref="ParseCache"/> runs it only for declarations it cannot reuse.</item>
/// </list>
/// <c>ForAttributeWithMetadataName</c> runs its binding half for every marked declaration on every compilation: after an
/// edit in a method body that was most of the generator's cost per keystroke (docs/performance.md, issue 14).
/// </summary>
internal static class MarkedDeclarations
{
    /// <summary>The member markers' full names (what <see cref="Confirm"/> accepts on a property, field or parameter).</summary>
    public static readonly ImmutableArray<string> MemberMarkers = ImmutableArray.Create(PrivacyTypes.PersonalDataName, PrivacyTypes.AspNetPersonalDataName, PrivacyTypes.AspNetProtectedPersonalDataName);

    /// <summary>The type marker's full name.</summary>
    public static readonly ImmutableArray<string> SubjectMarkers = ImmutableArray.Create(PrivacyTypes.DataSubjectName);

    /// <summary>
    /// The file's declarations that could be marked — properties, fields' variables, records' constructor parameters and
    /// types, each with at least one attribute — and its <c>using</c> aliases. Syntax only, and only declarations are
    /// visited (no member bodies); <see cref="ParseCache"/> keeps the result per file, so an edit walks the edited file alone.
    /// Parameters of methods, lambdas, indexers and classes' primary constructors are left out: their symbol is never a
    /// member the inventory lists (<see cref="InventoryParser.ParseMember"/>), so finding them would change nothing.
    /// </summary>
    public static FileDeclarations Find(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax unit)
        {
            return FileDeclarations.None;
        }

        var members = ImmutableArray.CreateBuilder<SyntaxNode>();
        var types = ImmutableArray.CreateBuilder<SyntaxNode>();
        var aliases = ImmutableArray.CreateBuilder<AliasName>();
        AddAliases(unit.Usings, aliases);
        Visit(unit.Members, record: false, members, types, aliases, cancellationToken);
        return members.Count == 0 && types.Count == 0 && aliases.Count == 0
            ? FileDeclarations.None
            : new FileDeclarations(members.ToImmutable(), types.ToImmutable(), aliases.ToImmutable());
    }

    private static void Visit(SyntaxList<MemberDeclarationSyntax> declarations, bool record, ImmutableArray<SyntaxNode>.Builder members, ImmutableArray<SyntaxNode>.Builder types, ImmutableArray<AliasName>.Builder aliases, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var declaration in declarations)
        {
            switch (declaration)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    AddAliases(ns.Usings, aliases);
                    Visit(ns.Members, record: false, members, types, aliases, cancellationToken);
                    break;
                case TypeDeclarationSyntax type:
                    if (type.AttributeLists.Count > 0)
                    {
                        types.Add(type);
                    }

                    var isRecord = type is RecordDeclarationSyntax;
                    if (isRecord && type.ParameterList is { } positional)
                    {
                        AddParameters(positional, members);
                    }

                    Visit(type.Members, isRecord, members, types, aliases, cancellationToken);
                    break;
                case PropertyDeclarationSyntax property when property.AttributeLists.Count > 0:
                    members.Add(property);
                    break;
                case FieldDeclarationSyntax field when field.AttributeLists.Count > 0:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        members.Add(variable);
                    }

                    break;
                case ConstructorDeclarationSyntax constructor when record:
                    AddParameters(constructor.ParameterList, members);
                    break;
            }
        }
    }

    private static void AddParameters(ParameterListSyntax parameters, ImmutableArray<SyntaxNode>.Builder members)
    {
        foreach (var parameter in parameters.Parameters)
        {
            if (parameter.AttributeLists.Count > 0)
            {
                members.Add(parameter);
            }
        }
    }

    private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, ImmutableArray<AliasName>.Builder aliases)
    {
        foreach (var directive in usings)
        {
            if (directive is { Alias: { } alias, Name: { } target })
            {
                aliases.Add(new AliasName(alias.Name.Identifier.ValueText, RightmostName(target)));
            }
        }
    }

    /// <summary>Whether an attribute of the declaration is written with one of the names (first half above).</summary>
    public static bool IsWrittenWith(SyntaxNode node, MarkerNames names)
    {
        var lists = node switch
        {
            PropertyDeclarationSyntax property => property.AttributeLists,
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => field.AttributeLists,
            ParameterSyntax parameter => parameter.AttributeLists,
            TypeDeclarationSyntax type => type.AttributeLists,
            _ => default,
        };
        var accepted = node is TypeDeclarationSyntax ? names.Subject : names.Member;
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (accepted.Contains(RightmostName(attribute.Name)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The declared symbol when it carries, from an attribute written in the declaration's own file, an attribute whose
    /// class has one of <paramref name="fullNames"/> (second half above); otherwise null. This is
    /// <c>ForAttributeWithMetadataName</c>'s test, so the same declarations are found.
    /// </summary>
    public static ISymbol? Confirm(SyntaxNode node, SemanticModel model, ImmutableArray<string> fullNames, CancellationToken cancellationToken)
    {
        var symbol = model.GetDeclaredSymbol(node, cancellationToken);
        if (symbol is null)
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.ApplicationSyntaxReference?.SyntaxTree == node.SyntaxTree && attribute.AttributeClass is { } attributeClass)
            {
                foreach (var fullName in fullNames)
                {
                    if (HasFullName(attributeClass, fullName))
                    {
                        return symbol;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether the (non-generic) type's containing namespaces and types, dot-separated, and its name spell <paramref name="fullName"/>.</summary>
    internal static bool HasFullName(INamedTypeSymbol type, string fullName)
    {
        var end = fullName.Length;
        ISymbol? current = type;
        while (current is not null && !(current is INamespaceSymbol { IsGlobalNamespace: true }))
        {
            if (current is INamedTypeSymbol { Arity: > 0 })
            {
                return false;
            }

            var name = current.Name;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            end = start;
            current = (ISymbol?)current.ContainingType ?? current.ContainingNamespace;
            if (current is not null && !(current is INamespaceSymbol { IsGlobalNamespace: true }))
            {
                if (end == 0 || fullName[end - 1] != '.')
                {
                    return false;
                }

                end--;
            }
        }

        return end == 0;
    }

    private static string RightmostName(TypeSyntax type) => AttributeNameSyntax.Rightmost(type as NameSyntax) ?? string.Empty;
}

/// <summary>What <see cref="MarkedDeclarations.Find"/> found in one file.</summary>
internal sealed class FileDeclarations
{
    public static readonly FileDeclarations None = new(ImmutableArray<SyntaxNode>.Empty, ImmutableArray<SyntaxNode>.Empty, ImmutableArray<AliasName>.Empty);

    public FileDeclarations(ImmutableArray<SyntaxNode> members, ImmutableArray<SyntaxNode> types, ImmutableArray<AliasName> aliases)
    {
        Members = members;
        Types = types;
        Aliases = aliases;
    }

    /// <summary>Properties, fields' variables and records' constructor parameters with at least one attribute, in file order.</summary>
    public ImmutableArray<SyntaxNode> Members { get; }

    /// <summary>Types with at least one attribute, in file order.</summary>
    public ImmutableArray<SyntaxNode> Types { get; }

    public ImmutableArray<AliasName> Aliases { get; }
}

/// <summary>A <c>using</c> alias: its name and the rightmost name of its target.</summary>
internal readonly record struct AliasName(string Alias, string Target);

/// <summary>
/// The written names that can mark a member and a type: the attributes' names with and without the <c>Attribute</c>
/// suffix, and every alias that stands for one of them (directly or through another alias), with and without the suffix
/// (C# tries both when it binds an attribute). A superset is harmless — <see cref="MarkedDeclarations.Confirm"/> decides.
/// </summary>
internal sealed class MarkerNames : System.IEquatable<MarkerNames>
{
    public static readonly MarkerNames WithoutAliases = Of(System.Array.Empty<AliasName>());

    private readonly string _key;

    private MarkerNames(HashSet<string> member, HashSet<string> subject)
    {
        Member = member;
        Subject = subject;
        _key = string.Join("\u0001", member.OrderBy(n => n, System.StringComparer.Ordinal)) + "\u0002" + string.Join("\u0001", subject.OrderBy(n => n, System.StringComparer.Ordinal));
    }

    public HashSet<string> Member { get; }

    public HashSet<string> Subject { get; }

    public static MarkerNames Of(IReadOnlyList<AliasName> aliases) => new(
        Closure(MarkedDeclarations.MemberMarkers, aliases),
        Closure(MarkedDeclarations.SubjectMarkers, aliases));

    public bool Equals(MarkerNames? other) => other is not null && other._key == _key;

    public override bool Equals(object? obj) => Equals(obj as MarkerNames);

    public override int GetHashCode() => _key.GetHashCode();

    private static HashSet<string> Closure(ImmutableArray<string> fullNames, IReadOnlyList<AliasName> aliases)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var fullName in fullNames)
        {
            AddWithAndWithoutSuffix(names, fullName.Substring(fullName.LastIndexOf('.') + 1));
        }

        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var alias in aliases)
            {
                if (alias is var a && names.Contains(a.Target) && !names.Contains(a.Alias))
                {
                    AddWithAndWithoutSuffix(names, a.Alias);
                    grew = true;
                }
            }
        }

        return names;
    }

    private static void AddWithAndWithoutSuffix(HashSet<string> names, string name)
    {
        const string Suffix = "Attribute";
        names.Add(name);
        if (name.EndsWith(Suffix, System.StringComparison.Ordinal) && name.Length > Suffix.Length)
        {
            names.Add(name.Substring(0, name.Length - Suffix.Length));
        }
    }
}
