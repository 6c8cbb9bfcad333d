using PrivacyAnalyzers;

namespace IotShop.Model;

/// <summary>
/// §4.4 "Anonymised Data: Indefinitely. For statistical purposes, and to assist us in improving our products and
/// services, we hold customer review and feedback review indefinitely in an anonymised form." Once anonymised a review
/// is no longer personal data (GDPR recital 26), which is why it may be kept indefinitely: no author, no account, no
/// date finer than the month.
/// </summary>
[NotPersonalData("Anonymised review and feedback, kept indefinitely for statistics and product improvement (policy §4.4): no link to a person")]
public class AnonymisedFeedback
{
    public int Id { get; set; }

    public string ReviewText { get; set; } = "";

    public int? Rating { get; set; }

    public string Month { get; set; } = "";
}
