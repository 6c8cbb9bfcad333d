using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-second round (issue 12): a job candidate's profile — total and relevant experience, notice period, visa
/// type, Skype id, the best time and way to reach them — in the six built-in languages; a job opening's required experience
/// and notice period are the opening's, no one's.
/// </summary>
public sealed class CandidateProfileTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_candidates_profile_is_reported_a_job_openings_requirements_are_quiet() =>
        Test("""
            public class JobCandidates
            {
                public int id { get; set; }
                public string [|email|] { get; set; } = "";
                public int? [|totalExp|] { get; set; }
                public int? [|relavantExp|] { get; set; }
                public string [|noticePeriod|] { get; set; } = "";
                public int? [|visaType|] { get; set; }
                public string [|skypeid|] { get; set; } = "";
                public string [|bestTimeToReach|] { get; set; } = "";
            }
            public class Bewerber { public string [|Email|] { get; set; } = ""; public int [|Kuendigungsfrist|] { get; set; } public string [|Visumtyp|] { get; set; } = ""; }
            public class Candidato { public string [|Email|] { get; set; } = ""; public int [|ExperienciaTotal|] { get; set; } public string [|TipoDeVisa|] { get; set; } = ""; }
            public class Candidat { public string [|Email|] { get; set; } = ""; public int [|Preavis|] { get; set; } public int [|ExperienceTotale|] { get; set; } }
            namespace Pt { public class Candidato { public string [|Email|] { get; set; } = ""; public int [|AvisoPrevio|] { get; set; } public string [|TipoDeVisto|] { get; set; } = ""; } }
            public class Candidat2 { public string [|Email|] { get; set; } = ""; public int [|Preaviz|] { get; set; } public int [|ExperientaTotala|] { get; set; } }
            public class JobOpening { public string Title { get; set; } = ""; public int TotalExperience { get; set; } public int RelevantExperience { get; set; } public string NoticePeriod { get; set; } = ""; }
            public class Product { public string Name { get; set; } = ""; public string VisaType { get; set; } = ""; }
            """).RunAsync();
}
