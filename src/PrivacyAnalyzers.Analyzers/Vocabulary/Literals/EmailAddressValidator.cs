using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Vocabulary.Literals;

/// <summary>
/// E-mail addresses that look like a real person's: <c>local@domain.tld</c> with a letters-only top-level domain of at
/// least two letters. Not reported, because they are nobody's personal data:
/// <list type="bullet">
/// <item>domains reserved for documentation and testing (RFC 2606, RFC 6761): <c>example.com</c>, <c>example.org</c>,
/// <c>example.net</c> and their subdomains, the top-level domains <c>.example</c>, <c>.test</c>, <c>.invalid</c>,
/// <c>.localhost</c>, <c>.local</c>, and <c>localhost</c>;</item>
/// <item>role mailboxes (RFC 2142 and common practice): <c>info@</c>, <c>contact@</c>, <c>support@</c>, <c>noreply@</c>,
/// <c>privacy@</c>, <c>dpo@</c>, <c>office@</c>, <c>sales@</c>…;</item>
/// <item>obvious placeholders: <c>user@</c>, <c>someone@</c>, <c>john.doe@</c>, <c>you@yourdomain.com</c>, a one-letter
/// mailbox (<c>b@</c>), accounts that are nobody (<c>demouser@</c>, <c>builtin@</c>, <c>anonymous@</c>), and the
/// <c>test.com</c> domain tests use as if it were reserved.</item>
/// </list>
/// </summary>
internal static class EmailAddressValidator
{
    private static readonly HashSet<string> ReservedSecondLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        "example.com", "example.org", "example.net", "domain.com", "yourdomain.com", "mydomain.com", "yourcompany.com",

        // Not reserved, but what tests and seed data write as if it were.
        "test.com",
    };

    private static readonly HashSet<string> ReservedTopLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        "example", "test", "invalid", "localhost", "local",
    };

    private static readonly HashSet<string> NotAPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        // Role mailboxes.
        "info", "contact", "support", "help", "helpdesk", "noreply", "no-reply", "donotreply", "do-not-reply", "office",
        "sales", "admin", "administrator", "privacy", "dpo", "gdpr", "dataprotection", "hello", "billing", "invoices",
        "facturare", "webmaster", "postmaster", "hostmaster", "abuse", "security", "marketing", "newsletter", "team",
        "jobs", "careers", "hr", "press", "media", "legal", "contabilitate", "secretariat", "relatii", "comenzi",
        "orders", "service", "notifications", "alerts", "feedback", "root",
        // Placeholders.
        "user", "username", "someone", "somebody", "email", "mail", "name", "yourname", "your.name", "you", "me",
        "test", "tester", "foo", "bar", "john.doe", "jane.doe", "johndoe", "janedoe", "john", "jane", "nume.prenume",
        // Accounts that are nobody: demo and built-in users of seed data.
        "demo", "demouser", "demo.user", "builtin", "anonymous", "guest", "sample", "dummy", "fake", "nobody",
    };

    /// <summary>Finds an address around the '@' at <paramref name="at"/>; true when it looks like a person's.</summary>
    public static bool IsPersonalAddressAt(string text, int at)
    {
        var start = at;
        while (start > 0 && IsLocalChar(text[start - 1]))
        {
            start--;
        }

        var end = at + 1;
        while (end < text.Length && IsDomainChar(text[end]))
        {
            end++;
        }

        // A sentence may end right after the address: "write to ana@firma.ro."
        while (end > at + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        if (start == at || end == at + 1 || !char.IsLetterOrDigit(text[start]) || text[at - 1] == '.')
        {
            return false;
        }

        var local = text.Substring(start, at - start);
        var domain = text.Substring(at + 1, end - at - 1);
        if (!IsDomain(domain, out var topLevel, out var secondLevel))
        {
            return false;
        }

        if (ReservedTopLevel.Contains(topLevel) || ReservedSecondLevel.Contains(secondLevel))
        {
            return false;
        }

        var plus = local.IndexOf('+');
        var mailbox = plus > 0 ? local.Substring(0, plus) : local;

        // One letter (a@, b@) is a test's placeholder, nobody's mailbox.
        return mailbox.Length > 1 && !NotAPerson.Contains(mailbox);
    }

    private static bool IsDomain(string domain, out string topLevel, out string secondLevel)
    {
        topLevel = string.Empty;
        secondLevel = string.Empty;
        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length == 0 || label[0] == '-' || label[label.Length - 1] == '-')
            {
                return false;
            }
        }

        topLevel = labels[labels.Length - 1];
        if (topLevel.Length < 2)
        {
            return false;
        }

        foreach (var c in topLevel)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        secondLevel = labels[labels.Length - 2] + "." + topLevel;
        return true;
    }

    private static bool IsLocalChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '%' or '+' or '-';

    private static bool IsDomainChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-';
}
