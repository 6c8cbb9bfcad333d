using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Benchmarks.Workload;
using PrivacyAnalyzers.Vocabulary;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>Every property and field declared in the workload, with what PRIV001's inference needs to know about it.</summary>
internal sealed class WorkloadMembers
{
    private WorkloadMembers(Compilation compilation, ImmutableArray<(string Name, MemberTypeShape Shape, INamedTypeSymbol Type)> all)
    {
        Compilation = compilation;
        All = all;
    }

    public Compilation Compilation { get; }

    public ImmutableArray<(string Name, MemberTypeShape Shape, INamedTypeSymbol Type)> All { get; }

    public static WorkloadMembers Load(WorkloadProject workload)
    {
        var compilation = workload.Compile();
        var classifier = new MemberTypeClassifier(compilation);
        var members = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member)
            .Where(m => m is IPropertySymbol or IFieldSymbol && !m.IsImplicitlyDeclared)
            .OrderBy(m => m.ContainingType.Name, System.StringComparer.Ordinal).ThenBy(m => m.Name, System.StringComparer.Ordinal)
            .Select(m => (m.Name, classifier.Classify(m is IPropertySymbol p ? p.Type : ((IFieldSymbol)m).Type), m.ContainingType))
            .ToImmutableArray();
        return new WorkloadMembers(compilation, members);
    }
}
