namespace PrivacyAnalyzers.Tests.Harness;

/// <summary>Text comparison that reports the first differing line instead of two long strings.</summary>
public static class AssertText
{
    public static void Equal(string expected, string actual, string what)
    {
        expected = expected.Replace("\r\n", "\n", StringComparison.Ordinal);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        var expectedLine = line < expectedLines.Length ? expectedLines[line] : "<end of text>";
        var actualLine = line < actualLines.Length ? actualLines[line] : "<end of text>";
        Assert.Fail($"{what}: first difference at line {line + 1}.\nExpected: {expectedLine}\nActual:   {actualLine}\n--- whole actual text ---\n{actual}");
    }
}
