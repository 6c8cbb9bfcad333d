using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Reporting;

/// <summary>
/// Reads the inventory the source generator embeds in a compiled assembly
/// (<c>[assembly: PrivacyAnalyzers.Inventory.PrivacyInventoryJson("…")]</c>) from its metadata, without loading it.
/// </summary>
public static class AssemblyInventoryReader
{
    private const string AttributeNamespace = "PrivacyAnalyzers.Inventory";
    private const string AttributeName = "PrivacyInventoryJsonAttribute";

    /// <summary>
    /// The inventory JSON of the assembly at <paramref name="path"/>, or null when it carries none.
    /// </summary>
    /// <exception cref="InventoryLoadException">The file is missing, unreadable or not a .NET assembly.</exception>
    public static string? ReadJson(string path)
    {
        if (!File.Exists(path))
        {
            throw new InventoryLoadException(path, "file not found.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new InventoryLoadException(path, "not a .NET assembly (no metadata).", noInventoryInAssembly: true);
            }

            var reader = pe.GetMetadataReader();
            if (!reader.IsAssembly)
            {
                throw new InventoryLoadException(path, "not a .NET assembly (a module without an assembly manifest).", noInventoryInAssembly: true);
            }

            foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (!IsInventoryAttribute(reader, attribute))
                {
                    continue;
                }

                var blob = reader.GetBlobReader(attribute.Value);
                if (blob.Length < 2 || blob.ReadUInt16() != 0x0001)
                {
                    throw new InventoryLoadException(path, "the PrivacyInventoryJson attribute has a malformed value.");
                }

                return blob.ReadSerializedString()
                    ?? throw new InventoryLoadException(path, "the PrivacyInventoryJson attribute holds null instead of the inventory.");
            }

            return null;
        }
        catch (BadImageFormatException exception)
        {
            throw new InventoryLoadException(path, $"not a .NET assembly ({exception.Message}).", noInventoryInAssembly: true);
        }
        catch (IOException exception)
        {
            throw new InventoryLoadException(path, $"cannot be read ({exception.Message}).");
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new InventoryLoadException(path, $"cannot be read ({exception.Message}).");
        }
    }

    private static bool IsInventoryAttribute(MetadataReader reader, CustomAttribute attribute)
    {
        EntityHandle type;
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MemberReference:
                type = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                type = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
                break;
            default:
                return false;
        }

        switch (type.Kind)
        {
            case HandleKind.TypeReference:
                var reference = reader.GetTypeReference((TypeReferenceHandle)type);
                return reader.StringComparer.Equals(reference.Name, AttributeName) && reader.StringComparer.Equals(reference.Namespace, AttributeNamespace);
            case HandleKind.TypeDefinition:
                var definition = reader.GetTypeDefinition((TypeDefinitionHandle)type);
                return reader.StringComparer.Equals(definition.Name, AttributeName) && reader.StringComparer.Equals(definition.Namespace, AttributeNamespace);
            default:
                return false;
        }
    }
}
