using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Validation;

/// <summary>
/// How messages name a member: <c>Customer.Email</c> (the containing type's name and the member's); a parameter as
/// <c>Customer.Send(email)</c>, or <c>Customer(email)</c> for a constructor's.
/// </summary>
internal static class MemberNames
{
    public static string Of(ISymbol member)
    {
        if (member is IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter)
        {
            var type = method.ContainingType?.Name ?? string.Empty;
            var owner = method.MethodKind == MethodKind.Constructor ? type : type + "." + method.Name;
            return owner + "(" + parameter.Name + ")";
        }

        return member.ContainingType is { } containing ? containing.Name + "." + member.Name : member.Name;
    }
}
