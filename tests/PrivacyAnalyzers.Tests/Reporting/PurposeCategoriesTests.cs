using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Tests.Generator;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// Issue 15, point 3: "To allow you to securely log in — name; national identification number (CNP); identity document;
/// …; password". Each purpose of the notice (EN/RO), of the Art. 30 record and of the data map lists the categories of
/// the members that serve it, not every category of the type that declares it.
/// </summary>
public sealed class PurposeCategoriesTests
{
    private static readonly Lazy<PrivacyInventory> Crm = new(() => SampleOutputGoldenTests.SampleInventory("Crm"));

    private static readonly Lazy<PrivacyInventory> Synthetic = new(() => InventoryOf("""
        using PrivacyAnalyzers;
        [assembly: DataController("Exemplu SRL")]
        [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
        namespace Shop;
        [DataSubject("Account user", Purpose = "Running the account")]
        [ProcessingPurpose("Secure log-in", nameof(Username), nameof(PasswordHash))]
        [ProcessingPurpose("Showing the delegate on the invoices", nameof(Name), nameof(Cnp))]
        public class AccountUser
        {
            [PersonalData("Identity.Name")] public string Name { get; set; } = "";
            [PersonalData("Online.Username")] public string Username { get; set; } = "";
            [PersonalData("Credentials.Password")] public string PasswordHash { get; set; } = "";
            [PersonalData("Identity.NationalId")] public string? Cnp { get; set; }
        }
        """));

    [Fact]
    public void The_crm_notice_lists_no_cnp_or_identity_document_under_the_users_log_in()
    {
        var en = Bullet(Notice(Crm.Value, ReportLanguage.English), "### Account user", "- **Secure log-in to the account**");
        Assert.DoesNotContain("CNP", en, StringComparison.Ordinal);
        Assert.DoesNotContain("identity document", en, StringComparison.Ordinal);
        Assert.DoesNotContain("phone number", en, StringComparison.Ordinal);
        Assert.Contains("e-mail address", en, StringComparison.Ordinal);
        Assert.Contains("password", en, StringComparison.Ordinal);

        var delegateData = Bullet(Notice(Crm.Value, ReportLanguage.English), "### Account user", "- **Personalising the interface and the documents (a user can appear on documents as delegate or cashier)**");
        Assert.Contains("CNP", delegateData, StringComparison.Ordinal);
        Assert.DoesNotContain("password", delegateData, StringComparison.Ordinal);
    }

    [Fact]
    public void The_romanian_crm_notice_lists_no_cnp_under_the_users_log_in()
    {
        var ro = Bullet(Notice(Crm.Value, ReportLanguage.Romanian), "### Utilizator al contului", "- **Autentificarea în siguranță în cont**");
        Assert.DoesNotContain("CNP", ro, StringComparison.Ordinal);
        Assert.Contains("parolă", ro, StringComparison.Ordinal);
    }

