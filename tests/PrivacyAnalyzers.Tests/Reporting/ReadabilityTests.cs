using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// Issue 15 point 10: the notice reads as the seeds do — each recipient once, purposes capitalised and in the
/// alphabetical order of the reader's language (not by character code), whatever the machine's culture.
/// </summary>
public sealed class ReadabilityTests
{
    private readonly ITestOutputHelper _output;

    public ReadabilityTests(ITestOutputHelper output) => _output = output;

    private static string Notice(PrivacyInventory inventory, ReportLanguage language, TextTranslations? texts = null) =>
        PrivacyReport.Render(inventory, ReportFormat.Markdown, language, texts);

    /// <summary>The bullets of the notice (the Markdown lines starting "- "), outside the data map's diagram.</summary>
    private static string[] Bullets(string notice) => Prose(notice).Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToArray();

    /// <summary>The text a reader reads: without the Mermaid diagram and the comments for the maintainer.</summary>
    internal static string Prose(string notice) =>
        Regex.Replace(Regex.Replace(notice, "```mermaid.*?```", string.Empty, RegexOptions.Singleline), "<!--.*?-->", string.Empty, RegexOptions.Singleline);

    internal static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.Romanian)]
    public void Each_recipient_of_the_iotshop_notice_is_listed_once(ReportLanguage language)
    {
        var inventory = SampleOutputGoldenTests.Sample("IotShop");
        var notice = Notice(inventory, language, SampleOutputGoldenTests.Texts(language));
        var names = inventory.Entries.SelectMany(e => e.Recipients).Select(r => r.Name).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(7, names.Count);

        // Before: one bullet per data subject that sends data to the recipient (20 bullets for the 7 recipients).
        var bulleted = Bullets(notice).Select(b => Regex.Match(b, @"^- \*\*(.+?)\*\*, ").Groups[1].Value).Where(n => n.Length > 0).ToList();
        var recipientBullets = bulleted.Where(n => !n.Contains("(Art.", StringComparison.Ordinal) && !n.Contains("(art.", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, recipientBullets.Count);
        Assert.Equal(7, recipientBullets.Distinct(StringComparer.Ordinal).Count());
        if (language == ReportLanguage.English)
        {
            Assert.Equal(names.OrderBy(n => n, StringComparer.OrdinalIgnoreCase), recipientBullets);
        }

        var countryMissing = language == ReportLanguage.English
            ? "To complete: the country where it processes the data has not been stated."
            : "De completat: țara în care prelucrează datele nu a fost precizată.";
        Assert.Equal(5, Regex.Matches(notice, Regex.Escape(countryMissing)).Count);
        Assert.Single(Regex.Matches(notice, language == ReportLanguage.English ? "## Who receives your personal data" : "## Cine primește datele dumneavoastră cu caracter personal"));
    }

    [Fact]
    public void A_recipient_of_every_item_receives_all_the_data_and_one_of_some_items_names_them_per_data_subject()
    {
        var group = new InventoryRecipient("Our group", RecipientKind.ThirdParty, "RO", TransferSafeguard.Unspecified, null);
        var courier = new InventoryRecipient("Couriers", RecipientKind.Processor, "RO", TransferSafeguard.Unspecified, null);
        var inventory = new PrivacyInventory(
            "Shop",
            null,
            new[] { new InventorySubject("Customer", "Shop.Customer", null), new InventorySubject("Visitor", "Shop.Visit", null) },
            Array.Empty<InventoryCategory>(),
            new[]
            {
                SeedInventories.Entry("Shop.Customer", "Email", "string", "Customer", "Contact.Email", LegalBasis.Contract, "P1Y", RetentionStart.EndOfContract, null, SeedInventories.Purposes("Delivery"), DataSource.ProvidedBySubject, null, group, courier),
                SeedInventories.Entry("Shop.Visit", "Ip", "string", "Visitor", "Online.IpAddress", LegalBasis.LegitimateInterests, "P1Y", RetentionStart.Collection, null, SeedInventories.Purposes("Security"), DataSource.Observed, null, group),
            });

        var en = Notice(inventory, ReportLanguage.English);
        Assert.Contains("- **Our group**, third party: all the personal data described in this policy.", en, StringComparison.Ordinal);
        Assert.Contains("- **Couriers**, processor acting on our behalf. Customer: e-mail address.", en, StringComparison.Ordinal);
        var ro = Notice(inventory, ReportLanguage.Romanian);
        Assert.Contains("- **Our group**, terț: toate datele cu caracter personal descrise în această politică.", ro, StringComparison.Ordinal);
        Assert.Contains("- **Couriers**, persoană împuternicită de operator. Customer: adresă de e-mail.", ro, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_subjects_without_a_declared_recipient_are_named_once_as_to_complete()
    {
        var inventory = new PrivacyInventory(
            "Shop",
            null,
            new[] { new InventorySubject("Customer", "Shop.Customer", null), new InventorySubject("Enquirer", "Shop.Enquiry", null), new InventorySubject("Visitor", "Shop.Visit", null) },
            Array.Empty<InventoryCategory>(),
            new[]
            {
                SeedInventories.Entry("Shop.Customer", "Email", "string", "Customer", "Contact.Email", LegalBasis.Contract, "P1Y", RetentionStart.EndOfContract, null, SeedInventories.Purposes("Delivery"), DataSource.ProvidedBySubject, null),
                SeedInventories.Entry("Shop.Enquiry", "Name", "string", "Enquirer", "Identity.Name", LegalBasis.Consent, "P1Y", RetentionStart.Collection, null, SeedInventories.Purposes("Answering"), DataSource.ProvidedBySubject, null),
                SeedInventories.Entry("Shop.Visit", "Ip", "string", "Visitor", "Online.IpAddress", LegalBasis.LegitimateInterests, "P1Y", RetentionStart.Collection, null, SeedInventories.Purposes("Security"), DataSource.Observed, null,
                    new InventoryRecipient("Host", RecipientKind.Processor, "RO", TransferSafeguard.Unspecified, null)),
            });

        var en = Notice(inventory, ReportLanguage.English);
        Assert.Contains("**To complete: the recipients of the personal data of these categories of people have not been stated: Customer and Enquirer.**", en, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(en, "recipients of the personal data"));
        var ro = Notice(inventory, ReportLanguage.Romanian);
        Assert.Contains("**De completat: destinatarii datelor cu caracter personal ale acestor categorii de persoane nu au fost precizați: Customer și Enquirer.**", ro, StringComparison.Ordinal);
    }

    private static PrivacyInventory WithPurposes(params string[] purposes) =>
        SeedInventories.Single(SeedInventories.CustomerEmail(purposes: purposes));

    /// <summary>The purposes under the one data subject, as the notice lists them (bold text of each bullet).</summary>
    private static string[] ListedPurposes(string notice, ReportLanguage language)
    {
        var heading = language == ReportLanguage.English ? "**Why we use it and on which legal basis**" : "**De ce folosim datele și pe ce temei juridic**";
        var start = notice.IndexOf(heading, StringComparison.Ordinal);
        var end = notice.IndexOf(language == ReportLanguage.English ? "**How long we keep it**" : "**Cât timp păstrăm datele**", start, StringComparison.Ordinal);
        return Regex.Matches(notice.Substring(start, end - start), @"^- \*\*(.+?)\*\*", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
    }

    [Fact]
    public void Purposes_are_capitalised_and_listed_alphabetically_ignoring_case_in_english()
    {
        var notice = Notice(WithPurposes("to book a delivery", "Billing", "To answer questions", "analysis"), ReportLanguage.English);
        Assert.Equal(new[] { "Analysis", "Billing", "To answer questions", "To book a delivery" }, ListedPurposes(notice, ReportLanguage.English));
    }

    [Fact]
    public void Purposes_follow_the_romanian_alphabet_in_a_romanian_notice()
    {
        // ro-RO: i < î, s < ș, t < ț, all before z; by character code "î" (U+00EE), "ș" (U+0219) and "ț" (U+021B) came last.
        var notice = Notice(WithPurposes("zonarea livrărilor", "ținerea evidenței", "Transmiterea facturii", "îngrijirea clienților", "Informarea clienților", "șablonul documentelor", "Stabilirea prețului", "analiza"), ReportLanguage.Romanian);
        Assert.Equal(
            new[] { "Analiza", "Informarea clienților", "Îngrijirea clienților", "Stabilirea prețului", "Șablonul documentelor", "Transmiterea facturii", "Ținerea evidenței", "Zonarea livrărilor" },
            ListedPurposes(notice, ReportLanguage.Romanian));
    }

    [Theory]
    [InlineData("IotShop", ReportLanguage.English)]
    [InlineData("IotShop", ReportLanguage.Romanian)]
    [InlineData("ControlPanel", ReportLanguage.English)]
    [InlineData("ERegistry", ReportLanguage.Romanian)]
    public void Every_bullet_of_a_samples_notice_starts_with_a_capital_letter(string sample, ReportLanguage language)
    {
        // Before: "- **name** (provided by you)", "- **administering our website and services** — …" next to
        // "- **Operating our website** — …".
        var notice = Notice(SampleOutputGoldenTests.Sample(sample), language, SampleOutputGoldenTests.Texts(language, sample));
        foreach (var bullet in Bullets(notice))
        {
            var first = bullet.Substring(2).TrimStart('*').FirstOrDefault(char.IsLetter);
            Assert.True(char.IsUpper(first), bullet);
        }
    }

    [Fact]
    public void Purposes_that_differ_only_in_case_are_in_a_stable_order()
    {
        var one = Notice(WithPurposes("Invoicing", "invoicing"), ReportLanguage.English);
        var other = Notice(WithPurposes("invoicing", "Invoicing"), ReportLanguage.English);
        Assert.Equal(one, other);
    }

    [Fact]
    public void Recipients_are_listed_in_the_alphabetical_order_of_the_language()
    {
        var entry = SeedInventories.CustomerEmail(recipients: new[]
        {
            new InventoryRecipient("Ținta SRL", RecipientKind.Processor, "RO", TransferSafeguard.Unspecified, null),
            new InventoryRecipient("bancă", RecipientKind.ThirdParty, "RO", TransferSafeguard.Unspecified, null),
            new InventoryRecipient("Îngrijire SRL", RecipientKind.Processor, "RO", TransferSafeguard.Unspecified, null),
            new InventoryRecipient("Zeta SA", RecipientKind.Processor, "RO", TransferSafeguard.Unspecified, null),
            new InventoryRecipient("Ilfov SA", RecipientKind.Processor, "RO", TransferSafeguard.Unspecified, null),
        });
        var notice = Notice(SeedInventories.Single(entry), ReportLanguage.Romanian);
        var listed = Regex.Matches(notice, @"^- \*\*(.+?)\*\*, (terț|persoană)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(new[] { "bancă", "Ilfov SA", "Îngrijire SRL", "Ținta SRL", "Zeta SA" }, listed);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ro-RO")]
    public void The_documents_do_not_depend_on_the_machines_culture(string culture)
    {
        var inventory = SampleOutputGoldenTests.Sample("IotShop");
        var synthetic = WithPurposes("identity check", "Invoicing", "ızgara", "işlem", "Ändern", "zahlen", "ținerea evidenței", "îngrijirea");
        string RenderAll() => string.Join(
            "\n\u0000\n",
            new[] { ReportLanguage.English, ReportLanguage.Romanian }.SelectMany(l => new[]
            {
                Notice(inventory, l, SampleOutputGoldenTests.Texts(l)),
                PrivacyReport.Render(inventory, ReportFormat.Csv, l, SampleOutputGoldenTests.Texts(l)),
                Notice(synthetic, l),
                PrivacyReport.Render(synthetic, ReportFormat.Csv, l),
            }));

        var current = CultureInfo.CurrentCulture;
        var currentUi = CultureInfo.CurrentUICulture;
        string invariant;
        string other;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            invariant = RenderAll();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            other = RenderAll();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }

        Assert.Equal(invariant, other);
    }

    [Fact]
    public void The_iotshop_notice_is_about_as_long_as_its_seed_and_the_counts_are_reported()
    {
        // Reported, not a timing: the words a reader reads (without the diagram's source and the maintainer's comments).
        // Seed 004 (IoT Smart Solutions) is 2,470 words; before each recipient was printed once the English notice was
        // 3,418 words (4,327 with the diagram's source).
        const int SeedWords = 2470;
        var inventory = SampleOutputGoldenTests.Sample("IotShop");
        var en = Notice(inventory, ReportLanguage.English, SampleOutputGoldenTests.Texts(ReportLanguage.English));
        var ro = Notice(inventory, ReportLanguage.Romanian, SampleOutputGoldenTests.Texts(ReportLanguage.Romanian));
        var toComplete = Regex.Matches(Prose(en), "To complete", RegexOptions.IgnoreCase).Count;
        _output.WriteLine($"IotShop notice: EN {Words(Prose(en))} words ({Words(en)} with the diagram's source), RO {Words(Prose(ro))} words; seed {SeedWords}; EN 'To complete' {toComplete}; bullets EN {Bullets(en).Length}.");

        Assert.True(Words(Prose(en)) < SeedWords * 1.25, $"the English notice has {Words(Prose(en))} words, the seed {SeedWords}");
    }
}
