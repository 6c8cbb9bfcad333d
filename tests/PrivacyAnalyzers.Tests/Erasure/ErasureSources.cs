namespace PrivacyAnalyzers.Tests.Erasure;

/// <summary>A clinic-and-shop model for the generated eraser: every erasure rule has a member here. Compiles from C# 8 up.</summary>
internal static class ErasureSources
{
    public const string Model = """
        using System;
        using System.Collections.Generic;
        using PrivacyAnalyzers;

        [assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Source = DataSource.ProvidedBySubject)]

        namespace Shop
        {
            [DataSubject("Customer")]
            public class Customer
            {
                [PersonalData("Contact.Email", LegalBasis = LegalBasis.Consent)] public string? Email { get; set; }
                [PersonalData("Identity.Name")] public string Name { get; set; } = "";
                [PersonalData("Identity.DateOfBirth")] public DateTime? BirthDate { get; set; }
                [PersonalData("Identity.DateOfBirth")] public DateTimeOffset Born { get; set; }
                [PersonalData("Identity.NationalId", LegalBasis = LegalBasis.LegalObligation, Retention = "P10Y", RetentionFrom = RetentionStart.EndOfContract)]
                public string? TaxId { get; set; }
                [PersonalData("Marketing.Segment", LegalBasis = LegalBasis.Consent, Retention = "P2Y", RetentionFrom = RetentionStart.LastActivity)]
                public string? Segment { get; set; }
                [PersonalData("Support.Complaint", LegalBasis = LegalBasis.LegitimateInterests, OnErasure = ErasureAction.RetainForLegalClaims, Retention = "P6Y", RetentionFrom = RetentionStart.EndOfContract)]
                public string? Complaint { get; set; }
                [PersonalData("Contact.Phone")] public List<string> Phones { get; } = new List<string>();
                [PersonalData("Profile.Score")] public int Score { get; set; }
                [PersonalData("Profile.Nick", OnErasure = ErasureAction.Anonymise)] public string? Nick { get; set; }

                [RetentionStartDate(RetentionStart.EndOfContract)] public DateTimeOffset? ContractEndedAt { get; set; }
                [RetentionStartDate(RetentionStart.LastActivity)] public DateTime LastActivityAt { get; set; }

                public string Notes { get; set; } = "";
                [NotPersonalData("our own reference")] public string Reference { get; set; } = "";

                public Customer? Referrer { get; set; }
                public Person? Spouse { get; set; }
                public List<Customer> Friends { get; } = new List<Customer>();
                public List<Order> Orders { get; } = new List<Order>();
                public Address? Home { get; set; }
            }

            [DataSubject("Person")]
            public class Person
            {
                [PersonalData("Identity.Name")] public string? Name { get; set; }
            }

            public class Order
            {
                public Customer? Customer { get; set; }
                [PersonalData("Transaction.Amount", LegalBasis = LegalBasis.LegalObligation, Retention = "P10Y", RetentionFrom = RetentionStart.Collection)]
                public decimal Total { get; set; }
                [PersonalData("Contact.Address", Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract,
                    AlternativeRetention = "P1Y", AlternativeRetentionFrom = RetentionStart.Collection, RetentionCombination = RetentionCombination.WhicheverIsSooner)]
                public string? ShipTo { get; set; }
                [PersonalData("Transaction.Note", Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract,
                    AlternativeRetention = "P1Y", AlternativeRetentionFrom = RetentionStart.Collection, RetentionCombination = RetentionCombination.WhicheverIsLater)]
                public string? Note { get; set; }
                [RetentionStartDate(RetentionStart.Collection)] public DateTimeOffset PlacedAt { get; set; }
            }

            public struct Address
            {
                [PersonalData("Contact.Address")] public string? Street { get; set; }
            }
        }
        """;

