using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's twenty-sixth round (issue 12), from the twenty-fourth fresh set's false hits: an API response's message beside
/// how the call ended is the program's answer, and a vehicle's or a room's number of seats is a count, not a street number —
/// each beside the quiet neighbour its word needs.
/// </summary>
public sealed class ResponseOutcomeAndSeatCountTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_message_beside_how_the_call_ended_is_the_program_s_a_person_s_message_beside_its_status_is_reported() =>
        Test("""
            public class CreateUserResponse { public string? ReturnMessage { get; set; } public int ReturnValue { get; set; } }
            public class CreateLoanApplicationData { public string? code { get; set; } public string? message { get; set; } public string? LoanApplicationid { get; set; } }
            public class ApiResult { public bool IsSuccess { get; set; } public string Message { get; set; } = ""; }
            public class RespuestaDto { public int CodigoRespuesta { get; set; } public string Mensaje { get; set; } = ""; }
            public class ContactMessage { public string [|Name|] { get; set; } = ""; public string [|Email|] { get; set; } = ""; public string [|Message|] { get; set; } = ""; public string Status { get; set; } = ""; }
            public class Mensaje { public int UsuarioId { get; set; } public string [|Texto|] { get; set; } = ""; public bool Leido { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_number_of_seats_is_a_count_a_house_number_beside_the_owner_s_address_is_reported() =>
        Test("""
            public class Client { public int ID { get; set; } public string? [|CNP|] { get; set; } public string? [|NumeProprietar|] { get; set; } public string? [|SerieCI|] { get; set; } }
            public class Oferta
            {
                public int ID { get; set; }
                public int? ClientID { get; set; }
                public Client? Client { get; set; }
                [System.ComponentModel.DataAnnotations.Display(Name = "Numar de locuri")]
                [System.ComponentModel.DataAnnotations.RegularExpression(@"^[1-9]$", ErrorMessage = "Numarul de locuri trebuie sa fie scris in cifre")]
                public string NrLocuri { get; set; } = "";
            }
            public class Car { public Customer? Owner { get; set; } public int NumberOfSeats { get; set; } public int Seats { get; set; } }
            public class Customer { public string [|Name|] { get; set; } = ""; public string [|Street|] { get; set; } = ""; public string [|HouseNumber|] { get; set; } = ""; }
            public class Fahrzeug { public int AnzahlSitzplaetze { get; set; } public int Sitzplaetze { get; set; } }
            public class Vehiculo { public int NumeroAsientos { get; set; } public int NumeroPlazas { get; set; } }
            public class Veiculo { public int NumeroLugares { get; set; } public int Assentos { get; set; } }
            public class Voiture { public int NombrePlaces { get; set; } public int Sieges { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_response_s_description_beside_its_code_is_the_program_s_a_borrower_s_request_description_is_reported() =>
        Test("""
            public class LoanApplication { public string? [|BorrowerName|] { get; set; } public string? [|PhoneNumber|] { get; set; } public decimal LoanAmount { get; set; } }
            public class GetLoanApplicationResponse { public string? Responsecode { get; set; } public string? ResponseDescription { get; set; } public LoanApplication? loanApplication { get; set; } }
            public class LoanRequest { public string? [|ResponseDescription|] { get; set; } public LoanApplication? loanApplication { get; set; } }
            """).RunAsync();
}
