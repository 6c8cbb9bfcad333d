using System;
using System.Net;

namespace Shop.Diagnostics;

public sealed class AccessLogEntry
{
    public long Id { get; set; }

    public DateTimeOffset Timestamp { get; set; }

    public IPAddress? IpAddress { get; set; }           // PRIV001 Online.IpAddress

    public string UserAgent { get; set; } = "";         // PRIV001 Online.UserAgent

    public int StatusCode { get; set; }
}
