using System;
using System.Collections.Concurrent;

namespace PrivacyAnalyzers.Vocabulary.Literals;

/// <summary>
/// <c>privacy_analyzers.literal_kinds = cnp, iban, card, email, phone, iddoc</c>: which kinds PRIV002 looks for (default: all).
/// Unknown words are ignored; an empty value means all. Parsed once per distinct text.
/// </summary>
internal sealed class LiteralKindsOption
{
    public const string Key = "privacy_analyzers.literal_kinds";

    private readonly ConcurrentDictionary<string, LiteralKinds> _parsed = new(StringComparer.Ordinal);

    public LiteralKinds Get(string? value) => value is null ? LiteralKinds.All : _parsed.GetOrAdd(value, Parse);

    public static LiteralKinds Parse(string value)
    {
        var kinds = LiteralKinds.None;
        foreach (var part in value.Split(',', ';', ' '))
        {
            switch (part.Trim().ToLowerInvariant())
            {
                case "cnp": kinds |= LiteralKinds.Cnp; break;
                case "iban": kinds |= LiteralKinds.Iban; break;
                case "card": kinds |= LiteralKinds.PaymentCard; break;
                case "email": kinds |= LiteralKinds.Email; break;
                case "phone": kinds |= LiteralKinds.Phone; break;
                case "iddoc": kinds |= LiteralKinds.IdentityDocument; break;
                case "none": return LiteralKinds.None;
            }
        }

        return string.IsNullOrWhiteSpace(value) ? LiteralKinds.All : kinds;
    }
}
