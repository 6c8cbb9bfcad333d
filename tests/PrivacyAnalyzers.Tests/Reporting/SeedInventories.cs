using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// Inventories modelled on the seed policies. <see cref="SmartCity"/> follows seed 000 (SmartCity Solutions, the
/// city-management app): access logs with IP address and browser, contact forms, purchases of services, with Google
/// Analytics as a processor in the United States under standard contractual clauses.
/// </summary>
internal static class SeedInventories
{
    private const string Access = "CityManager.Web.AccessLogEntry";
    private const string Contact = "CityManager.Web.ContactRequest";
    private const string Customer = "CityManager.Billing.Customer";
    private const string Visit = "CityManager.Web.AnalyticsVisit";

    public static InventoryController SmartCityController() => new(
        "SmartCitySolutions SRL",
        address: "Strada Paris Nr 35, Sibiu",
        country: "RO",
        registrationNumber: "J32/1234/2016",
        taxId: "RO12345678",
        email: "contact@citymanager.online",
        phone: "+40369101010",
        website: "https://citymanager.online",
        dpoEmail: "dpo@citymanager.online",
        supervisoryAuthority: "the Romanian National Supervisory Authority for Personal Data Processing (ANSPDCP)");

    public static InventoryRecipient GoogleAnalytics() =>
        new("Google LLC (Google Analytics)", RecipientKind.Processor, "US", TransferSafeguard.StandardContractualClauses, "Website statistics and visitor behaviour patterns");

    public static InventoryRecipient Hosting() =>
        new("Web hosting provider", RecipientKind.Processor, "RO", TransferSafeguard.Unspecified, "Hosting our website and databases");

