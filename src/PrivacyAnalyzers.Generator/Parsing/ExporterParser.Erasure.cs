using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Durations;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>
/// The eraser's model (docs/erasure.md), built from the same walk as the exporter's: the same walked types, the same
/// boundary (another data subject is a link, infrastructure is never entered), plus what erasing needs — whether each
/// member can be written, whether it can be null, its effective legal basis, erasure action and retention, and which
/// members hold the retention starts. Reports PRIV040 (cannot write), PRIV041 (Retain without a basis that permits it) and
/// PRIV043 (no anonymised value for a member that cannot be null). A retention start no member holds (PRIV042) is
/// reported by RetentionStartAnalyzer, so that it can carry a code fix.
/// </summary>
internal sealed partial class ExporterParser
{
    private const string Values = "global::PrivacyAnalyzers.Erasure.ErasureValues";

    private EraserModel BuildEraser(string? ns, string typeParameters, EquatableArray<string> constraints, string subjectName)
    {
        var types = _indexes.OrderBy(p => p.Value).Select(p => BuildEraseType(p.Key)).ToEquatableArray();
        return new EraserModel(
            Namespace: ns,
            SubjectTypeFullyQualified: TypeCode(_root),
            IsPublic: IsEffectivelyPublic(_root),
            SubjectName: subjectName,
            SubjectIsReferenceType: _root.IsReferenceType,
            TypeParameters: typeParameters,
            Constraints: constraints,
            Types: types,
            RootIndex: _indexes[_root],
            RootPath: _root.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
    }

    private EraseTypeModel BuildEraseType(ITypeSymbol type)
    {
        var typeName = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        var starts = type is INamedTypeSymbol named ? StartHolders(named) : new List<StartHolderModel>();
        var members = ImmutableArray.CreateBuilder<EraseMemberModel>();
        foreach (var member in _types[type].OrderBy(m => m.Symbol.Name, System.StringComparer.Ordinal))
        {
            var path = typeName + "." + member.Symbol.Name;
            var access = member.Cast is null ? "value." + SymbolNames.Identifier(member.Symbol.Name) : "((" + member.Cast + ")value)." + SymbolNames.Identifier(member.Symbol.Name);
            var shape = member.WhyUnreadable is null ? Shape(member.Type, 0) : null;
            if (member.WhyUnreadable is not null || shape is null)
            {
                if (member.IsAnnotated)
                {
                    var why = member.WhyUnreadable ?? "its type cannot be read or written by generated code";
                    CannotErase(member.Symbol, path, why);
                    members.Add(Leaf(member, access, new ValueShape(ValueKind.Other, false, false, false, false, -1, null, null, null), path) with { CannotWrite = why });
                }

                continue;
            }

            if (LinkedSubject(shape) is { } subject)
            {
                members.Add(new EraseMemberModel(EraseMemberKind.Link, member.Symbol.Name, access, null, shape, false, null, null, null, null, 0, null, EraseWrite.Assign, subject, null));
                continue;
            }

            if (ContainsObject(shape))
            {
                string? cannot = null;
                if (HasCopiedStruct(shape, top: true))
                {
                    cannot = "it holds structs the eraser walks as copies it cannot write back (in a collection or a dictionary)";
                }
                else if (shape.Kind == ValueKind.Object && !shape.IsReferenceType && WhyNotWritable(member.Symbol) is { } notWritable)
                {
                    cannot = "the struct it holds is erased on a copy that cannot be written back: " + notWritable;
                }

                if (cannot is not null)
                {
                    CannotErase(member.Symbol, path, cannot);
                }

                members.Add(new EraseMemberModel(EraseMemberKind.Walk, member.Symbol.Name, access, null, shape, false, null, null, null, null, 0, cannot, EraseWrite.Assign, null, null));
                continue;
            }

            if (member.IsAnnotated)
            {
                members.Add(Leaf(member, access, shape, path));
            }
        }

        return new EraseTypeModel(TypeCode(type), typeName, type.IsReferenceType, starts.ToEquatableArray(), members.ToImmutable().ToEquatableArray());
    }

    private EraseMemberModel Leaf(RawMember member, string access, ValueShape shape, string path)
    {
        var symbol = member.Symbol;
        var annotation = _reader.GetEffectiveAnnotation(symbol);
        var category = annotation?.Category;
        var basis = annotation?.LegalBasis.Value ?? LegalBasisValue.Unspecified;
        var declared = _reader.ReadOnErasure(symbol);
        var action = AnnotationReader.EffectiveErasureAction(declared, basis, category);
        if (AnnotationReader.RetainWithoutPermittingBasis(declared, basis))
        {
            _diagnostics.Add(new DiagnosticInfo(
                RuleDescriptors.PRIV041.Id,
                LocationInfo.From(InCompilation(symbol) ?? _root.Locations.FirstOrDefault()),
                ImmutableArray.Create(path, AnnotationReader.LegalBasisWords(basis)).ToEquatableArray()));
        }

        string? retainReason = action switch
        {
            ErasureActionValue.Retain => AnnotationReader.LegalBasisWords(basis),
            ErasureActionValue.RetainForLegalClaims => "kept for legal claims (Art. 17(3)(e))",
            _ => null,
        };

        RetentionModel? retention = null;
        RetentionModel? alternative = null;
        string? retentionText = null;
        var combination = 0;
        if (annotation is not null)
        {
            retention = Retention(annotation.Retention.Value, annotation.RetentionFrom.Value);
            alternative = Retention(annotation.AlternativeRetention.Value, annotation.AlternativeRetentionFrom.Value);
            if (retention is not null)
            {
                retentionText = annotation.Retention.Value + " from " + AnnotationReader.RetentionStartWords(annotation.RetentionFrom.Value);
                if (alternative is not null)
                {
                    combination = (int)annotation.RetentionCombination.Value;
                    retentionText += " or " + annotation.AlternativeRetention.Value + " from " + AnnotationReader.RetentionStartWords(annotation.AlternativeRetentionFrom.Value)
                        + (annotation.RetentionCombination.Value == RetentionCombinationValue.WhicheverIsLater ? ", whichever is later" : ", whichever is sooner");
                }
            }
        }

        var anonymise = action == ErasureActionValue.Anonymise;
        var nullable = shape.IsNullableValue || (shape.CanBeNull && member.Type.NullableAnnotation != NullableAnnotation.NotAnnotated);
        var write = EraseWrite.Assign;
        string? value = null;
        string? clearElement = null;
        string? cannot = null;
        string? anonymised = null;
        if (shape.Kind == ValueKind.Collection && !member.Type.IsValueType && member.Type is not IArrayTypeSymbol && CollectionInterface(member.Type) is { } element)
        {
            write = EraseWrite.Clear;
            clearElement = element;
        }
        else
        {
            anonymised = anonymise ? AnonymisedValue(shape, member.Type) : null;
            value = anonymised ?? (nullable ? (member.Type is ITypeParameterSymbol ? "default" : "null") : RequiredValue(shape, member.Type));
            if (value is null)
            {
                cannot = "it cannot be null and PrivacyAnalyzers knows no anonymised value for '" + member.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "'";
                if (retainReason is null)
                {
                    _diagnostics.Add(new DiagnosticInfo(
                        RuleDescriptors.PRIV043.Id,
                        LocationInfo.From(InCompilation(symbol) ?? _root.Locations.FirstOrDefault()),
                        ImmutableArray.Create(path, member.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)).ToEquatableArray()));
                }
            }
            else if (WhyNotWritable(symbol) is { } notWritable)
            {
                cannot = notWritable;
                if (retainReason is null || retention is not null)
                {
                    CannotErase(symbol, path, notWritable);
                }
            }
        }

        // The same data kept on another legal basis ([RetainedUnder]) is not purged before that period ends either: the
        // schedule's end is the later of the member's own end and each such end (unknown, so never purged, while a start
        // or a period is unknown) — the notice tells the person the data is kept that long.
        var retainedUnder = EquatableArray<RetentionModel>.Empty;
        if (retention is not null)
        {
            var kept = new List<RetentionModel>();
            foreach (var other in _reader.GetEffectiveRetainedUnder(symbol))
            {
                if (other.LegalBasis == basis)
                {
                    continue;
                }

                kept.Add(Retention(other.Retention, other.RetentionFrom) ?? new RetentionModel(0, 0, 0, 0, 0, 0, 0));
                retentionText += "; kept on another legal basis (" + AnnotationReader.LegalBasisWords(other.LegalBasis) + "): "
                    + (other.Retention ?? "period not stated") + " from " + AnnotationReader.RetentionStartWords(other.RetentionFrom) + ", whichever is later";
            }

            retainedUnder = kept.ToEquatableArray();
        }

        return new EraseMemberModel(EraseMemberKind.Leaf, symbol.Name, access, category, shape, anonymised is not null,
            retainReason, retentionText, retention, alternative, combination, cannot, write, value, clearElement, retainedUnder);
    }

