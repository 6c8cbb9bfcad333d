using System;
using System.Collections.Generic;

namespace PrivacyAnalyzers;

/// <summary>
/// A purpose of the type's personal data that uses only some of its members: the purpose is written once, on the type,
/// and names the members that serve it (with <c>nameof</c>, so the compiler checks the names). The privacy notice and the
/// Art. 30 record list under this purpose the categories of the named members only.
/// </summary>
/// <remarks>
/// <para>How a member's purposes are made: its own <see cref="PersonalDataAttribute.Purpose"/> if stated (it replaces what
/// it would inherit), else its type's <see cref="DataSubjectAttribute.Purpose"/> (the purposes that use <em>every</em>
/// member of the type), else the assembly's <see cref="PersonalDataDefaultsAttribute.Purpose"/>; then every
/// <c>[ProcessingPurpose]</c> of its type that names it is added.</para>
/// <para>A name that is not a personal-data member declared by this type is reported (PRIV054): the purpose would list
/// nothing for it. Put the attribute on the type that declares the members (a base type's members on the base type).</para>
/// </remarks>
/// <example>
/// <code>
/// [DataSubject("Account user")]
/// [ProcessingPurpose("Secure log-in to the account", nameof(Username), nameof(PasswordHash))]
/// [ProcessingPurpose("Showing the delegate on the invoices", nameof(Name), nameof(Cnp), nameof(IdentityDocument))]
/// public class AccountUser { … }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class ProcessingPurposeAttribute : Attribute
{
    /// <summary>A purpose that uses the named members of the type.</summary>
    /// <param name="purpose">The purpose, in plain words for the privacy notice; several are separated by semicolons, as in <see cref="PersonalDataAttribute.Purpose"/>.</param>
    /// <param name="members">The members that serve it, as <c>nameof(Member)</c>.</param>
    public ProcessingPurposeAttribute(string purpose, params string[] members)
    {
        Purpose = purpose;
        Members = members ?? Array.Empty<string>();
    }

    /// <summary>The purpose, as the privacy notice and the record of processing write it.</summary>
    public string Purpose { get; }

    /// <summary>The names of the members that serve the purpose.</summary>
    public IReadOnlyList<string> Members { get; }
}
