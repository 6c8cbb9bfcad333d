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
internal sealed class ExporterParser
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

    public static ExporterResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol root || root.TypeKind == TypeKind.Error)
        {
            return new ExporterResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var compilation = context.SemanticModel.Compilation;
        return new ExporterParser(compilation, ReaderCache.For(compilation), root, cancellationToken).Run();
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
        return new ExporterResult(model, _diagnostics.ToEquatableArray());
    }

    private ExporterResult Refuse(string rootName, string reason)
    {
        var diagnostic = new DiagnosticInfo(
            RuleIdentifiers.NoExporterForSubject,
            LocationInfo.From(_root.Locations.FirstOrDefault()),
            ImmutableArray.Create(rootName, reason).ToEquatableArray());
        return new ExporterResult(null, ImmutableArray.Create(diagnostic).ToEquatableArray());
    }

    private void Enqueue(INamedTypeSymbol type)
    {
        // Generic types can expand without end (class C<T> { C<C<T>> Next; }): constructed types nested deeper than
        // MaxGenericDepth, and graphs larger than MaxTypes, are not walked.
        if (GenericDepth(type) > MaxGenericDepth)
        {
            return;
        }

        if (_types.ContainsKey(type))
        {
            return;
        }

        if (_types.Count >= MaxTypes)
        {
            _truncated = true;
            return;
        }

        _types.Add(type, new List<RawMember>());
        _queue.Enqueue(type);
    }

    /// <summary>Collects the instance members of a type (its own, its base types', and for interfaces the inherited interfaces'), most derived first; enqueues the types they lead to.</summary>
    private void Discover(INamedTypeSymbol type)
    {
        var members = _types[type];
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var hiding = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var declaring in DeclaringTypes(type))
        {
            var hiddenBelow = new HashSet<string>(hiding, System.StringComparer.Ordinal);
            foreach (var symbol in declaring.GetMembers())
            {
                hiding.Add(symbol.Name);
                if (!IsCandidate(symbol, out var memberType) || !seen.Add(symbol.Name))
                {
                    continue;
                }

                var marker = _reader.FindPersonalDataMarker(symbol, out _);
                if (marker is null && _reader.FindNotPersonalData(symbol) is not null)
                {
                    continue;
                }

                if (ContainsError(memberType))
                {
                    continue;
                }

                // Read through the declaring type when the plain name would not reach this member: a member of an
                // inherited interface (two interfaces may both declare it), or a base member a derived type hides.
                var cast = !SymbolEqualityComparer.Default.Equals(declaring, type)
                    && (type.TypeKind == TypeKind.Interface || hiddenBelow.Contains(symbol.Name))
                    ? TypeCode(declaring)
                    : null;
                var member = new RawMember(symbol, memberType, marker is not null, WhyNotReadable(symbol, memberType), cast);
                members.Add(member);
                if (member.IsAnnotated && IsWithheldCredential(member))
                {
                    continue;
                }

                foreach (var candidate in ObjectCandidates(memberType, 0))
                {
                    Enqueue(candidate);
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> DeclaringTypes(INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Interface)
        {
            yield return type;
            foreach (var inherited in type.AllInterfaces)
            {
                yield return inherited;
            }

            yield break;
        }

        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            yield return current;
        }
    }

    private static bool IsCandidate(ISymbol symbol, out ITypeSymbol type)
    {
        type = null!;
        if (symbol.IsStatic || !symbol.CanBeReferencedByName)
        {
            return false;
        }

        switch (symbol)
        {
            case IPropertySymbol { IsIndexer: false, GetMethod: not null, ReturnsByRefReadonly: false } property:
                type = property.Type;
                return true;
            case IFieldSymbol { IsConst: false } field:
                type = field.Type;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The types a value of this type may hold that the walk follows: the user's own classes, structs, records and
    /// interfaces — not another data subject, not framework or infrastructure types. Unwraps arrays, collections,
    /// Nullable and KeyValuePair up to <see cref="MaxShapeDepth"/> levels.
    /// </summary>
    private IEnumerable<INamedTypeSymbol> ObjectCandidates(ITypeSymbol type, int depth)
    {
        if (depth > MaxShapeDepth || IsScalar(type))
        {
            yield break;
        }

        if (ElementType(type) is { } element)
        {
            foreach (var candidate in ObjectCandidates(element, depth + 1))
            {
                yield return candidate;
            }

            yield break;
        }

        if (type is INamedTypeSymbol named)
        {
            if (IsKeyValuePair(named))
            {
                foreach (var candidate in ObjectCandidates(named.TypeArguments[0], depth + 1).Concat(ObjectCandidates(named.TypeArguments[1], depth + 1)))
                {
                    yield return candidate;
                }

                yield break;
            }

            if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                foreach (var candidate in ObjectCandidates(named.TypeArguments[0], depth + 1))
                {
                    yield return candidate;
                }

                yield break;
            }

            if (named.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
                && DataSubjectName(named) is null
                && InfrastructureReason(named) is null)
            {
                yield return (INamedTypeSymbol)named.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            }
        }
    }

    /// <summary>
    /// A type has personal data when it has a readable annotated member, or a readable member leading to a type that
    /// has (links to other data subjects and withheld credentials alone do not make a type worth walking).
    /// </summary>
    private void ComputeHasData()
    {
        Fixpoint(_hasData, readableOnly: true);
        Fixpoint(_hasAnyData, readableOnly: false);
    }

    /// <summary>
    /// The types with annotated members, then every type with a member leading to one of them, until nothing changes.
    /// <paramref name="readableOnly"/>: count only what the exporter can read (what it walks); otherwise everything (what PRIV030 reports).
    /// </summary>
    private void Fixpoint(HashSet<ITypeSymbol> result, bool readableOnly)
    {
        foreach (var pair in _types)
        {
            if (pair.Value.Any(m => m.IsAnnotated && (!readableOnly || m.WhyUnreadable is null)))
            {
                result.Add(pair.Key);
            }
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var pair in _types)
            {
                if (!result.Contains(pair.Key) && pair.Value.Any(m => (!readableOnly || m.WhyUnreadable is null) && !IsWithheldCredential(m) && ObjectCandidates(m.Type, 0).Any(result.Contains)))
                {
                    result.Add(pair.Key);
                    changed = true;
                }
            }
        }
        while (changed);
    }

    /// <summary>The types that get a walker: the root, and every type with data reached from it through readable members.</summary>
    private List<ITypeSymbol> Walked()
    {
        var walked = new List<ITypeSymbol> { _root };
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default) { _root };
        for (var i = 0; i < walked.Count; i++)
        {
            foreach (var member in _types[walked[i]])
            {
                if (member.WhyUnreadable is not null || (member.IsAnnotated && IsWithheldCredential(member)))
                {
                    continue;
                }

                foreach (var candidate in ObjectCandidates(member.Type, 0))
                {
                    if (_hasData.Contains(candidate) && seen.Add(candidate))
                    {
                        walked.Add(candidate);
                    }
                }
            }
        }

        return walked;
    }

    private ExportTypeModel BuildType(ITypeSymbol type, Boundary boundary)
    {
        var members = ImmutableArray.CreateBuilder<ExportMemberModel>();
        var typeName = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        foreach (var member in _types[type].OrderBy(m => m.Symbol.Name, System.StringComparer.Ordinal))
        {
            var path = typeName + "." + member.Symbol.Name;
            var leadsToData = ObjectCandidates(member.Type, 0).FirstOrDefault(_hasAnyData.Contains);
            if (member.WhyUnreadable is { } why)
            {
                if (member.IsAnnotated || leadsToData is not null)
                {
                    var what = member.IsAnnotated
                        ? "is personal data"
                        : "leads to personal data ('" + leadsToData!.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "')";
                    _diagnostics.Add(new DiagnosticInfo(
                        RuleIdentifiers.ExportMemberNotAccessible,
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

            if (member.IsAnnotated && IsWithheldCredential(member))
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
            RuleIdentifiers.ExportBoundary,
            LocationInfo.From(_root.Locations.FirstOrDefault()),
            ImmutableArray.Create(rootName, List(boundary.Followed), List(boundary.Links), List(boundary.Withheld), refused).ToEquatableArray()));
    }

    /// <summary>
    /// The symbol's location when it is in this compilation, else null. A walked type may be declared in another project
    /// (a project reference is a CompilationReference in the IDE); a diagnostic located there would fail the generator.
    /// </summary>
    private Location? InCompilation(ISymbol symbol) =>
        symbol.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree is { } tree && _compilation.ContainsSyntaxTree(tree));

    private bool IsWithheldCredential(RawMember member)
    {
        if (_exportCredentials || !member.IsAnnotated)
        {
            return false;
        }

        var category = _reader.FindPersonalData(member.Symbol) is { } attribute ? AnnotationReader.ReadCategory(attribute) : null;
        return category is not null && PrivacyAnalyzers.Taxonomy.CategoryTaxonomy.TopLevelOf(category) == "Credentials";
    }

    private static ValueShape Omit(ValueShape shape, OmissionReasonValue reason, string? detail) =>
        new(ValueKind.Omitted, shape.CanBeNull, shape.IsNullableValue, shape.IsReferenceType, shape.IsImmutableArray, -1, null, null, null, detail, reason);

    private ValueShape? Shape(ITypeSymbol type, int depth)
    {
        if (depth > MaxShapeDepth)
        {
            return null;
        }

        var canBeNull = type.IsReferenceType || (type is ITypeParameterSymbol { HasValueTypeConstraint: false });
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = Shape(nullable.TypeArguments[0], depth + 1);
            return inner is null ? null : inner with { IsNullableValue = true, CanBeNull = false };
        }

        ValueShape Scalar(ValueKind kind) => new(kind, canBeNull, false, type.IsReferenceType, false, -1, null, null, null);

        switch (type.SpecialType)
        {
            case SpecialType.System_String: return Scalar(ValueKind.String);
            case SpecialType.System_Char: return Scalar(ValueKind.Char);
            case SpecialType.System_Boolean: return Scalar(ValueKind.Boolean);
            case SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_IntPtr: return Scalar(ValueKind.Signed);
            case SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_UIntPtr: return Scalar(ValueKind.Unsigned);
            case SpecialType.System_Single: return Scalar(ValueKind.Single);
            case SpecialType.System_Double: return Scalar(ValueKind.Double);
            case SpecialType.System_Decimal: return Scalar(ValueKind.Decimal);
            case SpecialType.System_DateTime: return Scalar(ValueKind.DateTime);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return Scalar(ValueKind.Enum);
        }

        if (type is IPointerTypeSymbol or IFunctionPointerTypeSymbol || type.IsRefLikeType || type.TypeKind == TypeKind.Delegate)
        {
            return null;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return Scalar(ValueKind.Bytes);
        }

        switch (FullName(type))
        {
            case "System.DateTimeOffset": return Scalar(ValueKind.DateTimeOffset);
            case "System.TimeSpan": return Scalar(ValueKind.TimeSpan);
            case "System.Guid": return Scalar(ValueKind.Guid);
            case "System.DateOnly": return Scalar(ValueKind.DateOnly);
            case "System.TimeOnly": return Scalar(ValueKind.TimeOnly);
        }

        if (ElementType(type) is { } element)
        {
            var elementShape = Shape(element, depth + 1);
            if (elementShape is null)
            {
                return null;
            }

            // A collection holding other people is never enumerated: one link record stands for all of it (the users
            // of a role, the Everyone of a registry can be the whole database).
            return LinkedSubject(elementShape) is { } subject
                ? new ValueShape(ValueKind.Omitted, canBeNull, false, type.IsReferenceType, IsImmutableArray(type), -1, null, null, null, subject, OmissionReasonValue.OtherDataSubject)
                : new ValueShape(ValueKind.Collection, canBeNull, false, type.IsReferenceType, IsImmutableArray(type), -1, elementShape, null, null);
        }

        if (type is INamedTypeSymbol named)
        {
            if (IsKeyValuePair(named))
            {
                var key = Shape(named.TypeArguments[0], depth + 1);
                var value = Shape(named.TypeArguments[1], depth + 1);
                return key is null || value is null ? null : new ValueShape(ValueKind.Pair, false, false, false, false, -1, null, key, value);
            }

            if (DataSubjectName(named) is { } subjectName)
            {
                return new ValueShape(ValueKind.SubjectLink, canBeNull, false, type.IsReferenceType, false, -1, null, null, null, subjectName);
            }

            var plain = named.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            if (_indexes.TryGetValue(plain, out var index))
            {
                return new ValueShape(ValueKind.Object, canBeNull, false, type.IsReferenceType, false, index, null, null, null);
            }
        }

        if (type is ITypeParameterSymbol)
        {
            return Scalar(ValueKind.Other);
        }

        return Scalar(type.AllInterfaces.Any(i => FullName(i) == "System.IFormattable") ? ValueKind.Formattable : ValueKind.Other);
    }

    private static bool ContainsObject(ValueShape shape) => shape.Kind switch
    {
        ValueKind.Object => true,
        ValueKind.Collection => ContainsObject(shape.Element!),
        ValueKind.Pair => ContainsObject(shape.Key!) || ContainsObject(shape.Value!),
        _ => false,
    };

    /// <summary>The kind of data subject a shape links to (a link, a collection of links, a pair holding one), or null.</summary>
    private static string? LinkedSubject(ValueShape shape) => shape.Kind switch
    {
        ValueKind.SubjectLink => shape.Detail,
        ValueKind.Omitted when shape.Omission == OmissionReasonValue.OtherDataSubject => shape.Detail,
        ValueKind.Collection => LinkedSubject(shape.Element!),
        ValueKind.Pair => LinkedSubject(shape.Key!) ?? LinkedSubject(shape.Value!),
        _ => null,
    };

    /// <summary>Why an unannotated member leading to a non-framework object is not followed (for PRIV033), or null.</summary>
    private string? RefusedNavigation(ITypeSymbol type, int depth)
    {
        if (depth > MaxShapeDepth || IsScalar(type))
        {
            return null;
        }

        if (type is INamedTypeSymbol named)
        {
            if (InfrastructureReason(named) is { } reason && !IsPlainFrameworkValue(named))
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

    private static bool IsScalar(ITypeSymbol type) =>
        type.SpecialType is not (SpecialType.None or SpecialType.System_Nullable_T or SpecialType.System_Object)
        || type.TypeKind == TypeKind.Enum
        || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };

    /// <summary>
    /// The item type of an array or an enumerable the walk may enumerate, or null: strings, ambiguous enumerables,
    /// queries and other infrastructure (a <c>DbSet</c> enumerates a table) and self-enumerating trees are not collections.
    /// </summary>
    private ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol named && ((InfrastructureReason(named) is not null && !IsPlainFrameworkValue(named)) || IsSelfEnumerating(named)))
        {
            return null;
        }

        return RawElementType(type);
    }

    /// <summary>The item type of an array or an enumerable (strings excluded, ambiguous enumerables excluded), or null.</summary>
    private static ITypeSymbol? RawElementType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType == SpecialType.System_Byte && array.Rank == 1 ? null : array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String || type is not INamedTypeSymbol named)
        {
            return null;
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return named.TypeArguments[0];
        }

        ITypeSymbol? found = null;
        foreach (var candidate in named.AllInterfaces)
        {
            if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                if (found is not null)
                {
                    return null; // Ambiguous (enumerable of two item types): not walked.
                }

                found = candidate.TypeArguments[0];
            }
        }

        return found;
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
            return AnnotationReader.ReadConstructorString(attribute, 0) ?? AnnotationReader.ReadNamedString(attribute, "Name") ?? type.Name;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (_reader.FindDataSubject(candidate) is { } fromInterface)
            {
                return AnnotationReader.ReadConstructorString(fromInterface, 0) ?? type.Name;
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

    /// <summary>
    /// Why objects of this type are never walked into (unless the member itself is annotated, and then only written as
    /// text), or null for the user's own data types.
    /// </summary>
    private static string? InfrastructureReason(INamedTypeSymbol type)
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

        // A unit of work kept by an entity (active-record and lazy-loading code bases) holds everyone's data, whatever
        // it derives from: recognised by the names such classes are given.
        if (type.TypeKind == TypeKind.Class && (type.Name.EndsWith("Context", System.StringComparison.Ordinal)
            || type.Name.EndsWith("UnitOfWork", System.StringComparison.Ordinal)
            || type.Name.EndsWith("Repository", System.StringComparison.Ordinal)))
        {
            return "a data context or repository (by its name)";
        }

        if (RootNamespace(type) is "System" or "Microsoft" or "Newtonsoft")
        {
            return IsSelfEnumerating(type) ? "a self-enumerating tree (such as a JSON node)" : "a framework type";
        }

        return null;
    }

    /// <summary>
    /// A type that enumerates itself or its base (<c>class Node : IEnumerable&lt;Node&gt;</c>, <c>JObject</c> as
    /// <c>IEnumerable&lt;JToken&gt;</c>): never treated as a collection (that made the walk recurse without end). A user's
    /// own such type is walked as an object, through its members.
    /// </summary>
    private static bool IsSelfEnumerating(INamedTypeSymbol type) =>
        RawElementType(type) is INamedTypeSymbol element
        && (SymbolEqualityComparer.Default.Equals(element, type) || DerivesFrom(type, element));

    /// <summary>Framework collections and values (List&lt;T&gt;, Dictionary, ImmutableArray, IPAddress…): containers or text, never refused as infrastructure on their own.</summary>
    private static bool IsPlainFrameworkValue(INamedTypeSymbol type) =>
        InfrastructureReason(type) == "a framework type";

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

    private static bool IsKeyValuePair(INamedTypeSymbol type) =>
        type.IsGenericType && type.TypeArguments.Length == 2 && FullName(type.OriginalDefinition) == "System.Collections.Generic.KeyValuePair`2";

    private static bool IsImmutableArray(ITypeSymbol type) =>
        type is INamedTypeSymbol named && named.IsGenericType && FullName(named.OriginalDefinition) == "System.Collections.Immutable.ImmutableArray`1";

    private static string FullName(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return type.Name;
        }

        var builder = new StringBuilder();
        if (named.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            builder.Append(ns.ToDisplayString()).Append('.');
        }

        builder.Append(named.MetadataName);
        return builder.ToString();
    }

    private static int GenericDepth(ITypeSymbol type) => type switch
    {
        INamedTypeSymbol { TypeArguments.Length: > 0 } named => 1 + named.TypeArguments.Max(GenericDepth),
        IArrayTypeSymbol array => 1 + GenericDepth(array.ElementType),
        _ => 0,
    };

    private static bool ContainsError(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol => true,
        IArrayTypeSymbol array => ContainsError(array.ElementType),
        INamedTypeSymbol named => named.TypeKind == TypeKind.Error || named.TypeArguments.Any(ContainsError),
        _ => false,
    };

    private string? WhyInaccessible(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                return "it is a file-local type, which generated code in another file cannot name";
            }

            if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return $"'{current.Name}' is {AccessibilityText(current.DeclaredAccessibility)}, so generated code outside it cannot name it";
            }
        }

        return null;
    }

    private string? WhyNotReadable(ISymbol member, ITypeSymbol type)
    {
        var getter = member is IPropertySymbol property ? property.GetMethod : member;
        if (getter is null || !_compilation.IsSymbolAccessibleWithin(getter, _compilation.Assembly) || !_compilation.IsSymbolAccessibleWithin(member, _compilation.Assembly))
        {
            var accessibility = getter?.DeclaredAccessibility ?? member.DeclaredAccessibility;
            return $"it is {AccessibilityText(accessibility)}";
        }

        if (!IsTypeNameable(type))
        {
            return "its type cannot be named outside its declaring type";
        }

        // Reading an [Obsolete(error: true)] member, or naming such a type, does not compile; [Experimental] APIs
        // are errors unless the user suppresses them. Obsolete warnings are suppressed in the generated file instead.
        if ((ObsoleteError(member) ?? ObsoleteErrorInType(type)) is { } obsolete)
        {
            return obsolete;
        }

        return null;
    }

    /// <summary>Why using the symbol is a compile error ([Obsolete(..., true)], [Experimental]), or null.</summary>
    private static string? ObsoleteError(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            var name = attribute.AttributeClass is { } c ? FullName(c) : null;
            if (name == "System.ObsoleteAttribute" && attribute.ConstructorArguments.Length >= 2 && attribute.ConstructorArguments[1].Value is true)
            {
                return "it is marked [Obsolete] as an error";
            }

            if (name == "System.Diagnostics.CodeAnalysis.ExperimentalAttribute")
            {
                return "it is marked [Experimental]";
            }
        }

        return null;
    }

    private static string? ObsoleteErrorInType(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => ObsoleteErrorInType(array.ElementType),
        INamedTypeSymbol named => ObsoleteError(named.OriginalDefinition) is not null
            ? "its type '" + named.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "' is marked [Obsolete] as an error or [Experimental]"
            : named.TypeArguments.Select(ObsoleteErrorInType).FirstOrDefault(r => r is not null)
                ?? (named.ContainingType is { } containing ? ObsoleteErrorInType(containing) : null),
        _ => null,
    };

    /// <summary>Whether the namespace already declares a type with the exporter's name (then the generated class gets a distinct one).</summary>
    private bool IsClassNameTaken(INamespaceSymbol? ns, string className)
    {
        if (ns is null)
        {
            return false;
        }

        var metadataName = (ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted).WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None)) + ".") + className;
        return _compilation.Assembly.GetTypeByMetadataName(metadataName) is not null;
    }

    private bool IsTypeNameable(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => IsTypeNameable(array.ElementType),
        ITypeParameterSymbol => true,
        INamedTypeSymbol named => WhyInaccessible(named) is null
            && _compilation.IsSymbolAccessibleWithin(named.OriginalDefinition, _compilation.Assembly)
            && named.TypeArguments.All(IsTypeNameable),
        _ => false,
    };

    private static string AccessibilityText(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        Accessibility.Internal => "internal to another assembly",
        _ => "not accessible",
    };

    private static bool IsEffectivelyPublic(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static string TypeCode(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolNames.Code);

    private static string ExporterClassName(INamedTypeSymbol type)
    {
        var builder = new StringBuilder();
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            chain.Insert(0, current);
        }

        foreach (var part in chain)
        {
            builder.Append(part.Name);
            if (part.Arity > 0)
            {
                builder.Append("Of").Append(part.Arity);
            }
        }

        return builder.Append("PrivacyExporter").ToString();
    }

    private static ImmutableArray<ITypeParameterSymbol> AllTypeParameters(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            chain.Insert(0, current);
        }

        return chain.SelectMany(t => t.TypeParameters).ToImmutableArray();
    }

    private static string? ConstraintClause(ITypeParameterSymbol parameter)
    {
        var parts = new List<string>();
        if (parameter.HasUnmanagedTypeConstraint)
        {
            parts.Add("unmanaged");
        }
        else if (parameter.HasValueTypeConstraint)
        {
            parts.Add("struct");
        }
        else if (parameter.HasReferenceTypeConstraint)
        {
            parts.Add(parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
        }
        else if (parameter.HasNotNullConstraint)
        {
            parts.Add("notnull");
        }

        foreach (var constraint in parameter.ConstraintTypes)
        {
            parts.Add(constraint.ToDisplayString(SymbolNames.Code));
        }

        if (parameter.HasConstructorConstraint && !parameter.HasValueTypeConstraint)
        {
            parts.Add("new()");
        }

        return parts.Count == 0 ? null : "where " + SymbolNames.Identifier(parameter.Name) + " : " + string.Join(", ", parts);
    }

    private sealed class RawMember
    {
        public RawMember(ISymbol symbol, ITypeSymbol type, bool isAnnotated, string? whyUnreadable, string? cast)
        {
            Symbol = symbol;
            Type = type;
            IsAnnotated = isAnnotated;
            WhyUnreadable = whyUnreadable;
            Cast = cast;
        }

        public ISymbol Symbol { get; }

        public ITypeSymbol Type { get; }

        public bool IsAnnotated { get; }

        /// <summary>Why the generated exporter cannot read the member (PRIV030), or null.</summary>
        public string? WhyUnreadable { get; }

        /// <summary>The declaring type to cast to when reading the member (an inherited interface member, a hidden base member), or null.</summary>
        public string? Cast { get; }
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
