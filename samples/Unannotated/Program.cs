using System;
using System.IO;
using PrivacyAnalyzers.Export;
using PrivacyAnalyzers.Generated.Unannotated;
using Unannotated.Catalog;
using Unannotated.Shop;

var products = new[]
{
    new Product { Sku = "CRM-LUNAR", Name = "Abonament CRM lunar", Price = 49m },
    new Product { Sku = "CRM-ANUAL", Name = "Abonament CRM anual", Price = 490m },
};
Console.WriteLine($"{products.Length} products in the catalogue.");

// What the generator made of the annotations: the assembly's inventory (also written by the build, with the privacy
// policy in English and Romanian and the Art. 30 record, to bin/<Configuration>/net10.0/privacy/).
var inventory = AssemblyPrivacyInventory.Inventory;
Console.WriteLine($"Inventory of {inventory.Assembly}: {inventory.Entries.Count} annotated member(s).");
foreach (var entry in inventory.Entries)
{
    Console.WriteLine($"  {entry.Type}.{entry.Member}: {entry.Category}, {entry.LegalBasis}, kept {entry.Retention} from {entry.RetentionFrom}");
}

Console.WriteLine($"Privacy files: {Path.Combine(AppContext.BaseDirectory, "privacy")}");

// An access request (GDPR Art. 15) from a subscriber, answered by the generated exporter.
var subscriber = new NewsletterSubscriber { Id = Guid.NewGuid(), Email = "reader@example.com", FirstName = "Ioana", LastOpenedAt = DateTimeOffset.UnixEpoch };
using var output = Console.OpenStandardOutput();
NewsletterSubscriberPrivacyExporter.Export(subscriber, output, ExportFormat.Json, ExportScope.Access);
Console.WriteLine();
Console.WriteLine("Build output above: PRIV001 on the personal data nobody annotated yet.");
