using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Benchmarks.Generation;

/// <summary>
/// The cost floor of <see cref="GeneratorBenchmarks"/>: the same <c>ForAttributeWithMetadataName</c> calls as
/// <c>PrivacyGenerator</c> (the three member attributes, <c>[DataSubject]</c> twice) with transforms that return a
/// constant, each collected into an output that does nothing. What it costs per edit is what Roslyn's own attribute
/// lookup costs on the workload, which no change to our transforms can remove.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        Register(context, PrivacyTypes.PersonalDataName, static (node, _) => IsMemberNode(node));
        Register(context, PrivacyTypes.AspNetPersonalDataName, static (node, _) => IsMemberNode(node));
        Register(context, PrivacyTypes.AspNetProtectedPersonalDataName, static (node, _) => IsMemberNode(node));
        Register(context, PrivacyTypes.DataSubjectName, static (node, _) => node is TypeDeclarationSyntax);
        Register(context, PrivacyTypes.DataSubjectName, static (node, _) => node is TypeDeclarationSyntax);
    }

    private static void Register(IncrementalGeneratorInitializationContext context, string attribute, System.Func<SyntaxNode, System.Threading.CancellationToken, bool> predicate)
    {
        var values = context.SyntaxProvider.ForAttributeWithMetadataName(attribute, predicate, static (_, _) => 0);
        context.RegisterSourceOutput(values.Collect(), static (_, _) => { });
    }

    private static bool IsMemberNode(SyntaxNode node) => node is PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax;
}
