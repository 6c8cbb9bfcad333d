using System.Collections.Generic;
using PrivacyAnalyzers;

namespace ERegistry.Model;

/// <summary>
/// "Numele și datele de contact" and "Acreditările": the user's name and contact data, and the credentials used to
/// sign in to the Registratură electronică account.
/// </summary>
[DataSubject("Utilizator", Description = "Utilizatorii site-urilor și serviciilor de Registratură electronică")]
public class UserAccount
{
    public int Id { get; set; }

    [PersonalData("Identity.Name", Description = "Numele")]
    public string LastName { get; set; } = "";

    [PersonalData("Identity.Name", Description = "Prenumele")]
    public string FirstName { get; set; } = "";

    [PersonalData("Contact.Email", Description = "Adresa de e-mail")]
    public string Email { get; set; } = "";

    [PersonalData("Contact.Address", Description = "Adresa poștală")]
    public string PostalAddress { get; set; } = "";

    [PersonalData("Contact.Phone", Description = "Numărul de telefon")]
    public string Phone { get; set; } = "";

    [PersonalData("Contact", Description = "Alte date de contact similare")]
    public string? OtherContact { get; set; }

    [PersonalData("Credentials.Password", Description = "Parola (păstrată ca hash)", Purpose = "Autentificare și accesarea contului soluției de Registratură electronică", Source = DataSource.Derived)]
    public string PasswordHash { get; set; } = "";

    [PersonalData("Credentials.Secret", Description = "Indiciul pentru parolă", Purpose = "Autentificare și accesarea contului soluției de Registratură electronică")]
    public string? PasswordHint { get; set; }

    [PersonalData("Credentials.Secret", Description = "Întrebarea de securitate", Purpose = "Autentificare și accesarea contului soluției de Registratură electronică")]
    public string? SecurityQuestion { get; set; }

    [PersonalData("Credentials.Secret", Description = "Răspunsul la întrebarea de securitate (păstrat ca hash)", Purpose = "Autentificare și accesarea contului soluției de Registratură electronică", Source = DataSource.Derived)]
    public string? SecurityAnswerHash { get; set; }

    public List<SupportInteraction> SupportInteractions { get; } = new();

    public List<DeviceActivation> Devices { get; } = new();

    public List<License> Licenses { get; } = new();

    public List<Payment> Payments { get; } = new();

    public PersonalisationProfile? Profile { get; set; }
}
