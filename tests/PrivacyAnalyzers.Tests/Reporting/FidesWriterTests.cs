using System.IO;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Reporting.Fideslang;
using PrivacyAnalyzers.Tests.Harness;
using YamlDotNet.RepresentationModel;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>The fides export: fideslang <c>system</c> and <c>dataset</c> YAML, every key from fideslang's default taxonomy.</summary>
public sealed class FidesWriterTests
{
    private const string SmartCityMap = """
        {
          "dataUses": {
            "To fulfil our contractual obligations to you": "essential.service",
            "To measure how our website is used": "analytics.reporting",
            "To maintain network and information security": "essential.service.security",
            "To answer pre-sales queries": "marketing.communications.email",
            "To record e-mail exchanges with existing and potential customers": "essential.service.operations.support"
          },
          "dataSubjects": { "Enquirer": "prospect", "Website visitor": "visitor" }
        }
        """;

    private static string SmartCity() => FidesWriter.Write(SeedInventories.SmartCity(), FidesMapping.Parse(SmartCityMap, "smartcity.fides-map.json"));

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    private static YamlMappingNode Map(YamlNode node, string key) => Assert.IsType<YamlMappingNode>(((YamlMappingNode)node).Children[new YamlScalarNode(key)]);

    private static YamlSequenceNode Seq(YamlNode node, string key) => Assert.IsType<YamlSequenceNode>(((YamlMappingNode)node).Children[new YamlScalarNode(key)]);

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? Assert.IsType<YamlScalarNode>(value).Value : null;

    private static List<string> Strings(YamlNode node, string key) => Seq(node, key).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();

    [Fact]
    public void SmartCity_matches_its_golden_file() => GoldenFile.AssertMatches(SmartCity(), "smartcity.fides.yml");

    [Fact]
    public void Every_key_written_is_in_fideslangs_default_taxonomy()
    {
        var root = Parse(SmartCity());
        var system = Assert.Single(Seq(root, "system").Children);
        var declarations = Seq(system, "privacy_declarations").Children;
        Assert.Equal(5, declarations.Count);
        foreach (var declaration in declarations)
        {
            Assert.Contains(Scalar(declaration, "data_use")!, FideslangTaxonomy.DataUses);
            Assert.All(Strings(declaration, "data_categories"), key => Assert.Contains(key, FideslangTaxonomy.DataCategories));
            Assert.All(Strings(declaration, "data_subjects"), key => Assert.Contains(key, FideslangTaxonomy.DataSubjects));
            Assert.NotEmpty(Strings(declaration, "data_subjects"));
        }

        var dataset = Assert.Single(Seq(root, "dataset").Children);
        foreach (var collection in Seq(dataset, "collections").Children)
        {
            foreach (var field in Seq(collection, "fields").Children)
            {
                Assert.All(Strings(field, "data_categories"), key => Assert.Contains(key, FideslangTaxonomy.DataCategories));
            }
        }
    }

    [Fact]
    public void A_declaration_carries_the_legal_basis_retention_subjects_and_recipients_as_fideslang_names_them()
    {
        var system = Seq(Parse(SmartCity()), "system").Children[0];
        Assert.Equal("CityManager.Web", Scalar(system, "fides_key"));
        Assert.Equal("SmartCitySolutions SRL", Scalar(system, "legal_name"));
        Assert.Equal("true", Scalar(system, "does_international_transfers"));
        Assert.Equal(new[] { "SCCs" }, Strings(system, "legal_basis_for_transfers"));
        Assert.Null(Scalar(system, "privacy_policy")); // the controller's website is not its privacy policy

        var analytics = Seq(system, "privacy_declarations").Children.Single(d => Scalar(d, "data_use") == "analytics.reporting");
        Assert.Equal("To measure how our website is used", Scalar(analytics, "name"));
        Assert.Equal(new[] { "user.device.cookie_id" }, Strings(analytics, "data_categories"));
        Assert.Equal(new[] { "visitor" }, Strings(analytics, "data_subjects"));
        Assert.Equal("Consent", Scalar(analytics, "legal_basis_for_processing"));
        Assert.Equal("2 years after collection (analytics cookies; see our Cookie Policy)", Scalar(analytics, "retention_period"));
        Assert.Equal("true", Scalar(analytics, "data_shared_with_third_parties"));
        Assert.Equal("Google LLC (Google Analytics) (processor acting on our behalf, the United States)", Scalar(analytics, "third_parties"));
        Assert.Equal(new[] { "CityManager.Web_dataset" }, Strings(analytics, "dataset_references"));

        var security = Seq(system, "privacy_declarations").Children.Single(d => Scalar(d, "data_use") == "essential.service.security");
        Assert.Equal("Legitimate interests", Scalar(security, "legal_basis_for_processing"));
        Assert.Equal(new[] { "user.behavior.browsing_history", "user.device", "user.device.ip_address" }, Strings(security, "data_categories"));
        Assert.Equal("false", Scalar(security, "data_shared_with_third_parties"));
    }

    [Fact]
    public void The_dataset_has_a_collection_per_type_and_a_field_per_member()
    {
        var dataset = Seq(Parse(SmartCity()), "dataset").Children[0];
        Assert.Equal("CityManager.Web_dataset", Scalar(dataset, "fides_key"));
        var collections = Seq(dataset, "collections").Children;
        Assert.Equal(
            new[] { "CityManager.Billing.Customer", "CityManager.Web.AccessLogEntry", "CityManager.Web.AnalyticsVisit", "CityManager.Web.ContactRequest" },
            collections.Select(c => Scalar(c, "name")));
        var access = collections[1];
        var ip = Seq(access, "fields").Children.Single(f => Scalar(f, "name") == "IpAddress");
        Assert.Equal(new[] { "user.device.ip_address" }, Strings(ip, "data_categories"));
        Assert.Equal(13, collections.Sum(c => Seq(c, "fields").Children.Count));
    }

