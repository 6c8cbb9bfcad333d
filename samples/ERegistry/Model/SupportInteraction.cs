using System;
using PrivacyAnalyzers;

namespace ERegistry.Model;

/// <summary>
/// "Conținut": the information you give us and the content of the messages you send — feedback, product reviews,
/// questions to customer support — and the recorded phone conversations and chat sessions with our representatives.
/// </summary>
[DataSubject(
    "Utilizator",
    Purpose = "Asistență pentru clienți: diagnosticarea problemelor serviciilor și produselor, alte servicii de relații cu clienții și de asistență; îmbunătățirea produselor")]
public class SupportInteraction
{
    public int Id { get; set; }

    public int UserAccountId { get; set; }

    [NotPersonalData("Kind of interaction (message, feedback, review, phone call, chat)")]
    public InteractionKind Kind { get; set; }

    [PersonalData("Content.Message", Description = "Conținutul mesajului, întrebarea sau informațiile transmise serviciului de asistență clienți")]
    public string Content { get; set; } = "";

    [PersonalData("Content.Feedback", Description = "Feedback-ul sau recenzia produselor/serviciilor")]
    public string? Review { get; set; }

    [PersonalData("Content.Message", Description = "Înregistrarea conversației telefonice sau transcrierea sesiunii de chat cu reprezentanții noștri", Source = DataSource.Observed)]
    public string? RecordingReference { get; set; }

    [PersonalData("Content.Message", Description = "Data și ora interacțiunii", Source = DataSource.Observed)]
    public DateTimeOffset At { get; set; }
}

/// <summary>How the user reached us.</summary>
public enum InteractionKind
{
    /// <summary>A written message or question.</summary>
    Message = 0,

    /// <summary>Feedback or a product review.</summary>
    Feedback = 1,

    /// <summary>A phone conversation (may be recorded).</summary>
    PhoneCall = 2,

    /// <summary>A chat session (may be recorded).</summary>
    Chat = 3,
}
