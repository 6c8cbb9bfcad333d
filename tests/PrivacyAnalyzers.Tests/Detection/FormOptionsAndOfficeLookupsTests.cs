using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-first round (issue 12), from the tuning split's false hits: the options a form offers (a list of
/// SelectListItem, a SelectList, a list of a lookup's rows) are not anyone's datum, and a type named for a person word and
/// a title, a position or a level is a lookup of those, whose Name is the title's; a place to park is a place; a publication's text is what is published. A person's chosen gender on the same form,
/// and a person's own record, are still reported.
/// </summary>
public sealed class FormOptionsAndOfficeLookupsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_form_s_option_lists_are_quiet_when_their_mvc_type_is_not_referenced_the_chosen_gender_is_reported() =>
        Test("""
            using System.Collections.Generic;
            using Microsoft.AspNetCore.Mvc.Rendering;
            public class ClientAddViewModel
            {
                public string [|FirstName|] { get; set; } = "";
                public string [|Gender|] { get; set; } = "";
                public List<SelectListItem> GenderList { get; set; } = new();
                public IEnumerable<SelectListItem> Genders { get; set; } = new List<SelectListItem>();
                public SelectList GenderSelectList { get; set; } = null!;
                public MultiSelectList NationalitySelectList { get; set; } = null!;
                public List<string> [|PhoneNumbers|] { get; set; } = new();
            }
            """).AllowCompilerErrors().RunAsync();

    [Fact]
    public Task A_person_word_and_a_title_position_or_level_is_a_lookup_in_every_language_a_person_s_own_row_is_reported() =>
        Test("""
            public class TherapistTitle { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class StaffPosition { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class EmployeeAccessLevel { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class MitarbeiterStufe { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class EmpleadoCargo { public int Id { get; set; } public string Nombre { get; set; } = ""; }
            public class FuncionarioCargo { public int Id { get; set; } public string Nome { get; set; } = ""; }
            public class FuncionarioNivelAcesso { public int Id { get; set; } public string Nome { get; set; } = ""; }
            public class EmployeFonction { public int Id { get; set; } public string Nom { get; set; } = ""; }
            public class AngajatFunctie { public int Id { get; set; } public string Nume { get; set; } = ""; }
            public class Therapist { public int Id { get; set; } public string [|Name|] { get; set; } = ""; public int TitleId { get; set; } }
            public class StaffMember { public int Id { get; set; } public string [|Name|] { get; set; } = ""; }
            public class Funcionario { public int Id { get; set; } public string [|Nome|] { get; set; } = ""; }
            public class EmployeePositionHistory { public int Id { get; set; } public string [|EmployeeName|] { get; set; } = ""; }
            public class StudentGrade { public int Id { get; set; } public string [|StudentName|] { get; set; } = ""; }
            public class UserPost { public int Id { get; set; } public string [|AuthorName|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_list_of_a_lookup_s_rows_on_a_form_is_quiet_a_list_of_a_person_s_details_is_reported() =>
        Test("""
            using System.Collections.Generic;
            public class TherapistTitle { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class Address { public string [|Street|] { get; set; } = ""; public string [|City|] { get; set; } = ""; }
            public class RegisterViewModel
            {
                public string [|FirstName|] { get; set; } = "";
                public int? TitleId { get; set; }
                public List<TherapistTitle> Titles { get; set; } = new();
                public List<Address> [|Addresses|] { get; set; } = new();
            }
            """).RunAsync();

    [Fact]
    public Task A_collection_read_without_its_usings_is_unwrapped_a_form_s_options_are_quiet_an_animal_s_records_are_the_animal_s() =>
        Test("""
            namespace Clinic
            {
                public class Prontuario { public int Id { get; set; } public string Anotacoes { get; set; } = ""; }
                public class HistoricoDoAnimal { public int Id { get; set; } public List<Prontuario>? Prontuarios { get; set; } }
                public class HistoricoDoPaciente { public int Id { get; set; } public List<Prontuario>? [|Prontuarios|] { get; set; } }
                public class ClientUpdateViewModel { public string [|Gender|] { get; set; } = ""; public List<SelectListItem> GenderList { get; set; } = null!; }
            }
            """).AllowCompilerErrors().RunAsync();

    [Fact]
    public Task A_place_to_park_s_coordinates_are_the_place_s_in_every_language_a_person_s_position_is_reported() =>
        Test("""
            public class ParkingSpot { public long ParkingSpotId { get; set; } public double Latitude { get; set; } public double Longitude { get; set; } }
            public class VmParkingSpot { public double Latitude { get; set; } public double Longitude { get; set; } }
            public class Parkplatz { public int Id { get; set; } public double Breitengrad { get; set; } public string Adresse { get; set; } = ""; }
            public class Estacionamiento { public int Id { get; set; } public double Latitud { get; set; } public string Direccion { get; set; } = ""; }
            public class Estacionamento { public int Id { get; set; } public double Latitude { get; set; } public string Endereco { get; set; } = ""; }
            public class Stationnement { public int Id { get; set; } public double Latitude { get; set; } public string Adresse { get; set; } = ""; }
            public class LocParcare { public int Id { get; set; } public double Latitudine { get; set; } public string Adresa { get; set; } = ""; }
            public class UserLocation { public int UserId { get; set; } public double [|Latitude|] { get; set; } public double [|Longitude|] { get; set; } }
            public class Customer { public string [|Name|] { get; set; } = ""; public string [|Address|] { get; set; } = ""; public string ParkingSpot { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_publication_s_text_is_what_is_published_in_every_language_a_comment_and_a_message_are_their_writer_s() =>
        Test("""
            using System;
            public class ApplicationUser { public string Id { get; set; } = ""; public string [|Email|] { get; set; } = ""; }
            public class Announcement { public int Id { get; set; } public string? StaffId { get; set; } public string? Title { get; set; } public string? Content { get; set; } public virtual ApplicationUser? Staff { get; set; } }
            public class AnnouncementDTO { public string? StaffId { get; set; } public string? Content { get; set; } public ApplicationUser? Staff { get; set; } }
            public class Bekanntmachung { public int Id { get; set; } public string Inhalt { get; set; } = ""; public ApplicationUser Autor { get; set; } = null!; }
            public class Anuncio { public int Id { get; set; } public string Contenido { get; set; } = ""; public ApplicationUser Usuario { get; set; } = null!; }
            public class Comunicado { public int Id { get; set; } public string Conteudo { get; set; } = ""; public ApplicationUser Usuario { get; set; } = null!; }
            public class Annonce { public string Contenu { get; set; } = ""; public virtual ApplicationUser CreatedBy { get; set; } = null!; }
            public class Anunt { public int Id { get; set; } public string Continut { get; set; } = ""; public ApplicationUser Utilizator { get; set; } = null!; }
            public class NewsComment { public int Id { get; set; } public string [|Content|] { get; set; } = ""; public ApplicationUser User { get; set; } = null!; }
            public class Message { public int Id { get; set; } public string [|Content|] { get; set; } = ""; public ApplicationUser User { get; set; } = null!; }
            """).RunAsync();
}
