// Shared source: compiled into the analyzers, the runtime and the tool (linked, not referenced), so that every
// part of PrivacyAnalyzers knows the same built-in categories.
using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Taxonomy;

/// <summary>Which GDPR article governs a category beyond Art. 6.</summary>
internal enum CategoryKind
{
    /// <summary>Ordinary personal data (Art. 6).</summary>
    Ordinary = 0,

    /// <summary>Special category (Art. 9): needs an Art. 9(2) condition.</summary>
    Special = 1,

    /// <summary>Criminal convictions and offences (Art. 10): needs official authority or a law.</summary>
    Criminal = 2,
}

/// <summary>A built-in category: its id, GDPR kind, plain-language names and the fideslang data category it maps to.</summary>
internal sealed class CategoryInfo
{
    public CategoryInfo(string id, CategoryKind kind, string english, string romanian, string fideslang)
    {
        Id = id;
        Kind = kind;
        English = english;
        Romanian = romanian;
        Fideslang = fideslang;
    }

    /// <summary>The id written in <c>[PersonalData(Category = …)]</c>.</summary>
    public string Id { get; }

    public CategoryKind Kind { get; }

    /// <summary>Plain English, as a privacy policy lists it.</summary>
    public string English { get; }

    /// <summary>Plain Romanian with diacritics, as a privacy policy lists it.</summary>
    public string Romanian { get; }

    /// <summary>The fideslang data category (https://ethyca.github.io/fideslang/) other privacy tools understand.</summary>
    public string Fideslang { get; }
}

