using System;
using System.Linq;
using Crm.Data;
using Crm.Model;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers.Samples;

namespace Crm;

/// <summary>Stores a fictional customer account, reads it back and exports what the CRM holds about it.</summary>
public static class Program
{
    public static int Main()
    {
        using var connection = SampleDatabase.OpenInMemory();
        using var seed = SeedFile.Load();
        int accountId;
        using (var db = new CrmDbContext(SampleDatabase.Options<CrmDbContext>(connection)))
        {
            db.Database.EnsureCreated();
            var account = NewAccount(seed);
            db.Accounts.Add(account);
            db.SaveChanges();
            accountId = account.Id;
        }

        using (var db = new CrmDbContext(SampleDatabase.Options<CrmDbContext>(connection)))
        {
            var account = db.Accounts
                .Include(a => a.Company).ThenInclude(c => c!.WorkPoints)
                .Include(a => a.Users)
                .Include(a => a.Clients).ThenInclude(c => c.Contacts)
                .Include(a => a.Subscriptions)
                .Include(a => a.Invoices)
                .AsSplitQuery()
                .Single(a => a.Id == accountId);
            Console.WriteLine($"Stored and read back account #{account.Id}: {account.Users.Count} user(s), {account.Clients.Count} client(s), {account.Clients.Sum(c => c.Contacts.Count)} contact(s), {account.Invoices.Count} invoice(s).");
            SubjectExport.Write(account, Console.Out);
        }

        return 0;
    }

    private static Account NewAccount(SeedFile seed)
    {
        var a = seed["account"];
        var account = new Account
        {
            FiscalCode = a.Text("fiscalCode"),
            CompanyEmail = a.Text("companyEmail"),
            Telephone = a.Text("telephone"),
            ContactPersonLastName = a.Text("contactPersonLastName"),
            ContactPersonFirstName = a.Text("contactPersonFirstName"),
            ContactPersonEmail = a.Text("contactPersonEmail"),
            OfficeStreet = a.Text("officeStreet"),
            OfficeCity = a.Text("officeCity"),
            OfficeCounty = a.Text("officeCounty"),
            OfficePostcode = a.Text("officePostcode"),
            TradeRegisterNumber = a.Text("tradeRegisterNumber"),
            IsVatPayer = true,
            AccountName = a.Text("accountName"),
            Username = a.Text("username"),
            PasswordHash = "(hash of a fictional password)",
            ApiKey = a.Text("apiKey"),
            Company = new CompanyProfile
            {
                CompanyName = "Exemplu SRL",
                Cif = a.Text("fiscalCode"),
                IsVatPayer = true,
                TradeRegisterNumber = a.Text("tradeRegisterNumber"),
                Euid = "ROONRC.J00/0000/2020",
                Address = a.Text("officeStreet"),
                City = a.Text("officeCity"),
                County = a.Text("officeCounty"),
                Country = "RO",
                PostalCode = a.Text("officePostcode"),
                Telephone = a.Text("telephone"),
                Email = a.Text("companyEmail"),
                BankName = seed["client"].Text("bankName"),
                Iban = seed["client"].Text("iban"),
                Swift = "EXMPROBU",
                Currency = "RON",
            },
        };

        var u = seed["user"];
        account.Users.Add(new AccountUser
        {
            LastName = u.Text("lastName"),
            FirstName = u.Text("firstName"),
            Username = u.Text("username"),
            Email = u.Text("email"),
            PasswordHash = "(hash of a fictional password)",
            Telephone = u.Text("telephone"),
            Cnp = u.Text("cnp"),
            IdentityDocumentType = u.Text("identityDocumentType"),
            IdentityDocumentSeries = u.Text("identityDocumentSeries"),
            IdentityDocumentNumber = u.Text("identityDocumentNumber"),
            IdentityDocumentIssuer = u.Text("identityDocumentIssuer"),
            IdentityDocumentIssuedOn = new DateOnly(2020, 1, 15),
            Rights = UserRights.Administrator,
        });

        var c = seed["client"];
        var client = new Client
        {
            Cif = c.Text("cif"),
            ClientName = c.Text("name"),
            ClientType = ClientType.NaturalPerson,
            Address = c.Text("address"),
            City = c.Text("city"),
            Country = c.Text("country"),
            BankName = c.Text("bankName"),
            Iban = c.Text("iban"),
            Email = c.Text("email"),
        };
        var k = seed["contact"];
        client.Contacts.Add(new ClientContact { LastName = k.Text("lastName"), FirstName = k.Text("firstName"), Mobile = k.Text("mobile"), Email = k.Text("email") });
        account.Clients.Add(client);

        account.Subscriptions.Add(new Subscription { Plan = "Standard", StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 12, 31) });
        account.Invoices.Add(new Invoice { Number = "SM-0001", IssuedOn = new DateOnly(2026, 1, 1), DueOn = new DateOnly(2026, 1, 15), Total = 119m, IsPaid = true });
        return account;
    }
}