    [Fact]
    public void The_crm_customer_s_messages_use_the_e_mail_address_only()
    {
        var bullet = Bullet(Notice(Crm.Value, ReportLanguage.English), "### Customer", "- **Sending important messages related to the service**");
        Assert.Equal("- **Sending important messages related to the service** — e-mail address. Legal basis: performance of a contract (Art. 6(1)(b) GDPR).", bullet);
    }

    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.Romanian)]
    public void The_crm_record_row_of_the_users_log_in_holds_only_the_members_that_serve_it(ReportLanguage language)
    {
        var csv = PrivacyReport.Render(Crm.Value, ReportFormat.Csv, language, SampleOutputGoldenTests.Texts(language, "Crm"));
        var row = csv.Split('\n').Single(l => l.Contains("Crm.Model.AccountUser.PasswordHash", StringComparison.Ordinal) && l.Contains("Crm.Model.AccountUser.Username", StringComparison.Ordinal));
        Assert.DoesNotContain("AccountUser.Cnp", row, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountUser.IdentityDocument", row, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountUser.LastName", row, StringComparison.Ordinal);
        Assert.DoesNotContain("CNP", row, StringComparison.Ordinal);
    }

    [Fact]
    public void The_crm_data_map_links_no_national_id_to_a_log_in_purpose()
    {
        var map = DataMap.Of(Crm.Value, ReportLanguage.English, SampleOutputGoldenTests.Texts(ReportLanguage.English, "Crm"));
        var logIn = map.Nodes.Where(n => n.Column == DataMapColumn.Purpose && n.Label == "Secure log-in to the account").Select(n => n.Id).ToHashSet();
        var nationalId = map.Nodes.Where(n => n.Column == DataMapColumn.Category && n.Label.Contains("CNP", StringComparison.Ordinal)).Select(n => n.Id).ToHashSet();
        Assert.Equal(2, logIn.Count); // the customer's account and its users
        Assert.NotEmpty(nationalId);
        Assert.DoesNotContain(map.Edges, e => nationalId.Contains(e.From) && logIn.Contains(e.To));
        Assert.Contains(map.Edges, e => nationalId.Contains(e.From));
    }

    [Fact]
    public void Each_purpose_of_the_notice_lists_the_categories_of_the_members_it_names_and_the_type_s_purpose_lists_them_all()
    {
        var text = Notice(Synthetic.Value, ReportLanguage.English);
        var logIn = Bullet(text, "### Account user", "- **Secure log-in**");
        Assert.Equal("- **Secure log-in** — username and password. Legal basis: performance of a contract (Art. 6(1)(b) GDPR).", logIn);

        var delegateData = Bullet(text, "### Account user", "- **Showing the delegate on the invoices**");
        Assert.Contains("name", delegateData, StringComparison.Ordinal);
        Assert.Contains("national identification number (CNP, SSN)", delegateData, StringComparison.Ordinal);
        Assert.DoesNotContain("username", delegateData, StringComparison.Ordinal);
        Assert.DoesNotContain("password", delegateData, StringComparison.Ordinal);

        // [DataSubject(Purpose = …)] keeps its meaning: every member of the type serves it.
        var running = Bullet(text, "### Account user", "- **Running the account**");
        foreach (var category in new[] { "name", "national identification number (CNP, SSN)", "username", "password" })
        {
            Assert.Contains(category, running, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_purpose_row_of_the_record_lists_the_members_it_names()
    {
        var rows = PrivacyReport.Render(Synthetic.Value, ReportFormat.Csv, ReportLanguage.English).Split('\n');
        var logIn = rows.Single(r => r.StartsWith("Account user — Secure log-in,", StringComparison.Ordinal));
        Assert.Contains(",username; password,Shop.AccountUser.PasswordHash; Shop.AccountUser.Username,", logIn, StringComparison.Ordinal);
        var delegateRow = rows.Single(r => r.StartsWith("Account user — Showing the delegate on the invoices,", StringComparison.Ordinal));
        Assert.Contains("Shop.AccountUser.Cnp; Shop.AccountUser.Name,", delegateRow, StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", delegateRow, StringComparison.Ordinal);
    }

    [Fact]
    public void Privacy_diff_reports_the_purposes_a_member_no_longer_serves_and_nothing_between_the_two_encodings()
    {
        var before = InventoryOf("""
            using PrivacyAnalyzers;
            namespace Shop;
            [DataSubject("Account user", Purpose = "Secure log-in; Showing the delegate on the invoices")]
            public class AccountUser
            {
                [PersonalData("Online.Username")] public string Username { get; set; } = "";
                [PersonalData("Identity.NationalId")] public string? Cnp { get; set; }
            }
            """);
        var after = InventoryOf("""
            using PrivacyAnalyzers;
            namespace Shop;
            [DataSubject("Account user")]
            [ProcessingPurpose("Secure log-in", nameof(Username))]
            [ProcessingPurpose("Showing the delegate on the invoices", nameof(Cnp))]
            public class AccountUser
            {
                [PersonalData("Online.Username")] public string Username { get; set; } = "";
                [PersonalData("Identity.NationalId")] public string? Cnp { get; set; }
            }
            """);

        var changes = InventoryDiff.Compare(before, after).Changes;
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, c => c.Kind == ChangeKind.Narrowed && c.Subject.Contains("Cnp", StringComparison.Ordinal) && c.OldValue == "Secure log-in");
        Assert.Contains(changes, c => c.Kind == ChangeKind.Narrowed && c.Subject.Contains("Username", StringComparison.Ordinal) && c.OldValue == "Showing the delegate on the invoices");

        // The compact form the assembly carries (version 2) and the readable inventory.json (version 1) read the same.
        var readable = InventoryJson.Parse(InventoryJson.ToJson(after));
        Assert.Empty(InventoryDiff.Compare(after, readable).Changes);
    }

    private static string Notice(PrivacyInventory inventory, ReportLanguage language) =>
        PrivacyReport.Render(inventory, ReportFormat.Markdown, language, ReferenceEquals(inventory, Crm.Value) ? SampleOutputGoldenTests.Texts(language, "Crm") : null);

    /// <summary>The first line starting with <paramref name="start"/> after the heading <paramref name="section"/>.</summary>
    private static string Bullet(string text, string section, string start)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var from = Array.FindIndex(lines, l => l.StartsWith(section, StringComparison.Ordinal));
        Assert.True(from >= 0, $"No section '{section}' in the notice.");
        var line = lines.Skip(from + 1).TakeWhile(l => !l.StartsWith("### ", StringComparison.Ordinal)).FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(line is not null, $"No line '{start}…' under '{section}'.");
        return line!;
    }

    private static PrivacyInventory InventoryOf(string source)
    {
        var assembly = GeneratorRunner.Run(source).AssertCompilesClean().Load();
        var type = assembly.GetTypes().Single(t => t.Name == "AssemblyPrivacyInventory");
        return InventoryJson.Parse((string)type.GetProperty("Json")!.GetValue(null)!);
    }
}
