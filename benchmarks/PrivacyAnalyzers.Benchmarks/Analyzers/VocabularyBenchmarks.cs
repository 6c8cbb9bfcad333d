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
/// allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class VocabularyBenchmarks
{
    private const int Members = 36_000;

    private ImmutableArray<(string Name, MemberTypeShape Shape, INamedTypeSymbol Type)> _all;
    private ImmutableArray<(string Name, MemberTypeShape Shape, INamedTypeSymbol Type)> _noTerm;
    private PersonalDataInference _inference = null!;
    private readonly WordSpan[] _words = new WordSpan[24];

    [GlobalSetup]
    public void Setup()
    {
        var members = WorkloadMembers.Load(WorkloadProject.Create());
        _inference = new PersonalDataInference(members.Compilation, reader: null);
        _all = Repeat(members.All);
        _noTerm = Repeat(members.All.Where(m => !_inference.Infer(m.Name, m.Shape, m.Type, DetectionOptions.Default).IsPersonalData && !HasTerm(m.Name)).ToImmutableArray());
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
    public int InferAll() => CountPersonalData(_all);

    [Benchmark(OperationsPerInvoke = Members, Description = "infer, name without a term (common path)")]
    public int InferNoTerm() => CountPersonalData(_noTerm);

    private int CountPersonalData(ImmutableArray<(string Name, MemberTypeShape Shape, INamedTypeSymbol Type)> members)
    {
        var found = 0;
        foreach (var member in members)
        {
            if (_inference.Infer(member.Name, member.Shape, member.Type, DetectionOptions.Default).IsPersonalData)
            {
                found++;
            }
        }

        return found;
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
