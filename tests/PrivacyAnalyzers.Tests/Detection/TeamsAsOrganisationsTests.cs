using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001, twenty-eighth round (issue 12): a team (time, equipe, equipa; equipo; équipe; Mannschaft) is an organisation,
/// as a club is: its own contact data are not a person's; a player's are.
/// </summary>
public sealed class TeamsAsOrganisationsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_team_s_contact_data_are_the_organisation_s_a_player_s_are_a_person_s() =>
        Test("""
            public class Times
            {
                public int id_time;
                public string nome_oficial = "";
                public string endereco = "";
                public string telefone = "";
                public string email = "";
            }
            public class Equipo { public string Nombre { get; set; } = ""; public string Telefono { get; set; } = ""; public string Direccion { get; set; } = ""; }
            public class Equipe { public string Nom { get; set; } = ""; public string Telephone { get; set; } = ""; public string Adresse { get; set; } = ""; }
            public class Mannschaft { public string Name { get; set; } = ""; public string Telefon { get; set; } = ""; public string Adresse { get; set; } = ""; }
            public class Jogador
            {
                public string [|nome|] = "";
                public string [|telefone|] = "";
                public string [|email|] = "";
            }
            """).RunAsync();
}
