using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-fourth round (issue 12): a description that repeats its type's head word (<c>UserIdea.IdeaDescription</c>,
/// <c>BenutzerIdee.IdeeBeschreibung</c>, <c>IdeaUsuario.DescripcionIdea</c>, <c>IdeeUtilisateur.DescriptionIdee</c>) on a
/// person's record that holds their account is read as the description alone: the person's own words (the Portuguese and
/// Romanian forms were read before, through their own description terms). A description qualified by another thing
/// (<c>ProductDescription</c>) and one beside a title stay quiet.
/// </summary>
public sealed class PersonsOwnRecordDescriptionTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_description_repeating_its_type_s_head_word_is_reported_on_a_person_s_record() =>
        Test("""
            public class User { public int Id { get; set; } public string [|Email|] { get; set; } = ""; }
            public class Benutzer { public int Id { get; set; } public string [|Email|] { get; set; } = ""; }
            public class UserIdea { public int Id { get; set; } public int UserId { get; set; } public string? IdeaCategory { get; set; } public string [|IdeaDescription|] { get; set; } = null!; public virtual User User { get; set; } = null!; }
            public class BenutzerIdee { public int Id { get; set; } public string [|IdeeBeschreibung|] { get; set; } = ""; public virtual Benutzer Benutzer { get; set; } = null!; }
            public class Usuario { public int Id { get; set; } }
            public class Utilisateur { public int Id { get; set; } }
            public class Utilizator { public int Id { get; set; } }
            public class IdeaUsuario { public int Id { get; set; } public string [|DescripcionIdea|] { get; set; } = ""; public Usuario Usuario { get; set; } = null!; }
            public class IdeiaUsuario { public int Id { get; set; } public string [|DescricaoIdeia|] { get; set; } = ""; public Usuario Usuario { get; set; } = null!; }
            public class IdeeUtilisateur { public int Id { get; set; } public string [|DescriptionIdee|] { get; set; } = ""; public Utilisateur Utilisateur { get; set; } = null!; }
            public class IdeeUtilizator { public int Id { get; set; } public string [|DescriereIdee|] { get; set; } = ""; public Utilizator Utilizator { get; set; } = null!; }
            """).RunAsync();

    [Fact]
    public Task A_description_of_another_thing_or_beside_a_title_stays_quiet() =>
        Test("""
            public class User { public int Id { get; set; } public string [|Email|] { get; set; } = ""; }
            public class UserIdea { public int Id { get; set; } public string ProductDescription { get; set; } = ""; public virtual User User { get; set; } = null!; }
            public class UserTask { public int Id { get; set; } public string Title { get; set; } = ""; public string TaskDescription { get; set; } = ""; public virtual User User { get; set; } = null!; }
            """).RunAsync();
}
