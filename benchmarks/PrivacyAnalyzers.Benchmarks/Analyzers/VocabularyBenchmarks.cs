using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Benchmarks.Workload;
using PrivacyAnalyzers.Vocabulary;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// PRIV001's per-member work, on every property and field of the default workload (about 36,000): splitting the name
/// into words, and the whole inference (split, vocabulary lookup, type and containing-type context). Figures are per
/// member (OperationsPerInvoke). "NoTerm" is the common path — a member whose name holds no vocabulary word — which must
/// allocate nothing once its name has been read. Each pass over the members starts a new inference, as PRIV001 does per
/// compilation: what it remembers per name and per type (NameReadings, TypeContexts, the sibling facts) is computed
/// afresh, so the first occurrence of each name and type in a pass pays, as in a build. (Until issue 12's memoisation pass
/// one inference served every iteration, and per-type work was counted once for the whole run.)
/// </summary>
[MemoryDiagnoser]
public class VocabularyBenchmarks
{
    internal const int Members = 36_000;

    private ImmutableArray<(string Name, MemberTypeShape Shape, INamedTypeSymbol Type)> _all;
    private ImmutableArray<(string Name, MemberTypeShape Shape, INamedTypeSymbol Type)> _noTerm;
    private int _allPass;
    private int _noTermPass;
    private Compilation _compilation = null!;
    private readonly WordSpan[] _words = new WordSpan[24];

    [GlobalSetup]
    public void Setup()
    {
        var members = WorkloadMembers.Load(WorkloadProject.Create());
        _compilation = members.Compilation;
        var inference = new PersonalDataInference(_compilation, reader: null);
        var noTerm = members.All.Where(m => !inference.Infer(m.Name, m.Shape, m.Type, DetectionOptions.Default).IsPersonalData && !HasTerm(m.Name)).ToImmutableArray();
        _all = Repeat(members.All);
        _noTerm = Repeat(noTerm);
        _allPass = members.All.Length;
        _noTermPass = noTerm.Length;
        Console.WriteLine($"// {members.All.Length} members, {noTerm.Length} without a term; {members.All.Select(m => m.Name).Distinct().Count()} distinct names, {members.All.Select(m => m.Type).Distinct(SymbolEqualityComparer.Default).Count()} types");
    }

    [Benchmark(OperationsPerInvoke = Members, Description = "split a member name into words")]
    public int Split()
    {
        var total = 0;
        foreach (var member in _all)
        {
            total += IdentifierSplitter.Split(member.Name, _words);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Members, Description = "infer, every member")]
    public int InferAll() => CountPersonalData(_all, _allPass);

    [Benchmark(OperationsPerInvoke = Members, Description = "infer, name without a term (common path)")]
    public int InferNoTerm() => CountPersonalData(_noTerm, _noTermPass);

    /// <summary>
    /// Infers for every member; a new inference at the start of each pass over the source members (every
    /// <paramref name="pass"/> items): one pass is one compilation's worth of work, as PRIV001 creates its inference in its
    /// compilation-start action.
    /// </summary>
    private int CountPersonalData(ImmutableArray<(string Name, MemberTypeShape Shape, INamedTypeSymbol Type)> members, int pass)
    {
        PersonalDataInference inference = null!;
        var found = 0;
        for (var i = 0; i < members.Length; i++)
        {
            if (i % pass == 0)
            {
                inference = new PersonalDataInference(_compilation, reader: null);
            }

            var member = members[i];
            if (inference.Infer(member.Name, member.Shape, member.Type, DetectionOptions.Default).IsPersonalData)
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>
    /// One compilation's worth of PRIV001's inference through the analyzer's entry point (the member symbols, so what the
    /// code declares and the owned-entry path run too), with a fresh inference: members inferred, types asked for their
    /// owner, types whose members the owner walk read, bytes allocated and elapsed time.
    /// </summary>
    public (int Members, int Asked, int Visited, long Bytes, double Milliseconds) OwnerWalk()
    {
        var symbols = _compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member)
            .Where(m => m is IPropertySymbol or IFieldSymbol && !m.IsImplicitlyDeclared)
            .ToArray();
        var inference = new PersonalDataInference(_compilation, reader: null);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var symbol in symbols)
        {
            inference.Infer(symbol, DetectionOptions.Default);
        }

        var elapsed = watch.Elapsed.TotalMilliseconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        var (asked, visited) = inference.OwnerWalk;
        return (symbols.Length, asked, visited, bytes, elapsed);
    }

    private bool HasTerm(string name)
    {
        var vocabulary = DetectionOptions.Default.Vocabulary;
        var count = IdentifierSplitter.Split(name, _words);
        for (var i = 0; i < count;)
        {
            if (vocabulary.Match(name, _words.AsSpan(0, count), i, out var consumed) is { Role: WordRole.Term })
            {
                return true;
            }

            i += consumed;
        }

        return false;
    }

    /// <summary>Exactly <see cref="Members"/> items, cycling through the source, so every benchmark divides by the same count.</summary>
    private static ImmutableArray<(string, MemberTypeShape, INamedTypeSymbol)> Repeat(ImmutableArray<(string Name, MemberTypeShape Shape, INamedTypeSymbol Type)> source) =>
        Enumerable.Range(0, Members).Select(i => source[i % source.Length]).ToImmutableArray();
}
