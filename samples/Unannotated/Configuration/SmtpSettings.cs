namespace Unannotated.Configuration;

public sealed class SmtpSettings
{
    public string HostName { get; set; } = "";

    public int Port { get; set; } = 587;

    public bool UseSsl { get; set; } = true;

    public string DefaultLanguage { get; set; } = "ro";
}
