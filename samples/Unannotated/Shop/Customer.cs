using System;
using System.Net;

namespace Unannotated.Shop;

public class Customer
{
    public Guid Id { get; set; }

    public string FullName { get; set; } = "";          // PRIV001 Identity.Name

    public string Email { get; set; } = "";             // PRIV001 Contact.Email

    public bool EmailConfirmed { get; set; }

    public string PhoneNumber { get; set; } = "";       // PRIV001 Contact.Phone

    public DateOnly DateOfBirth { get; set; }           // PRIV001 Identity.DateOfBirth

    public IPAddress? LastLoginIp { get; set; }         // PRIV001 Online.IpAddress

    public AddressType PreferredAddressType { get; set; }
}

public enum AddressType
{
    Billing,
    Shipping,
}
