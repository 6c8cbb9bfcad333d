using System.IO;
using ControlPanel.Model;

namespace ControlPanel;

/// <summary>
/// THE ONE PLACE where the sample answers an access / portability request (GDPR Art. 15 and 20) for a user.
/// It calls the exporter the PrivacyAnalyzers generator emits for the [DataSubject] type once that generator is
/// available (issue 4, docs/exporters.md); until then it says so instead of hand-writing an export.
/// </summary>
internal static class SubjectExport
{
    public static void Write(PanelUser user, TextWriter output)
    {
        _ = user;
        output.WriteLine("Data-subject export: the generated exporter (issue 4) is not available in this build yet.");
    }
}
