using System;
using System.Collections.Generic;
using PrivacyAnalyzers;

namespace PrivacyAnalyzers.Benchmarks.Export;

// The System.Text.Json baseline: a hand-written projection to DTOs holding the same fields the generated exporter writes,
// serialised by the reflection-based JsonSerializer. They hold copies of personal data, so they are annotated too.

public sealed class CustomerAccessDto
{
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
    [PersonalData("Usage.Preferences")]
    public bool Newsletter { get; set; }
    [PersonalData("Usage.Activity")]
    public string? Segment { get; set; }
    public List<OrderAccessDto> Orders { get; set; } = new();

    public static CustomerAccessDto From(BenchCustomer c)
    {
        var dto = new CustomerAccessDto { Name = c.Name, Email = c.Email, Phone = c.Phone, BirthDate = c.BirthDate, City = c.City, Newsletter = c.Newsletter, Segment = c.Segment };
        foreach (var o in c.Orders)
        {
            dto.Orders.Add(new OrderAccessDto { Total = o.Total, PlacedAt = o.PlacedAt, ShippingAddress = o.ShippingAddress, IpAddress = o.IpAddress });
        }

        return dto;
    }
}

public sealed class OrderAccessDto
{
    [PersonalData("Financial.Transaction")]
    public decimal Total { get; set; }
    [PersonalData("Financial.Transaction")]
    public DateTimeOffset PlacedAt { get; set; }
    [PersonalData("Contact.Address")]
    public string ShippingAddress { get; set; } = "";
    [PersonalData("Online.IpAddress")]
    public string? IpAddress { get; set; }
}

public sealed class CustomerPortabilityDto
{
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
    [PersonalData("Usage.Preferences")]
    public bool Newsletter { get; set; }
    public List<OrderPortabilityDto> Orders { get; set; } = new();

    public static CustomerPortabilityDto From(BenchCustomer c)
    {
        var dto = new CustomerPortabilityDto { Name = c.Name, Email = c.Email, Phone = c.Phone, BirthDate = c.BirthDate, City = c.City, Newsletter = c.Newsletter };
        foreach (var o in c.Orders)
        {
            dto.Orders.Add(new OrderPortabilityDto { Total = o.Total, PlacedAt = o.PlacedAt, ShippingAddress = o.ShippingAddress });
        }

        return dto;
    }
}

public sealed class OrderPortabilityDto
{
    [PersonalData("Financial.Transaction")]
    public decimal Total { get; set; }
    [PersonalData("Financial.Transaction")]
    public DateTimeOffset PlacedAt { get; set; }
    [PersonalData("Contact.Address")]
    public string ShippingAddress { get; set; } = "";
}
