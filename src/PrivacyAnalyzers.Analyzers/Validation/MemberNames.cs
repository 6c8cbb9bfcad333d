using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Validation;

/// <summary>How messages name a member: <c>Customer.Email</c> (the containing type's name and the member's).</summary>
internal static class MemberNames
{
    public static string Of(ISymbol member) =>
        member.ContainingType is { } type ? type.Name + "." + member.Name : member.Name;
}