    private void CannotErase(ISymbol symbol, string path, string why) =>
        _diagnostics.Add(new DiagnosticInfo(
            RuleDescriptors.PRIV040.Id,
            LocationInfo.From(InCompilation(symbol) ?? _root.Locations.FirstOrDefault()),
            ImmutableArray.Create(path, why).ToEquatableArray()));

    private static RetentionModel? Retention(string? text, RetentionStartValue start)
    {
        if (!Iso8601Duration.TryParse(text, out var d, out _))
        {
            return null;
        }

        return new RetentionModel((int)start, d.Years, d.Months, (d.Weeks * 7) + d.Days, d.Hours, d.Minutes, d.Seconds);
    }

    /// <summary>The members of a type (and its base types) marked [RetentionStartDate] whose type is a DateTimeOffset or DateTime (nullable or not) that generated code can read.</summary>
    private List<StartHolderModel> StartHolders(INamedTypeSymbol type)
    {
        var result = new List<StartHolderModel>();
        var seen = new HashSet<int>();
        foreach (var declaring in DeclaringTypes(type))
        {
            foreach (var symbol in declaring.GetMembers())
            {
                if (!IsCandidate(symbol, out var memberType))
                {
                    continue;
                }

                var starts = AnnotationReader.ReadRetentionStartDates(symbol);
                if (starts.Count == 0 || WhyNotReadable(symbol, memberType) is not null)
                {
                    continue;
                }

                var isNullable = memberType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
                var inner = isNullable ? ((INamedTypeSymbol)memberType).TypeArguments[0] : memberType;
                var isDateTime = inner.SpecialType == SpecialType.System_DateTime;
                if (!isDateTime && FullName(inner) != "System.DateTimeOffset")
                {
                    continue;
                }

                foreach (var start in starts)
                {
                    if (seen.Add((int)start))
                    {
                        result.Add(new StartHolderModel((int)start, "value." + SymbolNames.Identifier(symbol.Name), isDateTime, isNullable));
                    }
                }
            }
        }

        return result.OrderBy(s => s.Start).ToList();
    }

