using System;
using PrivacyAnalyzers;

namespace CityManagement.Model;

/// <summary>
/// A purchase of a service. The seed policy lists who buys (see <see cref="Customer"/>) but not the purchase record
/// itself; the sample keeps one, as any shop does, and annotates it — so the generated policy lists what the
/// hand-written one left out.
/// </summary>
[DataSubject(
    "Customer",
    LegalBasis = LegalBasis.Contract,
    Purpose = "We need this information to fulfil our contractual obligations to the customer",
    Retention = "P0D",
    RetentionFrom = RetentionStart.EndOfContract,
    RetentionNote = "Until the customer terminates all contracts with us",
    Source = DataSource.Derived)]
public class Purchase
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    [NotPersonalData("Name of the service sold, from the catalogue")]
    public string Service { get; set; } = "";

    [PersonalData("Financial.Transaction", Description = "When you purchased the service")]
    public DateTimeOffset PurchasedAt { get; set; }

    [PersonalData("Financial.Transaction", Description = "The price you paid")]
    public decimal Amount { get; set; }
}