    [Fact]
    public void An_unstated_legal_basis_or_retention_is_left_out_not_guessed()
    {
        var entry = SeedInventories.CustomerEmail(basis: LegalBasis.Unspecified, retention: null, purposes: new[] { "essential.service" });
        var declaration = Seq(Seq(Parse(FidesWriter.Write(SeedInventories.Single(entry), FidesMapping.None)), "system").Children[0], "privacy_declarations").Children[0];

        Assert.Equal("essential.service", Scalar(declaration, "data_use"));
        Assert.Equal(new[] { "customer" }, Strings(declaration, "data_subjects"));
        Assert.Null(Scalar(declaration, "legal_basis_for_processing"));
        Assert.Null(Scalar(declaration, "retention_period"));
    }

    [Fact]
    public void Special_category_data_is_flagged_with_its_article_9_condition()
    {
        var entry = new InventoryEntry("Clinic.Patient", "Diagnosis", "string", "Patient", "Special.Health", LegalBasis.Contract, "P10Y", RetentionStart.EndOfContract, null,
            new[] { "Treatment" }, DataSource.ProvidedBySubject, null, SpecialCategoryCondition.HealthOrSocialCare, CriminalDataCondition.Unspecified, Array.Empty<InventoryRecipient>(), "PersonalData");
        var map = FidesMapping.Parse("""{ "dataUses": { "Treatment": "essential.service" } }""", "map.json");
        var declaration = Seq(Seq(Parse(FidesWriter.Write(SeedInventories.Single(entry, "Clinic"), map)), "system").Children[0], "privacy_declarations").Children[0];

        Assert.Equal(new[] { "patient" }, Strings(declaration, "data_subjects"));
        Assert.Equal(new[] { "user.health_and_medical" }, Strings(declaration, "data_categories"));
        Assert.Equal("true", Scalar(declaration, "processes_special_category_data"));
        Assert.Equal("Health or social care (with a basis in law)", Scalar(declaration, "special_category_legal_basis"));
    }

    [Fact]
    public void Unmapped_purposes_and_subjects_are_an_error_that_lists_them_all()
    {
        var error = Assert.Throws<InventoryLoadException>(() => FidesWriter.Write(SeedInventories.SmartCity(), FidesMapping.None));

        Assert.Contains("\"To measure how our website is used\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"To answer pre-sales queries\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("no fideslang data subject for \"Enquirer\", \"Website visitor\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Customer\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("--fides-map", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_star_data_use_covers_every_other_purpose_and_members_without_one()
    {
        var entry = SeedInventories.CustomerEmail(purposes: Array.Empty<string>());
        var yaml = FidesWriter.Write(SeedInventories.Single(entry), FidesMapping.Parse("""{ "dataUses": { "*": "essential" } }""", "map.json"));
        var declaration = Seq(Seq(Parse(yaml), "system").Children[0], "privacy_declarations").Children[0];

        Assert.Equal(FidesWriter.NoPurposeName, Scalar(declaration, "name"));
        Assert.Equal("essential", Scalar(declaration, "data_use"));
    }

    [Theory]
    [InlineData("""{ "dataUses": { "Billing": "billing" } }""", "\"Billing\" maps to \"billing\", which is not a fideslang data use")]
    [InlineData("""{ "dataSubjects": { "Member": "member" } }""", "\"Member\" maps to \"member\", which is not a fideslang data subject")]
    [InlineData("""{ "uses": {} }""", "unknown property \"uses\"")]
    [InlineData("[1]", "one JSON object")]
    [InlineData("{", "not valid JSON")]
    public void A_mapping_file_with_a_key_fideslang_does_not_have_is_rejected_naming_it(string json, string problem)
    {
        var error = Assert.Throws<InventoryLoadException>(() => FidesMapping.Parse(json, "map.json"));
        Assert.StartsWith("map.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Customer", "customer")]
    [InlineData("JobApplicant", "job_applicant")]
    [InlineData("Job applicant", "job_applicant")]
    [InlineData("next-of-kin", "next_of_kin")]
    [InlineData("Website visitor", null)]
    public void A_subject_named_like_a_fideslang_subject_needs_no_mapping(string name, string? expected) =>
        Assert.Equal(expected, FidesMapping.None.DataSubjectOf(name));

    [Fact]
    public void Free_text_is_quoted_so_that_yaml_reads_it_back_unchanged()
    {
        const string tricky = "Line: one\n\"two\" # not a comment \\ tab\t- dash";
        var entry = SeedInventories.Entry("Shop.Customer", "Email", "string", "Customer", "Contact.Email", LegalBasis.Contract, "P1Y", RetentionStart.Collection, null,
            new[] { "essential.service" }, DataSource.ProvidedBySubject, tricky);
        var dataset = Seq(Parse(FidesWriter.Write(SeedInventories.Single(entry, "Shop: \"main\""), FidesMapping.None)), "dataset").Children[0];

        var field = Seq(Seq(dataset, "collections").Children[0], "fields").Children[0];
        Assert.Equal(tricky + " (category: Contact.Email)", Scalar(field, "description"));
        var system = Seq(Parse(FidesWriter.Write(SeedInventories.Single(entry, "Shop: \"main\""), FidesMapping.None)), "system").Children[0];
        Assert.Equal("Shop___main_", Scalar(system, "fides_key"));
        Assert.Equal("Shop: \"main\"", Scalar(system, "name"));
    }
}
