using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001 on traits of groups and tallies (issue 12, twelfth round): a team's or a group's gender is its category, a
/// GenderCount row counts people per gender — neither is a person's. A player's gender and a customer summary's are.
/// </summary>
public sealed class GroupTraitTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_tally_per_gender_and_a_team_s_gender_are_not_a_person_s() =>
        Test("""
            public enum Geschlecht { Maennlich, Weiblich }
            public class GenderCountDto
            {
                public string Sexe { get; set; } = "";
                public int Count { get; set; }
            }
            public class Team
            {
                public string Name { get; set; } = "";
                public string Gender { get; set; } = "";
            }
            public class SchiessgruppeModel
            {
                public string Name { get; set; } = "";
                public Geschlecht Geschlecht { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task A_player_s_and_a_customer_summary_s_gender_are_still_reported() =>
        Test("""
            public class Player
            {
                public string [|Gender|] { get; set; } = "";
            }
            public class CustomerSummary
            {
                public string [|Sex|] { get; set; } = "";
            }
            """).RunAsync();
}
