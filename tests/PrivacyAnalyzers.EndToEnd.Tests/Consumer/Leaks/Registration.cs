using System;
using Microsoft.Extensions.Logging;

namespace Shop.Leaks;

// Logs a member's e-mail in five different ways (each line must get PRIV020), and the member's Id and a count (none).
public sealed class Registration
{
    private readonly ILogger<Registration> _logger;

    public Registration(ILogger<Registration> logger) => _logger = logger;

    public void Register(Member member)
    {
        _logger.LogInformation("Registered {Email}", member.Email); // PRIV020
        _logger.LogWarning($"Registered {member.Email}"); // PRIV020
        _logger.LogError("Registered " + member.Email); // PRIV020
        var address = member.Email.Trim();
        _logger.Log(LogLevel.Debug, "Normalised {Address}", address); // PRIV020
        using var scope = _logger.BeginScope("Member {Email}", member.Email); // PRIV020

        _logger.LogInformation("Registered member {Id} after {Count} logins", member.Id, member.LoginCount);
        _logger.LogInformation("E-mail length {Length}", member.Email.Length);
    }
}