    public static PrivacyInventory SmartCity() => new(
        "CityManager.Web",
        SmartCityController(),
        new[]
        {
            new InventorySubject("Customer", Customer, "Organisations and people who purchase our services."),
            new InventorySubject("Enquirer", Contact, "People who use our contact forms, requests or meeting scheduler, or e-mail us directly."),
            new InventorySubject("Website visitor", Access, "People who visit https://citymanager.online/ or download our mobile app."),
        },
        System.Array.Empty<InventoryCategory>(),
        new[]
        {
            Entry(Customer, "Email", "string", "Customer", "Contact.Email", LegalBasis.Contract, "P0D", RetentionStart.EndOfContract, null, Purposes("To fulfil our contractual obligations to you"), DataSource.ProvidedBySubject, null, Hosting()),
            Entry(Customer, "Name", "string", "Customer", "Identity.Name", LegalBasis.Contract, "P0D", RetentionStart.EndOfContract, null, Purposes("To fulfil our contractual obligations to you"), DataSource.ProvidedBySubject, null, Hosting()),
            Entry(Customer, "OrganisationAddress", "string", "Customer", "Contact.Address", LegalBasis.Contract, "P0D", RetentionStart.EndOfContract, null, Purposes("To fulfil our contractual obligations to you"), DataSource.ProvidedBySubject, "your organisation's address", Hosting()),
            Entry(Customer, "OrganisationName", "string", "Customer", "Employment", LegalBasis.Contract, "P0D", RetentionStart.EndOfContract, null, Purposes("To fulfil our contractual obligations to you"), DataSource.ProvidedBySubject, "the name of your organisation", Hosting()),
            Entry(Customer, "SubAccounts", "System.Collections.Generic.List<string>", "Customer", "Online.Username", LegalBasis.Contract, "P0D", RetentionStart.EndOfContract, null, Purposes("To fulfil our contractual obligations to you"), DataSource.ProvidedBySubject, "optional sub-account details", Hosting()),
            Entry(Visit, "CookieId", "string", "Website visitor", "Online.CookieId", LegalBasis.Consent, "P2Y", RetentionStart.Collection, "analytics cookies; see our Cookie Policy", Purposes("To measure how our website is used"), DataSource.Observed, "analytics cookie identifier", GoogleAnalytics()),
            Entry(Access, "Browser", "string", "Website visitor", "Online.UserAgent", LegalBasis.LegitimateInterests, "P1Y", RetentionStart.Collection, "access logs on our web server", Purposes("To maintain network and information security"), DataSource.Observed, "browser version"),
            Entry(Access, "IpAddress", "System.Net.IPAddress", "Website visitor", "Online.IpAddress", LegalBasis.LegitimateInterests, "P1Y", RetentionStart.Collection, "access logs on our web server", Purposes("To maintain network and information security"), DataSource.Observed, null),
            Entry(Access, "Path", "string", "Website visitor", "Usage.Activity", LegalBasis.LegitimateInterests, "P1Y", RetentionStart.Collection, "access logs on our web server", Purposes("To maintain network and information security"), DataSource.Observed, "the pages accessed"),
            Entry(Contact, "Email", "string", "Enquirer", "Contact.Email", LegalBasis.LegitimateInterests, "P2Y", RetentionStart.LastActivity, null, Purposes("To answer pre-sales queries", "To record e-mail exchanges with existing and potential customers"), DataSource.ProvidedBySubject, null),
            Entry(Contact, "Message", "string", "Enquirer", "Content.Message", LegalBasis.LegitimateInterests, "P2Y", RetentionStart.LastActivity, null, Purposes("To answer pre-sales queries", "To record e-mail exchanges with existing and potential customers"), DataSource.ProvidedBySubject, "any information you give in the subject and message fields"),
            Entry(Contact, "Name", "string", "Enquirer", "Identity.Name", LegalBasis.LegitimateInterests, "P2Y", RetentionStart.LastActivity, null, Purposes("To answer pre-sales queries", "To record e-mail exchanges with existing and potential customers"), DataSource.ProvidedBySubject, null),
            Entry(Contact, "Phone", "string?", "Enquirer", "Contact.Phone", LegalBasis.LegitimateInterests, "P2Y", RetentionStart.LastActivity, null, Purposes("To answer pre-sales queries"), DataSource.ProvidedBySubject, "your phone number, on call-back requests"),
        }.OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Member, StringComparer.Ordinal).ToArray());

    /// <summary>The Romanian texts of <see cref="SmartCity"/>'s free text, as a project keeps them in privacy-texts.ro.json.</summary>
    public const string SmartCityRomanianTexts = """
        {
          // subjects
          "Customer": "Clienți",
          "Organisations and people who purchase our services.": "Organizațiile și persoanele care cumpără serviciile noastre.",
          "Enquirer": "Persoane care ne contactează",
          "People who use our contact forms, requests or meeting scheduler, or e-mail us directly.": "Persoanele care folosesc formularele de contact, de solicitare sau de programare a întâlnirilor ori ne scriu direct pe e-mail.",
          "Website visitor": "Vizitatori ai site-ului",
          "People who visit https://citymanager.online/ or download our mobile app.": "Persoanele care vizitează https://citymanager.online/ sau descarcă aplicația noastră mobilă.",
          // purposes
          "To fulfil our contractual obligations to you": "Pentru a ne îndeplini obligațiile contractuale față de dumneavoastră",
          "To measure how our website is used": "Pentru a măsura modul în care este folosit site-ul nostru",
          "To maintain network and information security": "Pentru a menține securitatea rețelei și a informațiilor",
          "To answer pre-sales queries": "Pentru a răspunde solicitărilor de informații înainte de vânzare",
          "To record e-mail exchanges with existing and potential customers": "Pentru a păstra evidența corespondenței prin e-mail cu clienții existenți și potențiali",
          // descriptions
          "your organisation's address": "adresa organizației dumneavoastră",
          "the name of your organisation": "denumirea organizației dumneavoastră",
          "optional sub-account details": "detaliile opționale ale subconturilor",
          "analytics cookie identifier": "identificatorul cookie-ului de analiză",
          "browser version": "versiunea browserului",
          "the pages accessed": "paginile accesate",
          "any information you give in the subject and message fields": "orice informație pe care o scrieți în câmpurile „subiect” și „mesaj”",
          "your phone number, on call-back requests": "numărul dumneavoastră de telefon, la cererile de apel invers",
          // retention notes
          "access logs on our web server": "jurnalele de acces ale serverului nostru web",
          "analytics cookies; see our Cookie Policy": "cookie-uri de analiză; consultați Politica noastră privind cookie-urile",
          // recipients
          "Web hosting provider": "Furnizorul de găzduire web",
          "Hosting our website and databases": "Găzduirea site-ului și a bazelor noastre de date",
          "Website statistics and visitor behaviour patterns": "Statistici ale site-ului și tipare de comportament ale vizitatorilor",
          "the Romanian National Supervisory Authority for Personal Data Processing (ANSPDCP)": "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)"
        }
        """;

    public static string[] Purposes(params string[] purposes) => purposes;

    public static InventoryEntry Entry(
        string type,
        string member,
        string memberType,
        string? subject,
        string? category,
        LegalBasis basis,
        string? retention,
        RetentionStart from,
        string? note,
        string[] purposes,
        DataSource source,
        string? description,
        params InventoryRecipient[] recipients) =>
        new(type, member, memberType, subject, category, basis, retention, from, note, purposes, source, description,
            SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified, recipients, "PersonalData");

    /// <summary>A small inventory with one entry, for focused tests.</summary>
    public static PrivacyInventory Single(InventoryEntry entry, string assembly = "Shop", InventoryController? controller = null) =>
        new(assembly, controller, new[] { new InventorySubject("Customer", "Shop.Customer", null) }, System.Array.Empty<InventoryCategory>(), new[] { entry });

    public static InventoryEntry CustomerEmail(
        LegalBasis basis = LegalBasis.Contract,
        string? retention = "P3Y",
        RetentionStart from = RetentionStart.EndOfContract,
        string[]? purposes = null,
        string? category = "Contact.Email",
        params InventoryRecipient[] recipients) =>
        Entry("Shop.Customer", "Email", "string", "Customer", category, basis, retention, from, null, purposes ?? Purposes("Invoicing"), DataSource.ProvidedBySubject, "e-mail address", recipients);
}
