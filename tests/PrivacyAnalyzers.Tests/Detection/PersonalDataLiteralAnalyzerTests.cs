using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

public sealed class PersonalDataLiteralAnalyzerTests
{
    private static AnalyzerTest Test(string source, string? path = null) => new AnalyzerTest()
        .WithAnalyzer<PersonalDataLiteralAnalyzer>()
        .WithSource(source, path);

    [Fact]
    public async Task A_valid_CNP_is_reported_and_the_same_digits_with_a_wrong_check_digit_are_not()
    {
        await Test("""
            public static class Seed
            {
                public const string Valid = [|"1960101412346"|];
                public const string WrongCheckDigit = "1960101412347";
                public static readonly string InText = [|"CNP: 2851231456789, seria RX"|];
            }
            """)
            .WithMessages(
                "This string literal looks like real personal data: a Romanian CNP (personal numeric code)",
                "This string literal looks like real personal data: a Romanian CNP (personal numeric code)")
            .RunAsync();
    }

    [Fact]
    public async Task CNPs_with_an_impossible_date_or_county_are_not_reported()
    {
        await Test("""
            public static class Seed
            {
                public const string LeapDay2004 = [|"5040229123456"|];
                public const string NoFebruary29In1999 = "1990229123457";
                public const string County49NeverAssigned = "1960101490017";
                public const string County00 = "1960101000013";
                public const string Giurgiu = [|"6001010520013"|];
                public const string LongerNumber = "19601014123461";
                public const string SexDigitZero = "0960101412341";
            }
            """).RunAsync();
    }

    [Fact]
    public async Task A_valid_IBAN_is_reported_with_or_without_spaces_and_a_wrong_one_is_not()
    {
        await Test("""
            public static class Seed
            {
                public const string Romanian = [|"RO49AAAA1B31007593840000"|];
                public const string Grouped = [|"IBAN RO49 AAAA 1B31 0075 9384 0000."|];
                public const string German = [|"DE89370400440532013000"|];
                public const string Dutch = [|"nl: NL91ABNA0417164300"|];
                public const string WrongCheckDigits = "RO48AAAA1B31007593840000";
                public const string WrongLength = "RO49AAAA1B3100759384000";
                public const string UnknownCountry = "ZZ49AAAA1B31007593840000";
                public const string Glued = "XRO49AAAA1B31007593840000";
            }
            """)
            .WithMessages(
                "This string literal looks like real personal data: an IBAN (RO)",
                "This string literal looks like real personal data: an IBAN (RO)",
                "This string literal looks like real personal data: an IBAN (DE)",
                "This string literal looks like real personal data: an IBAN (NL)")
            .RunAsync();
    }

    [Fact]
    public async Task Card_numbers_need_Luhn_and_a_known_issuer_and_published_test_numbers_are_ignored()
    {
        await Test("""
            public static class Seed
            {
                public const string Visa = [|"4532015112830366"|];
                public const string Mastercard = [|"5496 1823 1245 7811"|];
                public const string WrongLuhn = "4532015112830367";
                public const string NoIssuer = "1234567890123452";
                public const string StripeTestCard = "4242 4242 4242 4242";
                public const string AmexTestCard = "371449635398431";
                public const string Timestamp = "20240101120000123";
            }
            """)
            .WithMessages(
                "This string literal looks like real personal data: a payment card number (Visa)",
                "This string literal looks like real personal data: a payment card number (Mastercard)")
            .RunAsync();
    }

    [Fact]
    public async Task Personal_email_addresses_are_reported_documentation_role_and_placeholder_addresses_are_not()
    {
        await Test("""
            public static class Seed
            {
                public const string Person = [|"ana.popescu@gmail.com"|];
                public const string InSentence = [|"Scrieți-i lui ion.ionescu+crm@firma.ro."|];
                public const string Documentation = "user@example.com";
                public const string DocumentationSubdomain = "maria@mail.example.org";
                public const string TestDomain = "maria@shop.test";
                public const string Localhost = "maria@localhost";
                public const string Role = "office@firma.ro";
                public const string Dpo = "dpo@firma.ro";
                public const string NoReply = "no-reply@firma.ro";
                public const string Placeholder = "john.doe@gmail.com";
                public const string Suffix = "@gmail.com";
                public const string Template = "{0}@{1}.ro";
                public const string Handle = "@maria_popescu on social media";
            }
            """)
            .WithMessages(
                "This string literal looks like real personal data: an e-mail address",
                "This string literal looks like real personal data: an e-mail address")
            .RunAsync();
    }

