using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>
/// Keeps what the generator read from each file's marked declarations — its members' facts and its [DataSubject] types'
/// inventory parts — and each subject's exporter parse (which walks the subject's graph of types) from one compilation
/// to the next, so that an edit binds and reads again only what it can affect. <see cref="Read"/> runs on every compilation, finds the
/// declarations written with a marker's name (<see cref="MarkedDeclarations"/>; each file's are kept, so only an edited
/// file is walked again) and reads each — or reuses its reading when
/// <list type="bullet">
/// <item>the compilation is in the same <see cref="DeclarationLineage"/> as the one it was read on (same references,
/// options and files; every replaced file with the same <see cref="DeclarationSkeleton"/>: type headers, usings,
/// assembly attributes, constants), so every name binds as it did and every constant has its value; and</item>
/// <item>the file (for an exporter, the subject's declaration) is the very same <see cref="SyntaxTree"/> (node), so the
/// attributes, member types and locations read from it are too, and every other file the reading read is the very same
/// <see cref="SyntaxTree"/>: for a file's members, the files of their other partial declarations; for a subject's part,
/// the files of every declaration of the type; for an exporter, the files of every type the walk examined (the walked
/// types, their bases, interfaces and containing types, the types of their members and type arguments, the classes of
/// their attributes); and the <c>using</c> aliases of marker names are the same.</item>
/// </list>
/// Otherwise the declaration is bound and read again. Not covered: an attribute argument written with <c>nameof</c> of a
/// member of a type the reading does not examine (renaming that member elsewhere keeps the old text until the next
/// declaration change); the privacy attributes take names as strings in the rules and samples. One cache per generator
/// instance.
/// </summary>
internal sealed class ParseCache
{
    private readonly DeclarationLineage _lineage = new();

    // What each file declares that could be marked: syntax only, so valid for the file whatever the compilation.
    private readonly ConditionalWeakTable<SyntaxTree, FileDeclarations> _declarations = new();
    private readonly object _gate = new();

    private int _exportersParsed;
    private int _exportersReused;
    private int _filesRead;
    private int _filesReused;
    private int _lastMemberCount;

    /// <summary>How many subjects were walked for an exporter, and how many walks were reused (for the tests and the benchmarks).</summary>
    public int Parsed => _exportersParsed;

    public int Reused => _exportersReused;

    /// <summary>How many files' marked declarations were bound and read, and how many files' readings were reused.</summary>
    public int FilesRead => _filesRead;

    public int FilesReused => _filesReused;

    /// <summary>
    /// The assembly's model (<see cref="InventoryParser.ParseAssembly"/>), read again only when declarations changed. On
    /// a compilation nothing has asked anything yet, making the annotation reader alone costs several milliseconds
    /// (resolving the privacy types builds Roslyn's lookup tables for the new compilation), so a keystroke in a method
    /// body must not pay it.
    /// </summary>
    public AssemblyModel Assembly(Compilation compilation, CancellationToken cancellationToken)
    {
        var tables = _lineage.Of(compilation, cancellationToken).Tables;
        if (tables.Assembly is { } known)
        {
            return known;
        }

        var model = InventoryParser.ParseAssembly(compilation, cancellationToken);
        lock (_gate)
        {
            return tables.Assembly ??= model;
        }
    }

