using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>
/// What every transform that runs on one compilation shares: one <see cref="AnnotationReader"/>, and what is read
/// once per type rather than once per member (the type's inventory name and its <see cref="TypeFacts"/>).
/// </summary>
internal sealed class ReaderCache
{
    private static readonly ConditionalWeakTable<Compilation, ReaderCache> Caches = new();

    private readonly ConcurrentDictionary<INamedTypeSymbol, string> _typeNames = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, TypeFacts> _typeFacts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<NamedPurpose>> _namedPurposes = new(SymbolEqualityComparer.Default);

    // Keyed with nullability, tuple names and dynamic considered: types equal under it display the same.
    private readonly ConcurrentDictionary<ITypeSymbol, string> _memberTypes = new(SymbolEqualityComparer.IncludeNullability);

    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly Compilation _compilation;

    private ReaderCache(Compilation compilation)
    {
        _compilation = compilation;
        Reader = new AnnotationReader(compilation);
    }

    public AnnotationReader Reader { get; }

    public static AnnotationReader For(Compilation compilation) => Of(compilation).Reader;

    public static ReaderCache Of(Compilation compilation) => Caches.GetValue(compilation, static c => new ReaderCache(c));

    /// <summary>The compilation's semantic model of <paramref name="tree"/>, made once (its binders are shared by every declaration of the file).</summary>
    public SemanticModel SemanticModel(SyntaxTree tree) =>
        _models.TryGetValue(tree, out var model) ? model : _models.GetOrAdd(tree, _compilation.GetSemanticModel(tree));

    /// <summary><see cref="SymbolNames.InventoryName"/> of the type, built once per type.</summary>
    public string InventoryName(INamedTypeSymbol type) =>
        _typeNames.TryGetValue(type, out var name) ? name : _typeNames.GetOrAdd(type, SymbolNames.InventoryName(type));

    /// <summary>A member's type as the inventory writes it (<see cref="SymbolNames.MemberType"/>), built once per distinct type.</summary>
    public string MemberTypeName(ITypeSymbol type) =>
        _memberTypes.TryGetValue(type, out var name) ? name : _memberTypes.GetOrAdd(type, type.ToDisplayString(SymbolNames.MemberType));

    /// <summary>The type's [DataSubject] (its own or its nearest base type's) and the [Recipient]s of it and its base types, read once per type.</summary>
    public TypeFacts FactsOf(INamedTypeSymbol type)
    {
        if (_typeFacts.TryGetValue(type, out var facts))
        {
            return facts;
        }

        var subject = Reader.FindDataSubject(type);
        var recipients = Reader.ReadTypeRecipients(type);
        var retainedUnder = Reader.ReadTypeRetainedUnder(type);
        facts = subject is null && recipients.IsEmpty && retainedUnder.IsEmpty
            ? TypeFacts.Empty
            : new TypeFacts(
                subject is null ? null : AnnotationReader.ReadDataSubjectName(subject),
                subject is null ? ValuesModel.Empty : ValuesModel.From(AnnotationReader.ReadValues(subject)),
                Recipients(recipients),
                RetainedUnder(retainedUnder));
        return _typeFacts.GetOrAdd(type, facts);
    }

    /// <summary>The purposes of the type's [ProcessingPurpose]s that name <paramref name="member"/> (the attributes are read once per type).</summary>
    public EquatableArray<string> NamedPurposes(INamedTypeSymbol type, string member)
    {
        if (!_namedPurposes.TryGetValue(type, out var named))
        {
            named = _namedPurposes.GetOrAdd(type, Reader.ReadNamedPurposes(type));
        }

        var purposes = AnnotationReader.PurposesNaming(named, member);
        return purposes.IsEmpty ? EquatableArray<string>.Empty : new EquatableArray<string>(purposes);
    }

    /// <summary>[RetainedUnder]s as equatable facts, in the order read.</summary>
    public static EquatableArray<RetainedUnderFacts> RetainedUnder(ImmutableArray<RetainedUnderInfo> retainedUnder)
    {
        if (retainedUnder.IsEmpty)
        {
            return EquatableArray<RetainedUnderFacts>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<RetainedUnderFacts>(retainedUnder.Length);
        foreach (var r in retainedUnder)
        {
            builder.Add(new RetainedUnderFacts(
                r.LegalBasis,
                new RetainedUnderModel(InventoryParser.EnumName(r.LegalBasis), r.Retention, InventoryParser.EnumName(r.RetentionFrom), r.RetentionNote, r.Purpose)));
        }

        return new EquatableArray<RetainedUnderFacts>(builder.MoveToImmutable());
    }

    /// <summary>Recipients as equatable facts, in the order read.</summary>
    public static EquatableArray<RecipientFacts> Recipients(ImmutableArray<RecipientInfo> recipients)
    {
        if (recipients.IsEmpty)
        {
            return EquatableArray<RecipientFacts>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<RecipientFacts>(recipients.Length);
        foreach (var r in recipients)
        {
            builder.Add(new RecipientFacts(
                new RecipientModel(r.Name, InventoryParser.EnumName(r.Kind), r.Country, InventoryParser.EnumName(r.Safeguard), r.Purpose, r.TransferDetails, r.Note),
                new EquatableArray<string>(r.Categories)));
        }

        return new EquatableArray<RecipientFacts>(builder.MoveToImmutable());
    }
}