/// <summary>The built-in category taxonomy of PRODUCT.md.</summary>
internal static class CategoryTaxonomy
{
    /// <summary>Every built-in category, leaves and top-level ids, in the documented order.</summary>
    public static readonly IReadOnlyList<CategoryInfo> All = new[]
    {
        new CategoryInfo("Identity", CategoryKind.Ordinary, "identification data", "date de identificare", "user.name"),
        new CategoryInfo("Identity.Name", CategoryKind.Ordinary, "name", "nume și prenume", "user.name"),
        new CategoryInfo("Identity.NationalId", CategoryKind.Ordinary, "national identification number (CNP, SSN)", "cod numeric personal (CNP)", "user.government_id.national_identification_number"),
        new CategoryInfo("Identity.Document", CategoryKind.Ordinary, "identity document (series and number, passport, driving licence)", "act de identitate (serie și număr, pașaport, permis de conducere)", "user.government_id"),
        new CategoryInfo("Identity.DateOfBirth", CategoryKind.Ordinary, "date of birth", "data nașterii", "user.demographic.date_of_birth"),
        new CategoryInfo("Identity.Gender", CategoryKind.Ordinary, "gender", "gen", "user.demographic.gender"),
        new CategoryInfo("Identity.Photo", CategoryKind.Ordinary, "photograph", "fotografie", "user.content.self_image"),
        new CategoryInfo("Contact", CategoryKind.Ordinary, "contact details", "date de contact", "user.contact"),
        new CategoryInfo("Contact.Email", CategoryKind.Ordinary, "e-mail address", "adresă de e-mail", "user.contact.email"),
        new CategoryInfo("Contact.Phone", CategoryKind.Ordinary, "phone number", "număr de telefon", "user.contact.phone_number"),
        new CategoryInfo("Contact.Address", CategoryKind.Ordinary, "postal address", "adresă poștală", "user.contact.address"),
        new CategoryInfo("Financial", CategoryKind.Ordinary, "financial data", "date financiare", "user.financial"),
        new CategoryInfo("Financial.BankAccount", CategoryKind.Ordinary, "bank account (IBAN)", "cont bancar (IBAN)", "user.financial.bank_account"),
        new CategoryInfo("Financial.PaymentCard", CategoryKind.Ordinary, "payment card", "card de plată", "user.financial.credit_card"),
        new CategoryInfo("Financial.TaxId", CategoryKind.Ordinary, "tax identification number", "cod de identificare fiscală", "user.government_id"),
        new CategoryInfo("Financial.Transaction", CategoryKind.Ordinary, "transactions and payments", "tranzacții și plăți", "user.financial"),
        new CategoryInfo("Online", CategoryKind.Ordinary, "online identifiers", "identificatori online", "user.device"),
        new CategoryInfo("Online.IpAddress", CategoryKind.Ordinary, "IP address", "adresă IP", "user.device.ip_address"),
        new CategoryInfo("Online.DeviceId", CategoryKind.Ordinary, "device identifier", "identificator de dispozitiv", "user.device.device_id"),
        new CategoryInfo("Online.CookieId", CategoryKind.Ordinary, "cookie identifier", "identificator de cookie", "user.device.cookie_id"),
        new CategoryInfo("Online.Username", CategoryKind.Ordinary, "username", "nume de utilizator", "user.account.username"),
        new CategoryInfo("Online.UserAgent", CategoryKind.Ordinary, "browser and device type (user agent)", "tipul de browser și dispozitiv (user agent)", "user.device"),
        new CategoryInfo("Credentials", CategoryKind.Ordinary, "credentials", "date de autentificare", "user.authorization.credentials"),
        new CategoryInfo("Credentials.Password", CategoryKind.Ordinary, "password", "parolă", "user.authorization.password"),
        new CategoryInfo("Credentials.Secret", CategoryKind.Ordinary, "secret or security token", "secret sau cod de securitate", "user.authorization.credentials"),
        new CategoryInfo("Location", CategoryKind.Ordinary, "location", "localizare", "user.location"),
        new CategoryInfo("Location.Precise", CategoryKind.Ordinary, "precise location", "localizare precisă", "user.location.precise"),
        new CategoryInfo("Location.Coarse", CategoryKind.Ordinary, "approximate location", "localizare aproximativă", "user.location.imprecise"),
        new CategoryInfo("Usage", CategoryKind.Ordinary, "usage data", "date de utilizare", "user.behavior"),
        new CategoryInfo("Usage.Activity", CategoryKind.Ordinary, "activity and access logs", "activitate și jurnale de acces", "user.behavior.browsing_history"),
        new CategoryInfo("Usage.Preferences", CategoryKind.Ordinary, "preferences and settings", "preferințe și setări", "user.behavior"),
        new CategoryInfo("Content", CategoryKind.Ordinary, "content you create", "conținut creat de dumneavoastră", "user.content"),
        new CategoryInfo("Content.Message", CategoryKind.Ordinary, "messages and correspondence", "mesaje și corespondență", "user.content.private"),
        new CategoryInfo("Content.Publication", CategoryKind.Ordinary, "publications", "publicații", "user.content.public"),
        new CategoryInfo("Content.Feedback", CategoryKind.Ordinary, "feedback and reviews", "feedback și recenzii", "user.content"),
        new CategoryInfo("Employment", CategoryKind.Ordinary, "employment data", "date privind locul de muncă", "user.workplace"),
        new CategoryInfo("Special", CategoryKind.Special, "special-category data", "categorii speciale de date", "user"),
        new CategoryInfo("Special.Health", CategoryKind.Special, "health data", "date privind sănătatea", "user.health_and_medical"),
        new CategoryInfo("Special.Biometric", CategoryKind.Special, "biometric data", "date biometrice", "user.biometric"),
        new CategoryInfo("Special.Genetic", CategoryKind.Special, "genetic data", "date genetice", "user.health_and_medical.genetic"),
        new CategoryInfo("Special.RacialOrEthnicOrigin", CategoryKind.Special, "racial or ethnic origin", "originea rasială sau etnică", "user.demographic.race_ethnicity"),
        new CategoryInfo("Special.PoliticalOpinion", CategoryKind.Special, "political opinions", "opinii politice", "user.demographic.political_opinion"),
        new CategoryInfo("Special.ReligiousBelief", CategoryKind.Special, "religious or philosophical beliefs", "convingeri religioase sau filozofice", "user.demographic.religious_belief"),
        new CategoryInfo("Special.TradeUnion", CategoryKind.Special, "trade-union membership", "apartenența la sindicate", "user.demographic"),
        new CategoryInfo("Special.SexLife", CategoryKind.Special, "sex life or sexual orientation", "viața sexuală sau orientarea sexuală", "user.demographic.sexual_orientation"),
        new CategoryInfo("Criminal", CategoryKind.Criminal, "criminal convictions and offences", "condamnări penale și infracțiuni", "user.criminal_history"),
        new CategoryInfo("Other", CategoryKind.Ordinary, "other personal data", "alte date cu caracter personal", "user"),
    };

