using System.IO;
using Crm.Model;
using System.Text;
using PrivacyAnalyzers.Export;

namespace Crm;

/// <summary>
/// THE ONE PLACE where the sample answers an access / portability request (GDPR Art. 15 and 20) for
/// an account: the exporter the PrivacyAnalyzers generator emits for the [DataSubject] type
/// (<see cref="AccountPrivacyExporter"/>, see docs/exporters.md) writes everything annotated about the person, walking
/// nested entities and collections, and nothing that is not annotated.
/// </summary>
internal static class SubjectExport
{
    public static void Write(Account account, TextWriter output)
    {
        output.WriteLine("Access request (GDPR Art. 15), JSON:");
        output.WriteLine(Render(account, ExportFormat.Json, ExportScope.Access));
        output.WriteLine("Portability request (GDPR Art. 20), CSV:");
        output.WriteLine(Render(account, ExportFormat.Csv, ExportScope.Portability));
    }

    private static string Render(Account account, ExportFormat format, ExportScope scope)
    {
        using var stream = new MemoryStream();
        AccountPrivacyExporter.Export(account, stream, format, scope);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
