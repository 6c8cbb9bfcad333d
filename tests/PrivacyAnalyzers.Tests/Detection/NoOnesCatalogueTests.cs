using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Detection;

/// <summary>
/// PRIV001's thirty-first round (issue 12): names that are no one's. The Name of an ASP.NET Core Identity user token (its
/// shape: LoginProvider, Name, Value) is the token's; a type named by a condition's phrase, a medication, or a condition
/// after the operation a DTO is for (AddIllnessDto) is a catalogue whose Name is the entry's own. A person's name beside
/// them, a patient's diagnosis and a token's value stay reported.
/// </summary>
public sealed class NoOnesCatalogueTests
{
    private static AnalyzerTest Test(string source) => new AnalyzerTest().WithAnalyzer<UnannotatedPersonalDataAnalyzer>().WithSource(source);

    [Fact]
    public Task An_identity_user_token_s_name_is_quiet_a_user_s_name_is_reported() =>
        Test("""
            public class AspNetUserToken { public string LoginProvider { get; set; } = ""; public string Name { get; set; } = ""; public string? [|Value|] { get; set; } }
            public class AspNetUser { public string [|Name|] { get; set; } = ""; public string? Value { get; set; } }
            """).RunAsync();

    [Fact]
    public Task A_catalogue_of_conditions_or_medications_names_its_entries_a_patient_s_diagnosis_is_reported() =>
        Test("""
            public class ChronicCondition { public int ChronicId { get; set; } public string ConditionName { get; set; } = ""; }
            public class AddIllnessDto { public string Name { get; set; } = ""; }
            public class GetIllnessDto { public string Name { get; set; } = ""; }
            public class Medication { public string Name { get; set; } = ""; public decimal? Price { get; set; } }
            public class PatientDiagnosis { public string [|PatientName|] { get; set; } = ""; public string [|Name|] { get; set; } = ""; }
            public class PatientIllnessDto { public string [|Name|] { get; set; } = ""; }
            """).RunAsync();
}
