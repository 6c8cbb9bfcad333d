using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;
using static PrivacyAnalyzers.Tests.Harness.Priv001Messages;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001 with the relation between types (issue 12, tenth round): a member with ordinary words is a person's because its
/// type belongs to a person's type — through a navigation the person's type reaches back, a key named after a person word,
/// or a collection chain of the person's own record (TypeOwners). Lookups, catalogues, orders' terms and a row a person
/// only refers to stay quiet; cycles, self-references, generics, unresolved types, partial and file-local types neither
/// crash nor invent an owner.
/// </summary>
public sealed class TypeOwnersTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_row_a_person_s_type_reaches_back_one_to_one_is_that_person_s() =>
        Test("""
            public class Alumno
            {
                public System.Guid Id { get; set; }
                public string? [|Apellido|] { get; set; }
                public ConstanciaFiscal? ConstanciaFiscal { get; set; }
            }
            public class ConstanciaFiscal
            {
                public System.Guid Id { get; set; }
                public System.Guid AlumnoId { get; set; }
                public string [|Rfc|] { get; set; } = "";
                public string [|NombreFiscal|] { get; set; } = "";
                public string [|CodigoPostalFiscal|] { get; set; } = "";
                public string RegimenFiscal { get; set; } = "";
                public bool Activo { get; set; }
                public System.DateTime CreatedAtUtc { get; set; }
                public Alumno? Alumno { get; set; }
            }
            """)
            .WithMessages(
                Message("Apellido", "Identity.Name", "the word 'apellido'"),
                Message("Rfc", "Financial.TaxId", "the word 'rfc' in type ConstanciaFiscal, which belongs to Alumno"),
                Message("NombreFiscal", "Identity.Name", "the word 'nombre' in type ConstanciaFiscal, which belongs to Alumno"),
                Message("CodigoPostalFiscal", "Contact.Address", "the words 'codigo postal' in type ConstanciaFiscal, which belongs to Alumno"))
            .RunAsync();

    [Fact]
    public Task Without_the_relation_the_same_weak_terms_stay_quiet() =>
        Test("""
            public class Alumno { public string? [|Apellido|] { get; set; } }
            public class ConstanciaFiscal
            {
                public string Rfc { get; set; } = "";
                public string NombreFiscal { get; set; } = "";
                public string CodigoPostalFiscal { get; set; } = "";
                public Alumno? Alumno { get; set; }
            }
            """).RunAsync();

    [Fact]
    public Task A_row_in_a_person_s_collection_is_that_person_s_and_a_reference_alone_is_not() =>
        Test("""
            using System.Collections.Generic;
            public class Customer
            {
                public string [|Email|] { get; set; } = "";
                public List<Message> Messages { get; set; } = new();
            }
            public class Message
            {
                public string [|Content|] { get; set; } = "";
                public System.DateTime SentAt { get; set; }
                public int CustomerId { get; set; }
                public Customer Customer { get; set; } = null!;
            }
            public class Ticket
            {
                public string City { get; set; } = "";
                public Customer AssignedTo { get; set; } = null!;
            }
            """)
            .WithMessages(
                Message("Email", "Contact.Email", "the word 'email'"),
                Message("Content", "Content.Feedback", "the word 'content' in type Message, which belongs to Customer"))
            .RunAsync();

    [Fact]
    public Task A_key_named_after_a_person_word_makes_a_dto_the_person_s_but_a_user_key_alone_does_not() =>
        Test("""
            public class ConstanciaFiscalDto
            {
                public System.Guid AlumnoId { get; set; }
                public string [|Rfc|] { get; set; } = "";
                public string [|NombreFiscal|] { get; set; } = "";
            }
            public class AdeudoDto
            {
                public int IdCliente { get; set; }
                public string [|Nombre|] { get; set; } = "";
                public string? GrupoOrigenCodigo { get; set; }
                // A client's debt's balance is the client's money (nineteenth round: Financial is promoted through ownership).
                public decimal [|Saldo|] { get; set; }
            }
            public class PurchaseDto
            {
                public int UserId { get; set; }
                public string Comment { get; set; } = "";
            }
            public class CompraDto
            {
                public int IdUsuario { get; set; }
                public string Observacion { get; set; } = "";
            }
            """)
            .WithMessages(
                Message("Rfc", "Financial.TaxId", "the word 'rfc' in type ConstanciaFiscalDto, which belongs to Alumno"),
                Message("NombreFiscal", "Identity.Name", "the word 'nombre' in type ConstanciaFiscalDto, which belongs to Alumno"),
                Message("Nombre", "Identity.Name", "the word 'nombre' in type AdeudoDto, which belongs to Cliente"))
            .RunAsync();

    [Fact]
    public Task The_entries_of_a_person_s_history_are_the_person_s_through_a_chain() =>
        Test("""
            using System;
            using System.Collections.Generic;
            public class Candidate
            {
                public string [|FullName|] { get; set; } = "";
                public Resume? Resume { get; set; }
            }
            public class Resume
            {
                public int CandidateId { get; set; }
                public Candidate Candidate { get; set; } = null!;
                public ICollection<Experience> Experiences { get; set; } = new List<Experience>();
                public ICollection<Education> Educations { get; set; } = new List<Education>();
            }
            public class Experience
            {
                public int Id { get; set; }
                public string [|Position|] { get; set; } = "";
                public string CompanyName { get; set; } = "";
                public string [|Description|] { get; set; } = "";
                public DateTime [|StartDate|] { get; set; }
                public DateTime? [|EndDate|] { get; set; }
                public bool IsCurrent { get; set; }
                public DateTime CreatedAt { get; set; }
                public int ResumeId { get; set; }
                public Resume Resume { get; set; } = null!;
                public ICollection<Duty> Duties { get; set; } = new List<Duty>();
            }
            public class Education
            {
                public string [|Major|] { get; set; } = "";
                public double [|Gpa|] { get; set; }
                public Resume? Resume { get; set; }
            }
            public class Duty
            {
                public string [|Summary|] { get; set; } = "";
                public Experience Experience { get; set; } = null!;
            }
            """)
            .WithMessages(
                Message("FullName", "Identity.Name", "the words 'full name'"),
                Message("Position", "Employment", "the word 'position' in type Experience, which belongs to Candidate through Resume"),
                Message("Description", "Other", "its containing type Experience, which belongs to Candidate through Resume"),
                Message("StartDate", "Other", "its containing type Experience, which belongs to Candidate through Resume"),
                Message("EndDate", "Other", "its containing type Experience, which belongs to Candidate through Resume"),
                Message("Major", "Other", "its containing type Education, which belongs to Candidate through Resume"),
                Message("Gpa", "Other", "its containing type Education, which belongs to Candidate through Resume"),
                Message("Summary", "Other", "its containing type Duty, which belongs to Candidate through Experience"))
            .RunAsync();

    [Fact]
    public Task A_row_directly_owned_reports_no_member_without_a_term() =>
        Test("""
            using System.Collections.Generic;
            public class Candidate { public Resume? Resume { get; set; } }
            public class Resume
            {
                public string Layout { get; set; } = "";
                public string Template { get; set; } = "";
                public Candidate Candidate { get; set; } = null!;
            }
            """).RunAsync();

    [Fact]
    public Task A_chain_longer_than_three_links_is_not_followed() =>
        Test("""
            using System.Collections.Generic;
            public class Customer { public List<L1> Items { get; set; } = new(); }
            public class L1 { public Customer Customer { get; set; } = null!; public List<L2> Items { get; set; } = new(); }
            public class L2 { public L1 Parent { get; set; } = null!; public List<L3> Items { get; set; } = new(); }
            public class L3 { public L2 Parent { get; set; } = null!; public List<L4> Items { get; set; } = new(); public string [|Summary|] { get; set; } = ""; }
            public class L4 { public L3 Parent { get; set; } = null!; public List<L5> Items { get; set; } = new(); public string [|Summary|] { get; set; } = ""; }
            public class L5 { public L4 Parent { get; set; } = null!; public string Summary { get; set; } = ""; }
            """)
            .WithMessages(
                Message("Summary", "Other", "its containing type L3, which belongs to Customer through L2"),
                Message("Summary", "Other", "its containing type L4, which belongs to Customer through L3"))
            .RunAsync();

    [Fact]
    public Task Orders_lines_lookups_and_catalogues_keep_their_sure_not_members_quiet() =>
        Test("""
            using System;
            using System.Collections.Generic;
            public enum OrderStatus { Placed, Shipped }
            public class Customer
            {
                public string [|Email|] { get; set; } = "";
                public Segment Segment { get; set; } = null!;
                public List<Order> Orders { get; set; } = new();
            }
            public class Segment { public string Name { get; set; } = ""; public List<Customer> Customers { get; set; } = new(); }
            public class Product { public string Name { get; set; } = ""; public string Description { get; set; } = ""; public List<OrderLine> Lines { get; set; } = new(); }
            public class Order
            {
                public Customer Customer { get; set; } = null!;
                public OrderStatus Status { get; set; }
                public decimal Total { get; set; }
                public DateTime OrderDate { get; set; }
                public string PaymentMethod { get; set; } = "";
                public string [|Feedback|] { get; set; } = "";
                public List<OrderLine> Lines { get; set; } = new();
            }
            public class OrderLine
            {
                public Order Order { get; set; } = null!;
                public Product Product { get; set; } = null!;
                public string Description { get; set; } = "";
                public string Sku { get; set; } = "";
                public int Quantity { get; set; }
                public decimal UnitPrice { get; set; }
            }
            """)
            .WithMessages(
                Message("Email", "Contact.Email", "the word 'email'"),
                Message("Feedback", "Content.Feedback", "the word 'feedback' in type Order, which belongs to Customer"))
            .RunAsync();

    [Fact]
    public Task The_lines_of_a_person_s_order_are_the_order_s_even_when_they_refer_to_nothing_else() =>
        Test("""
            using System;
            using System.Collections.Generic;
            public class User { public string [|Email|] { get; set; } = ""; public List<Order> Orders { get; set; } = new(); }
            public class Order
            {
                public User User { get; set; } = null!;
                public DateTime PlacedAt { get; set; }
                public List<OrderItem> Items { get; set; } = new();
            }
            public class OrderItem
            {
                public Order Order { get; set; } = null!;
                public string Description { get; set; } = "";
                public int Quantity { get; set; }
                public decimal UnitPrice { get; set; }
                public decimal UnitBookingFee { get; set; }
            }
            public class Kunde { public string [|Nachname|] { get; set; } = ""; public List<Rechnung> Rechnungen { get; set; } = new(); }
            public class Rechnung { public Kunde Kunde { get; set; } = null!; public List<Rechnungsposition> Positionen { get; set; } = new(); }
            public class Rechnungsposition { public Rechnung Rechnung { get; set; } = null!; public int Menge { get; set; } public string Beschreibung { get; set; } = ""; }
            public class Candidate { public string [|FullName|] { get; set; } = ""; public Resume? Resume { get; set; } }
            public class Resume { public Candidate Candidate { get; set; } = null!; public List<Experience> Experiences { get; set; } = new(); }
            public class Experience { public Resume Resume { get; set; } = null!; public string [|Description|] { get; set; } = ""; }
            """)
            .WithMessages(
                Message("Email", "Contact.Email", "the word 'email'"),
                Message("Nachname", "Identity.Name", "the word 'nachname'"),
                Message("FullName", "Identity.Name", "the words 'full name'"),
                Message("Description", "Other", "its containing type Experience, which belongs to Candidate through Resume"))
            .RunAsync();

    [Fact]
    public Task A_type_named_for_a_term_and_a_row_s_own_title_own_nothing_and_say_nothing() =>
        Test("""
            using System.Collections.Generic;
            public class Employer { public string [|FullName|] { get; set; } = ""; public List<JobPost> JobPosts { get; set; } = new(); }
            public class JobPost { public Employer Employer { get; set; } = null!; public string Address { get; set; } = ""; public string Title { get; set; } = ""; public string Description { get; set; } = ""; }
            public class User { public string [|Email|] { get; set; } = ""; public List<Notification> Notifications { get; set; } = new(); }
            public class Notification { public User User { get; set; } = null!; public string Title { get; set; } = ""; public List<string> Names { get; set; } = new(); }
            """)
            .WithMessages(
                Message("FullName", "Identity.Name", "the words 'full name'"),
                Message("Email", "Contact.Email", "the word 'email'"))
            .RunAsync();

    [Fact]
    public Task A_group_of_people_with_a_leader_is_not_the_leader_s_row() =>
        Test("""
            using System.Collections.Generic;
            public class Employee { public string [|FullName|] { get; set; } = ""; public Squad? Squad { get; set; } }
            public class Squad
            {
                public Employee Leader { get; set; } = null!;
                public List<Employee> Members { get; set; } = new();
                public string Name { get; set; } = "";
                public string Comment { get; set; } = "";
            }
            """)
            .WithMessages(Message("FullName", "Identity.Name", "the words 'full name'"))
            .RunAsync();

    [Fact]
    public Task A_data_subject_annotation_makes_a_type_an_owner() =>
        Test("""
            using System.Collections.Generic;
            using PrivacyAnalyzers;
            [DataSubject("Borrower")]
            public class Dossier { public List<Loan> Loans { get; set; } = new(); }
            public class Loan { public Dossier Dossier { get; set; } = null!; public string [|Comment|] { get; set; } = ""; }
            """)
            .WithMessages(Message("Comment", "Content.Feedback", "the word 'comment' in type Loan, which belongs to Dossier"))
            .RunAsync();

    [Fact]
    public Task Cycles_and_self_references_neither_crash_nor_invent_an_owner() =>
        Test("""
            using System.Collections.Generic;
            public class Node { public Node? Parent { get; set; } public List<Node> Children { get; set; } = new(); public string Comment { get; set; } = ""; }
            public class Alpha { public Beta Beta { get; set; } = null!; public List<Beta> Betas { get; set; } = new(); public string Comment { get; set; } = ""; }
            public class Beta { public Alpha Alpha { get; set; } = null!; public List<Alpha> Alphas { get; set; } = new(); public string Comment { get; set; } = ""; public string Summary { get; set; } = ""; }
            public class Customer { public Wallet Wallet { get; set; } = null!; }
            public class Wallet { public Customer Customer { get; set; } = null!; public Wallet? Previous { get; set; } public List<Wallet> History { get; set; } = new(); public string [|Comment|] { get; set; } = ""; }
            """)
            .WithMessages(Message("Comment", "Content.Feedback", "the word 'comment' in type Wallet, which belongs to Customer"))
            .RunAsync();

    [Fact]
    public Task Generic_owned_types_are_followed_and_type_parameters_are_not() =>
        Test("""
            using System.Collections.Generic;
            public class Customer { public List<Entry<string>> Entries { get; set; } = new(); }
            public class Entry<T> { public Customer Customer { get; set; } = null!; public T Value { get; set; } = default!; public string [|Comment|] { get; set; } = ""; }
            public class Envelope<TOwner> where TOwner : class { public TOwner Owner { get; set; } = null!; public string Comment { get; set; } = ""; }
            """)
            .WithMessages(Message("Comment", "Content.Feedback", "the word 'comment' in type Entry, which belongs to Customer"))
            .RunAsync();

    [Fact]
    public Task Unresolved_types_are_passed_over_and_an_unresolved_collection_still_names_its_elements() =>
        Test("""
            public class Alumno { public string? [|Apellido|] { get; set; } public ICollection<Pago> Pagos { get; set; } = null!; }
            public class Pago { public Alumno Alumno { get; set; } = null!; public string [|Comentario|] { get; set; } = ""; }
            public class Envio { public Cliente Cliente { get; set; } = null!; public string Comentario { get; set; } = ""; }
            """)
            .AllowCompilerErrors()
            .WithMessages(
                Message("Apellido", "Identity.Name", "the word 'apellido'"),
                Message("Comentario", "Content.Feedback", "the word 'comentario' in type Pago, which belongs to Alumno"))
            .RunAsync();

    [Fact]
    public Task Partial_types_in_different_files_and_file_local_types_are_read_whole() =>
        new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>()
            .WithSource("""
                public class Candidate { public Resume? Resume { get; set; } }
                public partial class Resume { public Candidate Candidate { get; set; } = null!; }
                """, "Candidate.cs")
            .WithSource("""
                using System.Collections.Generic;
                public partial class Resume { public List<Experience> Experiences { get; set; } = new(); }
                """, "Resume.cs")
            .WithSource("""
                public class Experience { public Resume Resume { get; set; } = null!; public string [|Position|] { get; set; } = ""; }
                file class Client { public System.Collections.Generic.List<Visit> Visits { get; set; } = new(); }
                file class Visit { public Client Client { get; set; } = null!; public string [|Comment|] { get; set; } = ""; }
                """, "Experience.cs")
            .WithMessages(
                Message("Position", "Employment", "the word 'position' in type Experience, which belongs to Candidate through Resume"),
                Message("Comment", "Content.Feedback", "the word 'comment' in type Visit, which belongs to Client"))
            .RunAsync();
}
