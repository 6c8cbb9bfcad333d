using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>
/// Builds the model of one [DataSubject] type's exporter: the subject type and every type with personal data reachable
/// from it through members, arrays, collections and dictionaries. Annotations are read through <see cref="AnnotationReader"/>.
/// </summary>
internal sealed class ExporterParser
{
    private readonly Compilation _compilation;
    private readonly AnnotationReader _reader;
    private readonly INamedTypeSymbol _root;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ITypeSymbol, List<RawMember>> _types = new(SymbolEqualityComparer.Default);
    private readonly Queue<INamedTypeSymbol> _queue = new();
    private readonly HashSet<ITypeSymbol> _exportable = new(SymbolEqualityComparer.Default);
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private Dictionary<ITypeSymbol, int> _indexes = new(SymbolEqualityComparer.Default);

    private const int MaxGenericDepth = 4;
    private const int MaxTypes = 1000;

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

        Enqueue(_root);
        while (_queue.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Discover(_queue.Dequeue());
        }

        ComputeExportable();
        _exportable.Add(_root);
        _indexes = _exportable
            .Select(t => (Type: t, Name: TypeCode(t)))
            .OrderBy(t => t.Name, System.StringComparer.Ordinal)
            .Select((t, i) => (Type: t.Type, i))
            .ToDictionary(t => t.Type, t => t.i, (IEqualityComparer<ITypeSymbol>)SymbolEqualityComparer.Default);

        var types = _indexes.OrderBy(p => p.Value).Select(p => BuildType(p.Key)).ToEquatableArray();
        var typeParameters = AllTypeParameters(_root);
        var className = ExporterClassName(_root);
        var ns = _root.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        var model = new ExporterModel(
            HintName: (ns is null ? string.Empty : ns + ".") + className + ".g.cs",
            Namespace: ns,
            ClassName: className,
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
        if (GenericDepth(type) > MaxGenericDepth || _types.Count >= MaxTypes)
        {
            return;
        }

        if (!_types.ContainsKey(type))
        {
            _types.Add(type, new List<RawMember>());
            _queue.Enqueue(type);
        }
    }

    /// <summary>Collects the instance members of a type (its own, its base types', and for interfaces the inherited interfaces'), most derived first; enqueues the types they lead to.</summary>
    private void Discover(INamedTypeSymbol type)
    {
        var members = _types[type];
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var declaring in DeclaringTypes(type))
        {
            foreach (var symbol in declaring.GetMembers())
            {
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

                members.Add(new RawMember(symbol, memberType, marker is not null));
                foreach (var candidate in ObjectCandidates(memberType))
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

    /// <summary>The named types a value of this type may hold that could have personal data of their own (not framework types).</summary>
    private IEnumerable<INamedTypeSymbol> ObjectCandidates(ITypeSymbol type)
    {
        if (IsScalar(type))
        {
            yield break;
        }

        if (ElementType(type) is { } element)
        {
            foreach (var candidate in ObjectCandidates(element))
            {
                yield return candidate;
            }

            yield break;
        }

        if (type is INamedTypeSymbol named)
        {
            if (IsKeyValuePair(named))
            {
                foreach (var candidate in ObjectCandidates(named.TypeArguments[0]).Concat(ObjectCandidates(named.TypeArguments[1])))
                {
                    yield return candidate;
                }

                yield break;
            }

            if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                foreach (var candidate in ObjectCandidates(named.TypeArguments[0]))
                {
                    yield return candidate;
                }

                yield break;
            }

            if (named.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface && !IsFrameworkType(named))
            {
                yield return (INamedTypeSymbol)named.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            }
        }
    }

    /// <summary>A type has personal data when it has an annotated member, or a member leading to a type that has.</summary>
    private void ComputeExportable()
    {
        foreach (var pair in _types)
        {
            if (pair.Value.Any(m => m.IsAnnotated))
            {
                _exportable.Add(pair.Key);
            }
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var pair in _types)
            {
                if (!_exportable.Contains(pair.Key) && pair.Value.Any(m => ObjectCandidates(m.Type).Any(_exportable.Contains)))
                {
                    _exportable.Add(pair.Key);
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private ExportTypeModel BuildType(ITypeSymbol type)
    {
        var members = ImmutableArray.CreateBuilder<ExportMemberModel>();
        foreach (var member in _types[type].OrderBy(m => m.Symbol.Name, System.StringComparer.Ordinal))
        {
            var shape = Shape(member.Type);
            if (shape is null || !(member.IsAnnotated || ContainsObject(shape)))
            {
                continue;
            }

            if (WhyNotReadable(member.Symbol, member.Type) is { } why)
            {
                _diagnostics.Add(new DiagnosticInfo(
                    RuleIdentifiers.ExportMemberNotAccessible,
                    LocationInfo.From(member.Symbol.Locations.FirstOrDefault()),
                    ImmutableArray.Create(member.Symbol.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "." + member.Symbol.Name, why).ToEquatableArray()));
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

            members.Add(new ExportMemberModel(SymbolNames.Identifier(member.Symbol.Name), member.Symbol.Name, category, portable, member.IsAnnotated, shape));
        }

        return new ExportTypeModel(TypeCode(type), type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), members.ToImmutable().ToEquatableArray());
    }

    private ValueShape? Shape(ITypeSymbol type)
    {
        var canBeNull = type.IsReferenceType || (type is ITypeParameterSymbol { HasValueTypeConstraint: false });
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = Shape(nullable.TypeArguments[0]);
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
            var elementShape = Shape(element);
            return elementShape is null
                ? null
                : new ValueShape(ValueKind.Collection, canBeNull, false, type.IsReferenceType, IsImmutableArray(type), -1, elementShape, null, null);
        }

        if (type is INamedTypeSymbol named)
        {
            if (IsKeyValuePair(named))
            {
                var key = Shape(named.TypeArguments[0]);
                var value = Shape(named.TypeArguments[1]);
                return key is null || value is null ? null : new ValueShape(ValueKind.Pair, false, false, false, false, -1, null, key, value);
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

    private static bool IsScalar(ITypeSymbol type) =>
        type.SpecialType is not (SpecialType.None or SpecialType.System_Nullable_T or SpecialType.System_Object)
        || type.TypeKind == TypeKind.Enum
        || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };

    /// <summary>The item type of an array or an enumerable (strings excluded), or null.</summary>
    private static ITypeSymbol? ElementType(ITypeSymbol type)
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

    private static bool IsKeyValuePair(INamedTypeSymbol type) =>
        type.IsGenericType && type.TypeArguments.Length == 2 && FullName(type.OriginalDefinition) == "System.Collections.Generic.KeyValuePair`2";

    private static bool IsImmutableArray(ITypeSymbol type) =>
        type is INamedTypeSymbol named && named.IsGenericType && FullName(named.OriginalDefinition) == "System.Collections.Immutable.ImmutableArray`1";

    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: false, Name: "System" };
    }

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

        return null;
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
        public RawMember(ISymbol symbol, ITypeSymbol type, bool isAnnotated)
        {
            Symbol = symbol;
            Type = type;
            IsAnnotated = isAnnotated;
        }

        public ISymbol Symbol { get; }

        public ITypeSymbol Type { get; }

        public bool IsAnnotated { get; }
    }
}
