using System;
using System.Collections.Generic;
using PrivacyAnalyzers;

// Large and deep graphs: a thread of comments, each the reply to the one before (owned data, not another subject),
// and an order with thousands of lines; values whose text depends on the culture (decimals, doubles, dates).
namespace RealModels.Deep
{
    [DataSubject("Author")]
    public class Author
    {
        [PersonalData("Identity.Name")]
        public string Name { get; set; } = "";

        public Comment? Pinned { get; set; }
    }

    public class Comment
    {
        [PersonalData("Content.Publication")]
        public string Text { get; set; } = "";

        public Comment? Reply { get; set; }
    }

    [DataSubject("Buyer")]
    public class Buyer
    {
        [PersonalData("Contact.Email")]
        public string Email { get; set; } = "";

        [PersonalData("Identity.DateOfBirth")]
        public DateTime BirthDate { get; set; }

        [PersonalData("Financial.Transaction")]
        public decimal Balance { get; set; }

        [PersonalData("Usage.Activity")]
        public double Rating { get; set; }

        [PersonalData("Usage.Activity")]
        public DateTimeOffset LastIdentityCheck { get; set; }

        public List<PurchaseOrder> Orders { get; } = new List<PurchaseOrder>();
    }

    public class PurchaseOrder
    {
        [PersonalData("Contact.Address")]
        public string ShippingAddress { get; set; } = "";

        public List<OrderLine> Lines { get; } = new List<OrderLine>();
    }

    public class OrderLine
    {
        [PersonalData("Financial.Transaction")]
        public string Item { get; set; } = "";

        [PersonalData("Financial.Transaction")]
        public decimal Price { get; set; }
    }
}
