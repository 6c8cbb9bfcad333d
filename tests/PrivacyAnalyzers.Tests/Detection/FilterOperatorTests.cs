using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001 on search objects (issue 12, twelfth round): a member named by a field and a comparison operator
/// (<c>EmailContains</c>, <c>NameStartsWith</c>) is a criterion a search matches, not anyone's data; the field alone on a
/// person's type is still reported.
/// </summary>
public sealed class FilterOperatorTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_field_with_a_comparison_operator_is_a_search_criterion() =>
        Test("""
            public class UserSearch
            {
                public string? UsernameContains { get; set; }
                public string? EmailContains { get; set; }
                public string? CityContains { get; set; }
                public string? NameStartsWith { get; set; }
                public string? PhoneEndsWith { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task The_same_fields_without_an_operator_are_still_a_user_s() =>
        Test("""
            public class User
            {
                public string? [|Username|] { get; set; }
                public string? [|Email|] { get; set; }
                public string? [|City|] { get; set; }
                public string? [|Name|] { get; set; }
            }
            """).RunAsync();
}
