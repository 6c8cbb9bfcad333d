using System.Collections.Generic;
using PrivacyAnalyzers;

// A customer who points at other customers: the one who referred them, their spouse, and a registry of everyone.
// Each of those is another data subject, with an export of their own.
namespace RealModels.Referrals
{
    [DataSubject("Customer")]
    public class Customer
    {
        [PersonalData("Identity.Name")]
        public string Name { get; set; } = "";

        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";

        public Customer? Referrer { get; set; }

        public Customer? Spouse { get; set; }

        public Registry? Registry { get; set; }
    }

    public class Registry
    {
        public string Title { get; set; } = "";

        public List<Customer> Everyone { get; } = new List<Customer>();
    }
}
