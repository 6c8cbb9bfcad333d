using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-fourth round (issue 12): a practitioner kept as their practice — a pet owner's vet recorded as the clinic
/// (<c>Veterinarian.ClinicName</c> beside its phone and address), a doctor's, a lawyer's practice in six languages — is the
/// practice's record: its phone and address are the practice's. A practitioner with a name of their own (a bare Name, a
/// first and last name) beside their practice's name stays a person.
/// </summary>
public sealed class PracticeRecordsTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_practitioner_kept_as_their_practice_is_quiet_in_six_languages() =>
        Test("""
            public class Veterinarian { public int VeterinarianId { get; set; } public string ClinicName { get; set; } = ""; public string Phone { get; set; } = ""; public string StreetAddress { get; set; } = ""; public string City { get; set; } = ""; public string ZipCode { get; set; } = ""; }
            public class Arzt { public int Id { get; set; } public string PraxisName { get; set; } = ""; public string Telefon { get; set; } = ""; public string Adresse { get; set; } = ""; }
            public class Veterinario { public int Id { get; set; } public string NombreClinica { get; set; } = ""; public string Telefono { get; set; } = ""; public string Direccion { get; set; } = ""; }
            public class Dentista { public int Id { get; set; } public string NomeConsultorio { get; set; } = ""; public string Telefone { get; set; } = ""; public string Endereco { get; set; } = ""; }
            public class Medecin { public int Id { get; set; } public string NomCabinet { get; set; } = ""; public string Telephone { get; set; } = ""; public string Adresse { get; set; } = ""; }
            public class Medic { public int Id { get; set; } public string NumeCabinet { get; set; } = ""; public string Telefon { get; set; } = ""; public string Adresa { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_practitioner_with_a_name_of_their_own_beside_the_practice_s_stays_a_person() =>
        Test("""
            public class Veterinarian { public int Id { get; set; } public string [|Name|] { get; set; } = ""; public string ClinicName { get; set; } = ""; public string [|Phone|] { get; set; } = ""; }
            public class Medico { public int Id { get; set; } public string [|Nombre|] { get; set; } = ""; public string [|Apellido|] { get; set; } = ""; public string NombreConsultorio { get; set; } = ""; public string [|Telefono|] { get; set; } = ""; }
            public class Medic { public int Id { get; set; } public string [|Prenume|] { get; set; } = ""; public string NumeCabinet { get; set; } = ""; public string [|Telefon|] { get; set; } = ""; }
            """).RunAsync();
}
