using System;
using System.Linq;
using CityManagement.Data;
using CityManagement.Model;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers.Samples;

namespace CityManagement;

/// <summary>Logs a fictional visit, stores an enquiry and a customer, reads the customer back and exports their data.</summary>
public static class Program
{
    public static int Main()
    {
        using var connection = SampleDatabase.OpenInMemory();
        using var seed = SeedFile.Load();
        int customerId;
        using (var db = new CityDbContext(SampleDatabase.Options<CityDbContext>(connection)))
        {
            db.Database.EnsureCreated();
            var visitor = seed["visitor"];
            var now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
            db.AccessLog.Add(new AccessLogEntry { IpAddress = visitor.Text("ipAddress"), BrowserVersion = visitor.Text("browserVersion"), PageAccessed = "/", AccessedAt = now });
            db.Cookies.Add(new VisitorCookie { CookieId = visitor.Text("cookieId"), CookieName = "session", SetAt = now });

            var e = seed["enquirer"];
            db.ContactRequests.Add(new ContactRequest
            {
                Channel = ContactChannel.Request,
                SenderName = e.Text("name"),
                Email = e.Text("email"),
                Subject = e.Text("subject"),
                Message = e.Text("message"),
                CallbackPhone = e.Text("phone"),
                ReceivedAt = now,
            });

            var c = seed["customer"];
            var customer = new Customer
            {
                FullName = c.Text("name"),
                Email = c.Text("email"),
                OrganisationName = c.Text("organisationName"),
                OrganisationAddress = c.Text("organisationAddress"),
            };
            customer.SubAccounts.Add(new SubAccount { HolderName = c.Text("subAccountName"), Login = c.Text("subAccountLogin"), Email = c.Text("subAccountEmail") });
            customer.Purchases.Add(new Purchase { Service = "City Manager — registratură electronică", PurchasedAt = now, Amount = 1200m });
            db.Customers.Add(customer);
            db.SaveChanges();
            customerId = customer.Id;
        }

        using (var db = new CityDbContext(SampleDatabase.Options<CityDbContext>(connection)))
        {
            var customer = db.Customers.Include(c => c.SubAccounts).Include(c => c.Purchases).AsSplitQuery().Single(c => c.Id == customerId);
            Console.WriteLine($"Stored and read back customer #{customer.Id}: {customer.SubAccounts.Count} sub-account(s), {customer.Purchases.Count} purchase(s); {db.AccessLog.Count()} access-log entr(y/ies), {db.ContactRequests.Count()} enquir(y/ies).");
            SubjectExport.Write(customer, Console.Out);
        }

        return 0;
    }
}
