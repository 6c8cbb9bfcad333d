using PrivacyAnalyzers.Generator;
using PrivacyAnalyzers.Generator.Emitting;
using PrivacyAnalyzers.Generator.Model;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Tests.Generator;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// Issue 15 point 7 (a retention that is an upper bound, a count of unanswered communications) and point 8 (the
/// controller's jurisdiction: EU GDPR or UK GDPR), from the attributes through the generator and the inventory to the
/// notice, the record and the diff.
/// </summary>
public sealed class RetentionBoundAndJurisdictionTests
{
    private static InventoryEntry Entry(
        string? retention = "P3Y",
        RetentionStart from = RetentionStart.EndOfContract,
        RetentionBound bound = RetentionBound.Unspecified,
        int unanswered = 0,
        string? alternative = null,
        RetentionStart alternativeFrom = RetentionStart.Unspecified,
        RetentionCombination combination = RetentionCombination.Unspecified,
        CriminalDataCondition criminal = CriminalDataCondition.Unspecified,
        params InventoryRecipient[] recipients) =>
        new("Shop.Customer", "Email", "string", "Customer", criminal == CriminalDataCondition.Unspecified ? "Contact.Email" : "Criminal", LegalBasis.Contract, retention, from, null,
            new[] { "Invoicing" }, DataSource.ProvidedBySubject, null, SpecialCategoryCondition.Unspecified, criminal, recipients, "PersonalData",
            alternative, alternativeFrom, combination, ErasureAction.Delete, null, bound, unanswered);

    private static InventoryController Controller(string country, Jurisdiction jurisdiction = Jurisdiction.Unspecified, string? authority = null) =>
        new("Shop", "High Street 1, London", country, email: "privacy@shop.example", supervisoryAuthority: authority, jurisdiction: jurisdiction);

    private static string Notice(PrivacyInventory inventory, ReportLanguage language = ReportLanguage.English) => PrivacyReport.Render(inventory, ReportFormat.Markdown, language);

    private static string Record(PrivacyInventory inventory, ReportLanguage language = ReportLanguage.English) => PrivacyReport.Render(inventory, ReportFormat.Csv, language);

    // ---- 7(a): "at most" ----

    [Theory]
    [InlineData(ReportLanguage.English, true, "for at most 3 years after the end of the contract")]
    [InlineData(ReportLanguage.Romanian, true, "cel mult 3 ani de la încetarea contractului")]
    [InlineData(ReportLanguage.English, false, "for at most 3 years after the end of the contract")]
    public void An_upper_bound_is_said_as_one(ReportLanguage language, bool addressingTheSubject, string expected) =>
        Assert.Equal(expected, RetentionText.Describe(new RetentionPeriod("P3Y", RetentionStart.EndOfContract, null, RetentionStart.Unspecified, RetentionCombination.Unspecified, null, RetentionBound.AtMost, 0), language, addressingTheSubject));

    [Fact]
    public void An_exact_or_unstated_bound_reads_as_before_and_a_zero_period_has_nothing_to_bound()
    {
        Assert.Equal("3 years after the end of the contract", RetentionText.Describe(RetentionPeriod.Of(Entry(bound: RetentionBound.Exactly)), ReportLanguage.English));
        Assert.Equal(RetentionPeriod.Of(Entry(bound: RetentionBound.Exactly)), RetentionPeriod.Of(Entry()));
        Assert.NotEqual(RetentionPeriod.Of(Entry(bound: RetentionBound.AtMost)), RetentionPeriod.Of(Entry()));
        Assert.Equal("until the end of the contract", RetentionText.Describe(RetentionPeriod.Of(Entry("P0D", bound: RetentionBound.AtMost)), ReportLanguage.English));
    }

    [Fact]
    public void The_notice_and_the_record_keep_the_bound_in_both_languages()
    {
        var inventory = SeedInventories.Single(Entry(bound: RetentionBound.AtMost));
        Assert.Contains("**E-mail address**: for at most 3 years after the end of the contract.", Notice(inventory), StringComparison.Ordinal);
        Assert.Contains("**Adresă de e-mail**: cel mult 3 ani de la încetarea contractului.", Notice(inventory, ReportLanguage.Romanian), StringComparison.Ordinal);
        Assert.Contains("for at most 3 years after the end of the contract", Record(inventory), StringComparison.Ordinal);
        Assert.Contains("cel mult 3 ani de la încetarea contractului", Record(inventory, ReportLanguage.Romanian), StringComparison.Ordinal);
    }

