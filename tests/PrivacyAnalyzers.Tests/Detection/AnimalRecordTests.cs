using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twelfth round (issue 12): data about an animal is not a person's (the GDPR protects natural persons). A pet's
/// age, breed, sex and clinical history — on a type named for the animal, on a row that refers to the animal by its key or
/// navigation, or in a member named with the animal word — stay quiet in every language the vocabulary has; the owner's
/// details on the same rows, a person's own age and a human patient's records are still reported.
/// </summary>
public sealed class AnimalRecordTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_pet_s_age_breed_and_clinical_history_are_quiet_its_owner_s_details_and_a_human_patient_s_history_are_reported() =>
        Test("""
            public class Mascota { public int Id { get; set; } public string Raza { get; set; } = ""; public int Edad { get; set; } }
            public class MascotaConDuenoDTO { public string Raza { get; set; } = ""; public int Edad { get; set; } public string [|NombreDueno|] { get; set; } = ""; }
            public class HistoriaClinicaMascota
            {
                public string [|NombrePropietario|] { get; set; } = "";
                public string Diagnostico { get; set; } = "";
                public string Tratamiento { get; set; } = "";
            }
            public class HistorialClinico
            {
                public int MascotaId { get; set; }
                public string Sintomas { get; set; } = "";
                public string Diagnostico { get; set; } = "";
            }
            public class CitaDto { public string RazaMascota { get; set; } = ""; }
            public class Paciente { public int [|Edad|] { get; set; } public string [|Raza|] { get; set; } = ""; }
            namespace Humanos
            {
                public class HistorialClinico
                {
                    public int PacienteId { get; set; }
                    public string [|Sintomas|] { get; set; } = "";
                    public string [|Diagnostico|] { get; set; } = "";
                }
            }
            """).RunAsync();

    // Eighteenth round: a form that creates or changes an animal's row, named by a write verb before the name of the row's
    // type declared beside it, carries the row's fields without its key (CrearHistorialClinicoDto beside HistorialClinicoDto):
    // it is the animal's too. The same form beside a human patient's row, and a form whose rest names no declared type, are
    // still reported; so is the owner's name on the animal's form.
    [Fact]
    public Task A_create_or_update_form_of_an_animal_s_row_is_quiet_the_same_form_of_a_person_s_row_is_reported() =>
        Test("""
            namespace Dtos
            {
                public class HistorialClinicoDto { public int MascotaId { get; set; } public string Diagnostico { get; set; } = ""; }
                public class CrearHistorialClinicoDto { public string Diagnostico { get; set; } = ""; public string Tratamiento { get; set; } = ""; public string [|NombrePropietario|] { get; set; } = ""; }
                public class ActualizarHistorialClinicoDto { public string Sintomas { get; set; } = ""; }
                public class CreateVetVisitRequest { public string Diagnosis { get; set; } = ""; }
                public class VetVisitRequest { public int PetId { get; set; } }
                public class NeueBehandlung { public string Diagnose { get; set; } = ""; }
                public class Behandlung { public int HundId { get; set; } }
                public class CriarConsultaDto { public string Diagnostico { get; set; } = ""; }
                public class ConsultaDto { public int CachorroId { get; set; } }
            }
            namespace Humanos
            {
                public class HistorialClinicoDto { public int PacienteId { get; set; } public string [|Diagnostico|] { get; set; } = ""; }
                public class CrearHistorialClinicoDto { public string [|Diagnostico|] { get; set; } = ""; }
                public class CrearEvolucionDto { public string [|Diagnostico|] { get; set; } = ""; }
            }
            """).RunAsync();

    // An animal's row keeps the identifiers of the people on it: the owner's member number beside the dog's treatment is
    // still reported (only an age, a nationality or a civil status among the Identity terms is something an animal has).
    [Fact]
    public Task An_animal_s_traits_are_quiet_in_every_language_a_person_s_are_reported() =>
        Test("""
            using System.Collections.Generic;
            public class Pet { public int Age { get; set; } }
            public class VetVisit { public int PetId { get; set; } public string Diagnosis { get; set; } = ""; }
            public class Customer { public int [|Age|] { get; set; } public List<Pet> Pets { get; set; } = new(); }
            public class PetOwner { public int [|Age|] { get; set; } }
            public class Hund { public int Alter { get; set; } }
            public class Behandlung { public int HundId { get; set; } public string Diagnose { get; set; } = ""; public string [|Mitgliedsnummer|] { get; set; } = ""; }
            public class Kunde { public int [|Alter|] { get; set; } }
            public class Cachorro { public int Idade { get; set; } }
            public class Consulta { public int CachorroId { get; set; } public string Diagnostico { get; set; } = ""; }
            public class Cliente { public int [|Idade|] { get; set; } }
            public class Chien { public int Age { get; set; } }
            public class Caine { public int Varsta { get; set; } }
            public class Angajat { public int [|Varsta|] { get; set; } }
            """).RunAsync();

    // Twelfth round, names of things: a lookup of a trait one has one of (a civil status, a nationality) holds the values,
    // not a person's: its Name is the status's. A person's marital status and a customer's name are still reported.
    [Fact]
    public Task A_lookup_of_marital_statuses_or_nationalities_is_quiet_a_person_s_status_is_reported() =>
        Test("""
            public class MaritalStatus { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class EstadoCivil { public int Id { get; set; } public string Nombre { get; set; } = ""; }
            public class Nationalitaet { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class Customer { public string [|Name|] { get; set; } = ""; public MaritalStatus? [|MaritalStatus|] { get; set; } }
            """).RunAsync();

    // Twelfth round, names of things: a thing's own name named after its type, on a row a person owns, is the thing's.
    [Fact]
    public Task A_thing_s_name_named_after_its_type_is_quiet_a_person_s_name_so_named_is_reported() =>
        Test("""
            using System.Collections.Generic;
            public class Passenger { public string [|Name|] { get; set; } = ""; public List<Seat> Seats { get; set; } = new(); }
            public class Seat { public int Id { get; set; } public string SeatName { get; set; } = ""; public Passenger? Passenger { get; set; } }
            public class Customer { public string [|CustomerName|] { get; set; } = ""; }
            """).RunAsync();

    // Eighteenth round: a type that is an account only through its base (DayCare : User) and whose own name holds no person
    // word names itself: its DayCareName is the daycare's. A person's type on the same base (Doctor : User, Kunde : Benutzer)
    // keeps its own name reported, and so does the base's name.
    [Fact]
    public Task A_thing_s_name_named_after_its_type_is_quiet_also_on_an_account_s_subtype_a_person_s_subtype_is_reported() =>
        Test("""
            public class User { public string [|Email|] { get; set; } = ""; public string [|UserName|] { get; set; } = ""; }
            public class DayCare : User { public string DayCareName { get; set; } = ""; }
            public class Doctor : User { public string [|DoctorName|] { get; set; } = ""; }
            public class Benutzer { public string [|Email|] { get; set; } = ""; }
            public class Kunde : Benutzer { public string [|KundeName|] { get; set; } = ""; }
            public class Gradinita : Benutzer { public string GradinitaName { get; set; } = ""; }
            """).RunAsync();
}
