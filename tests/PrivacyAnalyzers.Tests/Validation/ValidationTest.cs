using PrivacyAnalyzers.Tests.Harness;
using PrivacyAnalyzers.Validation;

namespace PrivacyAnalyzers.Tests.Validation;

/// <summary>Shorthands for the validation tests: the analyzer under test, compared on one rule id.</summary>
internal static class ValidationTest
{
    /// <summary>The annotation-validation analyzer, comparing only <paramref name="id"/>.</summary>
    public static AnalyzerTest For(string id) =>
        new AnalyzerTest().WithAnalyzer<AnnotationValidationAnalyzer>().OnlyIds(id);

    /// <summary>Stand-ins with the metadata names of ASP.NET Core Identity's attributes.</summary>
    public const string AspNetIdentity = """
        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public class PersonalDataAttribute : System.Attribute { }
            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
        }
        """;

    /// <summary>Stand-ins with the metadata names of Microsoft.Extensions.Compliance's classification attributes.</summary>
    public const string Compliance = """
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public readonly struct DataClassification
            {
                public DataClassification(string taxonomyName, string value) { TaxonomyName = taxonomyName; Value = value; }
                public string TaxonomyName { get; }
                public string Value { get; }
            }

            [System.AttributeUsage(System.AttributeTargets.All)]
            public abstract class DataClassificationAttribute : System.Attribute
            {
                protected DataClassificationAttribute(DataClassification classification) { Classification = classification; }
                public DataClassification Classification { get; }
                public string Notes { get; set; } = string.Empty;
            }
        }

        namespace Contoso.Compliance
        {
            public sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new Microsoft.Extensions.Compliance.Classification.DataClassification("Contoso", "Private")) { }
            }
        }
        """;
}
