namespace Shop.Configuration;

public sealed class Settings
{
    public string HostName { get; set; } = "";

    public int Port { get; set; }

    public bool UseSsl { get; set; }

    public string DefaultLanguage { get; set; } = "ro";

    public int MaxLoginAttempts { get; set; }
}