    /// <summary>
    /// What the compilation's marked declarations hold: every member's facts, every subject type's inventory part and
    /// exporter parse, in file order. Runs on every compilation; a file it can reuse costs two table lookups.
    /// </summary>
    public Readings Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var tables = _lineage.Of(compilation, cancellationToken).Tables;
        var files = new List<(SyntaxTree Tree, FileDeclarations Found)>();
        List<AliasName>? aliases = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var found = Declarations(tree, cancellationToken);
            if (found != FileDeclarations.None)
            {
                files.Add((tree, found));
                if (!found.Aliases.IsEmpty)
                {
                    (aliases ??= new List<AliasName>()).AddRange(found.Aliases);
                }
            }
        }

        var names = aliases is null ? MarkerNames.WithoutAliases : MarkerNames.Of(aliases);
        var members = ImmutableArray.CreateBuilder<MemberFacts>(_lastMemberCount);
        var subjects = ImmutableArray.CreateBuilder<InventoryPart>();
        var exporters = ImmutableArray.CreateBuilder<ExporterResult>();
        foreach (var (tree, found) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reading = FileReading(tables.Files, tree, found, names, compilation, cancellationToken);
            members.AddRange(reading.Members);
            subjects.AddRange(reading.Subjects);
            foreach (var node in reading.SubjectNodes)
            {
                if (Exporter(tables.Exporters, node, compilation, cancellationToken) is { } exporter)
                {
                    exporters.Add(exporter);
                }
            }
        }

        _lastMemberCount = members.Count;
        return new Readings(
            new EquatableArray<MemberFacts>(members.ToImmutable()),
            new EquatableArray<InventoryPart>(subjects.ToImmutable()),
            new EquatableArray<ExporterResult>(exporters.ToImmutable()));
    }

    private FileDeclarations Declarations(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_declarations.TryGetValue(tree, out var found))
        {
            return found;
        }

        found = MarkedDeclarations.Find(tree, cancellationToken);
        lock (_gate)
        {
            if (_declarations.TryGetValue(tree, out var other))
            {
                return other;
            }

            _declarations.Add(tree, found);
            return found;
        }
    }

    /// <summary>The file's marked members' facts and marked types' parts: reused, or bound and read (see the class summary).</summary>
    private FileReading FileReading(ConditionalWeakTable<SyntaxTree, FileReading> table, SyntaxTree tree, FileDeclarations found, MarkerNames names, Compilation compilation, CancellationToken cancellationToken)
    {
        if (table.TryGetValue(tree, out var reading) && reading.Names.Equals(names) && AllPresent(compilation, reading.Files))
        {
            Interlocked.Increment(ref _filesReused);
            return reading;
        }

        Interlocked.Increment(ref _filesRead);
        var model = ReaderCache.Of(compilation).SemanticModel(tree);
        HashSet<SyntaxTree>? others = null;
        var members = ImmutableArray.CreateBuilder<MemberFacts>();
        foreach (var node in found.Members)
        {
            if (MarkedDeclarations.IsWrittenWith(node, names)
                && MarkedDeclarations.Confirm(node, model, MarkedDeclarations.MemberMarkers, cancellationToken) is { } symbol
                && InventoryParser.ParseMember(symbol, compilation) is { } facts)
            {
                members.Add(facts);
                AddOtherFiles(ref others, symbol, tree);
                if (symbol is IParameterSymbol { ContainingType: { } record })
                {
                    // A record's parameter is read through the property it makes, which another part of the record can declare.
                    AddOtherFiles(ref others, record, tree);
                }
            }
        }

        var subjects = ImmutableArray.CreateBuilder<InventoryPart>();
        var subjectNodes = ImmutableArray.CreateBuilder<SyntaxNode>();
        foreach (var node in found.Types)
        {
            if (MarkedDeclarations.IsWrittenWith(node, names))
            {
                // Offered to the exporter whatever the binding shows: it confirms on its own (and its reading is kept by node).
                subjectNodes.Add(node);
                if (MarkedDeclarations.Confirm(node, model, MarkedDeclarations.SubjectMarkers, cancellationToken) is INamedTypeSymbol type)
                {
                    subjects.Add(InventoryParser.ParseSubjectType(type, compilation, cancellationToken));
                    AddOtherFiles(ref others, type, tree);
                }
            }
        }

        reading = new FileReading(names, members.ToImmutable(), subjects.ToImmutable(), subjectNodes.ToImmutable(), others is null ? ImmutableArray<SyntaxTree>.Empty : ImmutableArray.CreateRange(others));
        Replace(table, tree, reading);
        return reading;
    }

    /// <summary>
    /// The exporter parse of a type marked [DataSubject] by name; null when binding shows no [DataSubject] of ours
    /// (ForAttributeWithMetadataName would not have offered it).
    /// </summary>
    private ExporterResult? Exporter(ConditionalWeakTable<SyntaxNode, Reading<ExporterResult?>> table, SyntaxNode node, Compilation compilation, CancellationToken cancellationToken)
    {
        if (table.TryGetValue(node, out var reading) && AllPresent(compilation, reading.Files))
        {
            if (reading.Result is not null)
            {
                Interlocked.Increment(ref _exportersReused);
            }

            return reading.Result;
        }

        ExporterResult? result = null;
        var files = ImmutableArray<SyntaxTree>.Empty;
        if (MarkedDeclarations.Confirm(node, ReaderCache.Of(compilation).SemanticModel(node.SyntaxTree), MarkedDeclarations.SubjectMarkers, cancellationToken) is { } symbol)
        {
            result = ExporterParser.Parse(symbol, compilation, cancellationToken, out files);
            Interlocked.Increment(ref _exportersParsed);
        }

        Replace(table, node, new Reading<ExporterResult?>(result, files));
        return result;
    }

    /// <summary>Stores a reading in place of an outdated one (netstandard2.0's ConditionalWeakTable has no AddOrUpdate).</summary>
    private void Replace<TKey, TValue>(ConditionalWeakTable<TKey, TValue> table, TKey key, TValue value)
        where TKey : class
        where TValue : class
    {
        lock (_gate)
        {
            table.Remove(key);
            table.Add(key, value);
        }
    }

    private static bool AllPresent(Compilation compilation, ImmutableArray<SyntaxTree> files)
    {
        foreach (var file in files)
        {
            if (!compilation.ContainsSyntaxTree(file))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds the files of the symbol's declarations other than <paramref name="own"/>: a partial type's other parts, and a
    /// partial property's other part (a separate symbol, whose attributes are merged into the member's).
    /// </summary>
    private static void AddOtherFiles(ref HashSet<SyntaxTree>? files, ISymbol symbol, SyntaxTree own)
    {
        Add(ref files, symbol.DeclaringSyntaxReferences, own);
        if (symbol is IPropertySymbol property)
        {
            Add(ref files, property.PartialImplementationPart?.DeclaringSyntaxReferences ?? ImmutableArray<SyntaxReference>.Empty, own);
            Add(ref files, property.PartialDefinitionPart?.DeclaringSyntaxReferences ?? ImmutableArray<SyntaxReference>.Empty, own);
        }

        static void Add(ref HashSet<SyntaxTree>? files, ImmutableArray<SyntaxReference> references, SyntaxTree own)
        {
            foreach (var reference in references)
            {
                if (reference.SyntaxTree != own)
                {
                    (files ??= new HashSet<SyntaxTree>()).Add(reference.SyntaxTree);
                }
            }
        }
    }
}

/// <summary>What one file's marked declarations hold, with what it was read under and the other files it read.</summary>
internal sealed class FileReading
{
    public FileReading(MarkerNames names, ImmutableArray<MemberFacts> members, ImmutableArray<InventoryPart> subjects, ImmutableArray<SyntaxNode> subjectNodes, ImmutableArray<SyntaxTree> files)
    {
        Names = names;
        Members = members;
        Subjects = subjects;
        SubjectNodes = subjectNodes;
        Files = files;
    }

    /// <summary>The marker names (with the compilation's aliases) the file was read under.</summary>
    public MarkerNames Names { get; }

    public ImmutableArray<MemberFacts> Members { get; }

    public ImmutableArray<InventoryPart> Subjects { get; }

    /// <summary>The types written with [DataSubject]'s name, for the exporters.</summary>
    public ImmutableArray<SyntaxNode> SubjectNodes { get; }

    /// <summary>The other files the reading depends on (partial declarations elsewhere).</summary>
    public ImmutableArray<SyntaxTree> Files { get; }
}

/// <summary>What one compilation's marked declarations hold, in file order (equatable: an edit that changes none of it leaves every later step cached).</summary>
internal sealed record Readings(EquatableArray<MemberFacts> Members, EquatableArray<InventoryPart> Subjects, EquatableArray<ExporterResult> Exporters);
