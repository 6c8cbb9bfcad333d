using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001 after the twenty-second set was read (issue 12): "e-mail ID", Indian English for the address itself, is the
/// e-mail when it holds text (a key to a stored e-mail, an <c>int</c> or a <c>Guid</c>, stays a key); a Romanian date of
/// birth abbreviated as a column writes it (<c>Data_nast</c>).
/// </summary>
public sealed class EmailIdAndAbbreviatedBirthDateTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_text_email_id_is_the_address_a_numeric_or_guid_one_is_a_key() =>
        Test("""
            public class Patients { public int PatientId { get; set; } public string [|EmailID|] { get; set; } = ""; }
            public class Staffs { public int Id { get; set; } public string [|EmailId|] { get; set; } = ""; public string [|MailId|] { get; set; } = ""; }
            public class Notification { public int Id { get; set; } public int EmailId { get; set; } public System.Guid MailId { get; set; } }
            """).RunAsync();

    [Fact]
    public Task An_abbreviated_romanian_birth_date_is_a_date_of_birth() =>
        Test("""
            public class Client { public int Id { get; set; } public System.DateTime [|Data_nast|] { get; set; } public System.DateTime [|DataNast|] { get; set; } }
            public class Comanda { public int Id { get; set; } public System.DateTime Data { get; set; } }
            """).RunAsync();
}