    [Fact]
    public async Task Romanian_and_international_phone_numbers_are_reported_placeholders_and_fictional_ones_are_not()
    {
        await Test("""
            public static class Seed
            {
                public const string Mobile = [|"0745 123 987"|];
                public const string International = [|"+40 721 234 567"|];
                public const string Landline = [|"Tel: 021.312.4567"|];
                public const string WithDoubleZero = [|"0040721234567"|];
                public const string French = [|"+33 6 47 81 20 95"|];
                public const string Placeholder = "0712345678";
                public const string Zeros = "0700 000 000";
                public const string Fictional = "+1 202 555 0143";
                public const string UkDrama = "+44 7700 900123";
                public const string OrderNumber = "2024112233";
                public const string Version = "10.0.100-preview.7";
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Interpolated_text_verbatim_raw_and_utf8_literals_count()
    {
        await Test(""""
            public static class Messages
            {
                public static string Call(string name) => $"Call {name}[| at 0745 123 987|]";
                public static readonly string Verbatim = [|@"Contact: ""Ana"" <ana.popescu@gmail.com>"|];
                public static readonly string Raw = [|"""
                    IBAN: RO49AAAA1B31007593840000
                    """|];
                public static System.ReadOnlySpan<byte> Utf8 => [|"ana.popescu@gmail.com"u8|];
                public static string Split(int n) => $"RO49AAAA{n}1B31007593840000";
            }
            """").RunAsync();
    }

    [Fact]
    public async Task Ordinary_literals_are_not_reported()
    {
        await Test("""
            public static class Constants
            {
                public const string Guid = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
                public const string Hash = "9b74c9897bac770ffc029102a200c5de";
                public const string Sql = "SELECT * FROM Customers WHERE Id = @id AND Email = @email";
                public const string Url = "https://github.com/privacyanalyzers/privacyanalyzers";
                public const string Version = "1.2.3.4567890";
                public const string Date = "2024-01-01T12:00:00Z";
                public const string Big = "12345678901234567890123";
                public const string Short = "a@b";
                public const string Amount = "1 234 567,89 RON";
            }
            """).RunAsync();
    }

    [Fact]
    public async Task NotPersonalData_members_and_our_own_attributes_are_exempt()
    {
        await Test("""
            using PrivacyAnalyzers;

            [assembly: DataController("Firma SRL", Email = "ana.popescu@firma.ro", Phone = "0745 123 987", DpoEmail = "maria.ionescu@firma.ro")]

            public static class Seed
            {
                [NotPersonalData("Synthetic CNP generated for tests")]
                public const string SyntheticCnp = "1960101412346";

                public static string Make()
                {
                    var cnp = [|"1960101412346"|];
                    return cnp;
                }
            }

            [NotPersonalData("Test fixtures")]
            public static class Fixtures
            {
                public static string Cnp() => "1960101412346";
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Test_fixtures_are_silenced_with_an_editorconfig_path_section()
    {
        const string fixture = """
            public static class Fixture
            {
                public const string Cnp = "1960101412346";
                public const string Iban = "RO49AAAA1B31007593840000";
            }
            """;

        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataLiteralAnalyzer>()
            .WithEditorConfigSection("[tests/**.cs]\ndotnet_diagnostic.PRIV002.severity = none")
            .WithSource(fixture, "/src/tests/Unit/Fixture.cs")
            .WithSource("public static class App { public const string Cnp = [|\"1960101412346\"|]; }", "/src/App/App.cs")
            .RunAsync();

        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataLiteralAnalyzer>()
            .WithEditorConfigSection("[**/tests/**.cs]\ndotnet_diagnostic.PRIV002.severity = none")
            .WithSource(fixture, "/src/Shop/tests/Fixture.cs")
            .WithSource("public static class App { public const string Cnp = [|\"1960101412346\"|]; }", "/src/Shop/App.cs")
            .RunAsync();
    }

    [Fact]
    public async Task Kinds_can_be_chosen_in_editorconfig()
    {
        await Test("""
            public static class Seed
            {
                public const string Cnp = [|"1960101412346"|];
                public const string Email = "ana.popescu@gmail.com";
                public const string Phone = "0745 123 987";
            }
            """)
            .WithEditorConfig("privacy_analyzers.literal_kinds", "cnp, iban")
            .RunAsync();
    }

    [Fact]
    public async Task Runs_without_the_annotations_and_on_broken_code()
    {
        await Test("""
            public static class Seed
            {
                public const string Cnp = [|"1960101412346"|];
                public static string Broken() => [|"ana.popescu@gmail.com"|] +
                [NotPersonalData("x")] public const string Unterminated = [|"RO49AAAA1B31007593840000|]
            """)
            .WithoutAnnotationsReference()
            .AllowCompilerErrors()
            .RunAsync();
    }

    [Fact]
    public async Task Test_domain_one_letter_mailboxes_and_demo_or_built_in_accounts_are_not_reported()
    {
        await Test("""
            public static class Seed
            {
                public const string TestDomain = "ana.popescu@test.com";
                public const string OneLetter = "b@firma.ro";
                public const string Demo = "demouser@microsoft.com";
                public const string BuiltIn = "builtin@background-task-record.com";
                public const string Anonymous = "anonymous@shop.ro";
                public const string TwoAtTestDomain = "Test@test.com,b@test.com";
                public const string Real = [|"ana.popescu@firma.ro"|];
                public const string Short = [|"ab@firma.ro"|];
            }
            """).RunAsync();
    }
}
