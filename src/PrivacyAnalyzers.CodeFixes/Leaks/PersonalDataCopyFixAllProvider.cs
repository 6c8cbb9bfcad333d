using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PrivacyAnalyzers.CodeFixes.Leaks;

/// <summary>
/// Fix All for PRIV023. The batch fixer cannot be used: the target member is usually in another document than the
/// diagnostic, and several diagnostics often share one target (the same DTO property filled in several places).
/// </summary>
internal sealed class PersonalDataCopyFixAllProvider : FixAllProvider
{
    public static readonly PersonalDataCopyFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = new List<Diagnostic>();
        switch (fixAllContext.Scope)
        {
            case FixAllScope.Document when fixAllContext.Document is { } document:
                diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in fixAllContext.Solution.Projects)
                {
                    diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
        }

        var fixable = diagnostics.Where(AnnotationCopier.CanFix).ToList();
        if (fixable.Count == 0)
        {
            return null;
        }

        return CodeAction.Create(
            "Copy [PersonalData] onto every unannotated copy",
            cancellationToken => AnnotationCopier.ApplyAsync(fixAllContext.Solution, fixable, cancellationToken),
            fixAllContext.CodeActionEquivalenceKey);
    }
}
