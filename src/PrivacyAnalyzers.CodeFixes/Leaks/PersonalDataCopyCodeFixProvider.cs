using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.Diagnostics;
using PrivacyAnalyzers.Leaks;

namespace PrivacyAnalyzers.CodeFixes.Leaks;

/// <summary>
/// PRIV023: copies the source member's personal-data annotation onto the member the data is copied into — the
/// [PersonalData] with all its arguments as written (or, from a referenced assembly, as compiled), on the property,
/// the field, or a record's positional parameter; adds <c>using PrivacyAnalyzers;</c> when needed. Fix All (document,
/// project, solution) annotates each target once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataCopyCodeFixProvider))]
[Shared]
public sealed class PersonalDataCopyCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "PRIV023.CopyPersonalData";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PersonalDataCopiedToUnannotatedMember);

    public override FixAllProvider GetFixAllProvider() => PersonalDataCopyFixAllProvider.Instance;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!AnnotationCopier.CanFix(diagnostic))
            {
                continue;
            }

            var source = diagnostic.Properties.TryGetValue(PersonalDataCopyAnalyzer.SourceMemberKey, out var id) ? ShortName(id!) : "the source";
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Copy [PersonalData] from '{source}'",
                    cancellationToken => AnnotationCopier.ApplyAsync(context.Document.Project.Solution, new[] { diagnostic }, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static string ShortName(string declarationId)
    {
        // "P:Shop.Customer.Email" -> "Customer.Email"
        var name = declarationId.Substring(declarationId.IndexOf(':') + 1);
        var parts = name.Split('.');
        return parts.Length >= 2 ? parts[parts.Length - 2] + "." + parts[parts.Length - 1] : name;
    }
}
