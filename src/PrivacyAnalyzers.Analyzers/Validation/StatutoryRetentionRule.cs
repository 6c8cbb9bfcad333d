using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Diagnostics;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// PRIV053: a member kept until a statutory retention period ends (its effective <c>RetentionFrom</c> or
/// <c>AlternativeRetentionFrom</c> is <c>StatutoryPeriodEnd</c>: "as long as the law requires") whose effective legal
/// basis is stated and is neither <c>LegalObligation</c> nor <c>PublicTask</c>, while nothing of the compilation with
/// the same category (or a parent or child category) and, when both have one, the same data subject is processed on
/// <c>LegalObligation</c>. The notice and the record then state no basis (Art. 6(1)(c)) for the retention the law imposes.
/// An unstated basis is PRIV011's; <c>OnErasure = Retain</c> without such a basis is PRIV041's.
/// </summary>
internal static class StatutoryRetentionRule
{
    public static Diagnostic? Check(Compilation compilation, EffectiveAnnotation annotation, string member, LegalObligationIndex index)
    {
        if (annotation.Origin != AnnotationOrigin.PersonalData
            || !annotation.LegalBasis.IsStated
            || annotation.LegalBasis.Value is LegalBasisValue.LegalObligation or LegalBasisValue.PublicTask)
        {
            return null;
        }

        AnnotationLevel from;
        if (annotation.RetentionFrom.Value == RetentionStartValue.StatutoryPeriodEnd)
        {
            from = annotation.RetentionFrom.From;
        }
        else if (annotation.AlternativeRetentionFrom.Value == RetentionStartValue.StatutoryPeriodEnd)
        {
            from = annotation.AlternativeRetentionFrom.From;
        }
        else
        {
            return null;
        }

        if (index.Covers(annotation.Category, annotation.DataSubject))
        {
            return null;
        }

        var location = AnnotationReader.GetAttributeLocation(annotation.Attribute);
        return location is null
            ? null
            : CompilationDiagnostics.Create(compilation, RuleDescriptors.PRIV053, location, member, Where(from), annotation.LegalBasis.Value, annotation.Category ?? "none stated");
    }

    private static string Where(AnnotationLevel level) => level switch
    {
        AnnotationLevel.Type => " (RetentionStart.StatutoryPeriodEnd, from its [DataSubject] type)",
        AnnotationLevel.Assembly => " (RetentionStart.StatutoryPeriodEnd, from [assembly: PersonalDataDefaults])",
        _ => " (RetentionStart.StatutoryPeriodEnd)",
    };
}

/// <summary>
/// The categories (with their data subject) the compilation's own personal-data members process on
/// <c>LegalObligation</c>, read once per compilation and only when PRIV053 needs them.
/// </summary>
internal sealed class LegalObligationIndex
{
    private readonly Lazy<List<(string? Category, string? Subject)>> _declared;

    public LegalObligationIndex(Compilation compilation, AnnotationReader reader, CancellationToken cancellationToken) =>
        _declared = new Lazy<List<(string?, string?)>>(() => Read(compilation, reader, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Whether some member on LegalObligation processes <paramref name="category"/>, its parent or a child category
    /// (no category: only one with no category either), for the same data subject when both have one.
    /// </summary>
    public bool Covers(string? category, string? subject)
    {
        foreach (var (declaredCategory, declaredSubject) in _declared.Value)
        {
            if (subject is not null && declaredSubject is not null && !string.Equals(subject, declaredSubject, StringComparison.Ordinal))
            {
                continue;
            }

            if (category is null ? declaredCategory is null : declaredCategory is not null && Related(category, declaredCategory))
            {
                return true;
            }
        }

        return false;
    }

    // [RetainedUnder(LegalBasis.LegalObligation)]: the same data is declared kept on the law's basis.
    private static bool KeptUnderLegalObligation(AnnotationReader reader, ISymbol member)
    {
        foreach (var info in reader.GetEffectiveRetainedUnder(member))
        {
            if (info.LegalBasis == LegalBasisValue.LegalObligation)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Related(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || a.StartsWith(b + ".", StringComparison.Ordinal)
        || b.StartsWith(a + ".", StringComparison.Ordinal);

    private static List<(string?, string?)> Read(Compilation compilation, AnnotationReader reader, CancellationToken cancellationToken)
    {
        var declared = new List<(string?, string?)>();
        var namespaces = new Stack<INamespaceOrTypeSymbol>();
        namespaces.Push(compilation.Assembly.GlobalNamespace);
        while (namespaces.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var container = namespaces.Pop();
            foreach (var child in container.GetMembers())
            {
                if (child is INamespaceOrTypeSymbol nested)
                {
                    namespaces.Push(nested);
                }

                if (container is INamedTypeSymbol && child is IPropertySymbol or IFieldSymbol && !child.IsImplicitlyDeclared
                    && reader.GetEffectiveAnnotation(child) is { Origin: AnnotationOrigin.PersonalData } annotation
                    && (annotation.LegalBasis.Value == LegalBasisValue.LegalObligation || KeptUnderLegalObligation(reader, child)))
                {
                    declared.Add((annotation.Category, annotation.DataSubject));
                }
            }
        }

        return declared;
    }
}
