namespace Shop.Leaks;

public static class Fixtures
{
    public const string RealLookingCnp = "1900101123457"; // PRIV002
    public const string WrongCheckDigitCnp = "1900101123458";
    public const string RealLookingIban = "RO97BTRL0301202X12345678"; // PRIV002
    public const string WrongCheckDigitIban = "RO98BTRL0301202X12345678";
}
