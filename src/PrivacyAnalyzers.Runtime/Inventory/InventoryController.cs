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
        string? supervisoryAuthority = null)
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
}
