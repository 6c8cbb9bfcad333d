using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Symbols;

/// <summary>
/// Which of Roslyn's special types are numbers: the one table the leak rules (PersonalDataKnowledge), the member-type
/// classifier of the detection (Vocabulary/MemberTypeClassifier) and the exporter's value shapes
/// (Generator/Parsing/ExporterParser.Shapes) each wrote out; all three use it.
/// </summary>
internal static class SpecialTypeKinds
{
    /// <summary>Signed integers: <c>sbyte</c>, <c>short</c>, <c>int</c>, <c>long</c>, <c>nint</c>.</summary>
    public static bool IsSignedInteger(SpecialType type) =>
        type is SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_IntPtr;

    /// <summary>Unsigned integers: <c>byte</c>, <c>ushort</c>, <c>uint</c>, <c>ulong</c>, <c>nuint</c>.</summary>
    public static bool IsUnsignedInteger(SpecialType type) =>
        type is SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_UIntPtr;

    /// <summary>Numbers: the integers, <c>float</c>, <c>double</c> and <c>decimal</c>.</summary>
    public static bool IsNumber(SpecialType type) =>
        IsSignedInteger(type) || IsUnsignedInteger(type) || type is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;
}
