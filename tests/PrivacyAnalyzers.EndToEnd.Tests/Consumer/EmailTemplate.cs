namespace Shop.Notifications;

public sealed class EmailTemplate
{
    public int Id { get; set; }

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public bool IsHtml { get; set; }
}
