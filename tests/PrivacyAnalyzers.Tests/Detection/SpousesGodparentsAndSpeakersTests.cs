using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;
using static PrivacyAnalyzers.Tests.Harness.Priv001Messages;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001 after the nineteenth set was read (issue 12): a spouse is a person word, not a name term, so a term before it
/// keeps its category (a groom's birth date, a bride's document number: the eighteenth round's spouse terms had taken the
/// head and left them unreported); godparents and witnesses kept by name; an event's speaker.
/// </summary>
public sealed class SpousesGodparentsAndSpeakersTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_term_before_a_spouse_word_keeps_its_category_in_every_language() =>
        Test("""
            using System;
            public class MatrimonioRequest
            {
                public DateTime [|FechaNacimientoEsposo|] { get; set; }
                public string [|NumeroDocumentoEsposa|] { get; set; } = "";
            }
            public class Casamento { public DateTime [|DataNascimentoEsposa|] { get; set; } }
            public class Mariage { public DateTime [|DateNaissanceEpoux|] { get; set; } }
            public class Casatorie { public DateTime [|DataNasteriiSot|] { get; set; } }
            """)
            .WithMessages(
                Message("FechaNacimientoEsposo", "Identity.DateOfBirth", "the words 'fecha nacimiento'"),
                Message("NumeroDocumentoEsposa", "Identity.NationalId", "the words 'numero documento'"),
                Message("DataNascimentoEsposa", "Identity.DateOfBirth", "the words 'data nascimento'"),
                Message("DateNaissanceEpoux", "Identity.DateOfBirth", "the words 'date naissance'"),
                Message("DataNasteriiSot", "Identity.DateOfBirth", "the words 'data nasterii'"))
            .RunAsync();

    [Fact]
    public Task A_spouse_a_godparent_and_a_witness_named_alone_are_names_on_a_person_s_record() =>
        Test("""
            using System;
            public class Empleado { public string [|Nombre|] { get; set; } = ""; public string [|Esposa|] { get; set; } = ""; }
            public class Mitarbeiter { public string [|Name|] { get; set; } = ""; public string [|Ehegatte|] { get; set; } = ""; }
            public class Angajat { public string [|Nume|] { get; set; } = ""; public string [|Sot|] { get; set; } = ""; }
            public class Bautismo { public DateTime [|FechaNacimiento|] { get; set; } public string [|Padrino|] { get; set; } = ""; public string [|Madrina|] { get; set; } = ""; public string [|Testigo1|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task An_event_s_speaker_is_a_person_an_audio_device_s_speaker_is_not() =>
        Test("""
            public class Speaker { public int Id { get; set; } public string [|Name|] { get; set; } = ""; public string [|Biography|] { get; set; } = ""; }
            public class EventResponseDto { public string Title { get; set; } = ""; public string [|SpeakerName|] { get; set; } = ""; }
            public class AudioDevice { public string Speaker { get; set; } = ""; public int Volume { get; set; } }
            """).RunAsync();
}
