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

    /// <summary>Creates the exception for an assembly that holds no inventory, or a file that is not a .NET assembly.</summary>
    public InventoryLoadException(string path, string problem, bool noInventoryInAssembly)
        : this(path, problem)
    {
        NoInventoryInAssembly = noInventoryInAssembly;
    }

    /// <summary>Creates the exception from a message that already names the file.</summary>
    public InventoryLoadException(string path, string message, Exception innerException)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>
    /// True when the file is a .dll/.exe that exists and can be read but gives no inventory: an assembly built without
    /// the generator or without personal data (the package's own PrivacyAnalyzers.Annotations.dll in a bin folder), or a
    /// native library. A bin folder holds such files beside the application; <c>privacy render</c> skips them.
    /// </summary>
    public bool NoInventoryInAssembly { get; }
}
