using System.IO;
using CityManagement.Model;

namespace CityManagement;

/// <summary>
/// THE ONE PLACE where the sample answers an access / portability request (GDPR Art. 15 and 20) for a customer.
/// It calls the exporter the PrivacyAnalyzers generator emits for the [DataSubject] type once that generator is
/// available (issue 4, docs/exporters.md); until then it says so instead of hand-writing an export.
/// </summary>
internal static class SubjectExport
{
    public static void Write(Customer customer, TextWriter output)
    {
        _ = customer;
        output.WriteLine("Data-subject export: the generated exporter (issue 4) is not available in this build yet.");
    }
}
