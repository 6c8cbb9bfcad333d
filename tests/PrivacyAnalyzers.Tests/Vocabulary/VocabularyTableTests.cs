using PrivacyAnalyzers.Vocabulary;

namespace PrivacyAnalyzers.Tests.Vocabulary;

public sealed class VocabularyTableTests
{
    private static (VocabularyEntry? Entry, int Consumed) MatchFirst(VocabularyTable table, string identifier)
    {
        Span<WordSpan> words = stackalloc WordSpan[16];
        var count = IdentifierSplitter.Split(identifier, words);
        var entry = table.Match(identifier, words.Slice(0, count), 0, out var consumed);
        return (entry, consumed);
    }

    [Theory]
    [InlineData("Email", "Contact.Email")]
    [InlineData("EMAIL", "Contact.Email")]
    [InlineData("Emails", "Contact.Email")]
    [InlineData("Cnp", "Identity.NationalId")]
    [InlineData("CodNumericPersonal", "Identity.NationalId")]
    [InlineData("cod_numeric_personal", "Identity.NationalId")]
    [InlineData("DateOfBirth", "Identity.DateOfBirth")]
    [InlineData("dataNasterii", "Identity.DateOfBirth")]
    [InlineData("DataNașterii", "Identity.DateOfBirth")]
    [InlineData("Adresă", "Contact.Address")]
    [InlineData("Adresa", "Contact.Address")]
    [InlineData("Parolă", "Credentials.Password")]
    [InlineData("NumarTelefon", "Contact.Phone")]
    [InlineData("NumărTelefon", "Contact.Phone")]
    [InlineData("SerieBuletin", "Identity.Document")]
    [InlineData("ContBancar", "Financial.BankAccount")]
    [InlineData("Iban", "Financial.BankAccount")]
    [InlineData("CodFiscal", "Financial.TaxId")]
    [InlineData("Geburtsdatum", "Identity.DateOfBirth")]
    [InlineData("Straße", "Contact.Address")]
    [InlineData("DateDeNaissance", "Identity.DateOfBirth")]
    [InlineData("MotDePasse", "Credentials.Password")]
    [InlineData("Contraseña", "Credentials.Password")]
    [InlineData("FechaDeNacimiento", "Identity.DateOfBirth")]
    [InlineData("IpAddress", "Online.IpAddress")]
    [InlineData("UserName", "Online.Username")]
    public void Finds_terms_in_every_language_with_and_without_diacritics(string identifier, string category)
    {
        var (entry, _) = MatchFirst(BuiltInVocabulary.Default, identifier);
        Assert.NotNull(entry);
        Assert.Equal(WordRole.Term, entry!.Role);
        Assert.Equal(category, entry.Category);
    }

    [Fact]
    public void Longest_phrase_wins_and_consumes_its_words()
    {
        var (entry, consumed) = MatchFirst(BuiltInVocabulary.Default, "UserNameHash");
        Assert.Equal("Online.Username", entry!.Category);
        Assert.Equal(2, consumed);
    }

    [Fact]
    public void Stop_words_inside_phrases_are_skipped()
    {
        var (entry, consumed) = MatchFirst(BuiltInVocabulary.Default, "DateOfBirth");
        Assert.Equal("Identity.DateOfBirth", entry!.Category);
        Assert.Equal(3, consumed);
    }

    [Theory]
    [InlineData("Customer", "Subject")]
    [InlineData("Angajat", "Subject")]
    [InlineData("Kunde", "Subject")]
    [InlineData("Product", "Owner")]
    [InlineData("Firma", "Owner")]
    [InlineData("Settings", "Technical")]
    [InlineData("Confirmed", "Meta")]
    [InlineData("HostName", "NotPersonal")]
    public void Knows_context_words(string identifier, string role)
    {
        var (entry, _) = MatchFirst(BuiltInVocabulary.Default, identifier);
        Assert.Equal(role, entry!.Role.ToString());
    }

    [Theory]
    [InlineData("Quantity")]
    [InlineData("Price")]
    [InlineData("CreatedAt")]
    public void Ordinary_words_are_not_in_the_vocabulary(string identifier)
    {
        Assert.Null(MatchFirst(BuiltInVocabulary.Default, identifier).Entry);
    }

    [Fact]
    public void Every_term_names_a_built_in_category()
    {
        foreach (var entry in BuiltInVocabulary.Default.Entries.Where(e => e.Role == WordRole.Term))
        {
            Assert.True(PrivacyAnalyzers.Taxonomy.CategoryTaxonomy.IsBuiltIn(entry.Category!), $"'{entry.Text}' maps to unknown category {entry.Category}.");
        }
    }

    [Fact]
    public void Options_extend_and_trim_the_vocabulary()
    {
        var options = DetectionOptions.Create("loyaltyNumber:Other, matricol:Identity.NationalId:always", "name", null, null, null, null);
        Assert.Equal("Other", MatchFirst(options.Vocabulary, "LoyaltyNumber").Entry!.Category);
        Assert.Equal(TermStrength.Always, MatchFirst(options.Vocabulary, "Matricol").Entry!.Strength);
        Assert.Null(MatchFirst(options.Vocabulary, "Name").Entry);
        Assert.NotNull(MatchFirst(options.Vocabulary, "FirstName").Entry);
        Assert.NotNull(MatchFirst(BuiltInVocabulary.Default, "Name").Entry);
    }

    [Fact]
    public void Options_without_vocabulary_changes_share_the_built_in_table()
    {
        Assert.Same(DetectionOptions.Default, DetectionOptions.Create(null, " ", null, null, null, "medium"));
        Assert.Same(BuiltInVocabulary.Default, DetectionOptions.Create(null, null, null, null, "Usage", "high").Vocabulary);
    }

    [Fact]
    public void A_later_entry_with_the_same_words_replaces_the_earlier_one_and_the_rest_keep_their_order()
    {
        var table = new VocabularyBuilder()
            .Terms("Identity.Name", TermStrength.Weak, TypeAffinity.Text, "user name", "nickname")
            .Terms("Contact.Email", TermStrength.Strong, TypeAffinity.Text, "email")
            .Terms("Online.Username", TermStrength.Strong, TypeAffinity.Text, "user_name")
            .Terms("Other", TermStrength.Weak, TypeAffinity.Text, "nickname")
            .Build();

        Assert.Equal(
            new[] { "email Contact.Email", "user name Online.Username", "nickname Other" },
            table.Entries.Select(e => e.Text + " " + e.Category).ToArray());
        Assert.Equal("Online.Username", MatchFirst(table, "UserName").Entry?.Category);
        Assert.Equal("Other", MatchFirst(table, "Nickname").Entry?.Category);
    }
}
