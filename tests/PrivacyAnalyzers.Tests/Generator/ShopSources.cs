namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>The test domain: a shop whose customers are data subjects. <see cref="Model"/> compiles from C# 8 up; <see cref="Records"/> needs C# 9.</summary>
internal static class ShopSources
{
    public const string Model = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Source = DataSource.ProvidedBySubject)]
        [assembly: DataController("Exemplu SRL", Country = "RO", DpoEmail = "dpo@exemplu.ro")]

        namespace Shop
        {
            public abstract class Person
            {
                [PersonalData("Identity.Name")] public string Name { get; set; } = "";
            }

            [DataSubject("Customer", LegalBasis = LegalBasis.Contract, Source = DataSource.ProvidedBySubject, Description = "People who buy")]
            public partial class Customer : Person
            {
                [PersonalData("Contact.Email")] public string Email { get; set; } = "";
                [PersonalData("Contact.Phone")] public string? Phone { get; set; }
                [PersonalData("Online.IpAddress", Source = DataSource.Observed, LegalBasis = LegalBasis.LegitimateInterests)] public string? LastIp { get; set; }
                [PersonalData("Profile.Score", Source = DataSource.Derived)] public double Score { get; set; }
                [PersonalData("Identity.NationalId", LegalBasis = LegalBasis.LegalObligation)] public string? Cnp { get; set; }
                [PersonalData("Financial.Rating", Source = DataSource.ThirdParty)] public string? CreditRating { get; set; }
                public string Secret { get; set; } = "SENTINEL-UNANNOTATED";
                [NotPersonalData("an internal note")] public string InternalNote = "SENTINEL-NOTPERSONAL";
                public List<Order> Orders { get; } = new List<Order>();
                public Address? Home { get; set; }
                [PersonalData("Contact.Phone")] public List<string> OtherPhones { get; } = new List<string>();
                [PersonalData("Preferences.Settings", LegalBasis = LegalBasis.Consent)] public Dictionary<string, string> Preferences { get; } = new Dictionary<string, string>();
                public Dictionary<string, Order> OrdersByNumber { get; } = new Dictionary<string, Order>();
                public Wrapper<Address>? Wrapped { get; set; }
                [PersonalData("Misc.Notes")] public string? Notes { get; set; }
            }

            public partial class Customer
            {
                [PersonalData("Profile.Birthday")] public DateTime BirthDate { get; set; }
                [PersonalData("Profile.Newsletter", LegalBasis = LegalBasis.Consent)] public bool Newsletter { get; set; }
                [PersonalData("Profile.Age")] public int? Age { get; set; }
                [PersonalData("Profile.Token")] public Guid Token { get; set; }
                [PersonalData("Profile.Day")] public DayOfWeek PreferredDay { get; set; }
                [PersonalData("Profile.LastLogin", Source = DataSource.Observed)] public DateTimeOffset? LastLogin { get; set; }
                [PersonalData("Profile.Avatar")] public byte[]? Avatar { get; set; }
                [PersonalData("Profile.Points")] public long Points;
                [PersonalData("Profile.Ratio")] public float Ratio;
                [PersonalData("Profile.Initial")] public char Initial;
                [PersonalData("Profile.Hidden")] private string? hidden = "SENTINEL-PRIVATE";
                public string? Hidden => hidden;
            }

            public class Order
            {
                [PersonalData("Transaction.Amount")] public decimal Total;
                [PersonalData("Transaction.Note")] public string? Note;
                public Customer? Customer;
                public List<OrderLine> Lines = new List<OrderLine>();
                public string Sku = "SENTINEL-ORDER";
            }

            public class OrderLine
            {
                public OrderLine(string product, int quantity) { Product = product; Quantity = quantity; }
                [PersonalData("Transaction.Item")] public string Product { get; }
                public int Quantity { get; }
            }

            public struct Address
            {
                [PersonalData("Contact.Address")] public string? Street { get; set; }
                public string? Internal { get; set; }
            }

            public class Wrapper<T>
            {
                [PersonalData("Misc.Wrapped")] public T Value { get; set; } = default!;
            }

            public class Outer
            {
                [DataSubject("Guest")]
                public class Guest
                {
                    [PersonalData("Identity.Name")] public string? Name { get; set; }
                }
            }

            [DataSubject("Tenant")]
            public class Envelope<T> where T : class
            {
                [PersonalData("Identity.Name")] public string? Owner { get; set; }
                [PersonalData("Misc.Payload")] public T? Payload { get; set; }
            }
        }
        """;

    public const string Records = """
        using PrivacyAnalyzers;

        namespace Shop.Loyalty
        {
            [DataSubject("Member", LegalBasis = LegalBasis.Consent, Source = DataSource.ProvidedBySubject)]
            public sealed record Member([property: PersonalData("Contact.Email")] string Email, [PersonalData("Identity.Name")] string Name, int Level)
            {
                [PersonalData("Loyalty.Points", Source = DataSource.Derived)] public int Points { get; init; }
            }
        }
        """;
}
