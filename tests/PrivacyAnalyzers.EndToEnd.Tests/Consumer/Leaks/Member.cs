using PrivacyAnalyzers;

namespace Shop.Leaks;

[DataSubject("Member", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
public sealed class Member
{
    public int Id { get; set; }

    [PersonalData("Contact.Email")]
    public string Email { get; set; } = "";

    public int LoginCount { get; set; }
}
