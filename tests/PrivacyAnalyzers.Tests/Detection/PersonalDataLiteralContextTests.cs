using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>PRIV002 reads where a literal goes (issue 12): a company's IBAN is not personal data; an identity-card series and number is, where the code says so.</summary>
public sealed class PersonalDataLiteralContextTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest()
        .WithAnalyzer<PersonalDataLiteralAnalyzer>()
        .WithSource(source);

    [Fact]
    public async Task An_IBAN_of_a_company_bank_or_supplier_is_not_reported_and_a_persons_is()
    {
        await Test("""
            public class Supplier { public string Iban { get; set; } = ""; }
            public class Client { public string Iban { get; set; } = ""; }
            public class Furnizor { public Furnizor(string iban) { Iban = iban; } public string Iban { get; } }
            public static class Seed
            {
                public const string CompanyIban = "RO49AAAA1B31007593840000";
                public static readonly string ContBancarFirma = "DE89370400440532013000";
                public static string Account = [|"NL91ABNA0417164300"|];
                public static void Fill()
                {
                    var supplier = new Supplier { Iban = "RO49AAAA1B31007593840000" };
                    var client = new Client { Iban = [|"RO49AAAA1B31007593840000"|] };
                    var furnizor = new Furnizor("DE89370400440532013000");
                    client.Iban = [|"DE89370400440532013000"|];
                    supplier.Iban = "DE89370400440532013000";
                }
            }
            public static class BankDetails
            {
                public static readonly string Iban = "RO49AAAA1B31007593840000";
            }
            """).RunAsync();
    }

    [Fact]
    public async Task An_identity_card_series_and_number_is_reported_where_a_member_names_it()
    {
        await Test("""
            public class Client { public string SerieCI { get; set; } = ""; public string NumarBuletin { get; set; } = ""; public string Cod { get; set; } = ""; }
            public static class Seed
            {
                public static void Fill(Client c)
                {
                    c.SerieCI = [|"RX 482913"|];
                    c.NumarBuletin = [|"KZ-771204"|];
                    var idCardNumber = [|"AB730519"|];
                    var client = new Client { SerieCI = [|"TM118392"|], Cod = "RX482913" };
                    c.SerieCI = "XX000000";
                    c.NumarBuletin = "RX123456";
                    c.NumarBuletin = "AB111111";
                    var reference = "RX482913";
                }
            }
            """)
            .WithMessages(
                "This string literal looks like real personal data: an identity-document series and number, stored in 'SerieCI'",
                "This string literal looks like real personal data: an identity-document series and number, stored in 'NumarBuletin'",
                "This string literal looks like real personal data: an identity-document series and number, stored in 'idCardNumber'",
                "This string literal looks like real personal data: an identity-document series and number, stored in 'SerieCI'")
            .RunAsync();
    }
}
