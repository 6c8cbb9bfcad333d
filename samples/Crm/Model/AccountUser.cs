using System;
using PrivacyAnalyzers;

namespace Crm.Model;

/// <summary>
/// A user of a CRM account (policy §2, "Customer and user data defined by you": mandatory name, first name, username,
/// e-mail; optional telephone, Personal Numeric Code and identity document), with the rights granted to them.
/// The account holder's own "personal data (name, first name, telephone, CNP, identity card), access data" from the
/// configuration data are the same record for the user who administers the account.
/// </summary>
[DataSubject(
    "Account user",
    Description = "People the customer defines as users of its CRM account, the customer's own representative included",
    // §2 "The data that you can store in our application about the users of the account": the account holder enters
    // it, not the user (Art. 14). The password is the user's own (Derived below: only its hash is kept).
    Source = DataSource.ThirdParty,
    ObtainedFrom = "the customer (the account holder), who defines the users of its CRM account and enters their data")]
// §2: the users' "access data (username, new password if you want to change it, e-mail)" and their rights (administrator,
// access, deactivated "being therefore unable to use the service") serve the log-in (§3.5). §3.1: "even if you predefine
// the optional user data, they can appear if they are selected as delegate, cashier" — the name and the optional data
// (telephone, CNP, identity document) serve the documents, not the log-in.
[ProcessingPurpose("Secure log-in to the account", nameof(Username), nameof(Email), nameof(PasswordHash), nameof(Rights))]
[ProcessingPurpose(
    "Personalising the interface and the documents (a user can appear on documents as delegate or cashier)",
    nameof(LastName), nameof(FirstName), nameof(Telephone), nameof(Cnp),
    nameof(IdentityDocumentType), nameof(IdentityDocumentSeries), nameof(IdentityDocumentNumber), nameof(IdentityDocumentIssuer), nameof(IdentityDocumentIssuedOn))]
public class AccountUser
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    [PersonalData("Identity.Name", Description = "Name")]
    public string LastName { get; set; } = "";

    [PersonalData("Identity.Name", Description = "First name")]
    public string FirstName { get; set; } = "";

    [PersonalData("Online.Username", Description = "Username")]
    public string Username { get; set; } = "";

    [PersonalData("Contact.Email", Description = "E-mail address")]
    public string Email { get; set; } = "";

    [PersonalData("Credentials.Password", Description = "Password (stored as a salted hash)", Source = DataSource.Derived)]
    public string PasswordHash { get; set; } = "";

    [PersonalData("Contact.Phone", Description = "Telephone (optional)")]
    public string? Telephone { get; set; }

    [PersonalData("Identity.NationalId", Description = "Personal Numeric Code, CNP (optional)")]
    public string? Cnp { get; set; }

    [PersonalData("Identity.Document", Description = "Type of identity document (optional)")]
    public string? IdentityDocumentType { get; set; }

    [PersonalData("Identity.Document", Description = "Series of identity document (optional)")]
    public string? IdentityDocumentSeries { get; set; }

    [PersonalData("Identity.Document", Description = "Number of identity document (optional)")]
    public string? IdentityDocumentNumber { get; set; }

    [PersonalData("Identity.Document", Description = "Issuer of identity document (optional)")]
    public string? IdentityDocumentIssuer { get; set; }

    [PersonalData("Identity.Document", Description = "Date of issue of identity document (optional)")]
    public DateOnly? IdentityDocumentIssuedOn { get; set; }

    [PersonalData("Other", Description = "Rights granted to the user (administrator, access, deactivated)")]
    public UserRights Rights { get; set; }
}

/// <summary>The rights a CRM account grants one of its users.</summary>
public enum UserRights
{
    /// <summary>Deactivated: cannot use the service.</summary>
    Deactivated = 0,

    /// <summary>Access rights.</summary>
    Access = 1,

    /// <summary>Administrator: any type of modification.</summary>
    Administrator = 2,
}