    private static readonly Dictionary<string, CategoryInfo> ById = CreateIndex();

    /// <summary>Finds a built-in category by its exact (case-sensitive) id.</summary>
    public static bool TryGet(string id, out CategoryInfo info)
    {
        if (id is not null && ById.TryGetValue(id, out var found))
        {
            info = found;
            return true;
        }

        info = null!;
        return false;
    }

    /// <summary>Whether the id is a built-in category id.</summary>
    public static bool IsBuiltIn(string id) => id is not null && ById.ContainsKey(id);

    /// <summary>
    /// Whether an identifier member (<c>Id</c>, <c>UserId</c>) annotated with this category is personal data to copy
    /// with care (PRIV023), the one rule for "an id is the safe thing to copy": a record key is not, unless its
    /// annotation states a category that says what it identifies — any category other than none and <c>Other</c>
    /// (<c>Identity.NationalId</c>, <c>Online.DeviceId</c>, <c>Online.Username</c>, a project category). ASP.NET Core
    /// Identity's [PersonalData] on <c>IdentityUser.Id</c> states none.
    /// </summary>
    public static bool IdentifierIsPersonalData(string? category) =>
        category is not null && category.Trim().Length > 0 && category.Trim() != "Other";

    /// <summary>
    /// The GDPR kind of a category id, the one rule the validation rules (PRIV012 and the contradiction checks) and the documents (privacy policy,
    /// records of processing) share: a built-in id has its own kind; any other id under a special or criminal top level
    /// (<c>Special.Fitness</c>, declared or not) has that top level's kind, since everything under <c>Special</c> is Art. 9
    /// data; otherwise a project category declared with <c>IsSpecialCategory = true</c>
    /// (<paramref name="declaredSpecial"/>) is special, and everything else ordinary.
    /// </summary>
    public static CategoryKind KindOf(string? id, bool declaredSpecial)
    {
        if (id is null || id.Trim().Length == 0)
        {
            return CategoryKind.Ordinary;
        }

        if (TryGet(id, out var info))
        {
            return info.Kind;
        }

        if (TryGet(TopLevelOf(id), out var topLevel) && topLevel.Kind != CategoryKind.Ordinary)
        {
            return topLevel.Kind;
        }

        return declaredSpecial ? CategoryKind.Special : CategoryKind.Ordinary;
    }

    /// <summary>
    /// The fideslang data category written for a category id in the inventory (<c>fidesCategory</c>): the id's own, else
    /// its top level's (a project category <c>Contact.Pager</c> maps as <c>Contact</c>), else null. The generated inventory
    /// and the runtime's inventory writer both call this.
    /// </summary>
    public static string? FideslangOf(string? id)
    {
        if (id is null)
        {
            return null;
        }

        return TryGet(id, out var info) || TryGet(TopLevelOf(id), out info) ? info.Fideslang : null;
    }

    /// <summary>The top-level part of an id: <c>"Contact"</c> for <c>"Contact.Email"</c>.</summary>
    public static string TopLevelOf(string id)
    {
        var dot = id.IndexOf('.');
        return dot < 0 ? id : id.Substring(0, dot);
    }

    private static Dictionary<string, CategoryInfo> CreateIndex()
    {
        var index = new Dictionary<string, CategoryInfo>(StringComparer.Ordinal);
        foreach (var info in All)
        {
            index.Add(info.Id, info);
        }

        return index;
    }
}
