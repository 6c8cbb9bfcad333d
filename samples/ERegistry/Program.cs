using System;
using System.Linq;
using ERegistry.Data;
using ERegistry.Model;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers.Samples;

namespace ERegistry;

/// <summary>Stores a fictional e-registry user with support history, a device, a licence and a payment, and exports it.</summary>
public static class Program
{
    public static int Main()
    {
        using var connection = SampleDatabase.OpenInMemory();
        using var seed = SeedFile.Load();
        int userId;
        using (var db = new RegistryDbContext(SampleDatabase.Options<RegistryDbContext>(connection)))
        {
            db.Database.EnsureCreated();
            var u = seed["user"];
            var at = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
            var user = new UserAccount
            {
                LastName = u.Text("lastName"),
                FirstName = u.Text("firstName"),
                Email = u.Text("email"),
                PostalAddress = u.Text("postalAddress"),
                Phone = u.Text("phone"),
                PasswordHash = "(hash of a fictional password)",
                PasswordHint = u.Text("passwordHint"),
                SecurityQuestion = u.Text("securityQuestion"),
                SecurityAnswerHash = "(hash of a fictional answer)",
                Profile = new PersonalisationProfile { InterestsAndPreferences = "arhivare electronică", Location = u.Text("location") },
            };
            user.SupportInteractions.Add(new SupportInteraction { Kind = InteractionKind.Message, Content = u.Text("question"), At = at });
            user.SupportInteractions.Add(new SupportInteraction { Kind = InteractionKind.Feedback, Content = "Recenzie", Review = u.Text("review"), At = at });
            user.Devices.Add(new DeviceActivation { DeviceType = "laptop", ApplicationType = "desktop", UniqueDeviceId = u.Text("deviceId"), Location = u.Text("location"), ApplicationId = "registratura-desktop", SubscriptionId = "SUB-0001" });
            user.Licenses.Add(new License { LicenseKey = "LIC-0000-0000", Product = "Registratură electronică", StartsOn = new DateOnly(2026, 1, 1), EndsOn = new DateOnly(2026, 12, 31) });
            user.Payments.Add(new Payment { MaskedCardNumber = u.Text("maskedCard"), CardholderName = u.Text("cardholder"), Amount = 600m, PaidAt = at });
            db.Users.Add(user);
            db.SaveChanges();
            userId = user.Id;
        }

        using (var db = new RegistryDbContext(SampleDatabase.Options<RegistryDbContext>(connection)))
        {
            var user = db.Users
                .Include(u => u.SupportInteractions)
                .Include(u => u.Devices)
                .Include(u => u.Licenses)
                .Include(u => u.Payments)
                .Include(u => u.Profile)
                .AsSplitQuery()
                .Single(u => u.Id == userId);
            Console.WriteLine($"Stored and read back user #{user.Id}: {user.SupportInteractions.Count} support interaction(s), {user.Devices.Count} device(s), {user.Licenses.Count} licence(s), {user.Payments.Count} payment(s).");
            SubjectExport.Write(user, Console.Out);
        }

        return 0;
    }
}