    // ---- 7(b): the number of unanswered communications ----

    [Theory]
    [InlineData(6, ReportLanguage.English, true, "12 months after your last activity, or until 6 consecutive communications from us have gone unanswered, whichever is sooner")]
    [InlineData(6, ReportLanguage.Romanian, true, "12 luni de la ultima dumneavoastră activitate sau până când 6 comunicări consecutive din partea noastră rămân fără răspuns, oricare dintre acestea intervine mai devreme")]
    [InlineData(6, ReportLanguage.English, false, "12 months after the last activity, or until 6 consecutive communications have gone unanswered, whichever is sooner")]
    [InlineData(20, ReportLanguage.Romanian, false, "12 luni de la ultima activitate sau până când 20 de comunicări consecutive rămân fără răspuns, oricare dintre acestea intervine mai devreme")]
    [InlineData(1, ReportLanguage.English, true, "12 months after your last activity, or until 1 communication from us has gone unanswered, whichever is sooner")]
    [InlineData(0, ReportLanguage.English, true, "12 months after your last activity, or until you stop responding to our communications, whichever is sooner")]
    public void The_count_of_unanswered_communications_is_said_with_its_number(int count, ReportLanguage language, bool addressingTheSubject, string expected) =>
        Assert.Equal(expected, RetentionText.Describe(
            RetentionPeriod.Of(Entry("P12M", RetentionStart.LastActivity, unanswered: count, alternative: "P0D", alternativeFrom: RetentionStart.UnansweredCommunications, combination: RetentionCombination.WhicheverIsSooner)),
            language,
            addressingTheSubject));

    [Theory]
    [InlineData(ReportLanguage.English, "1 month after 6 consecutive communications from us have gone unanswered")]
    [InlineData(ReportLanguage.Romanian, "1 lună de la momentul în care 6 comunicări consecutive din partea noastră au rămas fără răspuns")]
    public void A_period_after_the_communications_go_unanswered_has_the_number_too(ReportLanguage language, string expected) =>
        Assert.Equal(expected, RetentionText.Describe(RetentionPeriod.Of(Entry("P1M", RetentionStart.UnansweredCommunications, unanswered: 6)), language));

    // ---- the inventory: both forms, the generator, the diff ----

