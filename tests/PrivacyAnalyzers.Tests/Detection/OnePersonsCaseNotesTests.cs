using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's nineteenth round (issue 12), notes about one person's case: a record named for a case, a matter, a file, an
/// application, an approval, a leave or an absence, in six languages, that names a person beside it (a by-member or a
/// person's key) holds free text about that person's case; a free-text word after words that name nothing
/// (RejectionReason) reads as the word alone. A thing's record (a product's, a course's) stays quiet.
/// </summary>
public sealed class OnePersonsCaseNotesTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_case_s_a_matter_s_an_application_s_and_a_leave_s_free_text_is_reported_beside_a_person_in_every_language() =>
        Test("""
            public class Matter { public int? ClientId { get; set; } public string [|Description|] { get; set; } = ""; public string CreatedBy { get; set; } = ""; }
            public class LoanApplication { public int ApplicantId { get; set; } public string [|Remarks|] { get; set; } = ""; public string Status { get; set; } = ""; }
            public class LeaveDto { public int EmployeeId { get; set; } public string [|Description|] { get; set; } = ""; }
            public class Akte { public string ErstelltVon { get; set; } = ""; public string [|Beschreibung|] { get; set; } = ""; }
            public class Expediente { public int IdCliente { get; set; } public string [|Descripcion|] { get; set; } = ""; }
            public class Candidatura { public string CriadoPor { get; set; } = ""; public string [|Descricao|] { get; set; } = ""; }
            public class Dossier { public int IdClient { get; set; } public string [|Description|] { get; set; } = ""; }
            public class Dosar { public int IdClient { get; set; } public string [|Descriere|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task The_same_text_stays_quiet_on_a_thing_s_record_on_a_case_that_names_no_person_and_where_the_case_word_comes_first() =>
        Test("""
            public class Product { public int CreatedById { get; set; } public string Description { get; set; } = ""; public string Reason { get; set; } = ""; }
            public class Course { public int CreatedByUserId { get; set; } public string Description { get; set; } = ""; }
            public class Matter { public string Description { get; set; } = ""; public string Priority { get; set; } = ""; }
            public class ApplicationSetting { public int CreatedById { get; set; } public string Description { get; set; } = ""; }
            public class LeaveType { public int CreatedById { get; set; } public string Description { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_case_word_after_the_first_word_of_a_type_s_name_makes_it_a_case_record_as_the_first_word_it_names_the_program() =>
        Test("""
            public class PolicyApprovalHistory { public System.Guid PolicyApprovalId { get; set; } public System.Guid? PerformedBy { get; set; } public string? [|Notes|] { get; set; } }
            public class LoanApplicationDenial { public System.Guid? UserId { get; set; } public string [|Text|] { get; set; } = ""; }
            public class SubmitPolicyForApprovalRequest { public System.Guid PolicyId { get; set; } public string? [|Notes|] { get; set; } }
            public class ApplicationLog { public int CreatedById { get; set; } public string Description { get; set; } = ""; public string Notes { get; set; } = ""; }
            public class LoanApplicationStatus { public int CreatedById { get; set; } public string Description { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_free_text_word_beside_one_word_for_a_person_is_that_person_s_a_thing_s_or_a_program_s_is_not() =>
        Test("""
            public class CourtActivityViewModel { public string MatterNumber { get; set; } = ""; public string [|AdvocateArgument|] { get; set; } = ""; public string [|AdvocateNote|] { get; set; } = ""; }
            public class VisitDto { public int Id { get; set; } public string [|PatientDescription|] { get; set; } = ""; }
            public class CitaDto { public int Id { get; set; } public string [|DescripcionPaciente|] { get; set; } = ""; }
            public class ProductDto { public string ShortDescription { get; set; } = ""; public string CategoryDescription { get; set; } = ""; }
            public class JobDefinition { public string Arguments { get; set; } = ""; public string CommandArgument { get; set; } = ""; }
            public class RoleDto { public string RoleDescription { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_proposal_on_a_row_that_belongs_to_a_person_is_theirs_on_a_company_s_or_a_project_s_row_it_is_not() =>
        Test("""
            public class Freelancer { public int Id { get; set; } public string [|FirstName|] { get; set; } = ""; public System.Collections.Generic.List<Bid> Bids { get; set; } = new(); }
            public class Bid { public int Id { get; set; } public string [|Proposal|] { get; set; } = ""; public int FreelancerId { get; set; } public Freelancer Freelancer { get; set; } = null!; }
            public class Cliente { public int Id { get; set; } public string [|Nombre|] { get; set; } = ""; public System.Collections.Generic.List<Oferta> Ofertas { get; set; } = new(); }
            public class Oferta { public int Id { get; set; } public string [|Propuesta|] { get; set; } = ""; public Cliente Cliente { get; set; } = null!; }
            public class Company { public int Id { get; set; } public string Name { get; set; } = ""; public System.Collections.Generic.List<Tender> Tenders { get; set; } = new(); }
            public class Tender { public int Id { get; set; } public string Proposal { get; set; } = ""; public Company Company { get; set; } = null!; }
            public class Project { public int Id { get; set; } public string Proposal { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_reason_named_with_other_words_on_a_person_s_case_is_reported_an_error_s_description_is_not() =>
        Test("""
            public class PolicyApproval
            {
                public System.Guid? SubmittedBy { get; set; }
                public string? [|RejectionReason|] { get; set; }
                public string? [|CancellationReason|] { get; set; }
                public string? ErrorDescription { get; set; }
            }
            public class Ticket { public int CreatedById { get; set; } public string? [|ResolutionDescription|] { get; set; } }
            public class Product { public int CreatedById { get; set; } public string? ShortDescription { get; set; } }
            """).RunAsync();
}
