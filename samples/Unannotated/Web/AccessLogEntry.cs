using System;

namespace Unannotated.Web;

/// <summary>One request in the web server's access log.</summary>
public sealed class AccessLogEntry
{
    public long Id { get; set; }

    public DateTimeOffset DataAccesarii { get; set; }

    public string AdresaIp { get; set; } = "";          // PRIV001 Online.IpAddress

    public string Browser { get; set; } = "";           // PRIV001 Online.UserAgent

    public int StatusCode { get; set; }
}
