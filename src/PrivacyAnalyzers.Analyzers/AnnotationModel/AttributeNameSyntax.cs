using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.AnnotationModel;

/// <summary>How an attribute's name is written, read from syntax alone (shared by the detection and the generator).</summary>
internal static class AttributeNameSyntax
{
    /// <summary>
    /// The identifier a name ends with, without qualifiers, alias or type arguments: <c>PersonalData</c> for
    /// <c>PersonalData</c>, <c>PrivacyAnalyzers.PersonalData</c>, <c>global::PrivacyAnalyzers.PersonalData</c> and
    /// <c>PersonalData&lt;T&gt;</c>; null for anything else.
    /// </summary>
    public static string? Rightmost(NameSyntax? name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };
}
