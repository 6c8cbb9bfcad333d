using System.IO;
using ERegistry.Model;
using System.Text;
using PrivacyAnalyzers.Export;

namespace ERegistry;

/// <summary>
/// THE ONE PLACE where the sample answers an access / portability request (GDPR Art. 15 and 20) for
/// a user: the exporter the PrivacyAnalyzers generator emits for the [DataSubject] type
/// (<see cref="UserAccountPrivacyExporter"/>, see docs/exporters.md) writes everything annotated about the person, walking
/// nested entities and collections, and nothing that is not annotated.
/// </summary>
internal static class SubjectExport
{
    public static void Write(UserAccount user, TextWriter output)
    {
        output.WriteLine("Access request (GDPR Art. 15), JSON:");
        output.WriteLine(Render(user, ExportFormat.Json, ExportScope.Access));
        output.WriteLine("Portability request (GDPR Art. 20), CSV:");
        output.WriteLine(Render(user, ExportFormat.Csv, ExportScope.Portability));
    }

    private static string Render(UserAccount user, ExportFormat format, ExportScope scope)
    {
        using var stream = new MemoryStream();
        UserAccountPrivacyExporter.Export(user, stream, format, scope);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
