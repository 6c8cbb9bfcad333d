using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirtieth round (issue 12): a row a person's type owns, named by the name word alone, holds that row's own
/// name — a calendar's, a health insurer's, a ticket's — not its owner's (its owner's e-mail stays reported); a school's
/// former students are persons in every built-in language, so their own name stays reported.
/// </summary>
public sealed class OwnedRowNameTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task An_owned_row_s_own_name_is_quiet_its_owner_s_email_is_reported() =>
        Test("""
            using System.Collections.Generic;
            public class Usuario
            {
                public string [|Email|] { get; set; } = "";
                public List<Calendario> Calendarios { get; set; } = new();
                public List<ObraSocial> ObrasSociales { get; set; } = new();
            }
            public class Calendario { public int Id { get; set; } public string Nombre { get; set; } = ""; public int UsuarioId { get; set; } public Usuario Usuario { get; set; } = null!; }
            public class ObraSocial { public int Id { get; set; } public string Nombre { get; set; } = ""; public int UsuarioId { get; set; } public Usuario Usuario { get; set; } = null!; }
            """).RunAsync();

    [Fact]
    public Task A_school_s_former_students_are_persons_in_six_languages() =>
        Test("""
            public class Alumnis { public string [|Name|] { get; set; } = ""; }
            public class Absolvent { public string [|Name|] { get; set; } = ""; }
            public class Egresado { public string [|Nombre|] { get; set; } = ""; }
            public class Egresso { public string [|Nome|] { get; set; } = ""; }
            public class AncienEleve { public string [|Nom|] { get; set; } = ""; }
            public class Absolventi { public string [|Nume|] { get; set; } = ""; }
            public class Promotion { public string Nom { get; set; } = ""; }
            """).RunAsync();
}
