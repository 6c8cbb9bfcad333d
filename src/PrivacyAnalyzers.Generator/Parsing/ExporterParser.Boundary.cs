using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>The export boundary: which types are other data subjects (links) and which are infrastructure (never walked).</summary>
internal sealed partial class ExporterParser
{
    /// <summary>Why an unannotated member leading to a non-framework object is not followed (for PRIV033), or null.</summary>
    private string? RefusedNavigation(ITypeSymbol type, int depth)
    {
        if (depth > MaxShapeDepth || IsScalar(type))
        {
            return null;
        }

        if (type is INamedTypeSymbol named)
        {
            if (RefusalReason(named) is { } reason)
            {
                return reason;
            }

            if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || IsKeyValuePair(named))
            {
                return named.TypeArguments.Select(t => RefusedNavigation(t, depth + 1)).FirstOrDefault(r => r is not null);
            }
        }

        return RawElementType(type) is { } element ? RefusedNavigation(element, depth + 1) : null;
    }

    /// <summary>
    /// The kind of data subject (its [DataSubject] name) when objects of this type are people other than the export's
    /// subject: a [DataSubject] type, or a type deriving from one or implementing a [DataSubject] interface, or an
    /// ASP.NET Core Identity user. Null otherwise.
    /// </summary>
    private string? DataSubjectName(INamedTypeSymbol type)
    {
        if (_reader.FindDataSubject(type) is { } attribute)
        {
            return AnnotationReader.ReadDataSubjectName(attribute) ?? type.Name;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (_reader.FindDataSubject(candidate) is { } fromInterface)
            {
                return AnnotationReader.ReadDataSubjectName(fromInterface) ?? type.Name;
            }
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "IdentityUser" && current.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Identity")
            {
                return "User";
            }
        }

        return null;
    }

    /// <summary>Whether an annotated member is a credential the exporter withholds: its category is Credentials or below, and the subject has not opted in.</summary>
    private bool IsWithheldCredential(ISymbol member)
    {
        if (_exportCredentials)
        {
            return false;
        }

        var category = _reader.FindPersonalData(member) is { } attribute ? AnnotationReader.ReadCategory(attribute) : null;
        return category is not null && PrivacyAnalyzers.Taxonomy.CategoryTaxonomy.TopLevelOf(category) == "Credentials";
    }

    /// <summary>
    /// Why objects of this type are never walked into (unless the member itself is annotated, and then only written as
    /// text), or null: for the user's own data types, and for plain framework values and collections (List&lt;T&gt;,
    /// Dictionary, IPAddress…), which are containers or text, never walked as objects either (<see cref="IsFramework"/>).
    /// </summary>
    private static string? RefusalReason(INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Delegate)
        {
            return "a delegate";
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "DbContext" or "ObjectContext" or "IdentityDbContext")
            {
                return "a database context";
            }
        }

        foreach (var candidate in type.AllInterfaces.Add(type))
        {
            switch (FullName(candidate.OriginalDefinition))
            {
                case "System.Linq.IQueryable":
                case "System.Linq.IQueryable`1":
                    return "a query (IQueryable): enumerating it reads a data store";
                case "System.IDisposable":
                case "System.IAsyncDisposable":
                    return "a disposable resource";
                case "System.IServiceProvider":
                    return "a service provider";
            }
        }

        if (IsFramework(type))
        {
            return IsSelfEnumerating(type) ? "a self-enumerating tree (such as a JSON node)" : null;
        }

        // A unit of work of your own, kept by an entity (active-record and lazy-loading code bases), holds everyone's
        // data whatever it derives from: recognised by the names such classes are given.
        if (type.TypeKind == TypeKind.Class && (type.Name.EndsWith("Context", System.StringComparison.Ordinal)
            || type.Name.EndsWith("UnitOfWork", System.StringComparison.Ordinal)
            || type.Name.EndsWith("Repository", System.StringComparison.Ordinal)))
        {
            return "a data context or repository (by its name)";
        }

        return null;
    }

    /// <summary>A type of the System, Microsoft or Newtonsoft namespaces: never one of the user's data types.</summary>
    private static bool IsFramework(INamedTypeSymbol type) => RootNamespace(type) is "System" or "Microsoft" or "Newtonsoft";

    /// <summary>
    /// A type that enumerates itself or its base (<c>class Node : IEnumerable&lt;Node&gt;</c>, <c>JObject</c> as
    /// <c>IEnumerable&lt;JToken&gt;</c>): never treated as a collection (that made the walk recurse without end). A user's
    /// own such type is walked as an object, through its members.
    /// </summary>
    private static bool IsSelfEnumerating(INamedTypeSymbol type) =>
        RawElementType(type) is INamedTypeSymbol element
        && (SymbolEqualityComparer.Default.Equals(element, type) || DerivesFrom(type, element));

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol ancestor)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, ancestor))
            {
                return true;
            }
        }

        return type.AllInterfaces.Contains(ancestor, SymbolEqualityComparer.Default);
    }

    private static string? RootNamespace(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: false } ? ns.Name : null;
    }
}
