using System.IO;
using CityManagement.Model;
using System.Text;
using PrivacyAnalyzers.Export;

namespace CityManagement;

/// <summary>
/// THE ONE PLACE where the sample answers an access / portability request (GDPR Art. 15 and 20) for
/// a customer: the exporter the PrivacyAnalyzers generator emits for the [DataSubject] type
/// (<see cref="CustomerPrivacyExporter"/>, see docs/exporters.md) writes everything annotated about the person, walking
/// nested entities and collections, and nothing that is not annotated.
/// </summary>
internal static class SubjectExport
{
    public static void Write(Customer customer, TextWriter output)
    {
        output.WriteLine("Access request (GDPR Art. 15), JSON:");
        output.WriteLine(Render(customer, ExportFormat.Json, ExportScope.Access));
        output.WriteLine("Portability request (GDPR Art. 20), CSV:");
        output.WriteLine(Render(customer, ExportFormat.Csv, ExportScope.Portability));
    }

    private static string Render(Customer customer, ExportFormat format, ExportScope scope)
    {
        using var stream = new MemoryStream();
        CustomerPrivacyExporter.Export(customer, stream, format, scope);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
