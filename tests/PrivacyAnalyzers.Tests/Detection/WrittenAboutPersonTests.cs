using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-first round (issue 12): what one person writes to or about another. A message's text named after its
/// type (Message.MessageText beside its Sender, Mensaje.TextoMensaje), and a teacher's appreciation of a pupil's grade in
/// every built-in language, on a record the pupil owns; an invoice's text, an asset's appreciation in value and an
/// appreciation on a record no person owns are quiet.
/// </summary>
public sealed class WrittenAboutPersonTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_message_s_text_named_after_its_type_is_reported_an_invoice_s_text_is_quiet() =>
        Test("""
            public class User { public int Id { get; set; } }
            public class Message { public int SenderId { get; set; } public virtual User Sender { get; set; } = null!; public string [|MessageText|] { get; set; } = ""; }
            public class Mensaje { public virtual User Remitente { get; set; } = null!; public string [|TextoMensaje|] { get; set; } = ""; }
            public class Invoice { public virtual User Customer { get; set; } = null!; public string InvoiceText { get; set; } = ""; }
            public class Product { public string ProductText { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_teacher_s_appreciation_is_reported_in_six_languages_an_asset_s_appreciation_is_quiet() =>
        Test("""
            public class Eleve { public int Id { get; set; } }
            public class Note { public int EleveId { get; set; } public Eleve Eleve { get; set; } = null!; public string [|Appreciation|] { get; set; } = ""; }
            public class Grade { public int StudentId { get; set; } public Eleve Student { get; set; } = null!; public string [|Appreciation|] { get; set; } = ""; }
            public class Zeugnis { public Eleve Schueler { get; set; } = null!; public string [|Beurteilung|] { get; set; } = ""; }
            public class Calificacion { public Eleve Alumno { get; set; } = null!; public string [|Apreciacion|] { get; set; } = ""; }
            public class Avaliacao { public Eleve Aluno { get; set; } = null!; public string [|Apreciacao|] { get; set; } = ""; }
            public class Nota { public Eleve Elev { get; set; } = null!; public string [|Apreciere|] { get; set; } = ""; }
            public class Asset { public decimal Appreciation { get; set; } public string Name { get; set; } = ""; }
            public class Painting { public string Appreciation { get; set; } = ""; }
            """).RunAsync();
}
