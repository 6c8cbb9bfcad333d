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

    [Fact]
    public void A_reported_name_writes_its_evidence_once_per_compilation()
    {
        // A code base repeats its personal-data names (Email, PhoneNumber) across many types: the evidence that quotes the
        // name's words alone is the same text for each, written for the first and reused after.
        var inference = new PersonalDataInference(CSharpCompilation.Create("Empty"), reader: null);
        var names = new[] { "Email", "PhoneNumber", "DateOfBirth", "ShippingAddressZipCode" };
        var options = DetectionOptions.Default;
        var first = names.Select(n => inference.Infer(n, MemberTypeShape.Text, null, options)).ToArray();
        Assert.All(first, g => Assert.True(g.IsPersonalData));
        Assert.Equal("the word 'email'", first[0].Evidence);
        Assert.Equal("the words 'date of birth'", first[2].Evidence);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            foreach (var name in names)
            {
                inference.Infer(name, MemberTypeShape.Text, null, options);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        // Asked again, the same texts as a fresh inference writes.
        var fresh = new PersonalDataInference(CSharpCompilation.Create("Empty"), reader: null);
        foreach (var name in names)
        {
            Assert.Equal(fresh.Infer(name, MemberTypeShape.Text, null, options).Evidence, inference.Infer(name, MemberTypeShape.Text, null, options).Evidence);
        }
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
