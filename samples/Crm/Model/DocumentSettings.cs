using PrivacyAnalyzers;

namespace Crm.Model;

/// <summary>
/// "Document configurations" (policy §2): default values for invoicing, document series, templates, colours and
/// fonts. Settings of the account, not data about a person.
/// </summary>
[NotPersonalData("Invoicing defaults, document series and templates: configuration, no data about a person")]
public class DocumentSettings
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    public string DefaultCurrency { get; set; } = "RON";

    public decimal DefaultVatRate { get; set; }

    public bool UseBnrRate { get; set; }

    public int InvoiceDueDays { get; set; }

    public decimal DailyPenaltyPercent { get; set; }

    public string InvoiceSeries { get; set; } = "";

    public string DefaultMentions { get; set; } = "";

    public string TemplateName { get; set; } = "";

    public string AccentColor { get; set; } = "";

    public string FontName { get; set; } = "";
}
