using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Tests.Taxonomy;

/// <summary>Every fideslang key the taxonomy maps a category to exists in fideslang's own taxonomy.</summary>
public sealed class FideslangKeyTests
{
    /// <summary>
    /// Every data-category <c>fides_key</c> of fideslang's default taxonomy, copied from
    /// https://github.com/ethyca/fideslang/blob/40394c46599745a6b8f14d069889fddfa2651409/src/fideslang/default_taxonomy/data_categories.py
    /// (ethyca/fideslang at commit 40394c46599745a6b8f14d069889fddfa2651409, 2025-12-17; the same keys are in
    /// data_files/data_categories.yml). Not guessed: when fideslang adds keys, copy them from that file.
    /// </summary>
    private static readonly HashSet<string> FideslangDataCategories = new(StringComparer.Ordinal)
    {
        "user",
        "user.account",
        "user.account.settings",
        "user.account.username",
        "user.authorization",
        "user.authorization.credentials",
        "user.authorization.biometric",
        "user.authorization.password",
        "user.behavior",
        "user.behavior.browsing_history",
        "user.behavior.media_consumption",
        "user.behavior.purchase_history",
        "user.behavior.search_history",
        "user.biometric",
        "user.biometric.fingerprint",
        "user.biometric.retinal",
        "user.biometric.voice",
        "user.biometric.health",
        "user.childrens",
        "user.contact",
        "user.contact.address",
        "user.contact.address.city",
        "user.contact.address.country",
        "user.contact.email",
        "user.contact.phone_number",
        "user.contact.url",
        "user.contact.fax_number",
        "user.contact.address.postal_code",
        "user.contact.address.state",
        "user.contact.address.street",
        "user.contact.organization",
        "user.content",
        "user.content.private",
        "user.content.public",
        "user.content.self_image",
        "user.demographic",
        "user.demographic.age_range",
        "user.demographic.date_of_birth",
        "user.demographic.gender",
        "user.demographic.language",
        "user.demographic.marital_status",
        "user.demographic.political_opinion",
        "user.demographic.profile",
        "user.demographic.race_ethnicity",
        "user.demographic.religious_belief",
        "user.demographic.sexual_orientation",
        "user.location",
        "user.location.imprecise",
        "user.location.precise",
        "user.device",
        "user.device.cookie",
        "user.device.cookie_id",
        "user.device.device_id",
        "user.device.ip_address",
        "user.payment",
        "user.social",
        "user.unique_id",
        "user.unique_id.pseudonymous",
        "user.telemetry",
        "user.user_sensor",
        "user.workplace",
        "user.sensor",
        "user.financial",
        "user.financial.bank_account",
        "user.financial.credit_card",
        "user.government_id",
        "user.government_id.birth_certificate",
        "user.government_id.drivers_license_number",
        "user.government_id.immigration",
        "user.government_id.national_identification_number",
        "user.government_id.passport_number",
        "user.government_id.vehicle_registration",
        "user.health_and_medical",
        "user.health_and_medical.genetic",
        "user.health_and_medical.insurance_beneficiary_id",
        "user.health_and_medical.record_id",
        "user.name",
        "user.name.first",
        "user.name.last",
        "user.criminal_history",
        "user.privacy_preferences",
        "user.job_title",
        "system",
        "system.authentication",
        "system.operations",
    };

    public static TheoryData<string> CategoryIds()
    {
        var data = new TheoryData<string>();
        foreach (var info in CategoryTaxonomy.All)
        {
            data.Add(info.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CategoryIds))]
    public void Every_mapped_key_is_a_fideslang_data_category(string id)
    {
        Assert.True(CategoryTaxonomy.TryGet(id, out var info));
        Assert.True(FideslangDataCategories.Contains(info.Fideslang), $"'{id}' maps to '{info.Fideslang}', which is not a fideslang data category");
    }

    [Fact]
    public void A_password_maps_to_user_authorization_password()
    {
        // Drift fixed (both inventory writers carried it): 'user.authorization.credentials.password' is not in fideslang.
        Assert.Equal("user.authorization.password", CategoryTaxonomy.FideslangOf("Credentials.Password"));
    }

    [Theory]
    [InlineData("Contact.Email", "user.contact.email")]
    [InlineData("Contact.Pager", "user.contact")]
    [InlineData("Wellbeing.Mood", null)]
    [InlineData(null, null)]
    public void A_category_maps_as_itself_else_as_its_top_level(string? id, string? expected) =>
        Assert.Equal(expected, CategoryTaxonomy.FideslangOf(id));
}
