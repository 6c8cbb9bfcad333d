using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-third round (issue 12): a text member named only by the role a person takes on a record, beside that
/// person's key, is the name shown for the key (a cadastral request's Client, Executant and Responsabil beside their Guid
/// keys, a reservation's Client beside int ClientId, a Spanish Remitente beside IdRemitente); "sender" before what it
/// qualifies is the person who sent a message (Message.SenderUsername, MessageDTO.SenderPhotoUrl). A text key (an OAuth
/// client's), a firm's or a lookup's name beside its key, a role with no key, a settings type and a mail tool stay quiet.
/// "Auther" is read as "author" (NewsDto.AutherName).
/// </summary>
public sealed class PersonRolesAndSendersTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_role_named_alone_beside_its_person_s_key_is_their_name_in_every_language() =>
        Test("""
            using System;
            public class CerereDto
            {
                public Guid Id { get; set; }
                public Guid ClientId { get; set; }
                public string [|Client|] { get; set; } = "";
                public Guid ExecutantId { get; set; }
                public string [|Executant|] { get; set; } = "";
                public Guid? ResponsabilId { get; set; }
                public string [|Responsabil|] { get; set; } = "";
            }
            public class ReservationResponseDto { public int Id { get; set; } public int ClientId { get; set; } public string [|Client|] { get; set; } = ""; public int OwnerId { get; set; } public string [|Owner|] { get; set; } = ""; }
            public class Solicitud { public long IdRemitente { get; set; } public string [|Remitente|] { get; set; } = ""; public int IdResponsable { get; set; } public string [|Responsable|] { get; set; } = ""; }
            public class Auftrag { public int BearbeiterId { get; set; } public string [|Bearbeiter|] { get; set; } = ""; public int AusführenderId { get; set; } public string [|Ausführender|] { get; set; } = ""; }
            public class Tarefa { public int IdExecutor { get; set; } public string [|Executor|] { get; set; } = ""; }
            public class Demande { public int ExécutantId { get; set; } public string [|Exécutant|] { get; set; } = ""; }
            public class Transfer { public int SenderId { get; set; } public string [|Sender|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_text_key_a_firm_a_lookup_a_role_without_a_key_and_a_settings_type_stay_quiet() =>
        Test("""
            using System;
            public class Grant { public string ClientId { get; set; } = ""; public string Client { get; set; } = ""; }
            public class Offer { public int SupplierId { get; set; } public string Supplier { get; set; } = ""; public int BankId { get; set; } public string Bank { get; set; } = ""; }
            public class ProductDto { public int CategoryId { get; set; } public string Category { get; set; } = ""; }
            public class CerereDtoForTable { public Guid Id { get; set; } public string Client { get; set; } = ""; public string Executant { get; set; } = ""; }
            public class EmailSettings { public int SenderId { get; set; } public string Sender { get; set; } = ""; }
            public enum Status { Client, Executant }
            public class Request { public int ClientId { get; set; } public Status Client { get; set; } public int ExecutantId { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_misspelt_author_is_read_as_the_author_and_keeps_the_author_s_silences() =>
        Test("""
            public class NewsDto { public int Id { get; set; } public string Title { get; set; } = ""; public string [|AutherName|] { get; set; } = ""; public int AutherId { get; set; } public string AutherType { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task Sender_before_what_it_qualifies_is_the_person_who_sent_a_mail_tool_and_its_settings_stay_quiet() =>
        Test("""
            public interface IEmailSender { }
            public class Message { public int Id { get; set; } public string [|SenderUsername|] { get; set; } = ""; public string [|RecipientUsername|] { get; set; } = ""; }
            public class MessageDto { public int Id { get; set; } public string [|SenderPhotoUrl|] { get; set; } = ""; public string [|RecipientPhotoUrl|] { get; set; } = ""; public bool SenderDeleted { get; set; } }
            public class Package { public int Id { get; set; } public string [|SenderEmail|] { get; set; } = ""; public string [|RecipientName|] { get; set; } = ""; public string [|RecipientEmail|] { get; set; } = ""; public int RecipientType { get; set; } }
            public class MailSettings { public string SenderEmail { get; set; } = ""; public string SenderName { get; set; } = ""; public string RecipientEmail { get; set; } = ""; }
            public class Notifier { public IEmailSender EmailSender { get; set; } = null!; }
            public class Outbox { public int Id { get; set; } public string EmailSender { get; set; } = ""; public string SmsSender { get; set; } = ""; }
            """).RunAsync();
}
