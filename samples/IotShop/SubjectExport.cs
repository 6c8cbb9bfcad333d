using System.IO;
using IotShop.Model;

namespace IotShop;

/// <summary>
/// THE ONE PLACE where the sample answers an access / portability request (GDPR Art. 15 and 20; §5 of the policy
/// promises CSV or XML within one month) for a customer. It calls the exporter the PrivacyAnalyzers generator emits
/// for the [DataSubject] type once that generator is available (issue 4, docs/exporters.md); until then it says so
/// instead of hand-writing an export.
/// </summary>
internal static class SubjectExport
{
    public static void Write(CustomerAccount customer, TextWriter output)
    {
        _ = customer;
        output.WriteLine("Data-subject export: the generated exporter (issue 4) is not available in this build yet.");
    }
}
