using System;
using System.Collections.Generic;
using PrivacyAnalyzers;

[assembly: DataController("Exemplu Shop SRL", Country = "RO", Email = "privacy@exemplu-shop.example")]
[assembly: PersonalDataDefaults(LegalBasis = LegalBasis.Contract, Source = DataSource.ProvidedBySubject, Purpose = "Selling and delivering orders",
    Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract)]

namespace ErasureSample;

/// <summary>A customer of the shop: the data subject whose erasure requests and retention the sample answers.</summary>
[DataSubject("Customer", Description = "People who buy from the shop")]
public class Customer
{
    public int Id { get; set; }

    [PersonalData("Identity.Name")]
    public string Name { get; set; } = "";

    [PersonalData("Contact.Email")]
    public string? Email { get; set; }

    [PersonalData("Contact.Phone")]
    public string? Phone { get; set; }

    [PersonalData("Identity.DateOfBirth", Purpose = "Age check for restricted products")]
    public DateOnly? BirthDate { get; set; }

    [PersonalData("Usage.Preferences", LegalBasis = LegalBasis.Consent, Purpose = "Newsletter segmentation",
        Retention = "P2Y", RetentionFrom = RetentionStart.LastActivity)]
    public string? MarketingSegment { get; set; }

    /// <summary>When the customer last logged in or ordered: the start of the marketing retention.</summary>
    [RetentionStartDate(RetentionStart.LastActivity)]
    [NotPersonalData("Kept to enforce retention periods (Art. 5(1)(e)); a date alone identifies no one")]
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>When the customer closed the account (null while it is open): the start of the contract retention.</summary>
    [RetentionStartDate(RetentionStart.EndOfContract)]
    [NotPersonalData("Kept to enforce retention periods (Art. 5(1)(e)); a date alone identifies no one")]
    public DateTimeOffset? ContractEndedAt { get; set; }

    /// <summary>Another customer who referred this one: another data subject, never erased with this one.</summary>
    public Customer? ReferredBy { get; set; }

    public List<Order> Orders { get; } = new List<Order>();
}

/// <summary>An order; its invoice data is kept for the accounting law's ten years after an erasure request.</summary>
public class Order
{
    public int Id { get; set; }

    public Customer? Customer { get; set; }

    [RetentionStartDate(RetentionStart.Collection)]
    [NotPersonalData("Kept to enforce retention periods (Art. 5(1)(e)); a date alone identifies no one")]
    public DateTimeOffset PlacedAt { get; set; }

    [PersonalData("Contact.Address", Purpose = "Delivering the order",
        Retention = "P3Y", RetentionFrom = RetentionStart.EndOfContract,
        AlternativeRetention = "P1Y", AlternativeRetentionFrom = RetentionStart.Collection, RetentionCombination = RetentionCombination.WhicheverIsSooner)]
    public string? ShippingAddress { get; set; }

    [PersonalData("Identity.Name", LegalBasis = LegalBasis.LegalObligation, Purpose = "Invoicing (accounting law)",
        Retention = "P10Y", RetentionFrom = RetentionStart.Collection)]
    public string BillingName { get; set; } = "";

    [PersonalData("Financial.Transaction", LegalBasis = LegalBasis.LegalObligation, Purpose = "Invoicing (accounting law)",
        Retention = "P10Y", RetentionFrom = RetentionStart.Collection)]
    public decimal Total { get; set; }
}
