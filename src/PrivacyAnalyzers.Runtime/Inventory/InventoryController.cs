using System;

namespace PrivacyAnalyzers.Inventory;

/// <summary>The controller's identity and contact details, from <c>[assembly: DataController]</c>.</summary>
public sealed class InventoryController
{
    /// <summary>Creates the controller's details.</summary>
    public InventoryController(
        string name,
        string? address = null,
        string? country = null,
        string? registrationNumber = null,
        string? taxId = null,
        string? email = null,
        string? phone = null,
        string? website = null,
        string? dpoName = null,
        string? dpoEmail = null,
        string? supervisoryAuthority = null,
        bool allRecipientsDeclared = false,
        string? securityMeasures = null,
        string? representative = null,
        string? automatedDecisionMaking = null,
        bool noAutomatedDecisionMaking = false,
        string? provisionRequirement = null,
        Jurisdiction jurisdiction = Jurisdiction.Unspecified)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Address = address;
        Country = country;
        RegistrationNumber = registrationNumber;
        TaxId = taxId;
        Email = email;
        Phone = phone;
        Website = website;
        DpoName = dpoName;
        DpoEmail = dpoEmail;
        SupervisoryAuthority = supervisoryAuthority;
        AllRecipientsDeclared = allRecipientsDeclared;
        SecurityMeasures = securityMeasures;
        Representative = representative;
        AutomatedDecisionMaking = automatedDecisionMaking;
        NoAutomatedDecisionMaking = noAutomatedDecisionMaking;
        ProvisionRequirement = provisionRequirement;
        Jurisdiction = jurisdiction;
    }

    /// <summary>Legal name.</summary>
    public string Name { get; }

    /// <summary>Registered office.</summary>
    public string? Address { get; }

    /// <summary>Country (ISO 3166-1 alpha-2).</summary>
    public string? Country { get; }

    /// <summary>Trade-register number.</summary>
    public string? RegistrationNumber { get; }

    /// <summary>Fiscal code / VAT number.</summary>
    public string? TaxId { get; }

    /// <summary>Contact e-mail for privacy requests.</summary>
    public string? Email { get; }

    /// <summary>Contact phone.</summary>
    public string? Phone { get; }

    /// <summary>Website.</summary>
    public string? Website { get; }

    /// <summary>Data protection officer's name.</summary>
    public string? DpoName { get; }

    /// <summary>Data protection officer's e-mail.</summary>
    public string? DpoEmail { get; }

    /// <summary>Supervisory authority.</summary>
    public string? SupervisoryAuthority { get; }

    /// <summary>
    /// The controller states that every recipient is declared: only then may the policy say that data without a
    /// recipient is disclosed to no one, and that nothing is transferred outside the EEA.
    /// </summary>
    public bool AllRecipientsDeclared { get; }

    /// <summary>The technical and organisational security measures (Art. 30(1)(g)), for the record only; or null.</summary>
    public string? SecurityMeasures { get; }

    /// <summary>The representative in the Union (Art. 27), name and contact details; or null.</summary>
    public string? Representative { get; }

    /// <summary>The automated decision-making, including profiling, that takes place (Art. 13(2)(f)); or null.</summary>
    public string? AutomatedDecisionMaking { get; }

    /// <summary>The controller states that no decision based solely on automated processing is made (Art. 22(1)).</summary>
    public bool NoAutomatedDecisionMaking { get; }

    /// <summary>
    /// Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, whether the data subject is
    /// obliged to provide it and the consequences of not providing it; null when not stated.
    /// </summary>
    public string? ProvisionRequirement { get; }

    /// <summary>
    /// The data-protection law declared for the processing (<c>[DataController(Jurisdiction)]</c>); unspecified means UK
    /// GDPR for a controller in <c>GB</c> and EU GDPR otherwise.
    /// </summary>
    public Jurisdiction Jurisdiction { get; }
}
