using PrivacyAnalyzers.Vocabulary.Literals;

namespace PrivacyAnalyzers.Tests.Vocabulary.Literals;

public sealed class LiteralValidatorTests
{
    [Theory]
    [InlineData("1960101412346", true)]   // 1 Jan 1996, Bucharest sector 1
    [InlineData("2851231456789", true)]   // 31 Dec 1985, sector 5
    [InlineData("5040229123456", true)]   // 29 Feb 2004 (leap year)
    [InlineData("7850315401232", true)]   // resident, 15 Mar 1985, Vrancea
    [InlineData("1960101412347", false)]  // wrong check digit
    [InlineData("1990229123457", false)]  // 29 Feb 1999 does not exist
    [InlineData("1961301412340", false)]  // month 13
    [InlineData("1960101490017", false)]  // county 49 was never assigned
    [InlineData("1960101000013", false)]  // county 00
    [InlineData("0960101412341", false)]  // sex digit 0
    public void Cnp_checks_date_county_and_check_digit(string cnp, bool valid) =>
        Assert.Equal(valid, CnpValidator.IsValid(cnp.ToCharArray()));

    [Theory]
    [InlineData("RO49AAAA1B31007593840000", "RO")]
    [InlineData("RO49 AAAA 1B31 0075 9384 0000", "RO")]
    [InlineData("GB82WEST12345698765432", "GB")]
    [InlineData("FR1420041010050500013M02606", "FR")]
    [InlineData("NO9386011117947", "NO")]
    [InlineData("MT84MALT011000012345MTLCAST001S", "MT")]
    public void Valid_ibans_of_several_lengths_are_found(string iban, string country) =>
        Assert.Equal($"an IBAN ({country})", LiteralScanner.Scan(iban, LiteralKinds.Iban)?.Description);

    [Theory]
    [InlineData("RO49AAAA1B31007593840001")]
    [InlineData("GB82WEST1234569876543")]
    [InlineData("GB82WEST123456987654321")]
    [InlineData("RO49  AAAA1B31007593840000")]
    public void Ibans_with_a_wrong_checksum_or_length_are_not(string iban) =>
        Assert.Null(LiteralScanner.Scan(iban, LiteralKinds.Iban));

    [Theory]
    [InlineData("4532015112830366", true)]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    [InlineData("4532015112830367", false)]
    public void Luhn(string number, bool valid) =>
        Assert.Equal(valid, PaymentCardValidator.Luhn(number.ToCharArray(), number.Length));

    [Theory]
    [InlineData("cnp, iban", 1 | 2)]
    [InlineData("EMAIL;phone", 8 | 16)]
    [InlineData("card", 4)]
    [InlineData("none", 0)]
    [InlineData("", 63)]
    [InlineData("iddoc", 32)]
    [InlineData("nonsense", 0)]
    public void The_kinds_option_is_parsed(string value, int expected) =>
        Assert.Equal((LiteralKinds)expected, LiteralKindsOption.Parse(value));

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("Customer {Id} has {Count} orders")]
    [InlineData("1234567")]
    public void Short_or_digitless_text_is_rejected(string text) =>
        Assert.Null(LiteralScanner.Scan(text, LiteralKinds.All));
}
