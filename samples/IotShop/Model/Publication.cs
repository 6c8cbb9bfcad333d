using System;
using PrivacyAnalyzers;

namespace IotShop.Model;

/// <summary>
/// "Publication data" (§2.4): information you post for publication on our website or through our services — customer
/// and product reviews among them. Its anonymised copy is kept indefinitely (see <see cref="AnonymisedFeedback"/>).
/// </summary>
[DataSubject(
    "Customer",
    Retention = "P12M",
    RetentionFrom = RetentionStart.EndOfContract,
    AlternativeRetention = "P0D",
    AlternativeRetentionFrom = RetentionStart.StatutoryPeriodEnd,
    RetentionCombination = RetentionCombination.WhicheverIsLater,
    RetentionNote = "§4.1: the lifespan of the products or service contracts plus 12 months, to contact customers in an emergency such as a product recall; longer where a legal obligation requires it (§4.5). Reviewed every 12 months.",
    Purpose = "Enabling the publication of what users post on our website or through our services; administering our website and services")]
public class Publication
{
    public int Id { get; set; }

    public int CustomerAccountId { get; set; }

    [PersonalData("Content.Publication", Description = "What you post for publication")]
    public string Text { get; set; } = "";

    [PersonalData("Content.Feedback", Description = "Your review or feedback rating, when the publication is a review")]
    public int? Rating { get; set; }

    [PersonalData("Content.Publication", Description = "When it was published", Source = DataSource.Observed)]
    public DateTimeOffset PublishedAt { get; set; }
}
