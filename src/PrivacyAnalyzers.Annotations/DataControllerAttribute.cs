using System;

namespace PrivacyAnalyzers;

/// <summary>
/// Who the controller is (GDPR Art. 4(7), 13(1)(a)–(b)): the identity and contact details printed at the top of the
/// generated privacy policy and in the Art. 30 record.
/// </summary>
/// <example><code>[assembly: DataController("Example SRL", Address = "Str. Exemplu 1, Cluj-Napoca, Romania", Email = "contact@example.ro", DpoEmail = "dpo@example.ro")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class DataControllerAttribute : Attribute
{
    /// <summary>Declares the controller.</summary>
    /// <param name="name">The controller's legal name.</param>
    public DataControllerAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The controller's legal name.</summary>
    public string Name { get; }

    /// <summary>Registered office address.</summary>
    public string? Address { get; set; }

    /// <summary>Country of establishment (ISO 3166-1 alpha-2).</summary>
    public string? Country { get; set; }

    /// <summary>Registration number in the trade register.</summary>
    public string? RegistrationNumber { get; set; }

    /// <summary>Fiscal code / VAT number.</summary>
    public string? TaxId { get; set; }

    /// <summary>Contact e-mail address for privacy requests.</summary>
    public string? Email { get; set; }

    /// <summary>Contact phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Website.</summary>
    public string? Website { get; set; }

    /// <summary>The data protection officer's name, where one is appointed (Art. 37).</summary>
    public string? DpoName { get; set; }

    /// <summary>The data protection officer's e-mail address.</summary>
    public string? DpoEmail { get; set; }

    /// <summary>The supervisory authority data subjects may complain to ("ANSPDCP").</summary>
    public string? SupervisoryAuthority { get; set; }

    /// <summary>
    /// The controller's statement that every recipient of personal data is declared with <c>[Recipient]</c>, each
    /// with the country where it processes the data. Only with it does the policy say "we do not disclose your personal data
    /// to anyone outside our organisation" for data that has no recipient, and "we do not transfer your personal data
    /// outside the European Economic Area" when no declared recipient is outside it; without it an absence of
    /// <c>[Recipient]</c> is not a statement, and the policy and the record say "To complete" there.
    /// </summary>
    public bool AllRecipientsDeclared { get; set; }

    /// <summary>
    /// A general description of the technical and organisational security measures of Art. 32(1), for the record of
    /// processing activities (Art. 30(1)(g)); never printed in the public notice. Without it the record says
    /// "To complete".
    /// </summary>
    /// <example><c>"TLS in transit; encrypted backups; role-based access; access logs reviewed monthly"</c></example>
    public string? SecurityMeasures { get; set; }

    /// <summary>
    /// The name and contact details of the controller's representative in the Union (Art. 27), where one is
    /// designated; printed in the policy (Art. 13(1)(a)) and the record (Art. 30(1)(a)).
    /// </summary>
    public string? Representative { get; set; }

    /// <summary>
    /// Art. 13(2)(f) / 14(2)(g): the automated decision-making, including profiling, that takes place — meaningful
    /// information about the logic involved, its significance and the envisaged consequences for the data subject.
    /// Printed in the notice. Leave it unset and set <see cref="NoAutomatedDecisionMaking"/> when there is none;
    /// with neither, the notice says "To complete".
    /// </summary>
    public string? AutomatedDecisionMaking { get; set; }

    /// <summary>
    /// The controller's statement that no decision based solely on automated processing, including profiling, with
    /// legal or similarly significant effects is made (Art. 22(1)); the notice then says so.
    /// </summary>
    public bool NoAutomatedDecisionMaking { get; set; }

    /// <summary>
    /// Art. 13(2)(e): whether providing the personal data is a statutory
    /// or contractual requirement, or a requirement necessary to enter into a contract, whether the data subject is
    /// obliged to provide it and the possible consequences of failure to provide it. Printed in the notice; without it
    /// the notice says "To complete".
    /// </summary>
    /// <example><c>"Providing the data marked mandatory is a contractual requirement: without it we cannot conclude or perform the contract. Optional data may be left out."</c></example>
    public string? ProvisionRequirement { get; set; }

    /// <summary>
    /// The data-protection law the processing falls under: <see cref="PrivacyAnalyzers.Jurisdiction.EuGdpr"/> or
    /// <see cref="PrivacyAnalyzers.Jurisdiction.UkGdpr"/>. It decides the regulation the notice and the record cite
    /// ("Art. 15 UK GDPR"), the transfer test (outside the EEA, or outside the United Kingdom), the wording of the
    /// transfer grounds (the Commission's adequacy decisions, or UK adequacy regulations) and the supervisory authority
    /// (the ICO for the UK GDPR). Unset: UK GDPR when <see cref="Country"/> is <c>"GB"</c>, EU GDPR otherwise.
    /// </summary>
    public Jurisdiction Jurisdiction { get; set; }
}
