using System.IO;
using PrivacyAnalyzers.Export;
using Shop.Annotated;

// Exports one customer in every format and scope into the folder given as the first argument.
var customer = new Customer
{
    Id = 7,
    Name = "Ana-Maria Ștefănescu",
    Email = "ana.maria@example.com",
    LastIp = "192.0.2.10",
    Segment = "frequent-buyer",
    InternalReference = "SENTINEL-NOT-ANNOTATED",
};
customer.Orders.Add(new Order { Id = 1, DeliveryAddress = "=HYPERLINK(\"http://x\"), Strada Lungă 3", Total = 12.50m, Customer = customer });

foreach (var format in new[] { ExportFormat.Json, ExportFormat.Csv, ExportFormat.Xml })
{
    foreach (var scope in new[] { ExportScope.Access, ExportScope.Portability })
    {
        using var file = File.Create(Path.Combine(args[0], $"{scope}.{format}".ToLowerInvariant()));
        CustomerPrivacyExporter.Export(customer, file, format, scope);
    }
}
