using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Symbols;

namespace PrivacyAnalyzers.Tests.Symbols;

/// <summary>The one table of numeric special types (the rule PersonalDataKnowledge, MemberTypeClassifier and ExporterParser each wrote).</summary>
public sealed class SpecialTypeKindsTests
{
    private static readonly SpecialType[] Numbers =
    {
        SpecialType.System_SByte, SpecialType.System_Byte, SpecialType.System_Int16, SpecialType.System_UInt16,
        SpecialType.System_Int32, SpecialType.System_UInt32, SpecialType.System_Int64, SpecialType.System_UInt64,
        SpecialType.System_IntPtr, SpecialType.System_UIntPtr, SpecialType.System_Single, SpecialType.System_Double,
        SpecialType.System_Decimal,
    };

    [Fact]
    public void Numbers_are_the_integers_and_the_floating_point_and_decimal_types()
    {
        foreach (var type in Enum.GetValues<SpecialType>())
        {
            Assert.Equal(Numbers.Contains(type), SpecialTypeKinds.IsNumber(type));
            Assert.False(SpecialTypeKinds.IsSignedInteger(type) && SpecialTypeKinds.IsUnsignedInteger(type));
        }

        Assert.False(SpecialTypeKinds.IsNumber(SpecialType.System_Char));
        Assert.False(SpecialTypeKinds.IsNumber(SpecialType.System_Boolean));
    }
}
