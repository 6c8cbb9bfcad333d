using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Generator.Model;

namespace PrivacyAnalyzers.Generator.Parsing;

/// <summary>
/// Tells, from one compilation to the next, whether what the compilation declares is unchanged, so that a reading that
/// depends only on declarations can be kept (<see cref="ParseCache"/>). A compilation is a <em>declaration-preserving
/// successor</em> of another when it has the same references and options, the same files, and every replaced file has
/// the same <see cref="DeclarationSkeleton"/> (same type headers, usings, assembly attributes, constants; members and
/// bodies may differ). Compilations linked by such steps form a lineage and share one <see cref="Generation"/>; any
/// other step starts a new one, empty. Per assembly name, only the latest lineage is kept.
/// </summary>
internal sealed class DeclarationLineage
{
    /// <summary>More replaced files than this between two compilations: start afresh (a branch switch, a reformat).</summary>
    private const int MaxReplacedFiles = 16;

    private readonly ConditionalWeakTable<Compilation, Generation> _generations = new();
    private readonly Dictionary<string, Generation> _latest = new(System.StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>The generation of <paramref name="compilation"/>: its predecessor's when declarations are preserved, else a new one.</summary>
    public Generation Of(Compilation compilation, CancellationToken cancellationToken)
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
            var tables = _latest.TryGetValue(name, out var previous)
                && previous.Compilation.TryGetTarget(out var before)
                && PreservesDeclarations(before, compilation, cancellationToken)
                ? previous.Tables
                : new Tables();
            var generation = new Generation(new System.WeakReference<Compilation>(compilation), tables);
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

    /// <summary>One compilation's view: the tables of its lineage (shared with its declaration-preserving predecessors).</summary>
    internal sealed class Generation
    {
        public Generation(System.WeakReference<Compilation> compilation, Tables tables)
        {
            Compilation = compilation;
            Tables = tables;
        }

        public System.WeakReference<Compilation> Compilation { get; }

        public Tables Tables { get; }
    }

    /// <summary>
    /// What a lineage keeps, by the file or declaration it was read from. Keyed weakly: a replaced file is never asked
    /// for again, and its entries go with it.
    /// </summary>
    internal sealed class Tables
    {
        public ConditionalWeakTable<SyntaxTree, FileReading> Files { get; } = new();

        public ConditionalWeakTable<SyntaxNode, Reading<ExporterResult?>> Exporters { get; } = new();

        /// <summary>The assembly's model: it reads assembly attributes, the constants they use and whether two runtime types exist — all declarations.</summary>
        public AssemblyModel? Assembly { get; set; }
    }
}

/// <summary>A result read from a declaration, and the files it read besides the declaration's own.</summary>
internal sealed class Reading<T>
{
    public Reading(T result, System.Collections.Immutable.ImmutableArray<SyntaxTree> files)
    {
        Result = result;
        Files = files;
    }

    public T Result { get; }

    /// <summary>Every file the reading depends on (see <see cref="ParseCache"/>): reusable only while each is in the compilation unchanged.</summary>
    public System.Collections.Immutable.ImmutableArray<SyntaxTree> Files { get; }
}
