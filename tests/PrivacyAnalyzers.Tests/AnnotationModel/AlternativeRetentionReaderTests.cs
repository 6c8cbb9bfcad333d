using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.AnnotationModel;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.AnnotationModel;

/// <summary>
/// Seed 004 keeps data "12 months after last engagement or after six unanswered communications, whichever is sooner":
/// the second end, its start and the combination are read from every level, and a recipient's transfer details too.
/// </summary>
public sealed class AlternativeRetentionReaderTests
{
    private static EffectiveAnnotation Read(string source, string typeName, string member)
    {
        var compilation = CSharpCompilation.Create(
            "T",
            new[] { CSharpSyntaxTree.ParseText(source) },
            TestReferences.Framework.Add(TestReferences.Annotations),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var symbol = compilation.GetTypeByMetadataName(typeName)!.GetMembers(member).Single();
        return new AnnotationReader(compilation).GetEffectiveAnnotation(symbol)!;
    }

    [Fact]
    public void Member_states_both_ends_and_whichever_is_sooner()
    {
        var annotation = Read(
            """
            using PrivacyAnalyzers;
            public class Lead
            {
                [PersonalData("Contact.Email", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P12M", RetentionFrom = RetentionStart.LastActivity,
                    AlternativeRetention = "P0D", AlternativeRetentionFrom = RetentionStart.UnansweredCommunications,
                    RetentionCombination = RetentionCombination.WhicheverIsSooner, RetentionNote = "six consecutive unanswered marketing communications")]
                public string Email { get; set; } = "";
            }
            """,
            "Lead",
            "Email");

        Assert.Equal(("P0D", AnnotationLevel.Member), (annotation.AlternativeRetention.Value, annotation.AlternativeRetention.From));
        Assert.Equal(RetentionStartValue.UnansweredCommunications, annotation.AlternativeRetentionFrom.Value);
        Assert.Equal(RetentionCombinationValue.WhicheverIsSooner, annotation.RetentionCombination.Value);
        Assert.Equal(RetentionStartValue.LastActivity, annotation.RetentionFrom.Value);
    }

    [Fact]
    public void Type_and_assembly_defaults_supply_the_alternative_nearest_first()
    {
        var annotation = Read(
            """
            using PrivacyAnalyzers;
            [assembly: PersonalDataDefaults(AlternativeRetention = "P0D", AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd, RetentionCombination = RetentionCombination.WhicheverIsLater)]
            [DataSubject("Customer", AlternativeRetentionFrom = RetentionStart.AccountClosure)]
            public class Customer
            {
                [PersonalData("Identity.Name", LegalBasis = LegalBasis.Contract, Retention = "P12M", RetentionFrom = RetentionStart.EndOfContract)]
                public string Name { get; set; } = "";
            }
            """,
            "Customer",
            "Name");

        Assert.Equal(("P0D", AnnotationLevel.Assembly), (annotation.AlternativeRetention.Value, annotation.AlternativeRetention.From));
        Assert.Equal((RetentionStartValue.AccountClosure, AnnotationLevel.Type), (annotation.AlternativeRetentionFrom.Value, annotation.AlternativeRetentionFrom.From));
        Assert.Equal((RetentionCombinationValue.WhicheverIsLater, AnnotationLevel.Assembly), (annotation.RetentionCombination.Value, annotation.RetentionCombination.From));
    }

    [Fact]
    public void Unstated_alternative_is_none()
    {
        var annotation = Read(
            """
            using PrivacyAnalyzers;
            public class Visitor { [PersonalData("Online.IpAddress", LegalBasis = LegalBasis.LegitimateInterests, Retention = "P1Y")] public string? Ip { get; set; } }
            """,
            "Visitor",
            "Ip");

        Assert.False(annotation.AlternativeRetention.IsStated);
        Assert.False(annotation.AlternativeRetentionFrom.IsStated);
        Assert.False(annotation.RetentionCombination.IsStated);
    }

    [Fact]
    public void Recipient_transfer_details_are_read()
    {
        var annotation = Read(
            """
            using PrivacyAnalyzers;
            [assembly: Recipient("Google Analytics", Kind = RecipientKind.Processor, Country = "US", Safeguard = TransferSafeguard.AdequacyDecision, TransferDetails = "EU-US Data Privacy Framework")]
            public class Visitor { [PersonalData("Online.IpAddress", LegalBasis = LegalBasis.LegitimateInterests)] public string? Ip { get; set; } }
            """,
            "Visitor",
            "Ip");

        var recipient = Assert.Single(annotation.Recipients);
        Assert.Equal("EU-US Data Privacy Framework", recipient.TransferDetails);
        Assert.Equal(TransferSafeguardValue.AdequacyDecision, recipient.Safeguard);
    }
}
