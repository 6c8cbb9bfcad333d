using System;
using PrivacyAnalyzers;

namespace CityManagement.Model;

/// <summary>
/// "Using our contact forms, requests, meeting scheduler and emails": your name, e-mail address and any information
/// you provide in the subject and message fields, your phone number on call-back requests.
/// </summary>
[DataSubject(
    "Enquirer",
    Description = "People who use the contact forms, requests or meeting scheduler, or e-mail us directly",
    LegalBasis = LegalBasis.LegitimateInterests,
    Purpose = "To answer presales queries and record email exchanges with existing and potential customers",
    // "Legitimate interest: To allow us to answer presales queries … We do not use this information beyond responding to
    // the specific query" — the interest and its limit, as the policy words them (Art. 13(1)(d)).
    LegitimateInterest = "Answering presales queries and keeping a record of email exchanges with existing and potential customers; we do not use this information beyond responding to the specific query",
    RetentionNote = "The policy states no retention period for contact-form, request, meeting-scheduler and e-mail data",
    Source = DataSource.ProvidedBySubject)]
public class ContactRequest
{
    public int Id { get; set; }

    [NotPersonalData("Which channel was used (contact form, request, meeting scheduler, e-mail)")]
    public ContactChannel Channel { get; set; }

    [PersonalData("Identity.Name", Description = "Your name")]
    public string SenderName { get; set; } = "";

    [PersonalData("Contact.Email", Description = "Your e-mail address")]
    public string Email { get; set; } = "";

    [PersonalData("Content.Message", Description = "The subject field")]
    public string Subject { get; set; } = "";

    [PersonalData("Content.Message", Description = "The message field")]
    public string Message { get; set; } = "";

    [PersonalData("Contact.Phone", Description = "Your phone number, on call-back requests")]
    public string? CallbackPhone { get; set; }

    [PersonalData("Content.Message", Description = "When the request was received", Source = DataSource.Observed)]
    public DateTimeOffset ReceivedAt { get; set; }
}

/// <summary>How an enquiry reached us.</summary>
public enum ContactChannel
{
    /// <summary>The website contact form.</summary>
    ContactForm = 0,

    /// <summary>A request (call-back, demo).</summary>
    Request = 1,

    /// <summary>The meeting scheduler.</summary>
    MeetingScheduler = 2,

    /// <summary>An e-mail sent to us directly.</summary>
    Email = 3,
}
