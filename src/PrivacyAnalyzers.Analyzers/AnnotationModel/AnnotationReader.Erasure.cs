using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>Erasure and enforceable retention (docs/erasure.md): <c>OnErasure</c> and <c>[RetentionStartDate]</c>.</summary>
internal sealed partial class AnnotationReader
{
    public const string RetentionStartDateName = "PrivacyAnalyzers.RetentionStartDateAttribute";

    /// <summary>The <c>OnErasure</c> of the member's own [PersonalData] (or its positional parameter's); Default when absent.</summary>
    public ErasureActionValue ReadOnErasure(ISymbol member) =>
        FindPersonalData(member) is { } attribute ? (ErasureActionValue)ReadNamedInt(attribute, AttributeArgumentNames.OnErasure) : ErasureActionValue.Default;

    /// <summary>
    /// The action an eraser takes on a subject's request, once the default is applied — the one place this is decided
    /// (the eraser's model and the inventory's <c>erasure</c>, hence the privacy policy, both read it). An explicit
    /// <c>OnErasure</c> wins, except a <c>Retain</c> without a basis that permits it (PRIV041), which is deleted; without
    /// one, data is retained when the effective legal basis is a legal obligation or a public task (Art. 17(3)(b)), a date
    /// of birth is anonymised (year only), everything else deleted. A value outside the enum (a cast) is deleted.
    /// </summary>
    public static ErasureActionValue EffectiveErasureAction(ErasureActionValue declared, LegalBasisValue basis, string? category)
    {
        switch (declared)
        {
            case ErasureActionValue.Retain:
                return PermitsRetention(basis) ? ErasureActionValue.Retain : ErasureActionValue.Delete;
            case ErasureActionValue.Delete or ErasureActionValue.Anonymise or ErasureActionValue.RetainForLegalClaims:
                return declared;
            case ErasureActionValue.Default:
                break;
            default:
                return ErasureActionValue.Delete;
        }

        if (PermitsRetention(basis))
        {
            return ErasureActionValue.Retain;
        }

        return category is not null && (category == "Identity.DateOfBirth" || category.StartsWith("Identity.DateOfBirth.", System.StringComparison.Ordinal))
            ? ErasureActionValue.Anonymise
            : ErasureActionValue.Delete;
    }

    /// <summary>Whether an explicit <c>OnErasure = Retain</c> lacks a basis that permits it (PRIV041; the member is deleted instead).</summary>
    public static bool RetainWithoutPermittingBasis(ErasureActionValue declared, LegalBasisValue basis) =>
        declared == ErasureActionValue.Retain && !PermitsRetention(basis);

    /// <summary>Whether a legal basis lets the controller keep data against an erasure request (Art. 17(3)(b)): a legal obligation or a public task.</summary>
    public static bool PermitsRetention(LegalBasisValue basis) => basis is LegalBasisValue.LegalObligation or LegalBasisValue.PublicTask;

    /// <summary>The retention starts a member holds (<c>[RetentionStartDate]</c>, possibly several); empty when none.</summary>
    public static List<RetentionStartValue> ReadRetentionStartDates(ISymbol member)
    {
        var starts = new List<RetentionStartValue>();
        foreach (var attribute in GetMemberAttributes(member))
        {
            if (attribute.AttributeClass is { } type
                && type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::" + RetentionStartDateName
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is int value
                && value > 0)
            {
                starts.Add((RetentionStartValue)value);
            }
        }

        return starts;
    }

    /// <summary>The words of a retention start in a reason ("end of contract").</summary>
    public static string RetentionStartWords(RetentionStartValue start) => start switch
    {
        RetentionStartValue.Collection => "collection",
        RetentionStartValue.LastActivity => "last activity",
        RetentionStartValue.EndOfContract => "end of contract",
        RetentionStartValue.ConsentWithdrawal => "consent withdrawal",
        RetentionStartValue.AccountClosure => "account closure",
        RetentionStartValue.UnansweredCommunications => "unanswered communications",
        RetentionStartValue.StatutoryPeriodEnd => "end of the statutory period",
        _ => "an unspecified event",
    };

    /// <summary>
    /// The member-name stems that suggest a member holds the date of a retention start (PRIV042's code fix: a
    /// DateTime/DateTimeOffset member whose name starts with one of them); the one home of this table.
    /// </summary>
    public static string[] RetentionStartNameStems(RetentionStartValue start) => start switch
    {
        RetentionStartValue.Collection => new[] { "CreatedAt", "Created", "CreatedOn", "RegisteredAt", "CollectedAt" },
        RetentionStartValue.LastActivity => new[] { "LastActivity", "LastLogin", "LastSeen", "LastVisit" },
        RetentionStartValue.EndOfContract => new[] { "ContractEnd", "EndOfContract", "ClosedAt", "TerminatedAt", "EndedAt" },
        RetentionStartValue.ConsentWithdrawal => new[] { "ConsentWithdrawn", "ConsentWithdrawal" },
        RetentionStartValue.AccountClosure => new[] { "AccountClosed", "AccountClosure", "DeactivatedAt" },
        RetentionStartValue.UnansweredCommunications => new[] { "LastUnanswered", "UnansweredSince", "LastContacted" },
        RetentionStartValue.StatutoryPeriodEnd => new[] { "StatutoryPeriodEnd", "StatutoryEnd" },
        _ => System.Array.Empty<string>(),
    };

    /// <summary>The words of a legal basis in a reason ("legal obligation").</summary>
    public static string LegalBasisWords(LegalBasisValue basis) => basis switch
    {
        LegalBasisValue.Consent => "consent",
        LegalBasisValue.Contract => "contract",
        LegalBasisValue.LegalObligation => "legal obligation",
        LegalBasisValue.VitalInterests => "vital interests",
        LegalBasisValue.PublicTask => "public task",
        LegalBasisValue.LegitimateInterests => "legitimate interests",
        _ => "no legal basis declared",
    };
}
