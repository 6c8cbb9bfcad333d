using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-fourth round (issue 12): a thing's record read as a person's because a person sits beside it. A course
/// (course, Kurs, curso, cours, curs), an election (election, Wahl, elección, eleição, élection, alegere) and an
/// establishment (establishment, establecimiento) are things: before Name, or at the head of a type's name, they name the
/// thing (CandidateDto.ElectionName beside FullName, GetMatriculasResponse.CursoNome beside AlunoNome, Curso.Nome beside
/// SobrenomeProfessor, Establecimiento.Nombre beside Email). A person's own name on the same records stays reported.
/// </summary>
public sealed class ThingsBesidePeopleTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_course_s_or_an_election_s_name_beside_a_person_is_the_thing_s_the_person_s_own_name_is_reported_in_every_language() =>
        Test("""
            public class CandidateDto { public int Id { get; set; } public string [|FullName|] { get; set; } = ""; public int ElectionId { get; set; } public string ElectionName { get; set; } = ""; public string [|CustomerName|] { get; set; } = ""; }
            public class KandidatDto { public int Id { get; set; } public string [|Vorname|] { get; set; } = ""; public string [|Nachname|] { get; set; } = ""; public string KursName { get; set; } = ""; public string WahlName { get; set; } = ""; }
            public class GetMatriculasResponse { public long AlunoId { get; set; } public string [|AlunoNome|] { get; set; } = ""; public string [|AlunoSobrenome|] { get; set; } = ""; public long CursoId { get; set; } public string CursoNome { get; set; } = ""; public string NomeEleicao { get; set; } = ""; }
            public class InscripcionDto { public int IdAlumno { get; set; } public string [|NombreAlumno|] { get; set; } = ""; public string [|ApellidoAlumno|] { get; set; } = ""; public string NombreCurso { get; set; } = ""; public string NombreEleccion { get; set; } = ""; }
            public class InscriptionDto { public int EleveId { get; set; } public string [|NomEleve|] { get; set; } = ""; public string [|PrenomEleve|] { get; set; } = ""; public string NomCours { get; set; } = ""; public string NomElection { get; set; } = ""; }
            public class InscriereDto { public int StudentId { get; set; } public string [|NumeStudent|] { get; set; } = ""; public string [|PrenumeStudent|] { get; set; } = ""; public string NumeCurs { get; set; } = ""; public string NumeAlegeri { get; set; } = ""; public string [|PatientNume|] { get; set; } = ""; public string [|NumeClient|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_course_s_or_an_establishment_s_own_name_is_quiet_beside_its_teacher_s_or_its_contact_the_teacher_s_name_is_reported() =>
        Test("""
            public class Curso { public long Id { get; set; } public string Nome { get; set; } = ""; public long ProfessorId { get; set; } public string [|NomeProfessor|] { get; set; } = ""; public string [|SobrenomeProfessor|] { get; set; } = ""; }
            public class Cours { public long Id { get; set; } public string Nom { get; set; } = ""; public long ProfesseurId { get; set; } public string [|NomProfesseur|] { get; set; } = ""; public string [|PrenomProfesseur|] { get; set; } = ""; }
            public class Curs { public long Id { get; set; } public string Nume { get; set; } = ""; public long ProfesorId { get; set; } public string [|NumeProfesor|] { get; set; } = ""; public string [|PrenumeProfesor|] { get; set; } = ""; }
            public class Kurs { public long Id { get; set; } public string Name { get; set; } = ""; public long LehrerId { get; set; } public string [|LehrerVorname|] { get; set; } = ""; public string [|LehrerNachname|] { get; set; } = ""; }
            public class Establecimiento { public int Id { get; set; } public string Nombre { get; set; } = ""; public string NIF { get; set; } = ""; public string? Email { get; set; } }
            public class Establishment { public int Id { get; set; } public string Name { get; set; } = ""; public string? Email { get; set; } }
            public class Alumno { public int Id { get; set; } public string [|Nombre|] { get; set; } = ""; public string [|Apellido|] { get; set; } = ""; public string? [|Email|] { get; set; } }
            public class Aluno { public int Id { get; set; } public string [|Nome|] { get; set; } = ""; public string [|Sobrenome|] { get; set; } = ""; public int CursoId { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_trial_s_or_an_offer_s_sex_and_condition_are_criteria_in_every_language_a_participant_s_own_are_reported() =>
        Test("""
            public class Disease { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class Trial { public int TrialId { get; set; } public string? TrialName { get; set; } public string? Sex { get; set; } public int DiseaseId { get; set; } public Disease? Disease { get; set; } public int RecruiterId { get; set; } }
            public class TrialUpload { public string TrialName { get; set; } = ""; public string Sex { get; set; } = ""; public string Condition { get; set; } = ""; }
            public class Vacancy { public int Id { get; set; } public string Title { get; set; } = ""; public string Gender { get; set; } = ""; }
            public class Stellenangebot { public int Id { get; set; } public string Titel { get; set; } = ""; public string Geschlecht { get; set; } = ""; }
            public class Vacante { public int Id { get; set; } public string Puesto { get; set; } = ""; public string Sexo { get; set; } = ""; }
            public class Vaga { public int Id { get; set; } public string Cargo { get; set; } = ""; public string Sexo { get; set; } = ""; }
            public class Offre { public int Id { get; set; } public string Titre { get; set; } = ""; public string Sexe { get; set; } = ""; }
            public class Oferta { public int Id { get; set; } public string Titlu { get; set; } = ""; public string Sex { get; set; } = ""; }
            public class TrialParticipant { public int TrialId { get; set; } public string [|FullName|] { get; set; } = ""; public string [|Sex|] { get; set; } = ""; public Disease? [|Disease|] { get; set; } }
            public class Participant { public int Id { get; set; } public int TrialId { get; set; } public string [|FirstName|] { get; set; } = ""; public string [|Gender|] { get; set; } = ""; }
            public class OfferDto { public int Id { get; set; } public string [|CandidateGender|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_catalogue_of_treatments_or_diagnoses_that_names_its_entries_is_no_patient_s_a_patient_s_entry_is_reported() =>
        Test("""
            public class Treatment { public int TreatmentId { get; set; } public string TreatmentType { get; set; } = ""; public string TreatmentName { get; set; } = ""; public string TreatmentDescription { get; set; } = ""; public int TrialId { get; set; } }
            public class E_Diagnostico { public int ID { get; set; } public string Nombre { get; set; } = ""; public string Descripcion { get; set; } = ""; }
            public class Diagnose { public int Id { get; set; } public string Bezeichnung { get; set; } = ""; }
            public class Tratamento { public int Id { get; set; } public string Nome { get; set; } = ""; }
            public class Tratament { public int Id { get; set; } public string Denumire { get; set; } = ""; }
            public class Tratamiento { public int IdTratamiento { get; set; } public int IdPaciente { get; set; } public string [|Descripcion|] { get; set; } = ""; }
            public class PatientTreatment { public int PatientId { get; set; } public string [|TreatmentName|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task An_operation_s_request_on_a_thing_describes_the_thing_in_every_language_a_person_s_request_or_claim_keeps_its_writer() =>
        Test("""
            public class InsertProductRequest { public string Name { get; set; } = ""; public string Description { get; set; } = ""; public long TeacherId { get; set; } }
            public class ErstelleKursRequest { public string Name { get; set; } = ""; public string Beschreibung { get; set; } = ""; public long LehrerId { get; set; } }
            public class CrearCursoRequest { public string Nombre { get; set; } = ""; public string Descripcion { get; set; } = ""; public long ProfesorId { get; set; } }
            public class InsertCursoRequest { public string Nome { get; set; } = ""; public string Descricao { get; set; } = ""; public long ProfessorId { get; set; } }
            public class AjouterCoursRequest { public string Nom { get; set; } = ""; public string Description { get; set; } = ""; public long ProfesseurId { get; set; } }
            public class AdaugaCursRequest { public string Nume { get; set; } = ""; public string Descriere { get; set; } = ""; public long ProfesorId { get; set; } }
            public class SupportRequest { public int Id { get; set; } public string [|Description|] { get; set; } = ""; public int UserId { get; set; } }
            public class SubmitClaimDto { public string [|Description|] { get; set; } = ""; public int UserId { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_person_s_inventory_is_a_stock_of_things_its_description_is_an_item_s_the_person_s_own_bio_is_reported() =>
        Test("""
            public class User { public int Id { get; set; } public string [|FullName|] { get; set; } = ""; public string [|Bio|] { get; set; } = ""; }
            public class UserInventory { public int Id { get; set; } public int? UserId { get; set; } public decimal Amount { get; set; } public int Quantity { get; set; } public string? Description { get; set; } public User? User { get; set; } }
            public class BenutzerInventar { public int Id { get; set; } public int? BenutzerId { get; set; } public int Menge { get; set; } public string? Beschreibung { get; set; } public User? Benutzer { get; set; } }
            """).RunAsync();
}

