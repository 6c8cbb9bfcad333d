using System.Collections.Generic;
using PrivacyAnalyzers;

[assembly: DataController("Exemplu Shop SRL", Address = "Str. Exemplu 1, Cluj-Napoca", Country = "RO", DpoEmail = "dpo@example.com")]
[assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract)]
[assembly: Recipient("OVH SAS", Kind = RecipientKind.Processor, Country = "FR", Purpose = "Hosting")]

namespace Shop.Annotated;

[DataSubject("Customer", Purpose = "Selling and delivering orders", Source = DataSource.ProvidedBySubject)]
public sealed class Customer
{
    public int Id { get; set; }

    [PersonalData("Identity.Name")]
    public string Name { get; set; } = "";

    [PersonalData("Contact.Email", LegalBasis = LegalBasis.Consent, Purpose = "Newsletter")]
    public string Email { get; set; } = "";

    [PersonalData("Online.IpAddress", LegalBasis = LegalBasis.LegitimateInterests, Source = DataSource.Observed, Retention = "P1Y", RetentionFrom = RetentionStart.Collection, Purpose = "Security")]
    public string LastIp { get; set; } = "";

    [PersonalData("Usage.Preferences", Source = DataSource.Derived, Description = "Segment computed from orders")]
    public string Segment { get; set; } = "";

    [NotPersonalData("Internal bookkeeping reference, never about the person")]
    public string InternalReference { get; set; } = "";

    public List<Order> Orders { get; } = new();
}

public sealed class Order
{
    public int Id { get; set; }

    [PersonalData("Contact.Address")]
    public string DeliveryAddress { get; set; } = "";

    [PersonalData("Financial.Transaction")]
    public decimal Total { get; set; }

    public Customer? Customer { get; set; }
}
