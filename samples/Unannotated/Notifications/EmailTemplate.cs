namespace Unannotated.Notifications;

public sealed class EmailTemplate
{
    public string Name { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public bool IsHtml { get; set; }
}
