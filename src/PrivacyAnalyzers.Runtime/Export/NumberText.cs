using System.Globalization;

namespace PrivacyAnalyzers.Export;

/// <summary>Invariant, round-trippable text of numbers (for CSV, XML, and JSON's NaN and infinities).</summary>
internal static class NumberText
{
    public static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Of(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(bool value) => value ? "true" : "false";
}
