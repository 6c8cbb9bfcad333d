using PrivacyAnalyzers;

// Names that collide: a public nested Order.Customer beside a top-level OrderCustomer; Shop.Customer and
// shop.customer, which differ only in case; a namespace that is a keyword (Shop.@event); a private nested type reached
// through a private member; a subject name with a newline.
namespace Shop
{
    public class Order
    {
        [PersonalData("Contact.Address")]
        public string DeliveryAddress { get; set; } = "";

        [DataSubject("Customer")]
        public class Customer
        {
            [PersonalData("Contact.Email")]
            public string Email { get; set; } = "";
        }
    }

    [DataSubject("Customer")]
    public class OrderCustomer
    {
        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";
    }

    [DataSubject("Customer")]
    public class Customer
    {
        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";
    }
}

namespace shop
{
#pragma warning disable CS8981 // lower-case type name: the point of this shape
    [DataSubject("Customer")]
    public class customer
    {
        [PersonalData("Contact.Email")]
        public string email { get; set; } = "";
    }
#pragma warning restore CS8981
}

namespace Shop.@event
{
    [DataSubject("Attendee")]
    public class Attendee
    {
        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";
    }
}

namespace RealModels.Accounts
{
    [DataSubject("Account holder")]
    public class Account
    {
        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";

        // Private member of a private nested type: the exporter cannot read it (PRIV030), so no test asserts on its value.
        [PersonalData("Financial.BankAccount")]
        private readonly Vault _vault = new Vault();

        public bool HasVault => _vault.Iban.Length > 0;

        private sealed class Vault
        {
            [PersonalData("Financial.BankAccount")]
            public string Iban { get; set; } = "UNASSERTED-PRIVATE-NESTED-IBAN";
        }
    }
}

namespace RealModels.Prospects
{
    [DataSubject("Customer\nor prospect")]
    public class Prospect
    {
        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";
    }
}
