using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// A second end of retention (seed 004: "12 months after last engagement or after six unanswered communications,
/// whichever is sooner"), the statutory-period start, and a recipient's transfer details, as the outputs state them and
/// as <c>privacy diff</c> classifies their changes.
/// </summary>
public sealed class AlternativeRetentionReportingTests
{
    private static InventoryEntry Email(string? alternative, RetentionStart alternativeFrom, RetentionCombination combination, params InventoryRecipient[] recipients) =>
        new("Shop.Customer", "Email", "string", "Customer", "Contact.Email", LegalBasis.LegitimateInterests, "P12M", RetentionStart.LastActivity, null,
            new[] { "Marketing" }, DataSource.ProvidedBySubject, null, SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified, recipients,
            "PersonalData", alternative, alternativeFrom, combination);

    private static RetentionPeriod Period(string? alternative, RetentionStart alternativeFrom, RetentionCombination combination) =>
        RetentionPeriod.Of(Email(alternative, alternativeFrom, combination));

    [Theory]
    [InlineData(RetentionCombination.WhicheverIsSooner, "12 months after your last activity, or until you stop responding to our communications, whichever is sooner")]
    [InlineData(RetentionCombination.WhicheverIsLater, "12 months after your last activity, or until you stop responding to our communications, whichever is later")]
    [InlineData(RetentionCombination.Unspecified, "12 months after your last activity, or until you stop responding to our communications (which of the two applies has not been declared)")]
    public void English_states_both_ends_and_how_they_combine(RetentionCombination combination, string expected) =>
        Assert.Equal(expected, RetentionText.Describe(Period("P0D", RetentionStart.UnansweredCommunications, combination), ReportLanguage.English));

    [Theory]
    [InlineData(RetentionCombination.WhicheverIsSooner, "12 luni de la ultima dumneavoastră activitate sau până când nu mai răspundeți comunicărilor noastre, oricare dintre acestea intervine mai devreme")]
    [InlineData(RetentionCombination.WhicheverIsLater, "12 luni de la ultima dumneavoastră activitate sau până când nu mai răspundeți comunicărilor noastre, oricare dintre acestea intervine mai târziu")]
    public void Romanian_states_both_ends_and_how_they_combine(RetentionCombination combination, string expected) =>
        Assert.Equal(expected, RetentionText.Describe(Period("P0D", RetentionStart.UnansweredCommunications, combination), ReportLanguage.Romanian));

    [Theory]
    [InlineData(ReportLanguage.English, true, "12 months after your last activity, or until the end of the period required by law, whichever is later")]
    [InlineData(ReportLanguage.English, false, "12 months after the last activity, or until the end of the period required by law, whichever is later")]
    [InlineData(ReportLanguage.Romanian, true, "12 luni de la ultima dumneavoastră activitate sau până la expirarea termenului prevăzut de lege, oricare dintre acestea intervine mai târziu")]
    public void A_statutory_period_reads_as_the_period_required_by_law(ReportLanguage language, bool addressingTheSubject, string expected) =>
        Assert.Equal(expected, RetentionText.Describe(Period("P0D", RetentionStart.StatutoryPeriodEnd, RetentionCombination.WhicheverIsLater), language, addressingTheSubject));

    [Theory]
    [InlineData(RetentionStart.UnansweredCommunications, ReportLanguage.English, "6 months after the person stops responding to communications")]
    [InlineData(RetentionStart.UnansweredCommunications, ReportLanguage.Romanian, "6 luni de la momentul în care persoana nu mai răspunde comunicărilor")]
    [InlineData(RetentionStart.StatutoryPeriodEnd, ReportLanguage.English, "6 months after the end of the period required by law")]
    [InlineData(RetentionStart.StatutoryPeriodEnd, ReportLanguage.Romanian, "6 luni de la expirarea termenului prevăzut de lege")]
    public void The_new_starts_have_an_after_form(RetentionStart from, ReportLanguage language, string expected) =>
        Assert.Equal(expected, RetentionText.Describe("P6M", from, language, addressingTheSubject: false));

    [Fact]
    public void Without_an_alternative_the_description_is_the_retention_alone() =>
        Assert.Equal("12 months after your last activity", RetentionText.Describe(Period(null, RetentionStart.Unspecified, RetentionCombination.Unspecified), ReportLanguage.English));

