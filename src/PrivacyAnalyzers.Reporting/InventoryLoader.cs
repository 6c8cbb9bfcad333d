using System;
using System.IO;
using System.Text;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>Loads an inventory from an <c>inventory.json</c> file or from a compiled assembly (<c>.dll</c>/<c>.exe</c>).</summary>
public static class InventoryLoader
{
    /// <summary>Loads the inventory at <paramref name="path"/>.</summary>
    /// <exception cref="InventoryLoadException">Missing file, not JSON, wrong schema version, not an assembly, or an assembly without an inventory.</exception>
    public static PrivacyInventory Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InventoryLoadException(path, Directory.Exists(path) ? "is a directory, not an inventory file or an assembly." : "file not found.");
        }

        var extension = Path.GetExtension(path);
        string json;
        if (extension.Equals(".dll", StringComparison.OrdinalIgnoreCase) || extension.Equals(".exe", StringComparison.OrdinalIgnoreCase))
        {
            json = AssemblyInventoryReader.ReadJson(path)
                ?? throw new InventoryLoadException(path, "the assembly has no privacy inventory (no [PersonalData] members, or built without the PrivacyAnalyzers generator).", noInventoryInAssembly: true);
        }
        else
        {
            try
            {
                json = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw new InventoryLoadException(path, $"cannot be read ({exception.Message}).");
            }
        }

        try
        {
            return InventoryJson.Parse(json, path);
        }
        catch (InventoryFormatException exception)
        {
            throw new InventoryLoadException(path, exception.Message, exception);
        }
    }
}
