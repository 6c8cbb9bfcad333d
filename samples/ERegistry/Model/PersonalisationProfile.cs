using PrivacyAnalyzers;

namespace ERegistry.Model;

/// <summary>
/// What the policy says it learns about a user to personalise products and select advertising: activities, interests
/// and preferences, location, how products are used, search queries, content viewed, demographic data, and data from
/// partners' sites and apps.
/// </summary>
[DataSubject(
    "Utilizator",
    Purpose = "Furnizarea produselor: caracteristici personalizate și recomandări; pentru a afișa publicitate selectată pe baza datelor pe care le prelucrăm despre utilizator.",
    Source = DataSource.Derived,
    // "date de utilizare … de pe site-urile și aplicațiile partenerilor noștri" (Art. 14(2)(f)): the one member received
    // from third parties below.
    ObtainedFrom = "site-urile și aplicațiile partenerilor noștri")]
public class PersonalisationProfile
{
    public int Id { get; set; }

    public int UserAccountId { get; set; }

    [PersonalData("Usage.Preferences", Description = "Interesele și preferințele")]
    public string? InterestsAndPreferences { get; set; }

    [PersonalData("Usage.Activity", Description = "Activitățile și modul în care utilizați produsele noastre (date de utilizare)", Source = DataSource.Observed)]
    public string? ProductUsage { get; set; }

    [PersonalData("Location.Coarse", Description = "Locația și datele despre locație", Source = DataSource.Observed)]
    public string? Location { get; set; }

    [PersonalData("Usage.Activity", Description = "Interogările de căutare", Source = DataSource.Observed)]
    public string? SearchQueries { get; set; }

    [PersonalData("Usage.Activity", Description = "Conținutul pe care îl vizualizați", Source = DataSource.Observed)]
    public string? ViewedContent { get; set; }

    [PersonalData("Other", Description = "Date demografice")]
    public string? Demographics { get; set; }

    [PersonalData("Usage.Activity", Description = "Date de utilizare de pe site-urile și aplicațiile partenerilor noștri", Source = DataSource.ThirdParty)]
    public string? PartnerSiteUsage { get; set; }
}
