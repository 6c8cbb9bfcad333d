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
    public void Framework_types_are_resolved_only_for_a_member_type_that_needs_them()
    {
        // PRIV001 creates its inference per compilation. Resolving the framework types it compares member types with
        // (IPAddress, MailAddress, DateOnly, Guid, List<T>…) is left to the first member type that is not a special type:
        // a compilation whose members are strings and numbers never looks them up.
        var compilation = CSharpCompilation.Create(
            "Lazy",
            new[] { CSharpSyntaxTree.ParseText("public class Order { public string Email { get; set; } public int Quantity { get; set; } public System.Guid Key { get; set; } }") },
            PrivacyAnalyzers.Tests.Harness.TestReferences.ReferenceAssembliesResolved);
        var order = compilation.GetTypeByMetadataName("Order")!;
        var email = order.GetMembers("Email").Single();
        var quantity = order.GetMembers("Quantity").Single();
        var key = order.GetMembers("Key").Single();
        Assert.Equal(MemberTypeShape.Guid, new MemberTypeClassifier(compilation).Classify(((Microsoft.CodeAnalysis.IPropertySymbol)key).Type));

        var fresh = CSharpCompilation.Create("Lazy2", compilation.SyntaxTrees, compilation.References);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var inference = new PersonalDataInference(fresh, reader: null);
        var classifier = new MemberTypeClassifier(fresh);
        var created = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(created < 16 * 1024, $"{created} B to create an inference and a classifier");
        Assert.Equal(MemberTypeShape.Text, classifier.Classify(fresh.GetSpecialType(Microsoft.CodeAnalysis.SpecialType.System_String)));
        Assert.Equal(MemberTypeShape.Number, classifier.Classify(fresh.GetSpecialType(Microsoft.CodeAnalysis.SpecialType.System_Int32)));
        Assert.True(inference.Infer(email, DetectionOptions.Default).IsPersonalData);
        Assert.False(inference.Infer(quantity, DetectionOptions.Default).IsPersonalData);
        Assert.Equal(MemberTypeShape.Guid, classifier.Classify(fresh.GetTypeByMetadataName("System.Guid")));
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
