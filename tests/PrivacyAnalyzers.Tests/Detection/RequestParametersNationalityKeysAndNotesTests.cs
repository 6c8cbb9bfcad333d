using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001 after the twenty-fourth set was read, twenty-sixth round (issue 12): a request's parameters for a person carry
/// that person's data; a nationality kept as a lookup's key is the person's nationality; German note words on a person's
/// record.
/// </summary>
public sealed class RequestParametersNationalityKeysAndNotesTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_person_s_request_parameters_carry_the_person_s_data_a_program_s_or_a_search_s_parameters_stay_quiet() =>
        Test("""
            public class CreateUserParams
            {
                public string [|FirstName|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
                public string [|Password|] { get; set; } = "";
                public string [|IpAddress|] { get; set; } = "";
            }
            public class CustomerParameters { public string [|Email|] { get; set; } = ""; }
            public class BenutzerParameter { public string [|Vorname|] { get; set; } = ""; }
            public class ParametrosUsuario { public string [|Nombre|] { get; set; } = ""; }
            public class ParametresUtilisateur { public string [|Prenom|] { get; set; } = ""; }
            public class SmtpParameters { public string FromEmail { get; set; } = ""; public string Password { get; set; } = ""; }
            public class JwtParams { public string Secret { get; set; } = ""; }
            public class UserSearchParams { public string Email { get; set; } = ""; public string Name { get; set; } = ""; }
            public class PaginationParams { public string Name { get; set; } = ""; }
            public class UserSettingsParams { public string Email { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_nationality_kept_as_a_lookup_s_key_is_the_person_s_nationality_in_every_language_the_lookup_s_own_key_is_not() =>
        Test("""
            public class Person { public string [|Name|] { get; set; } = ""; public int [|NationalityId|] { get; set; } }
            public class MitgliedDto { public int [|StaatsangehoerigkeitId|] { get; set; } public int? [|NationalitaetId|] { get; set; } }
            public class Paciente { public int [|IdNacionalidad|] { get; set; } }
            public class Aluno { public int [|NacionalidadeId|] { get; set; } }
            public class Personne { public int [|NationaliteId|] { get; set; } }
            public class Persoana { public int [|CetatenieId|] { get; set; } public int [|NationalitateId|] { get; set; } }
            public class Nationality { public int NationalityId { get; set; } }
            public class Staatsangehoerigkeit { public int StaatsangehoerigkeitId { get; set; } }
            public class Product { public int CountryId { get; set; } public int NationalityId { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_german_note_on_a_person_s_record_is_a_note_a_form_s_hint_stays_quiet() =>
        Test("""
            public class MitgliedAdresseDto { public int MitgliedId { get; set; } public string [|Strasse|] { get; set; } = ""; public string? [|Hinweis|] { get; set; } }
            public class MitgliedFamilie { public int MitgliedId { get; set; } public string? [|Hinweis|] { get; set; } }
            public class FehlerAntwort { public string Hinweis { get; set; } = ""; }
            public class Formularfeld { public string Hinweis { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Details_on_a_person_s_record_are_what_the_person_wrote_or_was_told_a_thing_s_or_an_error_s_details_stay_quiet() =>
        Test("""
            public class Student { public int Id { get; set; } public string [|Name|] { get; set; } = ""; }
            public class Tichet { public int? IdStudent { get; set; } public string [|Detalii|] { get; set; } = ""; public virtual Student IdStudentNavigation { get; set; } = null!; }
            public class Complaint { public int CustomerId { get; set; } public string [|Details|] { get; set; } = ""; public Customer Customer { get; set; } = null!; }
            public class Customer { public string [|Name|] { get; set; } = ""; }
            public class Cliente { public string [|Detalles|] { get; set; } = ""; }
            public class Paciente { public string [|Detalhes|] { get; set; } = ""; }
            public class Mitglied { public string [|Einzelheiten|] { get; set; } = ""; }
            public class Personne { public string [|Details|] { get; set; } = ""; }
            public class Product { public string Details { get; set; } = ""; }
            public class ErrorResponse { public string Details { get; set; } = ""; }
            """).RunAsync();
}
