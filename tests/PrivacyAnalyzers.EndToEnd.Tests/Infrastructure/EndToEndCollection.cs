namespace PrivacyAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>Every end-to-end test shares one packed package; the collection runs its tests one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed package";
}
