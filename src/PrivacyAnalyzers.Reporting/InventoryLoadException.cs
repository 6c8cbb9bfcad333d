using System;

namespace PrivacyAnalyzers.Reporting;

/// <summary>An input that cannot give an inventory; <see cref="Exception.Message"/> is one line naming the file and the problem.</summary>
public sealed class InventoryLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InventoryLoadException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
    }

    /// <summary>Creates the exception from a message that already names the file.</summary>
    public InventoryLoadException(string path, string message, Exception innerException)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The file.</summary>
    public string Path { get; }
}
