using PrivacyAnalyzers.Vocabulary;

namespace PrivacyAnalyzers.Tests.Vocabulary;

public sealed class IdentifierSplitterTests
{
    [Theory]
    [InlineData("CNP", "CNP")]
    [InlineData("IBANCode", "IBAN|Code")]
    [InlineData("userSSN", "user|SSN")]
    [InlineData("IPAddress", "IP|Address")]
    [InlineData("nume_client", "nume|client")]
    [InlineData("dataNasterii", "data|Nasterii")]
    [InlineData("DataNașterii", "Data|Nașterii")]
    [InlineData("_email", "email")]
    [InlineData("m_phoneNumber", "m|phone|Number")]
    [InlineData("e-mail", "e|mail")]
    [InlineData("AddressLine2", "Address|Line|2")]
    [InlineData("IPv4Address", "IPv|4|Address")]
    [InlineData("CustomerIDs", "Customer|IDs")]
    [InlineData("HTML5Parser", "HTML|5|Parser")]
    [InlineData("", "")]
    [InlineData("__", "")]
    public void Splits_identifiers_into_words(string identifier, string expected)
    {
        Span<WordSpan> words = stackalloc WordSpan[16];
        var count = IdentifierSplitter.Split(identifier, words);
        var actual = new List<string>();
        for (var i = 0; i < count; i++)
        {
            actual.Add(identifier.Substring(words[i].Start, words[i].Length));
        }

        Assert.Equal(expected, string.Join("|", actual));
    }

    [Fact]
    public void Stops_at_the_buffer_size()
    {
        Span<WordSpan> words = stackalloc WordSpan[2];
        Assert.Equal(2, IdentifierSplitter.Split("OneTwoThreeFour", words));
    }
}