    /// <summary>Why generated code cannot assign the member, or null.</summary>
    private string? WhyNotWritable(ISymbol member)
    {
        switch (member)
        {
            case IPropertySymbol property:
                var positional = AnnotationReader.FindPositionalParameter(property) is not null;
                if (property.SetMethod is null)
                {
                    return positional ? "it is a positional record member (init-only)" : "it is get-only";
                }

                if (property.SetMethod.IsInitOnly)
                {
                    return positional ? "it is a positional record member (init-only)" : "it is init-only";
                }

                return _compilation.IsSymbolAccessibleWithin(property.SetMethod, _compilation.Assembly) ? null : "its setter is " + AccessibilityText(property.SetMethod.DeclaredAccessibility);
            case IFieldSymbol field:
                return field.IsReadOnly ? "it is a readonly field" : null;
            default:
                return "it is not a property or field";
        }
    }

    /// <summary>The item type of the ICollection&lt;T&gt; a reference-type collection implements (emptied in place), or null.</summary>
    private static string? CollectionInterface(ITypeSymbol type)
    {
        foreach (var candidate in new[] { type }.Concat(type.AllInterfaces))
        {
            if (candidate is INamedTypeSymbol { IsGenericType: true } named && FullName(named.OriginalDefinition) == "System.Collections.Generic.ICollection`1")
            {
                return TypeCode(named.TypeArguments[0]);
            }
        }

        return null;
    }

    /// <summary>The anonymised value of <c>Anonymise</c> ({0}: the current value), or null to fall back to deletion.</summary>
    private static string? AnonymisedValue(ValueShape shape, ITypeSymbol type) => shape.Kind switch
    {
        ValueKind.String => Values + ".Token",
        ValueKind.DateTime or ValueKind.DateTimeOffset => shape.IsNullableValue
            ? "{0}.HasValue ? " + Values + ".YearOnly({0}.Value) : {0}"
            : Values + ".YearOnly({0})",
        ValueKind.DateOnly => shape.IsNullableValue
            ? "{0}.HasValue ? new global::System.DateOnly({0}.Value.Year, 1, 1) : {0}"
            : "new global::System.DateOnly({0}.Year, 1, 1)",
        _ => null,
    };

    /// <summary>The value of a member that cannot be null (docs/erasure.md), or null when none is known.</summary>
    private static string? RequiredValue(ValueShape shape, ITypeSymbol type)
    {
        if (shape.Kind == ValueKind.String)
        {
            return Values + ".Token";
        }

        if (shape.Kind == ValueKind.Bytes)
        {
            return "global::System.Array.Empty<byte>()";
        }

        if (type is IArrayTypeSymbol array)
        {
            return "global::System.Array.Empty<" + TypeCode(array.ElementType) + ">()";
        }

        if (shape.IsImmutableArray && type is INamedTypeSymbol immutable)
        {
            return "global::System.Collections.Immutable.ImmutableArray<" + TypeCode(immutable.TypeArguments[0]) + ">.Empty";
        }

        return type.IsValueType ? "default" : null;
    }

    /// <summary>Whether the shape walks a struct through a copy that cannot be written back (below the member itself).</summary>
    private static bool HasCopiedStruct(ValueShape shape, bool top) => shape.Kind switch
    {
        ValueKind.Object => !shape.IsReferenceType && !top,
        ValueKind.Collection => HasCopiedStruct(shape.Element!, false),
        ValueKind.Pair => HasCopiedStruct(shape.Key!, false) || HasCopiedStruct(shape.Value!, false),
        _ => false,
    };
}
