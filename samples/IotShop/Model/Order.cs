using System;
using PrivacyAnalyzers;

namespace IotShop.Model;

/// <summary>
/// "Transaction data" (§2.6): your contact details and the transaction details of purchases of goods and services.
/// Shared with PayPal to process payments, refunds, complaints and queries (§3.4); with couriers, as subcontractors,
/// to deliver the goods (§3.3).
/// </summary>
[DataSubject(
    "Customer",
    Retention = "P12M",
    RetentionFrom = RetentionStart.EndOfContract,
    AlternativeRetention = "P0D",
    AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd,
    RetentionCombination = RetentionCombination.WhicheverIsLater,
    RetentionNote = "§4.1: the lifespan of the products or service contracts plus 12 months, to contact customers in an emergency such as a product recall; longer where a legal obligation requires it (§4.5). Reviewed every 12 months.",
    // §2.6 gives two bases: the contract for these purposes "and our legitimate interests, namely ... the proper
    // administration of our website and business". One basis per member is modelled (README, "What the model cannot
    // express"), so that interest is not listed here as a purpose of the contract, where it would read as one.
    Purpose = "Supplying the purchased goods and services; keeping proper records of those transactions")]
[Recipient(
    "PayPal (payment services provider)",
    Kind = RecipientKind.ThirdParty,
    Country = "LU",
    // For a UK controller, Luxembourg is outside the United Kingdom: a transfer, which the UK adequacy regulations
    // covering the EEA states rest on. The policy names no ground; the Note says what was assumed.
    Safeguard = TransferSafeguard.AdequacyDecision,
    Purpose = "Processing your payments, refunding such payments and dealing with complaints and queries relating to such payments and refunds",
    Note = "The policy names PayPal and links its UK privacy policy (www.paypal.co.uk); PayPal (Europe) S.à r.l. et Cie, S.C.A. is established in Luxembourg. The policy names no ground for this transfer from the UK; the UK adequacy regulations covering the EEA states (Data Protection Act 2018, Schedule 21, paragraph 5) assumed.",
    Categories = "Financial; Contact; Identity.Name")]
[Recipient(
    "Couriers (subcontractors)",
    Kind = RecipientKind.Processor,
    Purpose = "Delivering the goods you ordered",
    Categories = "Contact; Identity.Name")]
public class Order
{
    public int Id { get; set; }

    public int CustomerAccountId { get; set; }

    [PersonalData("Identity.Name", Description = "Contact details: name for the delivery")]
    public string DeliveryName { get; set; } = "";

    [PersonalData("Contact.Address", Description = "Contact details: delivery address")]
    public string DeliveryAddress { get; set; } = "";

    [PersonalData("Contact.Phone", Description = "Contact details: phone number for the delivery")]
    public string? DeliveryPhone { get; set; }

    [PersonalData("Financial.Transaction", Description = "Transaction details: what you bought", Source = DataSource.Derived)]
    public string Items { get; set; } = "";

    [PersonalData("Financial.Transaction", Description = "Transaction details: amount paid", Source = DataSource.Derived)]
    public decimal Total { get; set; }

    [PersonalData("Financial.Transaction", Description = "Transaction details: PayPal transaction reference", Source = DataSource.ThirdParty)]
    public string? PayPalTransactionId { get; set; }

    [PersonalData("Financial.Transaction", Description = "Transaction details: when you bought it", Source = DataSource.Derived)]
    public DateTimeOffset PlacedAt { get; set; }
}
