using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's nineteenth round (issue 12), from the eighteenth fresh set's false hits and misses: a pet's name and picture
/// are the animal's; a school, a kindergarten and a court are institutions; a kind of people named first in a Romance
/// language is a lookup; a driver named by a word that names only a person, and a Brazilian realtor, are people.
/// </summary>
public sealed class AnimalsInstitutionsAndDriversTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_pet_s_name_and_picture_are_the_animal_s_its_owner_s_name_and_an_applicant_s_e_mail_are_reported() =>
        Test("""
            using System;
            public class PetEntity { public int Id { get; set; } public string Name { get; set; } = ""; public DateTime Birthdate { get; set; } public string? ImageURL { get; set; } public int ShelterId { get; set; } }
            public class RegisterPetRequest { public string Name { get; set; } = ""; public DateTime Birthdate { get; set; } public string? ImageURL { get; set; } }
            public class Mascota { public string Nombre { get; set; } = ""; public string Foto { get; set; } = ""; public DateTime FechaNacimiento { get; set; } public string [|NombreDueno|] { get; set; } = ""; }
            public class PetDto { public string Name { get; set; } = ""; public string PhotoUrl { get; set; } = ""; public string [|OwnerName|] { get; set; } = ""; }
            public class Customer { public string [|Name|] { get; set; } = ""; public string PetName { get; set; } = ""; public string DogPhotoUrl { get; set; } = ""; }
            public class PetOwner { public string [|Name|] { get; set; } = ""; public string [|Email|] { get; set; } = ""; public DateTime [|Birthdate|] { get; set; } }
            public class Adoption { public int PetId { get; set; } public string [|Email|] { get; set; } = ""; }
            public class PetSitter { public string [|Name|] { get; set; } = ""; public string? [|PhotoUrl|] { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_school_s_a_kindergarten_s_and_a_court_s_own_contact_details_are_quiet_in_every_language_their_people_are_reported() =>
        Test("""
            public class Ecole { public int Id { get; set; } public string Nom { get; set; } = ""; public string Adresse { get; set; } = ""; public string Telephone { get; set; } = ""; public string Email { get; set; } = ""; }
            public class SchoolDto { public string Name { get; set; } = ""; public string Email { get; set; } = ""; public string Phone { get; set; } = ""; }
            public class Kita { public string Name { get; set; } = ""; public string Telefon { get; set; } = ""; public string Email { get; set; } = ""; }
            public class Escola { public string Nome { get; set; } = ""; public string Telefone { get; set; } = ""; public string Email { get; set; } = ""; }
            public class Tribunal { public string Nombre { get; set; } = ""; public string Direccion { get; set; } = ""; public string Telefono { get; set; } = ""; }
            public class Scoala { public string Denumire { get; set; } = ""; public string Telefon { get; set; } = ""; public string Email { get; set; } = ""; }
            public class CourtActivity { public string CourtName { get; set; } = ""; public int StaffId { get; set; } }
            public class SchoolStudent { public string [|Name|] { get; set; } = ""; public string [|Email|] { get; set; } = ""; }
            public class Student { public string [|FirstName|] { get; set; } = ""; public string [|Email|] { get; set; } = ""; public string SchoolName { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_kind_of_people_named_first_is_a_lookup_in_the_romance_languages_other_first_words_and_a_status_keep_the_person() =>
        Test("""
            public class TipoUsuario { public int Id { get; set; } public string Nombre { get; set; } = ""; }
            public class Tipo_Usuario { public int id { get; set; } public string nombre { get; set; } = ""; }
            public class CategoriaCliente { public int Id { get; set; } public string Nombre { get; set; } = ""; }
            public class RolUsuario { public int Id { get; set; } public string Nombre { get; set; } = ""; }
            public class TipoUtilizador { public int Id { get; set; } public string Nome { get; set; } = ""; }
            public class TypeUtilisateur { public int Id { get; set; } public string Nom { get; set; } = ""; }
            public class TipUtilizator { public int Id { get; set; } public string Nume { get; set; } = ""; }
            public class TipoUsuarioDto { public int Id { get; set; } public string Nombre { get; set; } = ""; }
            public class DatosCliente { public string [|Nombre|] { get; set; } = ""; public string [|Telefono|] { get; set; } = ""; }
            public class EstadoPaciente { public string [|Nombre|] { get; set; } = ""; public string [|Diagnostico|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_driver_named_by_a_word_that_names_only_a_person_is_their_name_english_driver_and_a_realtor_s_row() =>
        Test("""
            using System;
            public class Turnos { public int id { get; set; } public string [|conductor|] { get; set; } = ""; }
            public class Schicht { public DateTime Beginn { get; set; } public string [|Fahrer|] { get; set; } = ""; }
            public class Viagem { public DateTime Data { get; set; } public string [|Motorista|] { get; set; } = ""; }
            public class Cursa { public DateTime Data { get; set; } public string [|Sofer|] { get; set; } = ""; }
            public class Trajet { public DateTime Date { get; set; } public string [|Chauffeur|] { get; set; } = ""; }
            public class Trip { public DateTime Date { get; set; } public string Driver { get; set; } = ""; }
            public class Corretor { public int Id { get; set; } public string [|Nome|] { get; set; } = ""; }
            """).RunAsync();
}