    [Fact]
    public void The_new_properties_are_written_only_when_stated_and_read_back_from_both_forms()
    {
        var stated = new PrivacyInventory("Shop", Controller("GB", Jurisdiction.UkGdpr), Array.Empty<InventorySubject>(), Array.Empty<InventoryCategory>(),
            new[] { Entry("P12M", RetentionStart.UnansweredCommunications, RetentionBound.AtMost, 6) });
        var readable = InventoryJson.ToJson(stated);
        Assert.Contains("\"retentionBound\": \"AtMost\"", readable, StringComparison.Ordinal);
        Assert.Contains("\"unansweredCommunications\": \"6\"", readable, StringComparison.Ordinal);
        Assert.Contains("\"jurisdiction\": \"UkGdpr\"", readable, StringComparison.Ordinal);
        foreach (var json in new[] { readable, InventoryJson.ToCompactJson(stated) })
        {
            var read = InventoryJson.Parse(json);
            var entry = Assert.Single(read.Entries);
            Assert.Equal((RetentionBound.AtMost, 6), (entry.RetentionBound, entry.UnansweredCommunications));
            Assert.Equal(Jurisdiction.UkGdpr, read.Controller!.Jurisdiction);
        }

        var unstated = InventoryJson.ToJson(SeedInventories.Single(Entry(), controller: Controller("RO")));
        Assert.DoesNotContain("retentionBound", unstated, StringComparison.Ordinal);
        Assert.DoesNotContain("unansweredCommunications", unstated, StringComparison.Ordinal);
        Assert.DoesNotContain("jurisdiction", unstated, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unansweredCommunications\":\"six\"", "entry T.M: 'unansweredCommunications' is 'six', not a whole number of at least 1.")]
    [InlineData("\"unansweredCommunications\":\"0\"", "entry T.M: 'unansweredCommunications' is '0', not a whole number of at least 1.")]
    [InlineData("\"retentionBound\":\"Maximum\"", "entry T.M: 'retentionBound' has the unknown value 'Maximum'.")]
    public void A_bad_value_in_a_hand_written_inventory_is_a_clear_error_naming_the_entry(string property, string expected)
    {
        var json = "{\"schemaVersion\":1,\"assembly\":\"A\",\"entries\":[{\"type\":\"T\",\"member\":\"M\",\"memberType\":\"string\"," + property + "}]}";
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJson.Parse(json, "inventory.json"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_jurisdiction_is_a_clear_error()
    {
        const string json = "{\"schemaVersion\":1,\"assembly\":\"A\",\"controller\":{\"name\":\"Shop\",\"jurisdiction\":\"Uk\"},\"entries\":[]}";
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJson.Parse(json, "inventory.json"));
        Assert.Contains("controller: 'jurisdiction' has the unknown value 'Uk'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_carries_the_bound_the_count_and_the_jurisdiction_with_their_precedence()
    {
        var run = GeneratorRunner.Run(
            """
            using PrivacyAnalyzers;
            [assembly: DataController("IoT Smart Solutions", Country = "GB", Jurisdiction = Jurisdiction.UkGdpr)]
            [assembly: PersonalDataDefaults(Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract, RetentionBound = RetentionBound.AtMost)]
            """,
            """
            using PrivacyAnalyzers;
            namespace Shop
            {
                [DataSubject("Lead", Retention = "P12M", RetentionFrom = RetentionStart.LastActivity, AlternativeRetention = "P0D",
                    AlternativeRetentionFrom = RetentionStart.UnansweredCommunications, RetentionCombination = RetentionCombination.WhicheverIsSooner, UnansweredCommunications = 6)]
                public class Lead
                {
                    [PersonalData("Contact.Email")] public string Email { get; set; } = "";
                    [PersonalData("Contact.Phone", UnansweredCommunications = 3, RetentionBound = RetentionBound.Exactly)] public string Phone { get; set; } = "";
                }

                public class Order
                {
                    [PersonalData("Financial.Transaction")] public string Total { get; set; } = "";
                }
            }
            """);
        var model = (InventoryModel)run.Result.Results.Single().TrackedSteps[TrackingNames.Inventory].Single().Outputs.Single().Value;
        var entries = model.Entries.ToDictionary(e => e.Member);
        Assert.Equal(("AtMost", 6), (entries["Email"].RetentionBound, entries["Email"].UnansweredCommunications));
        Assert.Equal(("Exactly", 3), (entries["Phone"].RetentionBound, entries["Phone"].UnansweredCommunications));
        Assert.Equal(("AtMost", 0), (entries["Total"].RetentionBound, entries["Total"].UnansweredCommunications));
        Assert.Equal("UkGdpr", model.Assembly.Controller!.Jurisdiction);

        // What the assembly carries (the compact form) reads back as the same facts.
        var inventory = InventoryJson.Parse(InventoryRecords.CompactJson(model));
        Assert.Equal(Jurisdiction.UkGdpr, inventory.Controller!.Jurisdiction);
        var email = inventory.Entries.Single(e => e.Member == "Email");
        Assert.Equal((RetentionBound.AtMost, 6), (email.RetentionBound, email.UnansweredCommunications));
    }

    [Theory]
    [InlineData(RetentionBound.Unspecified, RetentionBound.AtMost, ChangeKind.Narrowed)]
    [InlineData(RetentionBound.AtMost, RetentionBound.Exactly, ChangeKind.Widened)]
    public void The_diff_reports_a_changed_bound(RetentionBound before, RetentionBound after, ChangeKind kind)
    {
        var change = Assert.Single(InventoryDiff.Compare(SeedInventories.Single(Entry(bound: before)), SeedInventories.Single(Entry(bound: after))).Changes);
        Assert.Equal((kind, "retentionBound"), (change.Kind, change.Field));
    }

    [Theory]
    [InlineData(6, 8, ChangeKind.Widened)]
    [InlineData(6, 3, ChangeKind.Narrowed)]
    [InlineData(0, 6, ChangeKind.Changed)]
    public void The_diff_reports_a_changed_count(int before, int after, ChangeKind kind)
    {
        InventoryEntry Lead(int count) => Entry("P0D", RetentionStart.UnansweredCommunications, unanswered: count);
        var change = Assert.Single(InventoryDiff.Compare(SeedInventories.Single(Lead(before)), SeedInventories.Single(Lead(after))).Changes);
        Assert.Equal((kind, "unansweredCommunications"), (change.Kind, change.Field));
    }

    // ---- 8: the jurisdiction ----

    [Theory]
    [InlineData("LU", Jurisdiction.EuGdpr, false)]
    [InlineData("LU", Jurisdiction.UkGdpr, true)]
    [InlineData("GB", Jurisdiction.EuGdpr, true)]
    [InlineData("gb", Jurisdiction.UkGdpr, false)]
    [InlineData("US", Jurisdiction.UkGdpr, true)]
    [InlineData(null, Jurisdiction.UkGdpr, false)]
    public void A_transfer_leaves_the_area_of_the_controllers_law(string? country, Jurisdiction jurisdiction, bool transfer) =>
        Assert.Equal(transfer, Countries.IsThirdCountry(country, jurisdiction));

    [Fact]
    public void The_jurisdiction_is_as_declared_else_the_uk_gdpr_for_a_controller_in_the_uk()
    {
        Assert.Equal(Jurisdiction.UkGdpr, Jurisdictions.Of(Controller("GB")));
        Assert.Equal(Jurisdiction.EuGdpr, Jurisdictions.Of(Controller("GB", Jurisdiction.EuGdpr)));
        Assert.Equal(Jurisdiction.EuGdpr, Jurisdictions.Of(Controller("RO")));
        Assert.Equal(Jurisdiction.UkGdpr, Jurisdictions.Of(Controller("US", Jurisdiction.UkGdpr)));
        Assert.Equal(Jurisdiction.EuGdpr, Jurisdictions.Of(null));
    }

    [Fact]
    public void Citing_the_uk_gdpr_rewrites_the_regulation_once_and_leaves_eu_text_alone()
    {
        Assert.Equal("(Art. 15 UK GDPR)", Jurisdictions.Cite("(Art. 15 GDPR)", Jurisdiction.UkGdpr));
        Assert.Equal("(Art. 15 UK GDPR)", Jurisdictions.Cite("(Art. 15 UK GDPR)", Jurisdiction.UkGdpr));
        Assert.Equal("(art. 15 din RGPD al Regatului Unit)", Jurisdictions.Cite("(art. 15 din RGPD)", Jurisdiction.UkGdpr));
        Assert.Equal("(art. 15 din RGPD al Regatului Unit)", Jurisdictions.Cite("(art. 15 din RGPD al Regatului Unit)", Jurisdiction.UkGdpr));
        Assert.Equal("GDPRs and RGPDx", Jurisdictions.Cite("GDPRs and RGPDx", Jurisdiction.UkGdpr));
        Assert.Equal("(Art. 15 GDPR)", Jurisdictions.Cite("(Art. 15 GDPR)", Jurisdiction.EuGdpr));
    }

    [Fact]
    public void A_uk_controller_transferring_on_clauses_names_the_idta_and_offers_a_copy_of_it()
    {
        var recipient = new InventoryRecipient("Hosting Inc", RecipientKind.Processor, "US", TransferSafeguard.StandardContractualClauses, "Hosting");
        var inventory = SeedInventories.Single(Entry(recipients: recipient), controller: Controller("GB"));
        var notice = Notice(inventory);
        Assert.Contains("It processes the data in the United States, outside the United Kingdom; the transfer is based on the International Data Transfer Agreement or the International Data Transfer Addendum to the European Commission's standard contractual clauses, issued by the Information Commissioner under section 119A of the Data Protection Act 2018 (Art. 46(2)(d) UK GDPR).", notice, StringComparison.Ordinal);
        Assert.Contains("You can ask us for a copy of the International Data Transfer Agreement or Addendum named above", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("standard contractual clauses adopted by the European Commission", notice, StringComparison.Ordinal);
        Assert.Contains("(Art. 77 UK GDPR): with the Information Commissioner's Office (ICO), the supervisory authority of the United Kingdom.", notice, StringComparison.Ordinal);
        Assert.Contains("Acordul internațional privind transferul de date (IDTA)", Notice(inventory, ReportLanguage.Romanian), StringComparison.Ordinal);
        Assert.Contains("Hosting Inc: the International Data Transfer Agreement", Record(inventory), StringComparison.Ordinal);
    }

    [Fact]
    public void A_uk_controller_sending_data_to_the_eea_makes_a_transfer_and_does_not_speak_of_the_eea()
    {
        var paypal = new InventoryRecipient("PayPal", RecipientKind.ThirdParty, "LU", TransferSafeguard.Unspecified, "Payments");
        var uk = SeedInventories.Single(Entry(recipients: paypal), controller: Controller("GB", Jurisdiction.UkGdpr));
        var notice = Notice(uk);
        Assert.Contains("It processes the data in Luxembourg, outside the United Kingdom; **to complete: no safeguard for this transfer has been declared.**", notice, StringComparison.Ordinal);
        Assert.Contains("- **PayPal** — Luxembourg: **to complete: no safeguard has been declared.**", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("European Economic Area", notice, StringComparison.Ordinal);
        Assert.Contains("Luxembourg (PayPal)", Record(uk), StringComparison.Ordinal);
        Assert.Contains("(new transfer outside the United Kingdom)", InventoryDiff.Compare(SeedInventories.Single(Entry(), controller: Controller("GB")), uk).Changes.Single(c => c.Field == "recipients").Summary, StringComparison.Ordinal);

        // The same recipient for a controller under the EU GDPR is no transfer, as before.
        var eu = SeedInventories.Single(Entry(recipients: paypal), controller: Controller("RO"));
        Assert.Contains("It processes the data in Luxembourg, within the European Economic Area.", Notice(eu), StringComparison.Ordinal);
        Assert.Contains("(Art. 15 GDPR)", Notice(eu), StringComparison.Ordinal);
        Assert.DoesNotContain("UK GDPR", Notice(eu), StringComparison.Ordinal);
    }

    [Fact]
    public void Criminal_data_under_the_uk_gdpr_is_authorised_by_domestic_law()
    {
        var inventory = SeedInventories.Single(Entry(criminal: CriminalDataCondition.AuthorisedByLaw), controller: Controller("GB"));
        Assert.Contains("as authorised by domestic law (Art. 10 UK GDPR and section 10 of the Data Protection Act 2018)", Notice(inventory), StringComparison.Ordinal);
        Assert.DoesNotContain("Union or Member State law", Notice(inventory), StringComparison.Ordinal);
    }
}

/// <summary>Issue 15 point 7c: the same data kept on another legal basis for its own period ([RetainedUnder]).</summary>
public sealed class RetainedUnderReportingTests
{
    private static InventoryEntry Order(params InventoryRetainedUnder[] retainedUnder) =>
        new("Shop.Order", "BuyerName", "string", "Customer", "Identity.Name", LegalBasis.Contract, "P12M", RetentionStart.EndOfContract, null,
            new[] { "Delivering the order" }, DataSource.ProvidedBySubject, null, SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified,
            Array.Empty<InventoryRecipient>(), "PersonalData", retainedUnder: retainedUnder);

    private static InventoryRetainedUnder Accounting(string? purpose = "Keeping the accounting records") =>
        new(LegalBasis.LegalObligation, "P10Y", RetentionStart.EndOfContract, "Legea contabilității nr. 82/1991", purpose);

    [Fact]
    public void The_notice_states_both_periods_each_with_its_basis_and_the_purpose_the_law_serves()
    {
        var inventory = SeedInventories.Single(Order(Accounting()));
        var en = PrivacyReport.Render(inventory, ReportFormat.Markdown, ReportLanguage.English);
        Assert.Contains("- **Delivering the order** — name. Legal basis: performance of a contract (Art. 6(1)(b) GDPR).", en, StringComparison.Ordinal);
        Assert.Contains("- **Keeping the accounting records** — name. Legal basis: legal obligation (Art. 6(1)(c) GDPR).", en, StringComparison.Ordinal);
        Assert.Contains("- **Name**: 12 months after the end of the contract.", en, StringComparison.Ordinal);
        Assert.Contains("- **Name** — retention on another legal basis, legal obligation (Art. 6(1)(c) GDPR): 10 years after the end of the contract (Legea contabilității nr. 82/1991).", en, StringComparison.Ordinal);
        Assert.Contains("**Legal obligation (Art. 6(1)(c) GDPR)**: The processing is necessary to comply with a legal obligation", en, StringComparison.Ordinal);

        var ro = PrivacyReport.Render(inventory, ReportFormat.Markdown, ReportLanguage.Romanian);
        Assert.Contains("— păstrare pe alt temei juridic, obligație legală (art. 6 alin. (1) lit. (c) din RGPD): 10 ani de la încetarea contractului", ro, StringComparison.Ordinal);
    }

    [Fact]
    public void The_record_has_a_row_for_the_retention_on_the_other_basis_with_its_period()
    {
        var rows = PrivacyReport.Render(SeedInventories.Single(Order(Accounting(purpose: null))), ReportFormat.Csv, ReportLanguage.English).Split("\r\n");
        var contract = Assert.Single(rows, r => r.StartsWith("Customer — Delivering the order,", StringComparison.Ordinal));
        Assert.Contains("12 months after the end of the contract", contract, StringComparison.Ordinal);
        Assert.DoesNotContain("10 years", contract, StringComparison.Ordinal);
        var law = Assert.Single(rows, r => r.Contains("legal obligation (Art. 6(1)(c) GDPR)", StringComparison.Ordinal));
        Assert.StartsWith("Customer — To complete: purpose not declared,", law, StringComparison.Ordinal);
        Assert.Contains("10 years after the end of the contract (Legea contabilității nr. 82/1991)", law, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_inventory_forms_carry_it_only_when_declared_and_the_diff_reports_it()
    {
        var declared = SeedInventories.Single(Order(Accounting()));
        var readable = InventoryJson.ToJson(declared);
        Assert.Contains("\"retainedUnder\": [", readable, StringComparison.Ordinal);
        foreach (var json in new[] { readable, InventoryJson.ToCompactJson(declared) })
        {
            var retained = Assert.Single(Assert.Single(InventoryJson.Parse(json).Entries).RetainedUnder);
            Assert.Equal((LegalBasis.LegalObligation, "P10Y", RetentionStart.EndOfContract, "Legea contabilității nr. 82/1991", "Keeping the accounting records"),
                (retained.LegalBasis, retained.Retention, retained.RetentionFrom, retained.RetentionNote, retained.Purpose));
        }

        Assert.DoesNotContain("retainedUnder", InventoryJson.ToJson(SeedInventories.Single(Order())), StringComparison.Ordinal);
        Assert.DoesNotContain("retainedUnder", InventoryJson.ToCompactJson(SeedInventories.Single(Order())), StringComparison.Ordinal);

        var change = Assert.Single(InventoryDiff.Compare(SeedInventories.Single(Order()), declared).Changes);
        Assert.Equal((ChangeKind.Widened, "retainedUnder"), (change.Kind, change.Field));
        Assert.Equal("now also kept on another legal basis, legal obligation: 10 years after the end of the contract for \"Keeping the accounting records\"", change.Summary);
    }

    [Fact]
    public void A_hand_written_retained_under_that_is_not_an_object_is_a_clear_error()
    {
        const string json = "{\"schemaVersion\":1,\"assembly\":\"A\",\"entries\":[{\"type\":\"T\",\"member\":\"M\",\"memberType\":\"string\",\"retainedUnder\":[\"P10Y\"]}]}";
        var error = Assert.Throws<InventoryFormatException>(() => InventoryJson.Parse(json, "inventory.json"));
        Assert.Contains("entry T.M: 'retainedUnder' holds \"P10Y\", which is not an object.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_takes_the_nearest_declaration_for_each_basis()
    {
        var run = GeneratorRunner.Run(
            """
            using PrivacyAnalyzers;
            [assembly: RetainedUnder(LegalBasis.LegalObligation, Retention = "P5Y", Purpose = "Tax")]
            [assembly: RetainedUnder(LegalBasis.LegitimateInterests, Retention = "P3Y", Purpose = "Legal claims")]
            """,
            """
            using PrivacyAnalyzers;
            namespace Shop
            {
                [DataSubject("Customer", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
                [RetainedUnder(LegalBasis.LegalObligation, Retention = "P10Y", RetentionFrom = RetentionStart.EndOfContract, Purpose = "Accounting")]
                public class Order
                {
                    [PersonalData("Identity.Name")] public string Name { get; set; } = "";
                    [PersonalData("Contact.Email")]
                    [RetainedUnder(LegalBasis.LegalObligation, Retention = "P6Y", Purpose = "Archive")]
                    public string Email { get; set; } = "";
                }
            }
            """);
        var model = (InventoryModel)run.Result.Results.Single().TrackedSteps[TrackingNames.Inventory].Single().Outputs.Single().Value;
        var entries = model.Entries.ToDictionary(e => e.Member);
        Assert.Equal(new[] { ("LegalObligation", "P10Y", "Accounting"), ("LegitimateInterests", "P3Y", "Legal claims") }, entries["Name"].RetainedUnder.Select(r => (r.LegalBasis, r.Retention ?? "", r.Purpose ?? "")));
        Assert.Equal(new[] { ("LegalObligation", "P6Y", "Archive"), ("LegitimateInterests", "P3Y", "Legal claims") }, entries["Email"].RetainedUnder.Select(r => (r.LegalBasis, r.Retention ?? "", r.Purpose ?? "")));

        var inventory = InventoryJson.Parse(InventoryRecords.CompactJson(model));
        Assert.Equal(RetentionStart.EndOfContract, inventory.Entries.Single(e => e.Member == "Name").RetainedUnder[0].RetentionFrom);
    }
}
