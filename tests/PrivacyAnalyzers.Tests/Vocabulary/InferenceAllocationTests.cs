using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Vocabulary;

namespace PrivacyAnalyzers.Tests.Vocabulary;

/// <summary>The common path — a member whose name holds no vocabulary word — allocates nothing (counted, not timed).</summary>
public sealed class InferenceAllocationTests
{
    [Fact]
    public void A_name_without_vocabulary_words_allocates_nothing()
    {
        var inference = new PersonalDataInference(CSharpCompilation.Create("Empty"), reader: null);
        var names = new[] { "Quantity", "CreatedAt", "OrderLines", "unit_price", "IsActive", "TotalAmountWithVAT", "X",
            // Words of eight letters or more that match nothing are tried as compounds; one that does not segment
            // (Quantityperunit) or segments into words that name nothing personal (Subtotal: sub total) allocates nothing.
            "Quantityperunit", "Subtotal", "Warehouseitem" };
        var options = DetectionOptions.Default;
        foreach (var name in names)
        {
            Assert.False(inference.Infer(name, MemberTypeShape.Text, null, options).IsPersonalData);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            foreach (var name in names)
            {
                inference.Infer(name, MemberTypeShape.Text, null, options);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("Email", "Contact.Email", "Medium")]
    [InlineData("Cnp", "Identity.NationalId", "High")]
    [InlineData("Name", "Identity.Name", "Low")]
    public void Infers_category_and_confidence_without_a_containing_type(string name, string category, string confidence)
    {
        var inference = new PersonalDataInference(CSharpCompilation.Create("Empty"), reader: null);
        var guess = inference.Infer(name, MemberTypeShape.Text, null, DetectionOptions.Default);
        Assert.Equal(category, guess.Category);
        Assert.Equal(confidence, guess.Confidence.ToString());
    }
}
