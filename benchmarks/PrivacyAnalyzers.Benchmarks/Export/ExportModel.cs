using System;
using System.Collections.Generic;
using PrivacyAnalyzers;

[assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Source = DataSource.ProvidedBySubject, Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract, Purpose = "Orders and invoices")]

namespace PrivacyAnalyzers.Benchmarks.Export;

/// <summary>The exported subject: a shop customer with a few orders.</summary>
[DataSubject("Customer")]
public sealed class BenchCustomer
{
    [NotPersonalData("database key")]
    public int Id { get; set; }

    [PersonalData("Identity.Name")]
    public string Name { get; set; } = "";

    [PersonalData("Contact.Email")]
    public string Email { get; set; } = "";

    [PersonalData("Contact.Phone")]
    public string? Phone { get; set; }

    [PersonalData("Identity.DateOfBirth")]
    public DateTime BirthDate { get; set; }

    [PersonalData("Contact.Address")]
    public string City { get; set; } = "";

    [PersonalData("Usage.Preferences", LegalBasis = LegalBasis.Consent, Purpose = "Newsletter")]
    public bool Newsletter { get; set; }

    [PersonalData("Usage.Activity", Source = DataSource.Derived, LegalBasis = LegalBasis.LegitimateInterests, Purpose = "Marketing segmentation")]
    public string? Segment { get; set; }

    public List<BenchOrder> Orders { get; } = new();
}

/// <summary>An order of the customer.</summary>
public sealed class BenchOrder
{
    [NotPersonalData("order number")]
    public string Number { get; set; } = "";

    [PersonalData("Financial.Transaction")]
    public decimal Total { get; set; }

    [PersonalData("Financial.Transaction")]
    public DateTimeOffset PlacedAt { get; set; }

    [PersonalData("Contact.Address")]
    public string ShippingAddress { get; set; } = "";

    [PersonalData("Online.IpAddress", Source = DataSource.Observed, LegalBasis = LegalBasis.LegitimateInterests, Retention = "P6M", Purpose = "Fraud prevention")]
    public string? IpAddress { get; set; }
}

/// <summary>Builds the same customers for every benchmark (fixed seed).</summary>
public static class BenchData
{
    public static BenchCustomer[] Customers(int count, int ordersPerCustomer)
    {
        var random = new Random(20240501);
        var customers = new BenchCustomer[count];
        for (var i = 0; i < count; i++)
        {
            var customer = new BenchCustomer
            {
                Id = i,
                Name = "Ștefan Popescu " + i,
                Email = "client" + i + "@exemplu.ro",
                Phone = i % 3 == 0 ? null : "+40 721 " + random.Next(100000, 999999),
                BirthDate = new DateTime(1950, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 20000)),
                City = i % 2 == 0 ? "Cluj-Napoca" : "București, Sector 1",
                Newsletter = i % 4 == 0,
                Segment = "S" + (i % 7),
            };
            for (var j = 0; j < ordersPerCustomer; j++)
            {
                customer.Orders.Add(new BenchOrder
                {
                    Number = "CMD-" + i + "-" + j,
                    Total = random.Next(100, 100000) / 100m,
                    PlacedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(2)).AddMinutes(random.Next(0, 500000)),
                    ShippingAddress = "Str. Exemplu " + j + ", \"Bloc A\"",
                    IpAddress = "192.0.2." + (j % 255),
                });
            }

            customers[i] = customer;
        }

        return customers;
    }
}
