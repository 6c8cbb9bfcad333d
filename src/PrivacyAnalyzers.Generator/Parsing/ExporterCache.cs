using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>
/// Keeps each [DataSubject] type's exporter parse (<see cref="ExporterParser"/>, which walks the subject's graph of
/// types) from one compilation to the next, so that an edit re-walks only the subjects it can affect.
/// <c>ForAttributeWithMetadataName</c> runs its transform for every subject on every compilation (the semantic model is
/// new each time); the walk's result, though, depends only on the declarations of the types it examines and on what the
/// whole compilation declares (type names, usings, assembly attributes, references, options). So a result is reused
/// when
/// <list type="bullet">
/// <item>the compilation is a <em>declaration-preserving successor</em> of the one the result was computed on: the same
/// references and options, the same files, and every replaced file has the same <see cref="DeclarationSkeleton"/>
/// (same type headers, usings, assembly attributes, constants; members and bodies may differ), through every compilation
/// in between; and</item>
/// <item>every file declaring a type the walk examined (the walked types, their base types, interfaces, containing
/// types, the types of their members and type arguments, the classes of their attributes) is the very same
/// <see cref="SyntaxTree"/> object: unchanged, so the members, attributes and locations read from it are too.</item>
/// </list>
/// Otherwise the subject is parsed again. One cache per generator instance; per assembly name, only the latest lineage
/// of compilations is kept.
/// </summary>
internal sealed class ExporterCache
{
    /// <summary>More replaced files than this between two compilations: start afresh (a branch switch, a reformat).</summary>
    private const int MaxReplacedFiles = 16;

    private readonly ConditionalWeakTable<Compilation, Generation> _generations = new();
    private readonly Dictionary<string, Generation> _latest = new(System.StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>How many subjects were parsed, and how many were reused (for the tests and the benchmarks).</summary>
    public int Parsed => _parsed;

    public int Reused => _reused;

    private int _parsed;
    private int _reused;

    public ExporterResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol root || root.TypeKind == TypeKind.Error)
        {
            return ExporterParser.Parse(context, cancellationToken, out _);
        }

        var compilation = context.SemanticModel.Compilation;
        var generation = GenerationOf(compilation, cancellationToken);
        var key = root.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "`" + root.Arity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (generation.Results.TryGetValue(key, out var cached) && AllPresent(compilation, cached.Files))
        {
            Interlocked.Increment(ref _reused);
            return cached.Result;
        }

        var result = ExporterParser.Parse(context, cancellationToken, out var files);
        Interlocked.Increment(ref _parsed);
        generation.Results[key] = new Entry(result, files);
        return result;
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

    private Generation GenerationOf(Compilation compilation, CancellationToken cancellationToken)
    {
        if (_generations.TryGetValue(compilation, out var known))
        {
            return known;
        }

        lock (_gate)
        {
            if (_generations.TryGetValue(compilation, out known))
            {
                return known;
            }

            var name = compilation.AssemblyName ?? string.Empty;
            var results = _latest.TryGetValue(name, out var previous)
                && previous.Compilation.TryGetTarget(out var before)
                && PreservesDeclarations(before, compilation, cancellationToken)
                ? previous.Results
                : new ConcurrentDictionary<string, Entry>(System.StringComparer.Ordinal);
            var generation = new Generation(new System.WeakReference<Compilation>(compilation), results);
            _generations.Add(compilation, generation);
            _latest[name] = generation;
            return generation;
        }
    }

    /// <summary>Whether <paramref name="after"/> declares what <paramref name="before"/> declares (see the class summary).</summary>
    internal static bool PreservesDeclarations(Compilation before, Compilation after, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(before, after))
        {
            return true;
        }

        if (!before.Options.Equals(after.Options) || !SameReferences(before, after))
        {
            return false;
        }

        // Files of the new compilation that the old one does not have; each must replace a file of the same path.
        var added = new List<SyntaxTree>();
        var afterCount = 0;
        foreach (var tree in after.SyntaxTrees)
        {
            afterCount++;
            if (!before.ContainsSyntaxTree(tree))
            {
                added.Add(tree);
                if (added.Count > MaxReplacedFiles)
                {
                    return false;
                }
            }
        }

        if (added.Count == 0)
        {
            return CountTrees(before) == afterCount;
        }

        var removed = new Dictionary<string, SyntaxTree>(System.StringComparer.Ordinal);
        var beforeCount = 0;
        foreach (var tree in before.SyntaxTrees)
        {
            beforeCount++;
            if (!after.ContainsSyntaxTree(tree))
            {
                if (removed.ContainsKey(tree.FilePath))
                {
                    return false;
                }

                removed.Add(tree.FilePath, tree);
            }
        }

        if (beforeCount != afterCount || removed.Count != added.Count)
        {
            return false;
        }

        foreach (var tree in added)
        {
            if (!removed.TryGetValue(tree.FilePath, out var old)
                || !old.Options.Equals(tree.Options)
                || DeclarationSkeleton.Of(old, cancellationToken) != DeclarationSkeleton.Of(tree, cancellationToken))
            {
                return false;
            }

            removed.Remove(tree.FilePath);
        }

        return true;
    }

    private static int CountTrees(Compilation compilation)
    {
        var count = 0;
        foreach (var _ in compilation.SyntaxTrees)
        {
            count++;
        }

        return count;
    }

    private static bool SameReferences(Compilation before, Compilation after)
    {
        using var first = before.References.GetEnumerator();
        using var second = after.References.GetEnumerator();
        while (true)
        {
            var moreFirst = first.MoveNext();
            var moreSecond = second.MoveNext();
            if (moreFirst != moreSecond)
            {
                return false;
            }

            if (!moreFirst)
            {
                return true;
            }

            if (!ReferenceEquals(first.Current, second.Current))
            {
                return false;
            }
        }
    }

    /// <summary>One compilation's view: the results of its lineage (shared with its declaration-preserving predecessors).</summary>
    private sealed class Generation
    {
        public Generation(System.WeakReference<Compilation> compilation, ConcurrentDictionary<string, Entry> results)
        {
            Compilation = compilation;
            Results = results;
        }

        public System.WeakReference<Compilation> Compilation { get; }

        public ConcurrentDictionary<string, Entry> Results { get; }
    }

    private sealed class Entry
    {
        public Entry(ExporterResult result, ImmutableArray<SyntaxTree> files)
        {
            Result = result;
            Files = files;
        }

        public ExporterResult Result { get; }

        /// <summary>The files declaring the types the walk examined (see the class summary).</summary>
        public ImmutableArray<SyntaxTree> Files { get; }
    }
}
