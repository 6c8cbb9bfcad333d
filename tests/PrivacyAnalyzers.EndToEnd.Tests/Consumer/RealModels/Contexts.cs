using System.Collections.Generic;
using PrivacyAnalyzers;

// A base entity that keeps the unit of work it was loaded from (as active-record and lazy-loading code bases do) and
// exposes it through a protected internal member and a public one. The context holds every customer and order of the
// shop: nothing of it belongs in one customer's export.
namespace RealModels.Contexts
{
    public sealed class ShopContext
    {
        public List<ShopCustomer> Customers { get; } = new List<ShopCustomer>();

        public List<ShopOrder> Orders { get; } = new List<ShopOrder>();

        public string ConnectionString { get; set; } = "";
    }

    public abstract class EntityBase
    {
        public int Id { get; set; }

        protected internal ShopContext? Context { get; set; }

        public ShopContext? Db => Context;

        public void Attach(ShopContext context) => Context = context;
    }

    [DataSubject("Customer")]
    public class ShopCustomer : EntityBase
    {
        [PersonalData("Identity.Name")]
        public string Name { get; set; } = "";

        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";

        public List<ShopOrder> Orders { get; } = new List<ShopOrder>();
    }

    public class ShopOrder : EntityBase
    {
        [PersonalData("Contact.Address")]
        public string DeliveryAddress { get; set; } = "";

        public ShopCustomer? Customer { get; set; }
    }
}
