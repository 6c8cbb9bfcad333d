using PrivacyAnalyzers.AnnotationModel;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>The analyzers mirror the public enums (they cannot load the annotations assembly); the mirrors must match.</summary>
public sealed class AnnotationMirrorTests
{
    [Theory]
    [InlineData(typeof(LegalBasis), typeof(LegalBasisValue))]
    [InlineData(typeof(RetentionStart), typeof(RetentionStartValue))]
    [InlineData(typeof(RetentionCombination), typeof(RetentionCombinationValue))]
    [InlineData(typeof(DataSource), typeof(DataSourceValue))]
    [InlineData(typeof(SpecialCategoryCondition), typeof(SpecialCategoryConditionValue))]
    [InlineData(typeof(CriminalDataCondition), typeof(CriminalDataConditionValue))]
    [InlineData(typeof(RecipientKind), typeof(RecipientKindValue))]
    [InlineData(typeof(TransferSafeguard), typeof(TransferSafeguardValue))]
    [InlineData(typeof(ErasureAction), typeof(ErasureActionValue))]
    public void Mirror_has_the_same_names_and_values(Type publicEnum, Type mirror)
    {
        var expected = Enum.GetNames(publicEnum).Select(n => (n, Convert.ToInt32(Enum.Parse(publicEnum, n), System.Globalization.CultureInfo.InvariantCulture)));
        var actual = Enum.GetNames(mirror).Select(n => (n, Convert.ToInt32(Enum.Parse(mirror, n), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected.OrderBy(x => x.Item2), actual.OrderBy(x => x.Item2));
    }
}
