using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers.Erasure;
using PrivacyAnalyzers.Export;
using PrivacyAnalyzers.Samples;

namespace ErasureSample;

/// <summary>
/// Seeds two customers, answers Ana's erasure request (load with includes, erase, save), prints the report, exports Ana
/// afterwards to show nothing erased remains, then runs a retention purge over all customers at a later date.
/// Exit code 0 when every check holds.
/// </summary>
public static class Program
{
    /// <summary>The day Ana asks for erasure (fixed, so the output is the same every run).</summary>
    private static readonly DateTimeOffset RequestDate = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The day of the retention purge.</summary>
    private static readonly DateTimeOffset PurgeDate = new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static int Main()
    {
        using var connection = SampleDatabase.OpenInMemory();
        using var seed = SeedFile.Load();
        var failures = 0;
        int anaId, ionId;
        string[] anaValues;
        using (var db = new ShopDbContext(SampleDatabase.Options<ShopDbContext>(connection)))
        {
            db.Database.EnsureCreated();
            var ion = NewCustomer(seed["ion"], lastActivity: new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), contractEnded: null, referredBy: null);
            var ana = NewCustomer(seed["ana"], lastActivity: new DateTimeOffset(2025, 11, 20, 0, 0, 0, TimeSpan.Zero), contractEnded: new DateTimeOffset(2026, 2, 15, 0, 0, 0, TimeSpan.Zero), referredBy: ion);
            ana.BirthDate = new DateOnly(1992, 5, 17);
            db.Customers.AddRange(ion, ana);
            db.SaveChanges();
            (anaId, ionId) = (ana.Id, ion.Id);
            anaValues = new[] { ana.Email!, ana.Phone!, ana.MarketingSegment!, ana.Orders[0].ShippingAddress!, "1992-05-17" };
            Console.WriteLine($"Seeded {db.Customers.Count()} customers.");
        }

        // 1. Ana asks for erasure (GDPR Art. 17).
        using (var db = new ShopDbContext(SampleDatabase.Options<ShopDbContext>(connection)))
        {
            var ana = db.Customers.Include(c => c.Orders).Include(c => c.ReferredBy).Single(c => c.Id == anaId);
            var report = CustomerPrivacyEraser.Erase(ana, ErasureRequest.FromSubject(RequestDate));
            db.SaveChanges();
            Console.WriteLine();
            Console.Write(report);
        }

        // 2. Export Ana afterwards (Art. 15): nothing erased may remain.
        using (var db = new ShopDbContext(SampleDatabase.Options<ShopDbContext>(connection)))
        {
            var ana = db.Customers.Include(c => c.Orders).Include(c => c.ReferredBy).Single(c => c.Id == anaId);
            using var stream = new MemoryStream();
            CustomerPrivacyExporter.Export(ana, stream, ExportFormat.Json, ExportScope.Access);
            var export = Encoding.UTF8.GetString(stream.ToArray());
            Console.WriteLine();
            Console.WriteLine("Export after erasure:");
            Console.WriteLine(export);
            foreach (var value in anaValues)
            {
                if (export.Contains(value, StringComparison.Ordinal))
                {
                    Console.WriteLine($"FAIL: an erased value is still in the export ({value.Length} characters).");
                    failures++;
                }
            }

            var ion = db.Customers.Single(c => c.Id == ionId);
            if (ion.Email is null || ion.Name.Length == 0 || ion.MarketingSegment is null)
            {
                Console.WriteLine("FAIL: the referrer (another data subject) was changed.");
                failures++;
            }

            Console.WriteLine(failures == 0
                ? "Check: no erased value remains in the export; the referrer is unchanged; the invoice data is retained."
                : "Check failed.");
        }

        // 3. Retention purge over all customers (Art. 5(1)(e)).
        using (var db = new ShopDbContext(SampleDatabase.Options<ShopDbContext>(connection)))
        {
            Console.WriteLine();
            Console.WriteLine($"Retention purge at {PurgeDate:yyyy-MM-dd}:");
            foreach (var customer in db.Customers.Include(c => c.Orders).Include(c => c.ReferredBy).OrderBy(c => c.Id).ToList())
            {
                var expired = CustomerPrivacyRetention.ExpiredMembers(customer, PurgeDate);
                var report = CustomerPrivacyRetention.Purge(customer, PurgeDate);
                Console.WriteLine($"  customer #{customer.Id}: {expired.Count} expired member(s) erased: {(expired.Count == 0 ? "none" : string.Join(", ", expired))}");
                if (!report.IsComplete)
                {
                    failures++;
                }
            }

            db.SaveChanges();
            var ion = db.Customers.Single(c => c.Id == ionId);
            if (ion.MarketingSegment is not null)
            {
                Console.WriteLine("FAIL: the referrer's marketing segment outlived its retention.");
                failures++;
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static Customer NewCustomer(SeedRecord person, DateTimeOffset lastActivity, DateTimeOffset? contractEnded, Customer? referredBy)
    {
        var customer = new Customer
        {
            Name = person.Text("name"),
            Email = person.Text("email"),
            Phone = person.Text("phone"),
            MarketingSegment = person.Text("segment"),
            LastActivityAt = lastActivity,
            ContractEndedAt = contractEnded,
            ReferredBy = referredBy,
        };
        customer.Orders.Add(new Order { PlacedAt = lastActivity.AddDays(-10), ShippingAddress = person.Text("street"), BillingName = person.Text("name"), Total = 249.90m });
        return customer;
    }
}
