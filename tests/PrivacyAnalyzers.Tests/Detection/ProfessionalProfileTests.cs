using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirtieth round (issue 12): a professional's profile on a marketplace or a directory — a psychologist's, a
/// tutor's, a freelancer's years of experience, experience and the rating received from clients — in every built-in
/// language, on a person's record only; a product's rating, a room's rate, an exchange rate and a job offer's required
/// experience stay quiet.
/// </summary>
public sealed class ProfessionalProfileTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_professional_s_years_of_experience_and_rating_are_reported_a_product_s_rating_is_quiet() =>
        Test("""
            public class Psychologist
            {
                public uint [|ExperienceYears|] { get; set; }
                public double [|Rating|] { get; set; }
            }
            public class Order { public string [|CustomerEmail|] { get; set; } = ""; public decimal Rate { get; set; } }
            public class Product { public double Rating { get; set; } public decimal Rate { get; set; } }
            public class Currency { public decimal ExchangeRate { get; set; } public decimal Rate { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_professional_s_experience_and_rating_are_reported_in_five_languages_a_hotel_room_s_are_quiet() =>
        Test("""
            public class Psicologo { public int [|AnosDeExperiencia|] { get; set; } public string [|Experiencia|] { get; set; } = ""; public double [|Valoracion|] { get; set; } }
            public class Medico { public int [|AnosDeExperiencia|] { get; set; } public string [|Experiencia|] { get; set; } = ""; public double [|Classificacao|] { get; set; } }
            public class Psychologue { public int [|AnneesDExperience|] { get; set; } public string [|Experience|] { get; set; } = ""; public double [|NoteMoyenne|] { get; set; } }
            public class Psiholog { public int [|AniDeExperienta|] { get; set; } public string [|Experienta|] { get; set; } = ""; public double [|EvaluareMedie|] { get; set; } }
            public class Psychologe { public int [|Berufsjahre|] { get; set; } public double [|Durchschnittsbewertung|] { get; set; } }
            public class Habitacion { public string Experiencia { get; set; } = ""; public double Valoracion { get; set; } public double Classificacao { get; set; } public double NoteMoyenne { get; set; } public double EvaluareMedie { get; set; } public double Durchschnittsbewertung { get; set; } }
            """).RunAsync();
}
