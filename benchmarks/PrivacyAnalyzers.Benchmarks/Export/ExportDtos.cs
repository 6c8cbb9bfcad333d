using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Benchmarks.Export;

// The System.Text.Json baseline: a hand-written projection to DTOs holding the same fields the generated exporter writes,
// serialised by the reflection-based JsonSerializer.

public sealed class CustomerAccessDto
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public DateTime BirthDate { get; set; }
    public string City { get; set; } = "";
    public bool Newsletter { get; set; }
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
    public decimal Total { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public string ShippingAddress { get; set; } = "";
    public string? IpAddress { get; set; }
}

public sealed class CustomerPortabilityDto
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public DateTime BirthDate { get; set; }
    public string City { get; set; } = "";
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
    public decimal Total { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public string ShippingAddress { get; set; } = "";
}