    [Fact]
    public void The_policy_and_the_record_print_the_alternative()
    {
        var inventory = SeedInventories.Single(Email("P0D", RetentionStart.UnansweredCommunications, RetentionCombination.WhicheverIsSooner));
        Assert.Contains("whichever is sooner", PrivacyReport.Render(inventory, ReportFormat.Markdown, ReportLanguage.English), StringComparison.Ordinal);
        Assert.Contains("or until the person stops responding to communications, whichever is sooner", PrivacyReport.Render(inventory, ReportFormat.Csv, ReportLanguage.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, RetentionStart.Unspecified, RetentionCombination.Unspecified, "P0D", RetentionStart.StatutoryPeriodEnd, RetentionCombination.WhicheverIsLater, ChangeKind.Widened, "a second end can now extend the period")]
    [InlineData(null, RetentionStart.Unspecified, RetentionCombination.Unspecified, "P0D", RetentionStart.UnansweredCommunications, RetentionCombination.WhicheverIsSooner, ChangeKind.Narrowed, "a second, sooner end is now stated")]
    [InlineData("P0D", RetentionStart.UnansweredCommunications, RetentionCombination.WhicheverIsSooner, null, RetentionStart.Unspecified, RetentionCombination.Unspecified, ChangeKind.Widened, "the second end that could shorten the period was removed")]
    [InlineData("P0D", RetentionStart.StatutoryPeriodEnd, RetentionCombination.WhicheverIsLater, null, RetentionStart.Unspecified, RetentionCombination.Unspecified, ChangeKind.Narrowed, "the second end that could extend the period was removed")]
    [InlineData("P6M", RetentionStart.EndOfContract, RetentionCombination.WhicheverIsSooner, "P6M", RetentionStart.EndOfContract, RetentionCombination.WhicheverIsLater, ChangeKind.Widened, "now whichever is later")]
    [InlineData("P6M", RetentionStart.EndOfContract, RetentionCombination.WhicheverIsLater, "P6M", RetentionStart.EndOfContract, RetentionCombination.WhicheverIsSooner, ChangeKind.Narrowed, "now whichever is sooner")]
    [InlineData("P6M", RetentionStart.EndOfContract, RetentionCombination.WhicheverIsLater, "P1Y", RetentionStart.EndOfContract, RetentionCombination.WhicheverIsLater, ChangeKind.Widened, "the second end is later")]
    [InlineData("P1Y", RetentionStart.EndOfContract, RetentionCombination.WhicheverIsSooner, "P6M", RetentionStart.EndOfContract, RetentionCombination.WhicheverIsSooner, ChangeKind.Narrowed, "the second end is sooner")]
    [InlineData("P6M", RetentionStart.EndOfContract, RetentionCombination.WhicheverIsSooner, "P6M", RetentionStart.AccountClosure, RetentionCombination.WhicheverIsSooner, ChangeKind.Widened, "the second end now starts at another event")]
    public void Diff_classifies_changes_of_the_second_end(
        string? oldAlternative, RetentionStart oldFrom, RetentionCombination oldCombination,
        string? newAlternative, RetentionStart newFrom, RetentionCombination newCombination,
        ChangeKind kind, string why)
    {
        var diff = InventoryDiff.Compare(
            SeedInventories.Single(Email(oldAlternative, oldFrom, oldCombination)),
            SeedInventories.Single(Email(newAlternative, newFrom, newCombination)));

        var change = Assert.Single(diff.Changes);
        Assert.Equal(kind, change.Kind);
        Assert.Equal("alternativeRetention", change.Field);
        Assert.EndsWith("(" + why + ")", change.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_transfer_details_are_reported_without_exiting_1()
    {
        static InventoryRecipient Google(string? details) => new("Google LLC", RecipientKind.Processor, "US", TransferSafeguard.AdequacyDecision, null, details);
        var diff = InventoryDiff.Compare(
            SeedInventories.Single(Email(null, RetentionStart.Unspecified, RetentionCombination.Unspecified, Google(null))),
            SeedInventories.Single(Email(null, RetentionStart.Unspecified, RetentionCombination.Unspecified, Google("EU-US Data Privacy Framework"))));

        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal("transfer details of Google LLC: none → \"EU-US Data Privacy Framework\"", change.Summary);
    }

    [Theory]
    [InlineData("Strada Paris Nr 35, Sibiu", "RO", ReportLanguage.English, "Strada Paris Nr 35, Sibiu, Romania")]
    [InlineData("Strada Paris Nr 35, Sibiu, România", "RO", ReportLanguage.English, "Strada Paris Nr 35, Sibiu, România")]
    [InlineData("Strada Paris Nr 35, Sibiu, Romania.", "RO", ReportLanguage.Romanian, "Strada Paris Nr 35, Sibiu, România")]
    [InlineData("Unit 8, Woodbridge, United Kingdom", "GB", ReportLanguage.English, "Unit 8, Woodbridge, United Kingdom")]
    [InlineData("Bulevardul Unirii 1, Bucharest", "RO", ReportLanguage.Romanian, "Bulevardul Unirii 1, Bucharest, România")]
    [InlineData(null, "RO", ReportLanguage.English, "Romania")]
    [InlineData("Sibiu", null, ReportLanguage.English, "Sibiu")]
    public void An_address_that_already_names_its_country_is_not_given_it_twice(string? address, string? country, ReportLanguage language, string expected) =>
        Assert.Equal(expected, Countries.AddressWithCountry(address, country, language));
}