    /// <summary>Builds a graph, runs what the test asks, and prints values and reports (the tests read the text).</summary>
    public const string Probe = """
        using System;
        using System.IO;
        using System.Text;
        using PrivacyAnalyzers.Erasure;
        using Shop;

        public static class Probe
        {
            public static readonly DateTimeOffset Now = new DateTimeOffset(2030, 6, 1, 0, 0, 0, TimeSpan.Zero);

            public static Customer Build()
            {
                var ana = new Customer
                {
                    Email = "ana@example.com", Name = "Ana Popescu", BirthDate = new DateTime(1990, 7, 14), Born = new DateTimeOffset(1991, 3, 2, 0, 0, 0, TimeSpan.Zero),
                    TaxId = "TAX-1900714", Segment = "SEGMENT-VIP", Complaint = "COMPLAINT-42", Score = 77, Nick = "anapop",
                    ContractEndedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), LastActivityAt = new DateTime(2027, 1, 1),
                    Notes = "NOTES-UNANNOTATED", Reference = "REF-NOTPERSONAL", Home = new Address { Street = "Strada Florilor 1" },
                };
                ana.Phones.Add("+40700000001");
                var referrer = new Customer { Email = "ion@example.com", Name = "Ion Ionescu" };
                ana.Referrer = referrer;
                ana.Friends.Add(referrer);
                ana.Spouse = new Person { Name = "Maria Popescu" };
                ana.Orders.Add(new Order { Customer = ana, Total = 120.5m, ShipTo = "SHIP-OLD", Note = "NOTE-OLD", PlacedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) });
                ana.Orders.Add(new Order { Customer = ana, Total = 99m, ShipTo = "SHIP-NEW", Note = "NOTE-NEW", PlacedAt = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) });
                return ana;
            }

            public static string Values(Customer c) =>
                "Email=" + (c.Email ?? "<null>") + "|Name=" + c.Name + "|BirthDate=" + (c.BirthDate.HasValue ? c.BirthDate.Value.ToString("yyyy-MM-dd") : "<null>")
                + "|Born=" + c.Born.ToString("yyyy-MM-dd") + "|TaxId=" + (c.TaxId ?? "<null>") + "|Segment=" + (c.Segment ?? "<null>") + "|Complaint=" + (c.Complaint ?? "<null>")
                + "|Phones=" + c.Phones.Count + "|Score=" + c.Score + "|Nick=" + (c.Nick ?? "<null>") + "|Notes=" + c.Notes + "|Reference=" + c.Reference
                + "|Street=" + (c.Home.HasValue ? c.Home.Value.Street ?? "<null>" : "<none>")
                + "|Referrer=" + c.Referrer!.Email + "/" + c.Referrer.Name + "|Spouse=" + c.Spouse!.Name
                + "|Order0=" + c.Orders[0].Total + "/" + (c.Orders[0].ShipTo ?? "<null>") + "/" + (c.Orders[0].Note ?? "<null>")
                + "|Order1=" + c.Orders[1].Total + "/" + (c.Orders[1].ShipTo ?? "<null>") + "/" + (c.Orders[1].Note ?? "<null>");

            public static string Subject()
            {
                var c = Build();
                var report = CustomerPrivacyEraser.Erase(c, ErasureRequest.FromSubject(Now));
                return Values(c) + "\n" + report;
            }

            public static string Twice()
            {
                var c = Build();
                CustomerPrivacyEraser.Erase(c, ErasureRequest.FromSubject(Now));
                var once = Values(c);
                var report = CustomerPrivacyEraser.Erase(c, ErasureRequest.FromSubject(Now));
                return once + "\n" + Values(c) + "\n" + report;
            }

            public static string Retention(int year, int month)
            {
                var c = Build();
                var at = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
                var expired = string.Join(",", CustomerPrivacyRetention.ExpiredMembers(c, at));
                var before = Values(c);
                var report = CustomerPrivacyRetention.Purge(c, at);
                return expired + "\n" + before + "\n" + Values(c) + "\n" + report;
            }

            public static string Preview()
            {
                var c = Build();
                var report = CustomerPrivacyEraser.Preview(c, ErasureRequest.FromSubject(Now));
                return Values(c) + "\n" + report;
            }

            public static byte[] ExportAfterErasure()
            {
                var c = Build();
                CustomerPrivacyEraser.Erase(c, ErasureRequest.FromSubject(Now));
                using (var stream = new MemoryStream())
                {
                    CustomerPrivacyExporter.Export(c, stream, PrivacyAnalyzers.Export.ExportFormat.Json, PrivacyAnalyzers.Export.ExportScope.Access);
                    return stream.ToArray();
                }
            }
        }
        """;
}
