using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Generator.Emitting;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>
/// Builds the model of one [DataSubject] type's exporter: the subject type and every type with personal data that
/// belongs to it, reachable through members, arrays, collections and dictionaries. Annotations are read through
/// <see cref="AnnotationReader"/>.
/// <para>
/// The export boundary (docs/exporters.md, "What is walked"): the walk never enters another person — an object of a
/// [DataSubject] type (or of an ASP.NET Core Identity user type) other than the root is written as a link without data —
/// nor framework and infrastructure types (database contexts, queries, disposable resources, self-enumerating trees such
/// as <c>JToken</c>, anything in the System, Microsoft or Newtonsoft namespaces) unless the member itself is annotated,
/// and then only as text. Credentials (<c>Credentials.*</c>) are withheld unless the subject opts in. The walk is a
/// queue over types and every type shape is unwrapped to a bounded depth, so no model makes it recurse without end.
/// </para>
/// </summary>
internal sealed partial class ExporterParser
{
    private readonly Compilation _compilation;
    private readonly AnnotationReader _reader;
    private readonly INamedTypeSymbol _root;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ITypeSymbol, List<RawMember>> _types = new(SymbolEqualityComparer.Default);
    private readonly Queue<INamedTypeSymbol> _queue = new();
    private readonly HashSet<ITypeSymbol> _hasData = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ITypeSymbol> _hasAnyData = new(SymbolEqualityComparer.Default);
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private Dictionary<ITypeSymbol, int> _indexes = new(SymbolEqualityComparer.Default);
    private bool _exportCredentials;
    private bool _truncated;

    private const int MaxGenericDepth = 4;
    private const int MaxTypes = 1000;

    /// <summary>How many wrappers (arrays, collections, Nullable, KeyValuePair) a member type is unwrapped through.</summary>
    private const int MaxShapeDepth = 8;

    private ExporterParser(Compilation compilation, AnnotationReader reader, INamedTypeSymbol root, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _reader = reader;
        _root = root;
        _cancellationToken = cancellationToken;
    }

    public static ExporterResult Parse(ISymbol subject, Compilation compilation, CancellationToken cancellationToken) =>
        Parse(subject, compilation, cancellationToken, out _);

