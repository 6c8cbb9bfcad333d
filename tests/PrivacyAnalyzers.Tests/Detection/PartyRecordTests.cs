using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001 on records of parties that are firms (issue 12, twelfth round's precision set): a customer, a supplier or a
/// creditor that has a name of its own beside a contact person's name is an organisation's record — its name, e-mail,
/// phone and address are the firm's; the contact person is still reported. A person's record with an emergency contact, a
/// first name or a birth date, and an address type that names a contact, keep their reading. A weight on a row that
/// belongs to a person's type is the row's (a pallet's, a parcel's) unless another health reading stands beside it.
/// </summary>
public sealed class PartyRecordTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_customer_with_its_own_name_and_a_contact_person_is_a_firm() =>
        Test("""
            public class CustomerEntity
            {
                public int CustomerId { get; set; }
                public string CompanyCode { get; set; } = "";
                public string Name { get; set; } = "";
                public string [|ContactName|] { get; set; } = "";
                public string Email { get; set; } = "";
                public long Phone { get; set; }
                public string Address { get; set; } = "";
                public string Locality { get; set; } = "";
                public string PostalCode { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task A_portuguese_client_with_a_contact_person_is_a_firm() =>
        Test("""
            public class Cliente
            {
                public string Nome { get; set; } = "";
                public string [|NomeContato|] { get; set; } = "";
                public string Email { get; set; } = "";
                public string Telefone { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task A_request_to_add_a_firm_with_a_contact_person_is_the_firm_s() =>
        Test("""
            public class AddCompanyBaseRequest
            {
                public string Name { get; set; } = "";
                public string [|ContactName|] { get; set; } = "";
                public string Email { get; set; } = "";
                public string Phone { get; set; } = "";
                public string Address { get; set; } = "";
                public string PostalCode { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task Without_a_contact_person_the_customer_is_a_person() =>
        Test("""
            public class CustomerEntity
            {
                public string [|Name|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
                public long [|Phone|] { get; set; }
                public string [|Address|] { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task A_person_with_an_emergency_contact_is_still_a_person() =>
        Test("""
            public class Patient
            {
                public string [|Name|] { get; set; } = "";
                public string [|EmergencyContactName|] { get; set; } = "";
                public string [|Email|] { get; set; } = "";
                public string [|Phone|] { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task A_customer_with_a_contact_and_a_birth_date_is_still_a_person() =>
        Test("""
            public class Customer
            {
                public string [|Name|] { get; set; } = "";
                public string [|ContactName|] { get; set; } = "";
                public System.DateTime [|DateOfBirth|] { get; set; }
                public string [|Email|] { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task An_address_that_names_a_contact_is_still_a_person_s_address() =>
        Test("""
            public class UserAddress
            {
                public string [|Name|] { get; set; } = "";
                public string [|ContactName|] { get; set; } = "";
                public string [|Phone|] { get; set; } = "";
                public string [|AddressLine1|] { get; set; } = "";
                public string [|City|] { get; set; } = "";
            }
            """).RunAsync();

    [Fact]
    public Task A_pallet_s_weight_is_not_its_buyer_s_health() =>
        Test("""
            public class Customer
            {
                public string [|Email|] { get; set; } = "";
            }
            public class Palot
            {
                public string PalotCode { get; set; } = "";
                public double Weight { get; set; }
                public int CustomerId { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task A_weight_beside_another_health_reading_on_a_patient_s_row_is_still_the_patient_s() =>
        Test("""
            public class Patient
            {
                public string [|Email|] { get; set; } = "";
            }
            public class Checkup
            {
                public double [|Weight|] { get; set; }
                public int [|Pulse|] { get; set; }
                public int PatientId { get; set; }
            }
            """).RunAsync();
}
