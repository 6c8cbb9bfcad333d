namespace PrivacyAnalyzers.Generator;

/// <summary>Names of the generator's pipeline steps, for incrementality tests and benchmarks.</summary>
internal static class TrackingNames
{
}
