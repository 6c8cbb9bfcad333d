using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-fourth round (issue 12): a gender kept as its option's number (an enum stored as an int:
/// <c>UserInformation.Gender</c>, <c>Mitglied.Geschlecht</c>, <c>Usuario.Sexo</c>, <c>Paciente.Genero</c>,
/// <c>Utilisateur.Sexe</c>, <c>Utilizator.Sex</c>) is the person's gender on a person's record, as its key
/// (<c>GenderId</c>) was. A product's int gender (a garment's cut), a count of men, a race's place per gender and a count
/// per gender stay quiet.
/// </summary>
public sealed class GenderCodesTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_gender_kept_as_a_number_is_reported_on_a_person_s_record_in_six_languages() =>
        Test("""
            public class UserInformation { public int Id { get; set; } public int UserId { get; set; } public int [|Gender|] { get; set; } }
            public class Mitglied { public int Id { get; set; } public int [|Geschlecht|] { get; set; } }
            public class Usuario { public int Id { get; set; } public int [|Sexo|] { get; set; } }
            public class Paciente { public int Id { get; set; } public short [|Genero|] { get; set; } }
            public class Utilisateur { public int Id { get; set; } public int [|Sexe|] { get; set; } }
            public class Utilizator { public int Id { get; set; } public int [|Sex|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_thing_s_gender_number_a_count_of_men_and_a_place_per_gender_stay_quiet() =>
        Test("""
            public class Product { public int Id { get; set; } public int Gender { get; set; } }
            public class Census { public int Id { get; set; } public int Male { get; set; } }
            public class Athlete { public int Id { get; set; } public int PlacePerGender { get; set; } public int Male { get; set; } public int GenderCount { get; set; } }
            """).RunAsync();
}
