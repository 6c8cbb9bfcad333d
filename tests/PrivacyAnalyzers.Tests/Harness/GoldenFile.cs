using System.IO;
using System.Runtime.CompilerServices;

namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>
/// Compares text with a golden file checked in beside the tests (<c>Golden/</c> next to the calling test file).
/// On a mismatch it writes <c>name.received.ext</c> beside it for review. Set <c>PRIVACY_ACCEPT_GOLDEN=1</c> to
/// overwrite the golden files with what was received — then read the diff before committing.
/// </summary>
public static class GoldenFile
{
    public static void AssertMatches(string actual, string fileName, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Golden");
        var path = Path.Combine(folder, fileName);
        var received = Path.Combine(folder, Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable("PRIVACY_ACCEPT_GOLDEN") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(received, actual);
            Assert.Fail($"No golden file {path}. The output was written to {received}: read it, and rename it if it is right.");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        AssertText.Equal(expected, actual, $"golden file {fileName} (received output in {received})");
    }
}
