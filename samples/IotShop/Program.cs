using System;
using System.Linq;
using IotShop.Data;
using IotShop.Model;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers.Samples;

namespace IotShop;

/// <summary>
/// Records a fictional visit, an enquiry, a customer with an order and a review, anonymises the review for the
/// statistics kept indefinitely, reads the customer back and exports their data.
/// </summary>
public static class Program
{
    public static int Main()
    {
        using var connection = SampleDatabase.OpenInMemory();
        using var seed = SeedFile.Load();
        var now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        int customerId;
        using (var db = new ShopDbContext(SampleDatabase.Options<ShopDbContext>(connection)))
        {
            db.Database.EnsureCreated();
            var v = seed["visitor"];
            db.Usage.Add(new UsageRecord
            {
                IpAddress = v.Text("ipAddress"),
                BrowserTypeAndVersion = v.Text("browser"),
                OperatingSystem = v.Text("operatingSystem"),
                NavigationPath = "/ > /sensors > /basket",
                LengthOfVisit = TimeSpan.FromMinutes(4),
                VisitedAt = now,
            });
            db.Cookies.Add(new BrowserCookie { CookieId = v.Text("cookieId"), IsPersistent = false });

            var e = seed["enquirer"];
            db.Enquiries.Add(new Enquiry { EnquirerName = e.Text("name"), Email = e.Text("email"), Text = e.Text("text"), SubmittedAt = now });
            db.Subscriptions.Add(new NotificationSubscription { Email = e.Text("email"), Topics = "newsletter", ConsentedAt = now });

            var c = seed["customer"];
            var customer = new CustomerAccount { FullName = c.Text("name"), Email = c.Text("email") };
            customer.Orders.Add(new Order
            {
                DeliveryName = c.Text("name"),
                DeliveryAddress = c.Text("deliveryAddress"),
                DeliveryPhone = c.Text("deliveryPhone"),
                Items = "1 × sensor hub",
                Total = 89.00m,
                PayPalTransactionId = "TEST-0000000000",
                PlacedAt = now,
            });
            var review = new Publication { Text = c.Text("review"), Rating = 5, PublishedAt = now };
            customer.Publications.Add(review);
            db.Customers.Add(customer);

            // §4.4: the review is kept indefinitely only in an anonymised form — no author, no account, the month only.
            db.AnonymisedFeedback.Add(new AnonymisedFeedback { ReviewText = review.Text, Rating = review.Rating, Month = "2026-11" });
            db.SaveChanges();
            customerId = customer.Id;
        }

        using (var db = new ShopDbContext(SampleDatabase.Options<ShopDbContext>(connection)))
        {
            var customer = db.Customers.Include(c => c.Orders).Include(c => c.Publications).AsSplitQuery().Single(c => c.Id == customerId);
            Console.WriteLine($"Stored and read back customer #{customer.Id}: {customer.Orders.Count} order(s), {customer.Publications.Count} publication(s); {db.AnonymisedFeedback.Count()} anonymised review(s) kept for statistics.");
            SubjectExport.Write(customer, Console.Out);
        }

        return 0;
    }
}
