using PrivacyAnalyzers;

// Shapes that need C# 9 or later (built only at LangVersion latest): a positional record with an annotated parameter,
// a required init-only member, a file-scoped namespace.
namespace RealModels.Latest;

[DataSubject("Subscriber")]
public sealed record Subscriber([PersonalData("Contact.Email")] string Email)
{
    [PersonalData("Identity.Name")]
    public required string Name { get; init; }

    public string? InternalMemo { get; init; }

    // The compiler-generated ToString would print the personal data (PRIV022).
    public override string ToString() => "Subscriber";
}
