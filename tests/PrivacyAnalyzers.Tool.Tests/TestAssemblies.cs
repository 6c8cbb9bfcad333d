using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Tool.Tests;

/// <summary>
/// Inventories and assemblies that carry them the way the generator embeds them
/// (<c>[assembly: PrivacyAnalyzers.Inventory.PrivacyInventoryJson("…")]</c>), compiled with Roslyn.
/// </summary>
internal static class TestAssemblies
{
    public static PrivacyInventory Shop(bool withPhone = false, string retention = "P3Y")
    {
        var entries = new List<InventoryEntry>
        {
            Entry("Shop.Customer", "Email", "Contact.Email", LegalBasis.Contract, retention, "Delivering orders"),
            Entry("Shop.Customer", "Name", "Identity.Name", LegalBasis.Contract, retention, "Delivering orders"),
        };
        if (withPhone)
        {
            entries.Add(Entry("Shop.Customer", "Phone", "Contact.Phone", LegalBasis.Contract, retention, "Delivering orders"));
        }

        return new PrivacyInventory(
            "Shop",
            new InventoryController("Magazin Exemplu SRL", country: "RO", email: "confidentialitate@exemplu.ro", dpoEmail: "dpo@exemplu.ro"),
            new[] { new InventorySubject("Customer", "Shop.Customer", null) },
            Array.Empty<InventoryCategory>(),
            entries.OrderBy(e => e.Member, StringComparer.Ordinal).ToList());
    }

    public static PrivacyInventory Newsletter() => new(
        "Newsletter",
        null,
        new[] { new InventorySubject("Subscriber", "Newsletter.Subscriber", null) },
        Array.Empty<InventoryCategory>(),
        new[]
        {
            new InventoryEntry("Newsletter.Subscriber", "Email", "string", "Subscriber", "Contact.Email", LegalBasis.Consent, "P2Y", RetentionStart.ConsentWithdrawal, null,
                new[] { "Sending the newsletter" }, DataSource.ProvidedBySubject, null, SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified,
                new[] { new InventoryRecipient("Mailer Inc", RecipientKind.Processor, "US", TransferSafeguard.StandardContractualClauses, "Sending e-mail") }, "PersonalData"),
        });

    public static InventoryEntry Entry(string type, string member, string category, LegalBasis basis, string retention, string purpose) =>
        new(type, member, "string", "Customer", category, basis, retention, RetentionStart.EndOfContract, null, new[] { purpose }, DataSource.ProvidedBySubject, null,
            SpecialCategoryCondition.Unspecified, CriminalDataCondition.Unspecified, Array.Empty<InventoryRecipient>(), "PersonalData");

    /// <summary>
    /// Compiles <paramref name="name"/>.dll into <paramref name="folder"/> with the inventory embedded (or none): in the
    /// compact form the generator writes (schema version 2), or, with <paramref name="compact"/> false, in the readable
    /// form generators before version 2 embedded (schema version 1).
    /// </summary>
    public static string Compile(string folder, string name, PrivacyInventory? inventory, bool compact = true)
    {
        var source = inventory is null
            ? "public class Plain { }"
            : $"[assembly: PrivacyAnalyzers.Inventory.PrivacyInventoryJson({SymbolDisplay.FormatLiteral(compact ? InventoryJson.ToCompactJson(inventory) : InventoryJson.ToJson(inventory), quote: true)})]";
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "netstandard.dll" or "System.Private.CoreLib.dll")
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(PrivacyInventoryJsonAttribute).Assembly.Location));
        var compilation = CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source) }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".dll");
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }
}