    /// <summary>
    /// The exporter of the subject, and the files declaring every type the walk examined (<see cref="ParseCache"/>
    /// reuses the result while those files and the compilation's declarations are unchanged).
    /// </summary>
    public static ExporterResult Parse(ISymbol subject, Compilation compilation, CancellationToken cancellationToken, out ImmutableArray<SyntaxTree> files)
    {
        files = ImmutableArray<SyntaxTree>.Empty;
        if (subject is not INamedTypeSymbol root || root.TypeKind == TypeKind.Error)
        {
            return new ExporterResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var parser = new ExporterParser(compilation, ReaderCache.For(compilation), root, cancellationToken);
        var result = parser.Run();
        files = parser.ExaminedFiles();
        return result;
    }

    /// <summary>
    /// The files declaring what the walk read: the subject and every type it queued, their containing types, base types
    /// and interfaces, the types of their members (type arguments and array elements too) and the classes of the
    /// attributes on all of these. A refused or un-walked type is examined too (its bases decide why), so it counts.
    /// </summary>
    private ImmutableArray<SyntaxTree> ExaminedFiles()
    {
        var types = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var files = new HashSet<SyntaxTree>();
        void AddAttributes(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } attributeClass)
                {
                    AddType(attributeClass);
                }
            }
        }

        void AddFiles(ISymbol symbol)
        {
            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                files.Add(reference.SyntaxTree);
            }
        }

        void AddType(ITypeSymbol? type)
        {
            if (type is null || !types.Add(type))
            {
                return;
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    AddType(array.ElementType);
                    return;
                case IPointerTypeSymbol pointer:
                    AddType(pointer.PointedAtType);
                    return;
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        AddType(argument);
                    }

                    // A type from metadata has bases, interfaces and containing types from metadata too (the references
                    // are unchanged while the cache is used); only its type arguments can be declared in source.
                    if (named.DeclaringSyntaxReferences.IsEmpty)
                    {
                        return;
                    }

                    AddFiles(named);
                    AddAttributes(named);
                    AddType(named.OriginalDefinition);
                    AddType(named.ContainingType);
                    AddType(named.BaseType);
                    foreach (var @interface in named.AllInterfaces)
                    {
                        AddType(@interface);
                    }

                    return;
                case ITypeParameterSymbol parameter:
                    foreach (var constraint in parameter.ConstraintTypes)
                    {
                        AddType(constraint);
                    }

                    return;
            }
        }

        AddType(_root);
        foreach (var pair in _types)
        {
            AddType(pair.Key);
            foreach (var member in pair.Value)
            {
                AddFiles(member.Symbol);
                AddAttributes(member.Symbol);
                AddType(member.Type);
            }
        }

        return files.ToImmutableArray();
    }

    private ExporterResult Run()
    {
        var subject = _reader.ReadOwnDataSubject(_root);
        var rootName = _root.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        if (subject is null)
        {
            return Refuse(rootName, "its [DataSubject] attribute has no readable name");
        }

        if (_root.IsStatic)
        {
            return Refuse(rootName, "a static class has no instances to export");
        }

        if (WhyInaccessible(_root) is { } why)
        {
            return Refuse(rootName, why);
        }

        if (ObsoleteError(_root) is { } obsolete)
        {
            return Refuse(rootName, obsolete);
        }

        _exportCredentials = subject.ExportCredentials;
        Enqueue(_root);
        while (_queue.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Discover(_queue.Dequeue());
        }

        ComputeHasData();
        var walked = Walked();
        _indexes = walked
            .Select(t => (Type: t, Name: TypeCode(t)))
            .OrderBy(t => t.Name, System.StringComparer.Ordinal)
            .Select((t, i) => (Type: t.Type, i))
            .ToDictionary(t => t.Type, t => t.i, (IEqualityComparer<ITypeSymbol>)SymbolEqualityComparer.Default);

        var boundary = new Boundary();
        var types = _indexes.OrderBy(p => p.Value).Select(p => BuildType(p.Key, boundary)).ToEquatableArray();
        ReportBoundary(rootName, boundary);
        var typeParameters = AllTypeParameters(_root);
        var className = ExporterClassName(_root);
        var ns = _root.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        var model = new ExporterModel(
            HintName: ExporterNames.HintName(ns, className),
            Namespace: ns,
            ClassName: className,
            ClassNameTaken: IsClassNameTaken(_root.ContainingNamespace, className),
            IsNestedOrGeneric: _root.ContainingType is not null || typeParameters.Length > 0,
            IsPublic: IsEffectivelyPublic(_root),
            SubjectName: subject.Name,
            SubjectTypeDisplay: SymbolNames.InventoryName(_root),
            SubjectTypeFullyQualified: TypeCode(_root),
            SubjectIsReferenceType: _root.IsReferenceType,
            TypeParameters: typeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", typeParameters.Select(t => SymbolNames.Identifier(t.Name))) + ">",
            Constraints: typeParameters.Select(ConstraintClause).Where(c => c is not null).Select(c => c!).ToEquatableArray(),
            Types: types,
            RootIndex: _indexes[_root]);
        var eraser = BuildEraser(ns, model.TypeParameters, model.Constraints, subject.Name);
        return new ExporterResult(model, _diagnostics.ToEquatableArray(), eraser);
    }

    private ExporterResult Refuse(string rootName, string reason)
    {
        var diagnostic = new DiagnosticInfo(
            RuleDescriptors.PRIV031.Id,
            LocationInfo.From(_root.Locations.FirstOrDefault()),
            ImmutableArray.Create(rootName, reason).ToEquatableArray());
        return new ExporterResult(null, ImmutableArray.Create(diagnostic).ToEquatableArray());
    }

    private ExportTypeModel BuildType(ITypeSymbol type, Boundary boundary)
    {
        var members = ImmutableArray.CreateBuilder<ExportMemberModel>();
        var typeName = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        foreach (var member in _types[type].OrderBy(m => m.Symbol.Name, System.StringComparer.Ordinal))
        {
            var path = typeName + "." + member.Symbol.Name;
            var leadsToData = member.Candidates.FirstOrDefault(_hasAnyData.Contains);
            if (member.WhyUnreadable is { } why)
            {
                if (member.IsAnnotated || leadsToData is not null)
                {
                    var what = member.IsAnnotated
                        ? "is personal data"
                        : "leads to personal data ('" + leadsToData!.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "')";
                    _diagnostics.Add(new DiagnosticInfo(
                        RuleDescriptors.PRIV030.Id,
                        LocationInfo.From(InCompilation(member.Symbol) ?? _root.Locations.FirstOrDefault()),
                        ImmutableArray.Create(path, what, why).ToEquatableArray()));
                }

                continue;
            }

            string? category = null;
            var portable = true;
            if (member.IsAnnotated && _reader.GetEffectiveAnnotation(member.Symbol) is { } annotation)
            {
                category = annotation.Category;
                portable = annotation.Source.Value is DataSourceValue.ProvidedBySubject or DataSourceValue.Observed
                    && annotation.LegalBasis.Value is LegalBasisValue.Consent or LegalBasisValue.Contract;
            }

            if (member.IsWithheld)
            {
                var withheld = Shape(member.Type, 0) ?? new ValueShape(ValueKind.Other, member.Type.IsReferenceType, false, member.Type.IsReferenceType, false, -1, null, null, null);
                members.Add(new ExportMemberModel(SymbolNames.Identifier(member.Symbol.Name), member.Symbol.Name, member.Cast, category, false, true, Omit(withheld, OmissionReasonValue.Credential, null)));
                boundary.Withheld.Add(path);
                continue;
            }

            var shape = Shape(member.Type, 0);
            if (shape is null)
            {
                continue;
            }

            if (LinkedSubject(shape) is { } subject)
            {
                members.Add(new ExportMemberModel(SymbolNames.Identifier(member.Symbol.Name), member.Symbol.Name, member.Cast, category, false, member.IsAnnotated, shape));
                boundary.Links.Add(path + " (" + subject + ")");
                continue;
            }

            if (!member.IsAnnotated && !ContainsObject(shape))
            {
                if (RefusedNavigation(member.Type, 0) is { } refused)
                {
                    boundary.Refused.Add(path + " (" + refused + ")");
                }

                continue;
            }

            if (ContainsObject(shape))
            {
                boundary.Followed.Add(path);
            }

            members.Add(new ExportMemberModel(SymbolNames.Identifier(member.Symbol.Name), member.Symbol.Name, member.Cast, category, portable, member.IsAnnotated, shape));
        }

        return new ExportTypeModel(TypeCode(type), typeName, members.ToImmutable().ToEquatableArray());
    }

    /// <summary>PRIV033: what the exporter follows, writes as links, withholds and refuses, for a DPO to review.</summary>
    private void ReportBoundary(string rootName, Boundary boundary)
    {
        static string List(List<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
        var refused = List(boundary.Refused);
        if (_truncated)
        {
            refused += "; the walk stopped after " + MaxTypes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " types";
        }

        _diagnostics.Add(new DiagnosticInfo(
            RuleDescriptors.PRIV033.Id,
            LocationInfo.From(_root.Locations.FirstOrDefault()),
            ImmutableArray.Create(rootName, List(boundary.Followed), List(boundary.Links), List(boundary.Withheld), refused).ToEquatableArray()));
    }

    private sealed class RawMember
    {
        public RawMember(ISymbol symbol, ITypeSymbol type, bool isAnnotated, string? whyUnreadable, string? cast, bool isWithheld, ImmutableArray<INamedTypeSymbol> candidates)
        {
            Symbol = symbol;
            Type = type;
            IsAnnotated = isAnnotated;
            WhyUnreadable = whyUnreadable;
            Cast = cast;
            IsWithheld = isWithheld;
            Candidates = candidates;
        }

        public ISymbol Symbol { get; }

        public ITypeSymbol Type { get; }

        public bool IsAnnotated { get; }

        /// <summary>Why the generated exporter cannot read the member (PRIV030), or null.</summary>
        public string? WhyUnreadable { get; }

        /// <summary>The declaring type to cast to when reading the member (an inherited interface member, a hidden base member), or null.</summary>
        public string? Cast { get; }

        /// <summary>A credential the export names but does not write (Credentials.*, unless the subject opts in).</summary>
        public bool IsWithheld { get; }

        /// <summary>The types the member's value leads to that the walk may follow (<see cref="ObjectCandidates"/>, computed once; none when withheld).</summary>
        public ImmutableArray<INamedTypeSymbol> Candidates { get; }
    }

    /// <summary>What one exporter follows, links to, withholds and refuses (PRIV033), as "Type.Member" paths.</summary>
    private sealed class Boundary
    {
        public List<string> Followed { get; } = new();

        public List<string> Links { get; } = new();

        public List<string> Withheld { get; } = new();

        public List<string> Refused { get; } = new();
    }
}
