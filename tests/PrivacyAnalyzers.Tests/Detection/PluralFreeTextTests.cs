using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-third round (issue 12): the Romanian and German plurals of the free-text words (comentarii, mesaje;
/// Kommentare, Nachrichten), which the English plural "s" does not reach, read as their singulars are: on a person's
/// record, or on a leave a person's key names; a product's and an article's stay quiet.
/// </summary>
public sealed class PluralFreeTextTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task Romanian_and_german_plural_comments_are_reported_on_a_person_s_record_a_product_s_are_quiet() =>
        Test("""
            public class Angajat { public int Id { get; set; } public string [|Comentarii|] { get; set; } = ""; public string [|Mesaje|] { get; set; } = ""; }
            public class Concediu { public int AngajatId { get; set; } public virtual Angajat Angajat { get; set; } = new(); public string [|Comentarii|] { get; set; } = ""; }
            public class Mitarbeiter { public int Id { get; set; } public string [|Kommentare|] { get; set; } = ""; public string [|Nachrichten|] { get; set; } = ""; }
            public class Produs { public string Denumire { get; set; } = ""; public string Comentarii { get; set; } = ""; }
            public class Produkt { public string Bezeichnung { get; set; } = ""; public string Kommentare { get; set; } = ""; }
            """).RunAsync();
}
