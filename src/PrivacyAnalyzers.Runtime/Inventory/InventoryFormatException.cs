using System;

namespace PrivacyAnalyzers.Inventory;

/// <summary>An inventory document that cannot be read: wrong schema version, missing or mistyped property, not JSON.</summary>
public sealed class InventoryFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InventoryFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public InventoryFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
