using System;
using System.Linq;
using ControlPanel.Data;
using ControlPanel.Model;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers.Samples;

namespace ControlPanel;

/// <summary>Stores a fictional SmartCP user with their legal entity and activity, reads it back and exports it.</summary>
public static class Program
{
    public static int Main()
    {
        using var connection = SampleDatabase.OpenInMemory();
        using var seed = SeedFile.Load();
        int userId;
        using (var db = new PanelDbContext(SampleDatabase.Options<PanelDbContext>(connection)))
        {
            db.Database.EnsureCreated();
            var u = seed["user"];
            var user = new PanelUser
            {
                Email = u.Text("email"),
                ReceivesOffers = false,
                ReceivesServiceNotifications = true,
                Company = new LegalEntity
                {
                    CompanyName = u.Text("companyName"),
                    CompanyEmail = u.Text("companyEmail"),
                    RegistrationCode = u.Text("registrationCode"),
                    VatNumber = u.Text("vatNumber"),
                },
            };
            user.Activities.Add(new ServiceActivity { Action = "server.restart", At = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero) });
            db.Users.Add(user);
            db.SiteStatistics.Add(new SiteVisitStatistic { Page = "/pricing", Day = new DateOnly(2026, 11, 21), Views = 42 });
            db.SaveChanges();
            userId = user.Id;
        }

        using (var db = new PanelDbContext(SampleDatabase.Options<PanelDbContext>(connection)))
        {
            var user = db.Users.Include(u => u.Company).Include(u => u.Activities).AsSplitQuery().Single(u => u.Id == userId);
            Console.WriteLine($"Stored and read back user #{user.Id}: legal entity {(user.Company is null ? "absent" : "present")}, {user.Activities.Count} activit(y/ies).");
            SubjectExport.Write(user, Console.Out);
        }

        return 0;
    }
}
