using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>The walk over the types a subject reaches: a queue over types (no recursion proportional to the model), the members of each, and the fixed points that decide which types have data and get a walker.</summary>
internal sealed partial class ExporterParser
{
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
                // A withheld credential is never read, so the types of its value are not walked.
                var withheld = marker is not null && IsWithheldCredential(symbol);
                var candidates = withheld ? ImmutableArray<INamedTypeSymbol>.Empty : ObjectCandidates(memberType, 0).ToImmutableArray();
                members.Add(new RawMember(symbol, memberType, marker is not null, WhyNotReadable(symbol, memberType), cast, withheld, candidates));
                foreach (var candidate in candidates)
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
                && !IsFramework(named)
                && RefusalReason(named) is null)
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
                if (!result.Contains(pair.Key) && pair.Value.Any(m => (!readableOnly || m.WhyUnreadable is null) && m.Candidates.Any(result.Contains)))
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
                if (member.WhyUnreadable is not null)
                {
                    continue;
                }

                foreach (var candidate in member.Candidates)
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
}
