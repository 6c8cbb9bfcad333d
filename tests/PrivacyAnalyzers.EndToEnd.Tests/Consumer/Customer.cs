using System;

namespace Shop.Domain;

public class Customer
{
    public int Id { get; set; }

    public string Name { get; set; } = "";              // PRIV001 Identity.Name

    public string Email { get; set; } = "";             // PRIV001 Contact.Email

    public bool EmailConfirmed { get; set; }

    public string PhoneNumber { get; set; } = "";       // PRIV001 Contact.Phone

    public DateOnly DateOfBirth { get; set; }           // PRIV001 Identity.DateOfBirth

    public AddressType AddressType { get; set; }

    public DateTime CreatedAt { get; set; }
}

public enum AddressType
{
    Billing,
    Shipping,
}
