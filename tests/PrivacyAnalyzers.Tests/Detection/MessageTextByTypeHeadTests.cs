using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-fourth round (issue 12): a message's text named with its type's head word, wherever the language puts
/// that word — last in English and German compounds (<c>ChatMessage.MessageContent</c>, <c>ChatMessageDto.MessageText</c>,
/// <c>ChatNachricht.NachrichtText</c>), first in Spanish, Portuguese, French and Romanian (<c>MensajeChat.TextoMensaje</c>)
/// — is read as the text word alone: beside its sender, the sender's words. A system's or an error's message text with no
/// sender stays quiet.
/// </summary>
public sealed class MessageTextByTypeHeadTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task A_message_s_text_named_with_its_type_s_head_word_is_reported_beside_its_sender_in_six_languages() =>
        Test("""
            using System;
            public class ChatMessage { public int MessageId { get; set; } public int SenderId { get; set; } public int RecieverId { get; set; } public string [|MessageContent|] { get; set; } = ""; }
            public class ChatMessageDto { public int Id { get; set; } public int SenderId { get; set; } public string [|MessageText|] { get; set; } = ""; }
            public class ChatNachricht { public int Id { get; set; } public int AbsenderId { get; set; } public string [|NachrichtText|] { get; set; } = ""; }
            public class MensajeChat { public int Id { get; set; } public int RemitenteId { get; set; } public string [|TextoMensaje|] { get; set; } = ""; }
            public class MensagemChat { public int Id { get; set; } public int RemetenteId { get; set; } public string [|TextoMensagem|] { get; set; } = ""; }
            public class MessageChat { public int Id { get; set; } public int ExpediteurId { get; set; } public string [|TexteMessage|] { get; set; } = ""; }
            public class MesajChat { public int Id { get; set; } public int ExpeditorId { get; set; } public string [|TextMesaj|] { get; set; } = ""; }
            """).RunAsync();

    [Fact]
    public Task A_system_s_or_an_error_s_message_text_with_no_sender_stays_quiet() =>
        Test("""
            public class ErrorMessage { public int Id { get; set; } public string MessageText { get; set; } = ""; }
            public class SystemMessage { public int Id { get; set; } public string MessageContent { get; set; } = ""; public int Code { get; set; } }
            public class StatusNachricht { public int Id { get; set; } public string NachrichtText { get; set; } = ""; }
            """).RunAsync();
}
